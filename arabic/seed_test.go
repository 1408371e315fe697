package arabic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readSeed returns the seed article (testdata/seed.txt at the repository root).
func readSeed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatalf("seed article: %v", err)
	}
	return string(b)
}

// TestSeedArticleKeys checks the spellings the seed article mixes: each pair must occur in the
// article and share one key, and أمريكا/أميركا must be recognised as variants.
func TestSeedArticleKeys(t *testing.T) {
	s := readSeed(t)
	keys := map[string]string{} // raw word → key, for every word in the article
	for _, tk := range Tokens(s) {
		if tk.Kind == Word {
			keys[tk.Text] = Key(tk.Text)
		}
	}
	for _, pair := range [][2]string{
		{"الپنتاغون", "البنتاغون"},
		{"الإستراتيجية", "الاستراتيجية"},
	} {
		ka, okA := keys[pair[0]]
		kb, okB := keys[pair[1]]
		if !okA || !okB {
			t.Fatalf("seed article lacks %s (%v) or %s (%v)", pair[0], okA, pair[1], okB)
		}
		if ka != kb {
			t.Errorf("Key(%s) = %s, Key(%s) = %s: want one key", pair[0], ka, pair[1], kb)
		}
	}
	if !strings.Contains(s, "أمريكا") && !strings.Contains(s, "الأمريكية") {
		t.Fatal("seed article lacks أمريكا")
	}
	if !strings.Contains(s, "أميركا") {
		t.Fatal("seed article lacks أميركا")
	}
	if !Variant("أمريكا", "أميركا") {
		t.Error("Variant(أمريكا, أميركا) = false")
	}
}
