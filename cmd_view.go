package main

// arprep view (and summarize --format html, and prep's report.html): one HTML page of the
// documents with their summary, entities and glossary, written by package view.

import (
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/view"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "view",
		Usage:     "write one HTML page of the documents: summary highlighted, entities marked, glossary table",
		ArgsUsage: "[FILE...|DIR...|-] -o page.html",
		Description: "One self-contained page (inline CSS, a short sort script, no network) showing each\n" +
			"document whole, with the summary's sentences highlighted (rank in the margin, rank and\n" +
			"score on hover, a summary-only switch), named entities marked by type (PERS, LOC, ORG,\n" +
			"MISC) with a legend, glossary terms linked to the glossary, the glossary as a sortable\n" +
			"table linked to each term's first sentence, and the figures and warnings of the job.\n" +
			"Several inputs give one page with a table of contents and one glossary. Arabic documents\n" +
			"are laid out right to left. The summary takes the budget and weight flags of summarize\n" +
			"(the same sentences summarize chooses); summarize --format html writes the same page.",
		Flags: append(viewFlags(),
			&cli.BoolFlag{Name: "no-glossary", Usage: "do not build the glossary (no term links, no table)"},
			&cli.IntFlag{Name: "top", Value: pipeline.PageGlossaryTop, Usage: "show the best `N` glossary entries (0: all)"},
			&cli.StringFlag{Name: "title", Usage: "the page's `TITLE` (default: the inputs' names)"},
		),
		Action: func(c *cli.Context) error {
			sum, err := summarizeOptionsOf(c)
			if err != nil {
				return err
			}
			return viewRun(viewOptions{sum: sum, top: c.Int("top"), title: c.String("title"),
				noGlossary: c.Bool("no-glossary")}, streamsOf(c))
		},
	})
}

// viewFlags are summarize's flags but those of its line formats: the page's summary is the
// one summarize makes with the same flags.
func viewFlags() []cli.Flag {
	var out []cli.Flag
	for _, cmd := range registered { // cmd_summarize.go's init ran before this file's
		if cmd.Name != "summarize" {
			continue
		}
		for _, f := range cmd.Flags {
			switch f.Names()[0] {
			case "format", "explain", "highlight", "jsonl", "text-field", "id-field":
			default:
				out = append(out, f)
			}
		}
	}
	return out
}

// viewOptions are view's flags: summarize's and the page's own.
type viewOptions struct {
	sum        summarizeOptions
	top        int // the best glossary entries shown (0: all)
	title      string
	noGlossary bool
}

// viewRun writes the page of view and of summarize --format html.
func viewRun(o viewOptions, s *streams) error {
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
			return writeError(err)
		}
		return nil
	})
	if werr != nil {
		return werr
	}
	return err // documents that failed were reported; the status says so
}
