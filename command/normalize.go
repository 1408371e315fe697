package command

import (
	"fmt"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/output"
)

const defaultNormalizeFolds = arabic.Diacritics | arabic.Tatweel | arabic.Bidi | arabic.Compat | arabic.Letters

// NormalizeOptions are normalize's options: the folds to apply (none: the default set) and
// the format.
type NormalizeOptions struct {
	In                                 Inputs
	Diacritics, Tatweel, Letters, Bidi bool
	Digits                             string // ascii or arabic
	Format                             string // text or tokens
}

// Normalize prints the inputs cleaned, or their tokens.
func Normalize(o NormalizeOptions, s *IO) error {
	folds, err := o.folds()
	if err != nil {
		return err
	}
	format := o.Format
	if format != "text" && format != "tokens" {
		return usagef("normalize: --format must be text or tokens, not %q", format)
	}
	return s.withSink(o.In.Output, func(w *output.Sink) error {
		return s.eachDocument(o.In, func(doc batch.Doc) error {
			if format == "tokens" {
				for _, t := range arabic.Tokens(doc.Text) {
					if _, err := fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", doc.Name, t.Start, t.End, t.Kind, t.Text); err != nil {
						return output.WriteError(err)
					}
				}
				return nil
			}
			out := arabic.NormalizeFolds(doc.Text, folds)
			if o.Digits == "arabic" {
				out = arabic.ToArabicIndicDigits(out)
			}
			if _, err := w.WriteString(out); err != nil {
				return output.WriteError(err)
			}
			return nil
		})
	})
}

func (o NormalizeOptions) folds() (arabic.Fold, error) {
	var f arabic.Fold
	if o.Diacritics {
		f |= arabic.Diacritics
	}
	if o.Tatweel {
		f |= arabic.Tatweel
	}
	if o.Letters {
		f |= arabic.Letters
	}
	if o.Bidi {
		f |= arabic.Bidi
	}
	switch o.Digits {
	case "":
	case "ascii":
		f |= arabic.Digits
	case "arabic":
		// applied after folding, by ToArabicIndicDigits
	default:
		return 0, usagef("normalize: --digits must be ascii or arabic, not %q", o.Digits)
	}
	if f == 0 && o.Digits == "" {
		f = defaultNormalizeFolds
	}
	return f, nil
}
