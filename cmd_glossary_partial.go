package main

// The glossary in bounded memory (--mem), partial glossaries of shards (--partial) and their
// merge (glossary merge): see glossary/doc.go.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
)

var glossaryMemFlag = &cli.StringFlag{Name: "mem", Usage: "memory budget `SIZE` (500M, 2G; default a quarter of the RAM): the garbage collector keeps the heap under it, and documents past an eighth of it (at most 32M) wait in a temporary file"}

// glossaryShardFlags are glossary's flags for memory and shards.
func glossaryShardFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "partial", Usage: "write the documents' counts as a partial glossary (-o FILE.agl) for glossary merge, not a glossary"},
		glossaryMemFlag,
	}
}

func glossaryMergeCommand() *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "make one glossary from partial glossaries (glossary --partial)",
		ArgsUsage: "PARTIAL...",
		Description: "The glossary is byte for byte the one a single run over all the shards' documents\n" +
			"makes, in the order of the arguments; --format, --top, --min-freq, --idf, --termbase and\n" +
			"--tm apply here. Partials made with and without --no-names do not merge.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "tsv, csv, tbx, tbx2, json or xlsx"},
			&cli.IntFlag{Name: "top", Usage: "keep the best `N` entries (0: all)"},
			&cli.IntFlag{Name: "min-freq", Usage: "drop entries seen fewer than `K` times (0: automatic, as glossary)"},
			&cli.StringFlag{Name: "idf", Usage: "weigh terms by a background IDF model `FILE` instead of the embedded one; none: no weighting"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: start with a UTF-8 byte order mark for Excel"},
			&cli.StringFlag{Name: "target-lang", Value: "en", Usage: "target language tag written into TBX and JSON (ar for an English corpus unless given)"},
			glossaryMemFlag,
			outputFlag,
		}, targetFlags()...),
		Action: action(glossaryOptionsOf, glossaryMergeRun),
	}
}

// glossaryLibOptions checks the options glossary and glossary merge share and turns them
// into the library's, applying --mem.
func glossaryLibOptions(o glossaryOptions, format string, s *streams) (glossary.Options, error) {
	var opts glossary.Options
	if o.top < 0 || o.minFreq < 0 {
		return opts, usagef("glossary: --top and --min-freq must not be negative")
	}
	if out := o.in.output; format == "xlsx" && (out == "" || out == "-") {
		if f, ok := s.out.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return opts, usagef("glossary: xlsx is binary: give -o FILE.xlsx or redirect stdout")
		}
	}
	if o.excel && format != "csv" {
		s.warnf("--excel only changes csv output")
	}
	if err := applyMem(o.mem, &opts); err != nil {
		return opts, err
	}
	opts.Top, opts.MinFreq = o.top, o.minFreq
	if path := o.idf; path == "none" {
		opts.NoBackground = true
	} else if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return opts, err
		}
		m, err := idf.Read(f)
		f.Close()
		if err != nil {
			return opts, fmt.Errorf("%s: %w", path, err)
		}
		opts.Background = m
	}
	return opts, readTargetSources(o.termbase, o.tm, &opts)
}

// maxDocMemory is the most document text the glossary keeps in memory between its passes:
// reading it back from a temporary file costs little, and a corpus of any size then takes the
// same room.
const maxDocMemory = 32 << 20

// applyMem sets the garbage collector's soft memory limit to --mem and lets the glossary keep
// an eighth of it (at most maxDocMemory) in document text before it spills the documents to a
// temporary file.
func applyMem(mem string, opts *glossary.Options) error {
	budget := systemMemory() / 4
	if s := mem; s != "" {
		n, err := parseSize(s)
		if err != nil || n < 64<<20 {
			return usagef("glossary: --mem must be a size of 64M or more (500M, 2G), not %q", s)
		}
		budget = n
	}
	if budget > 0 {
		debug.SetMemoryLimit(budget)
		opts.DocMemory = min(budget/8, maxDocMemory)
	}
	return nil
}

// parseSize reads a size in bytes with an optional K, M, G or T suffix (powers of 1024).
func parseSize(s string) (int64, error) {
	if s == "" {
		return 0, errors.New("empty size")
	}
	mult := int64(1)
	switch strings.ToUpper(s[len(s)-1:]) {
	case "K":
		mult = 1 << 10
	case "M":
		mult = 1 << 20
	case "G":
		mult = 1 << 30
	case "T":
		mult = 1 << 40
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, errors.New("bad size")
	}
	return n * mult, nil
}

// systemMemory is the machine's RAM in bytes from /proc/meminfo (0 when unknown).
func systemMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

// glossaryCorpus gathers a glossary's documents in input order: Arabic ones counted by a
// glossary.Builder as they come, English ones kept for glossary.BuildEnglish.
type glossaryCorpus struct {
	opts    glossary.Options
	builder *glossary.Builder
	arabic  int
	english []glossary.Doc
	files   []string
	entries []glossary.Entry
	wo      glossary.WriteOptions
}

func newGlossaryCorpus(opts glossary.Options) *glossaryCorpus {
	return &glossaryCorpus{opts: opts, builder: glossary.NewBuilder(opts)}
}

// glossaryWork is the per-document work of glossary and glossary --partial: an Arabic
// document prepared for the glossary (sentences, names, counts), or an English one.
func glossaryWork(an *pipeline.Analyser, code lang.Code, opts glossary.Options) func(batch.Doc) (any, error) {
	return func(d batch.Doc) (any, error) {
		doc := an.Document(d.Name, d.Text, code)
		if doc.Lang == lang.English {
			return englishGlossaryDoc{doc.GlossaryDoc()}, nil
		}
		return glossary.Prepare(doc.GlossaryDoc(), opts), nil
	}
}

