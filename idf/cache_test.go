package idf

import (
	"os"
	"sync"
	"testing"

	"github.com/arprep/arprep/arabic"
)

// TestTermMemoAgrees: the remembered term of a word is the one its analysis gives, on first
// sight and after, from several goroutines at once.
func TestTermMemoAgrees(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(seed) + " " + probe
	var words []string
	for _, tok := range arabic.Tokens(text) {
		if tok.Kind == arabic.Word {
			words = append(words, tok.Text)
		}
	}
	if len(words) < 100 {
		t.Fatalf("%d words", len(words))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for pass := 0; pass < 2; pass++ {
				for _, w := range words {
					got, gotOK := Term(arabic.Token{Kind: arabic.Word, Text: w})
					want, wantOK := arabicTerm(w)
					if got != want || gotOK != wantOK {
						t.Errorf("Term(%q) = %q %v, analysis says %q %v", w, got, gotOK, want, wantOK)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if n := wordTerms.Len(); n == 0 || n > maxWordTerms {
		t.Errorf("%d words remembered", n)
	}
}
