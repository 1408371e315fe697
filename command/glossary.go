package command

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
)

var glossaryFormats = map[string]func(w io.Writer, entries []glossary.Entry, o glossary.WriteOptions) error{
	"tsv":  glossary.WriteTSV,
	"csv":  glossary.WriteCSV,
	"tbx":  glossary.WriteTBX,
	"tbx2": glossary.WriteTBX2,
	"json": glossary.WriteJSON,
	"xlsx": glossary.WriteXLSX,
}

// GlossaryOptions are glossary's options, and glossary merge's.
type GlossaryOptions struct {
	In             Inputs
	Batch          Batch
	Format         string // empty: from the -o extension, else tsv
	Top, MinFreq   int
	IDF            string // a model file; "none": no weighting; empty: the embedded one
	Excel, NoNames bool
	TargetLang     string // --target-lang when given; empty: en, or ar for an English corpus
	Lang           string // ar, en or auto
	Termbase, TM   string // target sources
	Partial        bool   // write a partial glossary
	Mem            string // --mem
}

// glossaryFormat is --format, or the format the -o extension names, or tsv.
func glossaryFormat(format, out string) (string, error) {
	if f := strings.ToLower(format); f != "" {
		if glossaryFormats[f] == nil {
			return "", usagef("glossary: --format must be tsv, csv, tbx, tbx2, json or xlsx, not %q", format)
		}
		return f, nil
	}
	switch ext := strings.ToLower(filepath.Ext(out)); ext {
	case ".csv":
		return "csv", nil
	case ".tbx":
		return "tbx", nil
	case ".json":
		return "json", nil
	case ".xlsx":
		return "xlsx", nil
	case "", ".tsv", ".txt", ".utf8", ".tab":
		return "tsv", nil
	default:
		if out == "-" || output.IsSpecial(out) {
			return "tsv", nil
		}
		return "", usagef("glossary: -o %s: %s is not a glossary format; name the file .tsv, .txt, .utf8, .tab, .csv, .tbx, .json or .xlsx, or give --format tsv, csv, tbx, tbx2, json or xlsx", out, ext)
	}
}

// Glossary writes the glossary of the inputs, or their partial glossary (Partial).
func Glossary(o GlossaryOptions, s *IO) error {
	o.In = o.In.with(o.IDF)
	if o.Partial {
		return glossaryPartial(o, s)
	}
	format, opts, err := glossaryLibOptions(o, s)
	if err != nil {
		return err
	}
	an, err := newAnalyser(!o.NoNames, nil, cpus(o.Batch.Jobs), false)
	if err != nil {
		return err
	}
	// Sentences and names are found, and candidates counted, per document in parallel
	// (--jobs); a glossary.Builder adds them as they come and builds the glossary over all of
	// them. A document that cannot be read is reported and skipped, and the run exits 1 after
	// writing the glossary of the others.
	corpus := pipeline.NewGlossaryCorpus(opts)
	defer corpus.Close()
	failed := 0
	code, err := parseLang(o.Lang)
	if err != nil {
		return err
	}
	g := &pipeline.Glossary{}
	restorePacing := func() {}
	defer func() { restorePacing() }()
	batchErr := s.runBatchThen(o.In, o.Batch, func(d batch.Doc) (any, error) {
		return an.PrepareGlossary(d.Name, d.Text, code, opts), nil
	}, func(r batch.Result) error {
		if r.Err != nil {
			failed++
			return nil
		}
		return corpus.Add(r.Data.(pipeline.GlossaryDoc))
	}, batchSteps{worked: func() {
		// Every document is tagged: the tagger, its model and word cache (some 47 MB) can go
		// while the last documents are counted (a long one a piece at a time, for seconds)
		// and before the glossary is built, which holds the most.
		an = nil
		entity.ReleaseDefault()
	}, step: "merging terms", then: func() error {
		restorePacing = paceBuild()
		if failed > 0 && corpus.Arabic() == 0 {
			return nil // the run fails with the count
		}
		built, err := buildGlossary(o, s, corpus)
		if err != nil {
			return err
		}
		g = built
		return nil
	}})
	if batchErr != nil && (failed == 0 || corpus.Arabic() == 0) {
		return batchErr
	}
	if err := writeGlossary(o, s, format, g, corpus.Files()); err != nil {
		return err
	}
	return batchErr
}

// glossaryLibOptions checks the options glossary and glossary merge share and turns them
// into the output format (glossaryFormat) and the library's options, applying --mem.
func glossaryLibOptions(o GlossaryOptions, s *IO) (format string, opts glossary.Options, err error) {
	if format, err = glossaryFormat(o.Format, o.In.Output); err != nil {
		return "", opts, err
	}
	if o.Top < 0 || o.MinFreq < 0 {
		return "", opts, usagef("glossary: --top and --min-freq must not be negative")
	}
	if format == "xlsx" {
		if err := s.refuseXLSXToTerminal("glossary", o.In.Output); err != nil {
			return "", opts, err
		}
	}
	if o.Excel && format != "csv" {
		s.warnf("--excel only changes csv output")
	}
	if err := applyMem(o.Mem, &opts); err != nil {
		return "", opts, err
	}
	opts.Top, opts.MinFreq, opts.Jobs = o.Top, o.MinFreq, cpus(o.Batch.Jobs)
	opts.NoFileCounts = format != "json" // the others write them for a few inputs only
	if path := o.IDF; path == "none" {
		opts.NoBackground = true
	} else if path != "" {
		m, err := idf.Load(path)
		if err != nil {
			return "", opts, err
		}
		opts.Background = m
	}
	return format, opts, glossary.ReadTargets(o.Termbase, o.TM, &opts)
}

// buildGlossary builds the corpus's glossary, warning when it mixes English and Arabic
// documents.
func buildGlossary(o GlossaryOptions, s *IO, corpus *pipeline.GlossaryCorpus) (*pipeline.Glossary, error) {
	g, err := corpus.Build(o.TargetLang)
	if err != nil {
		return nil, err
	}
	if g.English > 0 && g.Arabic > 0 {
		s.warnf("glossary: %d English and %d Arabic documents: the English terms are listed after the Arabic ones", g.English, g.Arabic)
	}
	return g, nil
}

// writeGlossary writes the entries in format to the output.
func writeGlossary(o GlossaryOptions, s *IO, format string, g *pipeline.Glossary, files []string) error {
	wo := g.Write
	wo.Files, wo.Excel = files, o.Excel
	if format == "tbx" || format == "tbx2" {
		if len(g.Entries) == 0 {
			return fmt.Errorf("glossary: no terms found, and a TBX file cannot be empty")
		}
		if n := glossary.XMLDropped(g.Entries, wo); n > 0 {
			s.warnf("%d characters not allowed in XML 1.0 were dropped", n)
		}
	}
	err := s.writeTo(o.In.Output, func(w io.Writer) error { return glossaryFormats[format](w, g.Entries, wo) })
	if err != nil {
		return err
	}
	if out := o.In.Output; out != "" && out != "-" {
		s.wrote(out, "%s, %s from %s", format, plural(len(g.Entries), "term"), plural(len(files), "document"))
	}
	return nil
}
