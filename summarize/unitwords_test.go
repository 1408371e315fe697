package summarize

import (
	"os"
	"testing"
	"unicode/utf8"

	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
)

// unitTokensOK checks the property analyse relies on: where unitWords takes a unit's words
// from the words of the whole text, they are the words of the unit's own text (idf.Words of
// it, offsets shifted). It returns whether unitWords took them.
func unitTokensOK(t *testing.T, text string, words []idf.Word, u segment.Sentence) bool {
	t.Helper()
	got, ok := unitWords(words, u)
	if !ok {
		return false
	}
	want := idf.Words(u.Text)
	if len(got) != len(want) {
		t.Fatalf("%q, unit %d-%d %q: %d words from the text, %d of its own", text, u.Start, u.End, u.Text, len(got), len(want))
	}
	for i := range want {
		w := want[i]
		w.Start += u.Start
		w.End += u.Start
		if got[i] != w {
			t.Fatalf("%q, unit %d-%d %q: word %d is %+v from the text, %+v of its own", text, u.Start, u.End, u.Text, i, got[i], w)
		}
	}
	return true
}

func unit(text string, start, end int) segment.Sentence {
	return segment.Sentence{Text: text[start:end], Start: start, End: end}
}

// TestUnitWordsAreUnitTokens cuts texts into units at every pair of character boundaries,
// inside numbers, addresses, joiners and ligatures included.
func TestUnitWordsAreUnitTokens(t *testing.T) {
	texts := []string{
		"نما الاقتصاد 3.5% في 2024، وقال: «انظر www.example.com/a_(b)). أو info@example.org.»",
		"كتب ﷺ وﰞ ومي\u200cخواهم ـبـ ًا COVID-19 l'Aube ١٢٫٥ 12/08/2014 8:30 http://x.org/y?z=1.",
		"الكويت.والرياض...بيروت!؟ don't 1,000,000 ٢٠٢٤-٠١-٠٢",
	}
	for _, text := range texts {
		words := idf.Words(text)
		var cuts []int
		for i := range text {
			cuts = append(cuts, i)
		}
		cuts = append(cuts, len(text))
		taken, left := 0, 0
		for a, start := range cuts {
			for _, end := range cuts[a:] {
				if unitTokensOK(t, text, words, unit(text, start, end)) {
					taken++
				} else {
					left++
				}
			}
		}
		if taken == 0 || left == 0 {
			t.Errorf("%q: %d units took the text's words, %d their own: both cases should be met", text, taken, left)
		}
	}
}

// TestUnitWordsSegmented checks the units summarize really scores: the segmenter's, joined
// when wrapped, on the seed article.
func TestUnitWordsSegmented(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	words := idf.Words(text)
	units := joinWrapped(text, segment.Split(text))
	for _, u := range units {
		if !unitTokensOK(t, text, words, u) {
			t.Errorf("unit %d-%d %q: a word crosses its ends", u.Start, u.End, u.Text)
		}
	}
}

func FuzzUnitWords(f *testing.F) {
	f.Add("نما الاقتصاد 3.5% في 2024، www.example.com/a_(b)).", 3, 40)
	f.Add("ومي\u200cخواهم ﷺ info@example.org", 0, 11)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) || len(text) == 0 {
			return
		}
		a, b = min(max(a, 0), len(text)), min(max(b, 0), len(text))
		if a > b {
			a, b = b, a
		}
		for a > 0 && a < len(text) && !utf8.RuneStart(text[a]) {
			a--
		}
		for b < len(text) && !utf8.RuneStart(text[b]) {
			b++
		}
		unitTokensOK(t, text, idf.Words(text), unit(text, a, b))
	})
}
