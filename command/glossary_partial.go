package command

// Partial glossaries of shards (glossary --partial) and their merge (glossary merge): see
// glossary/doc.go.

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
)

// glossaryPartial writes the prepared documents (sentences, names) of a shard as a partial
// glossary. A document that cannot be read is reported and skipped, and the run exits 1 after
// writing the partial of the others.
func glossaryPartial(o GlossaryOptions, s *IO) error {
	for _, f := range []struct {
		flag string
		set  bool
	}{{"format", o.Format != ""}, {"top", o.Top != 0}, {"min-freq", o.MinFreq != 0}, {"idf", o.IDF != ""},
		{"excel", o.Excel}, {"termbase", o.Termbase != ""}, {"tm", o.TM != ""}} {
		if f.set {
			return usagef("glossary --partial: --%s applies to glossary merge, not to a partial", f.flag)
		}
	}
	an, err := newAnalyser(!o.NoNames, nil, cpus(o.Batch.Jobs), false)
	if err != nil {
		return err
	}
	code, err := parseLang(o.Lang)
	if err != nil {
		return err
	}
	failed, written := 0, 0
	var batchErr error
	err = s.withSink(o.In.Output, func(w *output.Sink) error {
		pw := glossary.NewPartialWriter(w, !o.NoNames)
		batchErr = s.runBatch(o.In, o.Batch, func(d batch.Doc) (any, error) {
			return an.PrepareGlossary(d.Name, d.Text, code, glossary.Options{}), nil
		}, func(r batch.Result) error {
			if r.Err != nil {
				failed++
				return nil
			}
			written++
			d := r.Data.(pipeline.GlossaryDoc)
			return pw.Add(d.Doc, d.English)
		})
		if batchErr != nil && (failed == 0 || written == 0) {
			return batchErr
		}
		if err := pw.Close(); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if out := o.In.Output; out != "" && out != "-" {
		s.wrote(out, "partial glossary of %s", plural(written, "document"))
	}
	return batchErr
}

// GlossaryMerge builds the glossary of partial glossaries (In.Names), in the order given.
func GlossaryMerge(o GlossaryOptions, s *IO) error {
	format, opts, err := glossaryLibOptions(o, s)
	if err != nil {
		return err
	}
	corpus := pipeline.NewGlossaryCorpus(opts)
	defer corpus.Close()
	names, namesFrom := false, ""
	for _, path := range o.In.Names {
		if err := readPartial(s, path, corpus, &names, &namesFrom); err != nil {
			return err
		}
	}
	defer paceBuild()()
	g, err := buildGlossary(o, s, corpus)
	if err != nil {
		return err
	}
	return writeGlossary(o, s, format, g, corpus.Files())
}

// readPartial adds the documents of one partial glossary to corpus; errors name the file. names
// and namesFrom hold whether the first partial (namesFrom) had its names tagged.
func readPartial(s *IO, path string, corpus *pipeline.GlossaryCorpus, names *bool, namesFrom *string) error {
	in := s.In
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	r, err := glossary.NewPartialReader(in)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if *namesFrom == "" {
		*names, *namesFrom = r.Names(), path
	} else if r.Names() != *names {
		with := func(b bool) string {
			if b {
				return "with names"
			}
			return "with --no-names"
		}
		return fmt.Errorf("%s: made %s, but %s %s: partials merge only when made alike", path, with(r.Names()), *namesFrom, with(*names))
	}
	for {
		d, english, err := r.Next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := corpus.Add(pipeline.GlossaryDoc{Doc: d, English: english}); err != nil {
			return err
		}
	}
}
