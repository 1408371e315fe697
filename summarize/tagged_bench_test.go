package summarize_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/summarize"
)

// antDocs returns the first articles of the ANT news corpus in ../shared, about n bytes of
// them, or skips.
func antDocs(b *testing.B, n int) ([]string, int) {
	b.Helper()
	f, err := os.Open("../../shared/corpora/ant_v1.1.jsonl")
	if err != nil {
		b.Skipf("ANT corpus not available: %v", err)
	}
	defer f.Close()
	var docs []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for size < n && sc.Scan() {
		var doc struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &doc) == nil && doc.Text != "" {
			docs = append(docs, doc.Text)
			size += len(doc.Text)
		}
	}
	return docs, size
}

// BenchmarkSummarizeTagged summarises news articles one by one with the entity tagger, as
// summarize --jsonl does: "reanalyse" tags each article (Options.Entities) and lets Summarize
// tokenise and analyse it again; "analysed" tags it once with Tagger.Analyse and hands the
// words and entities to Analysed. Both run over the same 4 MB after a warm-up pass, so the
// tagger's and idf's word caches are filled alike.
func BenchmarkSummarizeTagged(b *testing.B) {
	docs, size := antDocs(b, 4<<20)
	tagger, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	reanalyse := summarize.Options{Entities: tagger.Tag}
	for _, d := range docs { // warm-up: the word caches
		a := tagger.Analyse(d)
		if _, err := summarize.Analysed(d, summarize.Analysis{Words: a.Words, Entities: a.Entities}, summarize.Options{}); err != nil {
			b.Fatal(err)
		}
		if _, err := summarize.Summarize(d, reanalyse); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("reanalyse", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, d := range docs {
				if _, err := summarize.Summarize(d, reanalyse); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("analysed", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, d := range docs {
				a := tagger.Analyse(d)
				if _, err := summarize.Analysed(d, summarize.Analysis{Words: a.Words, Entities: a.Entities}, summarize.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
