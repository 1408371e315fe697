package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "export",
		Usage:     "export sentence-aligned translator worksheets (txt, tsv, csv, xliff, xliff2, tmx, xlsx, jsonl)",
		ArgsUsage: "[FILE...|-]",
		Description: "One unit per sentence (--units sentences), per line of already aligned input (lines) or\n" +
			"per paragraph (paragraphs); units are numbered across all inputs. Formats:\n" +
			"  txt     the source, one unit per line; with -o DIR a folder holding source.txt and an\n" +
			"          empty, aligned target.txt for the translator to fill\n" +
			"  tsv     id, paragraph, source, target, in_summary, score\n" +
			"  csv     the same columns; cells a spreadsheet would run as formulas (= + - @) are\n" +
			"          neutralised with a leading '; --excel adds a byte order mark and CRLF\n" +
			"  xliff   XLIFF 1.2: a group per paragraph, a trans-unit per unit, summary notes; every unit\n" +
			"          has a target: the --target line (state translated), else a copy of the source\n" +
			"          (state needs-translation: OmegaT loads no unit without it); --summary-only marks\n" +
			"          the other units translate=\"no\"\n" +
			"  xliff2  XLIFF 2.1: a unit per paragraph (srcDir rtl), a segment per sentence\n" +
			"  tmx     TMX 1.4b translation memory; needs --target (one translated line per unit)\n" +
			"  xlsx    Excel workbook: sheet Translate (source right to left, empty target column,\n" +
			"          summary flag, notes), and sheet Glossary with --glossary\n" +
			"  jsonl   one JSON object per unit (with byte offsets)\n" +
			"Without --format the format follows the -o extension (.txt .tsv .csv .xlf .xliff .tmx .xlsx\n" +
			".jsonl; none: a txt folder; another is refused), else txt. Folders given as inputs give\n" +
			"their .txt files. Text is written in logical order and no bidi controls are added. XML\n" +
			"formats drop the characters XML 1.0 forbids and say so on stderr.",
		Flags: append(jobFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "txt, tsv, csv, xliff, xliff2, tmx, xlsx or jsonl"},
			&cli.StringFlag{Name: "target", Usage: "pair the units with the translated aligned `FILE` (one line per unit)"},
			&cli.BoolFlag{Name: "summary-only", Usage: "xliff, xliff2: mark units outside the summary as not to translate"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: byte order mark and CRLF for Excel"},
			&cli.BoolFlag{Name: "glossary", Usage: "xlsx: add a Glossary sheet of the inputs' terms"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `PATH` (a folder for txt without a .txt extension; atomically; stdout when absent)"},
		),
		Action: action(exportOptionsOf, command.Export),
	})
}

func exportOptionsOf(c *cli.Context) (command.ExportOptions, error) {
	job, err := jobOptionsOf(c)
	return command.ExportOptions{Job: job, Format: c.String("format"), Target: c.String("target"),
		SummaryOnly: c.Bool("summary-only"), Excel: c.Bool("excel"), Glossary: c.Bool("glossary")}, err
}
