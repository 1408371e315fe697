package main

import (
	"fmt"
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/output"

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
		Action: action(normalizeOptionsOf, normalizeRun),
	})
}

const defaultNormalizeFolds = arabic.Diacritics | arabic.Tatweel | arabic.Bidi | arabic.Compat | arabic.Letters

// normalizeOptions are normalize's flags.
type normalizeOptions struct {
	in                                 inputs
	diacritics, tatweel, letters, bidi bool
	digits                             string // ascii or arabic
	format                             string
}

func normalizeOptionsOf(c *cli.Context) (normalizeOptions, error) {
	in, err := inputsOf(c)
	return normalizeOptions{in: in, diacritics: c.Bool("diacritics"), tatweel: c.Bool("tatweel"),
		letters: c.Bool("letters"), bidi: c.Bool("bidi"), digits: c.String("digits"), format: c.String("format")}, err
}

func normalizeRun(o normalizeOptions, s *streams) error {
	folds, err := o.folds()
	if err != nil {
		return err
	}
	format := o.format
	if format != "text" && format != "tokens" {
		return usagef("normalize: --format must be text or tokens, not %q", format)
	}
	return s.withSink(o.in.output, func(w *sink) error {
		return s.eachDocument(o.in, func(doc batch.Doc) error {
			if format == "tokens" {
				for _, t := range arabic.Tokens(doc.Text) {
					if _, err := fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", doc.Name, t.Start, t.End, t.Kind, t.Text); err != nil {
						return output.WriteError(err)
					}
				}
				return nil
			}
			out := arabic.NormalizeFolds(doc.Text, folds)
			if o.digits == "arabic" {
				out = arabic.ToArabicIndicDigits(out)
			}
			if _, err := w.WriteString(out); err != nil {
				return output.WriteError(err)
			}
			return nil
		})
	})
}

func (o normalizeOptions) folds() (arabic.Fold, error) {
	var f arabic.Fold
	if o.diacritics {
		f |= arabic.Diacritics
	}
	if o.tatweel {
		f |= arabic.Tatweel
	}
	if o.letters {
		f |= arabic.Letters
	}
	if o.bidi {
		f |= arabic.Bidi
	}
	switch o.digits {
	case "":
	case "ascii":
		f |= arabic.Digits
	case "arabic":
		// applied after folding, by ToArabicIndicDigits
	default:
		return 0, usagef("normalize: --digits must be ascii or arabic, not %q", o.digits)
	}
	if f == 0 && o.digits == "" {
		f = defaultNormalizeFolds
	}
	return f, nil
}
