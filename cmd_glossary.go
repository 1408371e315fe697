package main

// glossary, and its memory, shards and merge (glossary --partial, glossary merge): see
// glossary/doc.go.

import (
	"github.com/arprep/arprep/command"
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
			"A country whose Arabic name also names its capital (عمان) keeps the country as target and\n" +
			"names the capital in target_also (TSV comment, TBX note: \"or Amman\").\n" +
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
		Action:      action(glossaryOptionsOf, command.Glossary),
		Subcommands: []*cli.Command{glossaryMergeCommand()},
	})
}

func glossaryOptionsOf(c *cli.Context) (command.GlossaryOptions, error) {
	in, err := inputsOf(c)
	targetLang := ""
	if c.IsSet("target-lang") {
		targetLang = c.String("target-lang")
	}
	return command.GlossaryOptions{In: in, Batch: batchOf(c), Format: c.String("format"),
		Top: c.Int("top"), MinFreq: c.Int("min-freq"), IDF: c.String("idf"), Excel: c.Bool("excel"),
		NoNames: c.Bool("no-names"), TargetLang: targetLang,
		Lang: c.String("lang"), Termbase: c.String("termbase"), TM: c.String("tm"),
		Partial: c.Bool("partial"), Mem: c.String("mem")}, err
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
		Action: action(glossaryMergeOptionsOf, command.GlossaryMerge),
	}
}

// glossaryMergeOptionsOf reads glossary merge's flags. Its partials are files: without one it
// does not read stdin, which would hold text rather than a partial.
func glossaryMergeOptionsOf(c *cli.Context) (command.GlossaryOptions, error) {
	if c.NArg() == 0 {
		return command.GlossaryOptions{}, usagef("glossary merge: no partial glossary: give the files glossary --partial wrote")
	}
	return glossaryOptionsOf(c)
}