// addResult adds what glossaryWork made.
func (g *glossaryCorpus) addResult(data any) error {
	switch d := data.(type) {
	case glossary.Doc:
		return g.add(d, false)
	case englishGlossaryDoc:
		return g.add(d.Doc, true)
	}
	return nil
}

func (g *glossaryCorpus) add(d glossary.Doc, english bool) error {
	g.files = append(g.files, d.Name)
	if english {
		g.english = append(g.english, d)
		return nil
	}
	g.arabic++
	return g.builder.Add(d)
}

func (g *glossaryCorpus) close() { g.builder.Close() }

// build makes the entries and the write options: Arabic terms first, then English ones.
func (g *glossaryCorpus) build(o glossaryOptions, s *streams) error {
	g.wo = glossary.WriteOptions{TargetLang: o.targetLang, Excel: o.excel}
	if g.arabic > 0 || len(g.english) == 0 {
		entries, err := g.builder.Build()
		if err != nil {
			return err
		}
		g.entries = entries
	}
	if len(g.english) > 0 {
		en, err := glossary.BuildEnglish(g.english, g.opts)
		if err != nil {
			return err
		}
		if g.arabic == 0 { // an English corpus: an en→ar glossary
			g.wo.SourceLang = string(lang.English)
			if !o.targetLangSet {
				g.wo.TargetLang = string(lang.Arabic)
			}
		} else {
			s.warnf("glossary: %d English and %d Arabic documents: the English terms are listed after the Arabic ones", len(g.english), g.arabic)
		}
		g.entries = append(g.entries, en...)
	}
	return nil
}

// writeGlossary writes the entries in format to the output.
func writeGlossary(o glossaryOptions, s *streams, format string, g *glossaryCorpus) error {
	wo := g.wo
	wo.Files = g.files
	if format == "tbx" || format == "tbx2" {
		if len(g.entries) == 0 {
			return fmt.Errorf("glossary: no terms found, and a TBX file cannot be empty")
		}
		if n := glossary.XMLDropped(g.entries, wo); n > 0 {
			s.warnf("%d characters not allowed in XML 1.0 were dropped", n)
		}
	}
	err := s.withSink(o.in.output, func(w *sink) error {
		if err := glossaryFormats[format](w, g.entries, wo); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if out := o.in.output; out != "" && out != "-" {
		s.wrote(out, "%s, %s from %s", format, plural(len(g.entries), "term"), plural(len(g.files), "document"))
	}
	return nil
}

// glossaryPartialRun writes the prepared documents (sentences, names) of a shard as a
// partial glossary. A document that cannot be read is reported and skipped, and the run
// exits 1 after writing the partial of the others.
func glossaryPartialRun(o glossaryOptions, s *streams) error {
	for _, f := range []struct {
		flag string
		set  bool
	}{{"format", o.format != ""}, {"top", o.top != 0}, {"min-freq", o.minFreq != 0}, {"idf", o.idf != ""},
		{"excel", o.excel}, {"termbase", o.termbase != ""}, {"tm", o.tm != ""}} {
		if f.set {
			return usagef("glossary --partial: --%s applies to glossary merge, not to a partial", f.flag)
		}
	}
	an := &pipeline.Analyser{Parallel: cpus(o.batch.jobs)}
	if !o.noNames {
		tagger, err := entity.Default()
		if err != nil {
			return err
		}
		an.Tagger = tagger
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	failed, written := 0, 0
	var batchErr error
	err = s.withSink(o.in.output, func(w *sink) error {
		pw := glossary.NewPartialWriter(w, !o.noNames)
		batchErr = s.runBatchThen(o.in, o.batch, glossaryWork(an, code, glossary.Options{}), func(r batch.Result) error {
			if r.Err != nil {
				failed++
				return nil
			}
			written++
			switch d := r.Data.(type) {
			case glossary.Doc:
				return pw.Add(d, false)
			case englishGlossaryDoc:
				return pw.Add(d.Doc, true)
			}
			return nil
		}, "", nil)
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
	if out := o.in.output; out != "" && out != "-" {
		s.wrote(out, "partial glossary of %s", plural(written, "document"))
	}
	return batchErr
}

// glossaryMergeRun builds the glossary of partial glossaries, in the order given.
func glossaryMergeRun(o glossaryOptions, s *streams) error {
	format, err := glossaryFormat(o.format, o.in.output)
	if err != nil {
		return err
	}
	opts, err := glossaryLibOptions(o, format, s)
	if err != nil {
		return err
	}
	g := newGlossaryCorpus(opts)
	defer g.close()
	names, namesFrom := false, ""
	for _, path := range o.in.names {
		if err := readPartial(s, path, g, &names, &namesFrom); err != nil {
			return err
		}
	}
	if err := g.build(o, s); err != nil {
		return err
	}
	return writeGlossary(o, s, format, g)
}

// readPartial adds the documents of one partial glossary to g; errors name the file. names
// and namesFrom hold whether the first partial (namesFrom) had its names tagged.
func readPartial(s *streams, path string, g *glossaryCorpus, names *bool, namesFrom *string) error {
	in := s.in
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
		if err := g.add(d, english); err != nil {
			return err
		}
	}
}
