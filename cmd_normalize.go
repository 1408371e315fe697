package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "normalize",
		Usage:     "print text cleaned for search indexes and MT pipelines",
		ArgsUsage: "[FILE...|-]",
		Description: "With no fold flag the default set applies: strip diacritics, tatweel and bidi/zero-width\n" +
			"controls, expand presentation forms (NFKC) and fold letters (أ إ آ ٱ→ا, ى→ي, ة→ه, پ→ب ڤ→ف چ→ج گ ک→ك ی→ي).\n" +
			"Digits are changed only with --digits. With any fold flag, only the named folds apply.\n" +
			"--format tokens prints one token per line: doc, start, end (byte offsets into the decoded\n" +
			"input), kind (word, number, punct, latin, url, email, symbol) and the token's text.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "diacritics", Usage: "strip diacritics and Quranic marks"},
			&cli.BoolFlag{Name: "tatweel", Usage: "strip tatweel (kashida)"},
			&cli.BoolFlag{Name: "letters", Usage: "fold alef forms, alef maqsura, ta marbuta and Persian letters"},
			&cli.StringFlag{Name: "digits", Usage: "write digits as `ascii` or arabic (Arabic-Indic)"},
			&cli.BoolFlag{Name: "bidi", Usage: "strip bidi controls and zero-width characters"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or tokens"},
			outputFlag,
		},
		Action: action(normalizeOptionsOf, command.Normalize),
	})
}

func normalizeOptionsOf(c *cli.Context) (command.NormalizeOptions, error) {
	in, err := inputsOf(c)
	return command.NormalizeOptions{In: in, Diacritics: c.Bool("diacritics"), Tatweel: c.Bool("tatweel"),
		Letters: c.Bool("letters"), Bidi: c.Bool("bidi"), Digits: c.String("digits"), Format: c.String("format")}, err
}
