package view

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// BenchmarkWrite writes the page of the seed article repeated to about 1 MB, its sentences
// from segment, a mark on every fifth word and a glossary of its most repeated words; the
// bytes are the document's.
func BenchmarkWrite(b *testing.B) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Skip(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(seed)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	doc := Doc{Name: "big.txt", Lang: "ar", Text: text}
	for i, s := range segment.Split(text) {
		doc.Sentences = append(doc.Sentences, Sentence{Start: s.Start, End: s.End, Words: 10, Score: 1, Chosen: i%4 == 0, Rank: i/4 + 1})
	}
	at := 0
	for i, w := range strings.Fields(text) {
		k := strings.Index(text[at:], w) + at
		if i%5 == 0 {
			doc.Entities = append(doc.Entities, span.Entity{Start: k, End: k + len(w), Type: Kinds[i%4]})
		}
		at = k + len(w)
	}
	entries := glossary.Build([]glossary.Doc{{Name: "big.txt", Text: string(seed)}}, glossary.Options{Top: 50})
	page := Page{Docs: []Doc{doc}, Glossary: entries}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if err := Write(io.Discard, page); err != nil {
			b.Fatal(err)
		}
	}
}
