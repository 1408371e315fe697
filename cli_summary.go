package main

// What summarize and view share: the summary's flags and options, and the page that view
// and summarize --format html write (package pipeline assembles it, package view writes it).

import (
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/view"
	"github.com/urfave/cli/v2"
)

// summaryFlags are the flags of the summary, which summarize and view share; with
// lineFormats, summarize's own too (format, explain, highlight, and JSONL input), which an
// HTML page of the whole run does not take.
func summaryFlags(lineFormats bool) []cli.Flag {
	d := summarize.DefaultWeights()
	weight := func(name string, v float64, usage string) cli.Flag {
		return &cli.Float64Flag{Name: "w-" + name, Value: v, Usage: usage}
	}
	flags := []cli.Flag{
		&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Usage: "at most `N` sentences"},
		&cli.Float64Flag{Name: "ratio", Usage: "at most this share `R` of the sentences (0-1)"},
		&cli.IntFlag{Name: "words", Usage: "add sentences until the summary has `W` words"},
		&cli.IntFlag{Name: "max-words", Usage: "never more than `W` words"},
	}
	if lineFormats {
		flags = append(flags,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv, json or html"},
			&cli.BoolFlag{Name: "explain", Usage: "print the feature scores of each chosen sentence"},
			&cli.BoolFlag{Name: "highlight", Usage: "print the whole document with the chosen sentences highlighted"},
		)
	}
	flags = append(flags,
		&cli.StringFlag{Name: "idf", Usage: "take IDF from a background model `FILE` (arprep idf build) instead of the document"},
		&cli.BoolFlag{Name: "no-entities", Usage: "do not run the named-entity tagger (the entity feature is then 0)"},
		&cli.BoolFlag{Name: "plain", Usage: "keep datelines, credits and page furniture as sentences"},
		weight("tfidf", d.TFIDF, "weight of TF-IDF similarity to the document"),
		weight("entity", d.Entity, "weight of named-entity density"),
		weight("position", d.Position, "weight of position (first sentences first)"),
		weight("paragraph", d.Paragraph, "weight of opening a paragraph"),
		weight("title", d.Title, "weight of overlap with the first line"),
		weight("length", d.Length, "weight of the penalty for fragments and run-ons"),
		weight("redundancy", d.Redundancy, "weight of the penalty for repeating chosen sentences"),
		langFlag,
		outputFlag,
	)
	for _, f := range batchFlags() {
		switch f.Names()[0] {
		case "jsonl", "text-field", "id-field":
			if !lineFormats {
				continue
			}
		}
		flags = append(flags, f)
	}
	return flags
}

// summarizeOptions are summarize's flags, and those view shares.
type summarizeOptions struct {
	in                 inputs
	batch              batchOptions
	format             string
	formatSet          bool
	explain, highlight bool
	budget             summarize.Budget
	weights            summarize.Weights
	plain, noEntities  bool
	idf                string
	lang               string
	tagger             pipeline.Tagger // nil: the embedded model
}

func summarizeOptionsOf(c *cli.Context) (summarizeOptions, error) {
	in, err := inputsOf(c, c.String("idf"))
	return summarizeOptions{in: in, batch: batchOptionsOf(c), format: c.String("format"), formatSet: c.IsSet("format"),
		explain: c.Bool("explain"), highlight: c.Bool("highlight"),
		budget: summarize.Budget{Sentences: c.Int("sentences"), Ratio: c.Float64("ratio"), Words: c.Int("words"), MaxWords: c.Int("max-words")},
		weights: summarize.Weights{
			TFIDF: c.Float64("w-tfidf"), Entity: c.Float64("w-entity"), Position: c.Float64("w-position"),
			Paragraph: c.Float64("w-paragraph"), Title: c.Float64("w-title"), Length: c.Float64("w-length"),
			Redundancy: c.Float64("w-redundancy"),
		},
		plain: c.Bool("plain"), noEntities: c.Bool("no-entities"), idf: c.String("idf"), lang: c.String("lang")}, err
}

// load turns the options into the summarizer's, loading the IDF model and the tagger.
func (o summarizeOptions) load() (summarize.Options, *pipeline.Analyser, error) {
	var opts summarize.Options
	b := o.budget
	if b.Sentences < 0 || b.Words < 0 || b.MaxWords < 0 || b.Ratio < 0 || b.Ratio > 1 {
		return opts, nil, usagef("summarize: --sentences, --words and --max-words must not be negative and --ratio must be in [0, 1]")
	}
	opts.Budget = b
	opts.Plain = o.plain
	w := o.weights
	opts.Weights = &w
	if path := o.idf; path != "" {
		m, err := idf.Load(path)
		if err != nil {
			return opts, nil, err
		}
		opts.Background = m
	}
	an, err := newAnalyser(!o.noEntities, o.tagger, cpus(o.batch.jobs), true)
	return opts, an, err
}

// pageOptions are view's flags: the summary's and the page's own.
type pageOptions struct {
	sum        summarizeOptions
	top        int // the best glossary entries shown (0: all)
	title      string
	noGlossary bool
}

func pageOptionsOf(c *cli.Context) (pageOptions, error) {
	sum, err := summarizeOptionsOf(c)
	return pageOptions{sum: sum, top: c.Int("top"), title: c.String("title"), noGlossary: c.Bool("no-glossary")}, err
}

// pageRun writes the page of view and of summarize --format html.
func pageRun(o pageOptions, s *streams) error {
	cmd := o.sum.in.cmd
	if o.sum.in.jsonl {
		return usagef("%s: an HTML page is one document for a whole run; --jsonl does not apply", cmd)
	}
	if o.sum.explain { // summarize's flag
		s.warnf("summarize: --explain does not change the html page (its sentences show rank and score on hover)")
	}
	// A corpus's glossary has thousands of entries: the page shows the best.
	if o.top < 0 {
		return usagef("%s: --top must not be negative", cmd)
	}
	opts, an, err := o.sum.load()
	if err != nil {
		return err
	}
	code, err := lang.Parse(o.sum.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	withGlossary := !o.noGlossary
	var parts []pipeline.PagePart
	err = s.runBatch(o.sum.in, o.sum.batch, func(d batch.Doc) (any, error) {
		return an.Document(d.Label(), d.Text, code).PagePart(opts, withGlossary) // <stdin> for "-"
	}, func(r batch.Result) error {
		if r.Err == nil {
			parts = append(parts, r.Data.(pipeline.PagePart))
		}
		return nil
	})
	if err != nil && len(parts) == 0 {
		return err
	}
	page, perr := pipeline.Page(parts, pipeline.PageOptions{Title: o.title, Generator: "arprep " + version,
		Glossary: withGlossary, Top: o.top})
	if perr != nil {
		return perr
	}
	werr := s.withSink(o.sum.in.output, func(w *sink) error {
		if err := view.Write(w, page); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
	if werr != nil {
		return werr
	}
	return err // documents that failed were reported; the status says so
}
