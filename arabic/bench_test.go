package arabic

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clipperhouse/uax29/v2/words"
	"golang.org/x/text/unicode/norm"
)

const benchSize = 1 << 20

var benchText string

// benchSample returns at least 1 MB of Arabic news: article texts from the ANT corpus in
// ../shared when present, else the seed article repeated.
func benchSample(b *testing.B) string {
	if benchText != "" {
		return benchText
	}
	var sb strings.Builder
	if f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "ant_v1.1.jsonl")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sb.Len() < benchSize && sc.Scan() {
			var doc struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &doc) == nil {
				sb.WriteString(doc.Text)
				sb.WriteByte('\n')
			}
		}
	} else {
		b.Logf("ANT corpus absent (%v): benchmarking on the seed article repeated", err)
	}
	if sb.Len() < benchSize {
		seed := readSeed(b)
		for sb.Len() < benchSize {
			sb.WriteString(seed)
		}
	}
	benchText = sb.String()
	return benchText
}

func BenchmarkTokens(b *testing.B) {
	s := benchSample(b)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		Tokens(s)
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := benchSample(b)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		Normalize(s)
	}
}

// BenchmarkBaselineUAX29Words is the same-run baseline for Tokens: the clipperhouse/uax29 word
// iterator over the same sample.
func BenchmarkBaselineUAX29Words(b *testing.B) {
	s := benchSample(b)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		it := words.FromString(s)
		for it.Next() {
		}
	}
}

// BenchmarkBaselineNFKC is the same-run baseline for Normalize: x/text NFKC over the sample.
func BenchmarkBaselineNFKC(b *testing.B) {
	s := benchSample(b)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		norm.NFKC.String(s)
	}
}

// BenchmarkKey measures the per-word cost of the clitic guard on the sample's words.
func BenchmarkKey(b *testing.B) {
	s := benchSample(b)
	var words []string
	n := 0
	for _, t := range Tokens(s) {
		if t.Kind == Word {
			words = append(words, t.Text)
			n += len(t.Text)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			Key(w)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	s := benchSample(b)
	var words []string
	n := 0
	for _, t := range Tokens(s) {
		if t.Kind == Word {
			words = append(words, Normalize(t.Text))
			n += len(t.Text)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
}
