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
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
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
		Flags: append(append(glossaryOutputFlags("0: automatic, as glossary", "instead of the embedded one"),
			targetLangFlag,
			glossaryMemFlag,
			outputFlag,
		), targetFlags()...),
		Action: action(glossaryMergeOptionsOf, glossaryMergeRun),
	}
}

// glossaryMergeOptionsOf reads glossary merge's flags. Its partials are files: without one it
// does not read stdin, which would hold text rather than a partial.
func glossaryMergeOptionsOf(c *cli.Context) (glossaryOptions, error) {
	if c.NArg() == 0 {
		return glossaryOptions{}, usagef("glossary merge: no partial glossary: give the files glossary --partial wrote")
	}
	return glossaryOptionsOf(c)
}

// glossaryLibOptions checks the options glossary and glossary merge share and turns them
// into the output format (glossaryFormat) and the library's options, applying --mem.
func glossaryLibOptions(o glossaryOptions, s *streams) (format string, opts glossary.Options, err error) {
	if format, err = glossaryFormat(o.format, o.in.output); err != nil {
		return "", opts, err
	}
	if o.top < 0 || o.minFreq < 0 {
		return "", opts, usagef("glossary: --top and --min-freq must not be negative")
	}
	if format == "xlsx" {
		if err := s.refuseXLSXToTerminal("glossary", o.in.output); err != nil {
			return "", opts, err
		}
	}
	if o.excel && format != "csv" {
		s.warnf("--excel only changes csv output")
	}
	if err := applyMem(o.mem, &opts); err != nil {
		return "", opts, err
	}
	opts.Top, opts.MinFreq = o.top, o.minFreq
	if path := o.idf; path == "none" {
		opts.NoBackground = true
	} else if path != "" {
		m, err := idf.Load(path)
		if err != nil {
			return "", opts, err
		}
		opts.Background = m
	}
	return format, opts, glossary.ReadTargets(o.termbase, o.tm, &opts)
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

// buildGlossary builds the corpus's glossary, warning when it mixes English and Arabic
// documents.
func buildGlossary(o glossaryOptions, s *streams, corpus *pipeline.GlossaryCorpus) (*pipeline.Glossary, error) {
	g, err := corpus.Build(o.targetLang)
	if err != nil {
		return nil, err
	}
	if g.English > 0 && g.Arabic > 0 {
		s.warnf("glossary: %d English and %d Arabic documents: the English terms are listed after the Arabic ones", g.English, g.Arabic)
	}
	return g, nil
}

// writeGlossary writes the entries in format to the output.
func writeGlossary(o glossaryOptions, s *streams, format string, g *pipeline.Glossary, files []string) error {
	wo := g.Write
	wo.Files, wo.Excel = files, o.excel
	if format == "tbx" || format == "tbx2" {
		if len(g.Entries) == 0 {
			return fmt.Errorf("glossary: no terms found, and a TBX file cannot be empty")
		}
		if n := glossary.XMLDropped(g.Entries, wo); n > 0 {
			s.warnf("%d characters not allowed in XML 1.0 were dropped", n)
		}
	}
	err := s.withSink(o.in.output, func(w *sink) error {
		if err := glossaryFormats[format](w, g.Entries, wo); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if out := o.in.output; out != "" && out != "-" {
		s.wrote(out, "%s, %s from %s", format, plural(len(g.Entries), "term"), plural(len(files), "document"))
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
	an, err := newAnalyser(!o.noNames, nil, cpus(o.batch.jobs), false)
	if err != nil {
		return err
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	failed, written := 0, 0
	var batchErr error
	err = s.withSink(o.in.output, func(w *sink) error {
		pw := glossary.NewPartialWriter(w, !o.noNames)
		batchErr = s.runBatchThen(o.in, o.batch, func(d batch.Doc) (any, error) {
			return an.PrepareGlossary(d.Name, d.Text, code, glossary.Options{}), nil
		}, func(r batch.Result) error {
			if r.Err != nil {
				failed++
				return nil
			}
			written++
			d := r.Data.(pipeline.GlossaryDoc)
			return pw.Add(d.Doc, d.English)
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
	format, opts, err := glossaryLibOptions(o, s)
	if err != nil {
		return err
	}
	corpus := pipeline.NewGlossaryCorpus(opts)
	defer corpus.Close()
	names, namesFrom := false, ""
	for _, path := range o.in.names {
		if err := readPartial(s, path, corpus, &names, &namesFrom); err != nil {
			return err
		}
	}
	g, err := buildGlossary(o, s, corpus)
	if err != nil {
		return err
	}
	return writeGlossary(o, s, format, g, corpus.Files())
}

// readPartial adds the documents of one partial glossary to corpus; errors name the file. names
// and namesFrom hold whether the first partial (namesFrom) had its names tagged.
func readPartial(s *streams, path string, corpus *pipeline.GlossaryCorpus, names *bool, namesFrom *string) error {
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
		if err := corpus.Add(pipeline.GlossaryDoc{Doc: d, English: english}); err != nil {
			return err
		}
	}
}
