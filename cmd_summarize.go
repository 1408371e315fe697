package main

import (
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/textout"
	"github.com/fatih/color"
	"github.com/urfave/cli/v2"
)

func init() {
	d := summarize.DefaultWeights()
	weight := func(name string, v float64, usage string) cli.Flag {
		return &cli.Float64Flag{Name: "w-" + name, Value: v, Usage: usage}
	}
	register(&cli.Command{
		Name:      "summarize",
		Usage:     "choose the sentences that summarise each document (extractive)",
		ArgsUsage: "[FILE...|DIR...|-]",
		Description: "Sentences are scored by TF-IDF of their content words, named-entity density, position,\n" +
			"paragraph start, overlap with the first line, and length; the best are chosen with a\n" +
			"redundancy penalty and printed in document order.\n" +
			"Budgets (all that are given apply; none means --ratio 0.25):\n" +
			"  --sentences N   at most N sentences\n" +
			"  --ratio R       at most this share of the sentences\n" +
			"  --words W       add sentences best first until the summary has W words (the last may run past W)\n" +
			"  --max-words W   never more than W words\n" +
			"Formats:\n" +
			"  text  the chosen sentences, one per line (line breaks inside a sentence become spaces);\n" +
			"        with several documents a line '==> NAME <==' before each and a blank line between.\n" +
			"        --explain adds a '# ' line of scores before each sentence.\n" +
			"  tsv   header, then doc, index (1-based), start, end, words, rank (order of choice), score,\n" +
			"        text per chosen sentence;\n" +
			"        --explain adds the feature columns\n" +
			"  json  one JSON object per document and line: doc, id (JSONL input), words, sentences\n" +
			"        (the default with --jsonl)\n" +
			"        (text, start, end, index, words, rank, score; features and redundancy with --explain)\n" +
			"  html  one page of all the documents, as arprep view writes it\n" +
			"News articles: a dateline or byline (\"واس - الرياض:\"), source credits (\"(أ ف ب)\") and page furniture\n" +
			"(\"Next Previous\") are left out of the summary and of the scores, so the first real sentence is\n" +
			"sentence 1; json reports the dateline (text, start, end). --plain scores every unit as text.\n" +
			"--highlight prints every sentence with a score bar; the chosen ones are marked '>' and, when\n" +
			"colour is on, coloured. Offsets are byte offsets into the decoded input.",
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Usage: "at most `N` sentences"},
			&cli.Float64Flag{Name: "ratio", Usage: "at most this share `R` of the sentences (0-1)"},
			&cli.IntFlag{Name: "words", Usage: "add sentences until the summary has `W` words"},
			&cli.IntFlag{Name: "max-words", Usage: "never more than `W` words"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv, json or html"},
			&cli.BoolFlag{Name: "explain", Usage: "print the feature scores of each chosen sentence"},
			&cli.BoolFlag{Name: "highlight", Usage: "print the whole document with the chosen sentences highlighted"},
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
		}, batchFlags()...),
		Action: func(c *cli.Context) error {
			o, err := summarizeOptionsOf(c)
			if err != nil {
				return err
			}
			return summarizeRun(o, streamsOf(c))
		},
	})
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

func summarizeRun(o summarizeOptions, s *streams) error {
	format := o.format
	if o.in.jsonl && !o.formatSet {
		// JSONL in, JSONL out: one object per input line (the json format), errors included;
		// --format text or tsv prints those instead.
		format = "json"
	}
	if format != "text" && format != "tsv" && format != "json" && format != "html" {
		return usagef("summarize: --format must be text, tsv, json or html, not %q", format)
	}
	if o.highlight && format != "text" {
		return usagef("summarize: --highlight prints text; it cannot be combined with --format %s", format)
	}
	if format == "html" { // the page of arprep view (cmd_view.go)
		return viewRun(viewOptions{sum: o, top: pipeline.PageGlossaryTop}, s)
	}
	opts, an, err := o.load()
	if err != nil {
		return err
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	colorOn, err := colorEnabled(s.color, s.out)
	if err != nil {
		return err
	}
	if out := o.in.output; out != "" && out != "-" && s.color != "always" {
		colorOn = false
	}
	return s.withSink(o.in.output, func(w *sink) error {
		lineFormat := format
		if o.highlight {
			lineFormat = "highlight"
		}
		headers := len(o.in.names) > 1 || anyDirectory(o.in.names) || o.in.jsonl
		out, err := summarize.NewWriter(w, lineFormat, o.explain, headers)
		if err != nil {
			return writeError(err)
		}
		chosen, dim := painter(colorOn, color.FgGreen, color.Bold), painter(colorOn, color.Faint)
		out.Chosen = func(s string) string { return chosen.Sprint(s) }
		out.Dim = func(s string) string { return dim.Sprint(s) }
		return s.runBatch(o.in, o.batch, func(d batch.Doc) (any, error) {
			doc := an.Document(d.Name, d.Text, code)
			sum, err := doc.Summarize(opts, nil)
			if err != nil || format != "json" {
				return sum, err
			}
			id := ""
			if d.ID != d.Name {
				id = d.ID
			}
			return textout.JSONLine(summarize.JSON(d.Name, id, sum, doc.Lang, o.explain)) // encoded in the worker
		}, func(r batch.Result) error {
			var line []byte
			switch {
			case r.Err != nil && o.in.jsonl && format == "json": // keep one output line per input line
				line, _ = textout.JSONLine(summarize.JSONSummary{Doc: r.Doc.Name, ID: r.Doc.ID,
					Sentences: []summarize.JSONSentence{}, Error: r.Err.Error()})
			case r.Err != nil:
				return nil // reported by runBatch
			case format == "json":
				line = r.Data.([]byte)
			default:
				if err := out.Write(r.Doc.Label(), r.Data.(*summarize.Summary)); err != nil {
					return writeError(err)
				}
				return nil
			}
			if _, err := w.Write(line); err != nil {
				return writeError(err)
			}
			return nil
		})
	})
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
		m, err := loadIDF(path)
		if err != nil {
			return opts, nil, err
		}
		opts.Background = m
	}
	an := &pipeline.Analyser{Parallel: cpus(o.batch.jobs)}
	if !o.noEntities {
		an.Tagger = o.tagger
		if an.Tagger == nil {
			tagger, err := entity.Default()
			if err != nil {
				return opts, nil, err
			}
			an.Tagger = tagger
		}
	}
	return opts, an, nil
}
