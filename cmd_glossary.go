package main

import (
	"path/filepath"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "glossary",
		Usage:     "extract a term glossary (names and multi-word terms) for translators",
		ArgsUsage: "[FILE...|-]",
		Description: "Several inputs (files, folders, JSONL lines with --jsonl) make one glossary with per-file\n" +
			"counts (as columns up to 50 inputs; in JSON always). Spellings of one term (with or\n" +
			"without ال and clitics, أ/ا, ة/ه, پ/ب, أمريكا/أميركا) are merged under the most frequent one.\n" +
			"Targets come from --termbase (approved), else --tm, else an embedded name lexicon (CLDR,\n" +
			"GeoNames, Wikipedia titles, person-name spellings); target_source says which. A guess goes\n" +
			"to target_guess (TSV: the comment), never to the target: a romanisation of a name no list\n" +
			"knows, or the spelling of a one-word name seen once whose spelling the lists disagree on.\n" +
			"Formats and the tools that read them:\n" +
			"  tsv   source, target, comment, tab-separated UTF-8. OmegaT (3.6 and later) reads it from\n" +
			"        its glossary/ folder when named .utf8 or .txt (not .tsv); spreadsheets open it\n" +
			"  csv   with a header; --excel adds a byte order mark for Excel\n" +
			"  tbx   TBX 3 (ISO 30042:2019, TBX-Basic), for TBX 3 readers; OmegaT 3.6 cannot read it\n" +
			"  tbx2  TBX 2 (<martif>): OmegaT, memoQ, translate-toolkit\n" +
			"  json, xlsx\n" +
			"Without --format the format follows the -o extension (.tsv .txt .utf8 .tab: tsv; .csv;\n" +
			".tbx: tbx; .json; .xlsx); another extension is refused; stdout is tsv.\n" +
			"With --jsonl each input line is a document; the output is still one glossary.\n" +
			"Scores are weighed by an embedded news background (IDF) unless --idf gives another model.",
		Flags: append(append(glossaryOutputFlags(
			"0: names from 1, terms from 2, untagged single words without ال from 3",
			"(from arprep idf build) instead of the embedded news background"),
			&cli.BoolFlag{Name: "no-names", Usage: "do not run the named-entity tagger (terms only)"},
			targetLangFlag,
			langFlag,
			outputFlag,
		), append(append(targetFlags(), glossaryShardFlags()...), batchFlags()...)...),
		Action:      action(glossaryOptionsOf, glossaryRun),
		Subcommands: []*cli.Command{glossaryMergeCommand()},
	})
}

var glossaryFormats = map[string]func(w *sink, entries []glossary.Entry, o glossary.WriteOptions) error{
	"tsv":  func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteTSV(w, e, o) },
	"csv":  func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteCSV(w, e, o) },
	"tbx":  func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteTBX(w, e, o) },
	"tbx2": func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteTBX2(w, e, o) },
	"json": func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteJSON(w, e, o) },
	"xlsx": func(w *sink, e []glossary.Entry, o glossary.WriteOptions) error { return glossary.WriteXLSX(w, e, o) },
}

// glossaryOptions are glossary's flags.
type glossaryOptions struct {
	in             inputs
	batch          batchOptions
	format         string
	top, minFreq   int
	idf            string // a model file, or none
	excel, noNames bool
	targetLang     string // --target-lang when given; empty: en, or ar for an English corpus
	lang           string
	termbase, tm   string
	partial        bool   // --partial: write a partial glossary
	mem            string // --mem
}

func glossaryOptionsOf(c *cli.Context) (glossaryOptions, error) {
	in, err := inputsOf(c, c.String("idf"))
	targetLang := ""
	if c.IsSet("target-lang") {
		targetLang = c.String("target-lang")
	}
	return glossaryOptions{in: in, batch: batchOptionsOf(c), format: c.String("format"),
		top: c.Int("top"), minFreq: c.Int("min-freq"), idf: c.String("idf"), excel: c.Bool("excel"),
		noNames: c.Bool("no-names"), targetLang: targetLang,
		lang: c.String("lang"), termbase: c.String("termbase"), tm: c.String("tm"),
		partial: c.Bool("partial"), mem: c.String("mem")}, err
}

// glossaryOutputFlags are flags glossary and glossary merge share (with targetLangFlag): what
// the glossary keeps and how it is written (minFreq and idf complete those flags' usage).
func glossaryOutputFlags(minFreq, idf string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "tsv, csv, tbx, tbx2, json or xlsx"},
		&cli.IntFlag{Name: "top", Usage: "keep the best `N` entries (0: all)"},
		&cli.IntFlag{Name: "min-freq", Usage: "drop entries seen fewer than `K` times (" + minFreq + ")"},
		&cli.StringFlag{Name: "idf", Usage: "weigh terms by a background IDF model `FILE` " + idf + "; none: no weighting"},
		&cli.BoolFlag{Name: "excel", Usage: "csv: start with a UTF-8 byte order mark for Excel"},
	}
}

var targetLangFlag = &cli.StringFlag{Name: "target-lang", Value: "en", Usage: "target language tag written into TBX and JSON (ar for an English corpus unless given)"}

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

func glossaryRun(o glossaryOptions, s *streams) error {
	if o.partial {
		return glossaryPartialRun(o, s)
	}
	format, opts, err := glossaryLibOptions(o, s)
	if err != nil {
		return err
	}
	an, err := newAnalyser(!o.noNames, nil, cpus(o.batch.jobs), false)
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
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	g := &pipeline.Glossary{}
	batchErr := s.runBatchThen(o.in, o.batch, func(d batch.Doc) (any, error) {
		return an.PrepareGlossary(d.Name, d.Text, code, opts), nil
	}, func(r batch.Result) error {
		if r.Err != nil {
			failed++
			return nil
		}
		return corpus.Add(r.Data.(pipeline.GlossaryDoc))
	}, "merging terms", func() error {
		if failed > 0 && corpus.Arabic() == 0 {
			return nil // the run fails with the count
		}
		built, err := buildGlossary(o, s, corpus)
		if err != nil {
			return err
		}
		g = built
		return nil
	})
	if batchErr != nil && (failed == 0 || corpus.Arabic() == 0) {
		return batchErr
	}
	if err := writeGlossary(o, s, format, g, corpus.Files()); err != nil {
		return err
	}
	return batchErr
}
