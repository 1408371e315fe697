package summarize

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/arprep/arprep/idf"
)

// joinedPieces returns the words wordPieces yields for text, in pieces of size bytes, joined.
func joinedPieces(text string, size int) []idf.Word {
	var words []idf.Word
	next := wordPieces(text, size)
	for a, ok := next(); ok; a, ok = next() {
		words = append(words, a.Words...)
	}
	return words
}

// TestWordPiecesEqualWords checks that the words of a text found a piece at a time are the
// words of the whole text, on real articles and on text with white space of every kind.
func TestWordPiecesEqualWords(t *testing.T) {
	paths, _ := filepath.Glob("testdata/easc/*.txt")
	texts := []string{"", " ", "كلمة", "قال:  «نعم»\n\nو٣٫٥ مليون\u200c دولار\r\n", "a\u00a0b\u2003c\td\u200fe"}
	for _, p := range append(paths, "../testdata/seed.txt") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		want := idf.Words(text)
		for _, size := range []int{0, 1, 13, 1000, len(text)} {
			if got := joinedPieces(text, size); len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
				t.Errorf("%.30q in pieces of %d bytes: %d words, whole text %d", text, size, len(got), len(want))
			}
		}
	}
}

func FuzzWordPieces(f *testing.F) {
	f.Add("قال الوزير: «نعم».\n\nوفي ٢٠١٥ ", 3)
	f.Add("a b\u200c c", 1)
	f.Fuzz(func(t *testing.T, text string, size int) {
		size = max(0, size%64)
		want := idf.Words(text)
		if got := joinedPieces(text, size); len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("%q in pieces of %d bytes: %v, whole text %v", text, size, got, want)
		}
	})
}
