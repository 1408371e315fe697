package idf

import (
	"testing"

	"github.com/arprep/arprep/arabic"
)

// TestWords checks that Words gives every token of the text, with the terms Terms gives in
// the same order, and that StemTerm agrees with Term on Arabic words.
func TestWords(t *testing.T) {
	texts := []string{probe, "نما الاقتصاد 3.5% في 2024، وقال: «انظر www.example.com». والكويت والكويت", ""}
	for _, text := range texts {
		words := Words(text)
		toks := arabic.Tokens(text)
		if len(words) != len(toks) {
			t.Fatalf("%q: %d words, %d tokens", text, len(words), len(toks))
		}
		var fromWords, fromTerms []string
		for i, w := range words {
			if w.Start != toks[i].Start || w.End != toks[i].End {
				t.Errorf("%q: word %d at %d-%d, token at %d-%d", text, i, w.Start, w.End, toks[i].Start, toks[i].End)
			}
			if w.Term != "" {
				fromWords = append(fromWords, w.Term)
			}
			if toks[i].Kind == arabic.Word {
				n := arabic.Normalize(toks[i].Text)
				want, _ := Term(toks[i])
				if got, _ := StemTerm(n, arabic.Stem(n)); got != want {
					t.Errorf("%q: StemTerm %q, Term %q", toks[i].Text, got, want)
				}
			}
		}
		Terms(text, func(term string) { fromTerms = append(fromTerms, term) })
		if len(fromTerms) == 0 && text != "" {
			t.Errorf("%q: no terms", text)
		}
		if len(fromWords) != len(fromTerms) {
			t.Fatalf("%q: words hold %d terms, Terms gives %d", text, len(fromWords), len(fromTerms))
		}
		for i := range fromTerms {
			if fromWords[i] != fromTerms[i] {
				t.Errorf("%q: term %d is %q in Words, %q in Terms", text, i, fromWords[i], fromTerms[i])
			}
		}
	}
}
