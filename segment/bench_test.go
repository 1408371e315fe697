package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// BenchmarkSegment measures throughput on real news next to clipperhouse/uax29's
// sentence iterator (the baseline of the issue) in the same run:
//
//	go test ./segment/ -run '^$' -bench Segment -benchtime 5x
func BenchmarkSegment(b *testing.B) {
	text := loadNews(b)
	b.Run("arprep/Reader", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			rd := FromReader(strings.NewReader(text), Options{})
			n := 0
			for rd.Next() {
				n++
			}
			if n == 0 {
				b.Fatal("no sentences")
			}
		}
	})
	b.Run("arprep/Split", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if len(Split(text)) == 0 {
				b.Fatal("no sentences")
			}
		}
	})
	b.Run("arprep/Split-clauses", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if len(SplitWith(text, Options{Clauses: true})) == 0 {
				b.Fatal("no sentences")
			}
		}
	})
	b.Run("uax29/FromString", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			it := sentences.FromString(text)
			n := 0
			for it.Next() {
				n++
			}
			if n == 0 {
				b.Fatal("no sentences")
			}
		}
	})
	b.Run("uax29/FromReader", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			sc := sentences.FromReader(strings.NewReader(text))
			n := 0
			for sc.Scan() {
				n++
			}
			if n == 0 {
				b.Fatal("no sentences")
			}
		}
	})
}

// BenchmarkPathological measures inputs built to defeat look-behind and look-ahead:
// throughput must stay in the same range as on news (the scanner is linear on them).
func BenchmarkPathological(b *testing.B) {
	inputs := []struct {
		name string
		text string
		opts Options
	}{
		{"dotted-latin", strings.Repeat("a.b", 1<<20), Options{}},
		{"dotted-arabic", strings.Repeat("ب.ب", 1<<19), Options{}},
		{"glued-commas-clauses", strings.Repeat("كلمة،", 1<<18), Options{Clauses: true}},
		{"colons", strings.Repeat("كلمة: ", 1<<18), Options{}},
		{"quotes", strings.Repeat(`"قال. `, 1<<18), Options{}},
		{"long-token", strings.Repeat(strings.Repeat("x", 3000)+". ", 1<<9), Options{}},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				SplitWith(in.text, in.opts)
			}
		})
	}
}

// loadNews returns at least 10 MB of Tunisian news: the "text" fields of
// ../shared/corpora/ant_v1.1.jsonl, one paragraph each, repeated if need be.
func loadNews(b *testing.B) string {
	f, err := os.Open(filepath.Join(shared, "corpora/ant_v1.1.jsonl"))
	if err != nil {
		b.Skipf("news corpus not available (%v)", err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatal(err)
		}
		sb.WriteString(doc.Text)
		sb.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	text := sb.String()
	for len(text) < 10<<20 {
		text += text
	}
	return text
}
