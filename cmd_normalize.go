package main

import (
	"fmt"

	"github.com/arprep/arprep/arabic"
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
		Action: normalizeAction,
	})
}

const defaultNormalizeFolds = arabic.Diacritics | arabic.Tatweel | arabic.Bidi | arabic.Compat | arabic.Letters

func normalizeAction(c *cli.Context) error {
	folds, err := normalizeFolds(c)
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != "text" && format != "tokens" {
		return usagef("normalize: --format must be text or tokens, not %q", format)
	}
	return withSink(c, func(w *sink) error {
		return eachDocument(c, func(doc document) error {
			if format == "tokens" {
				for _, t := range arabic.Tokens(doc.Text) {
					if _, err := fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", doc.Name, t.Start, t.End, t.Kind, t.Text); err != nil {
						return writeError(err)
					}
				}
				return nil
			}
			out := arabic.NormalizeFolds(doc.Text, folds)
			if c.String("digits") == "arabic" {
				out = arabic.ToArabicIndicDigits(out)
			}
			if _, err := w.WriteString(out); err != nil {
				return writeError(err)
			}
			return nil
		})
	})
}

func normalizeFolds(c *cli.Context) (arabic.Fold, error) {
	var f arabic.Fold
	if c.Bool("diacritics") {
		f |= arabic.Diacritics
	}
	if c.Bool("tatweel") {
		f |= arabic.Tatweel
	}
	if c.Bool("letters") {
		f |= arabic.Letters
	}
	if c.Bool("bidi") {
		f |= arabic.Bidi
	}
	switch c.String("digits") {
	case "":
	case "ascii":
		f |= arabic.Digits
	case "arabic":
		// applied after folding, by ToArabicIndicDigits
	default:
		return 0, usagef("normalize: --digits must be ascii or arabic, not %q", c.String("digits"))
	}
	if f == 0 && c.String("digits") == "" {
		f = defaultNormalizeFolds
	}
	return f, nil
}
