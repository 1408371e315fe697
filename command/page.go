package command

// The page of view and of summarize --format html: package pipeline assembles it, package
// view writes it.

import (
	"io"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/view"
)

// PageOptions are view's options: the summary's and the page's own.
type PageOptions struct {
	Summary    SummarizeOptions
	Top        int // the best glossary entries shown (0: all)
	Title      string
	NoGlossary bool
}

// Page writes one HTML page of the inputs: view, and summarize --format html.
func Page(o PageOptions, s *IO) error {
	cmd := o.Summary.In.Cmd
	if o.Summary.In.JSONL {
		return usagef("%s: an HTML page is one document for a whole run; --jsonl does not apply", cmd)
	}
	if o.Summary.Explain { // summarize's option
		s.warnf("summarize: --explain does not change the html page (its sentences show rank and score on hover)")
	}
	// A corpus's glossary has thousands of entries: the page shows the best.
	if o.Top < 0 {
		return usagef("%s: --top must not be negative", cmd)
	}
	in := o.Summary.In.with(o.Summary.IDF)
	opts, an, err := o.Summary.load()
	if err != nil {
		return err
	}
	code, err := parseLang(o.Summary.Lang)
	if err != nil {
		return err
	}
	withGlossary := !o.NoGlossary
	var parts []pipeline.PagePart
	err = s.runBatch(in, o.Summary.Batch, func(d batch.Doc) (any, error) {
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
	page, perr := pipeline.Page(parts, pipeline.PageOptions{Title: o.Title, Generator: "arprep " + s.Version,
		Glossary: withGlossary, Top: o.Top})
	if perr != nil {
		return perr
	}
	if werr := s.writeTo(in.Output, func(w io.Writer) error { return view.Write(w, page) }); werr != nil {
		return werr
	}
	return err // documents that failed were reported; the status says so
}
