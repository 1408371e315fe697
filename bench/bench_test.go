package bench

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/clipperhouse/uax29/v2/sentences"
)

// minCorpusBytes is the least text every stage is measured on.
const minCorpusBytes = 10 << 20

var (
	corpusOnce  sync.Once
	corpusDocs  []string
	corpusBytes int64
	corpusErr   error
)

// corpus returns the "text" fields of ../shared/corpora/ant_v1.1.jsonl ($ARPREP_SHARED/corpora
// when set) (10,161 Tunisian news
// articles, 12.2 MB of text), repeated if need be to reach minCorpusBytes, or skips.
func corpus(b *testing.B) ([]string, int64) {
	corpusOnce.Do(func() {
		shared := os.Getenv("ARPREP_SHARED") // for a checkout that is not beside ../shared
		if shared == "" {
			shared = filepath.Join("..", "..", "shared")
		}
		f, err := os.Open(filepath.Join(shared, "corpora", "ant_v1.1.jsonl"))
		if err != nil {
			corpusErr = err
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var doc struct {
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
				corpusErr = err
				return
			}
			if doc.Text != "" {
				corpusDocs = append(corpusDocs, doc.Text)
				corpusBytes += int64(len(doc.Text))
			}
		}
		if corpusErr = sc.Err(); corpusErr != nil || len(corpusDocs) == 0 {
			return
		}
		for n := len(corpusDocs); corpusBytes < minCorpusBytes; {
			for _, d := range corpusDocs[:n] {
				corpusDocs = append(corpusDocs, d)
				corpusBytes += int64(len(d))
			}
		}
	})
	if corpusErr != nil || len(corpusDocs) == 0 {
		b.Skipf("ANT news corpus not available (%v)", corpusErr)
	}
	return corpusDocs, corpusBytes
}

func tagger(b *testing.B) *entity.Tagger {
	t, err := entity.Default()
	if err != nil {
		b.Fatal(err)
	}
	return t
}

// BenchmarkStages runs each stage over every document of the corpus; the MB/s figures are
// comparable with each other and with the uax29 baseline of the same run.
func BenchmarkStages(b *testing.B) {
	docs, size := corpus(b)
	b.Logf("corpus: %d documents, %d bytes", len(docs), size)
	stage := func(name string, fn func(doc string) int) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				n := 0
				for _, d := range docs {
					n += fn(d)
				}
				if n == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
	stage("uax29-sentences", func(d string) int {
		it := sentences.FromString(d)
		n := 0
		for it.Next() {
			n++
		}
		return n
	})
	stage("normalize", func(d string) int { return len(arabic.Normalize(d)) })
	stage("tokens", func(d string) int { return len(arabic.Tokens(d)) })
	stage("segment", func(d string) int { return len(segment.Split(d)) })
	// Without the news layout (datelines, credits, furniture): its cost is the ratio of the two.
	stage("segment-plain", func(d string) int { return len(segment.SplitWith(d, segment.Options{Plain: true})) })
	stage("idf-terms", func(d string) int {
		n := 0
		idf.Terms(d, func(string) { n++ })
		return n
	})
	tg := tagger(b)
	stage("entities", func(d string) int { return len(tg.Tag(d)) + 1 })
	opts := summarize.Options{Entities: tg.Tag}
	stage("summarize", func(d string) int {
		s, err := summarize.Summarize(d, opts)
		if err != nil {
			b.Fatal(err)
		}
		return len(s.Chosen) + 1
	})
	plain := opts
	plain.Plain = true
	stage("summarize-plain", func(d string) int {
		s, err := summarize.Summarize(d, plain)
		if err != nil {
			b.Fatal(err)
		}
		return len(s.Chosen) + 1
	})
	b.Run("glossary", func(b *testing.B) {
		gdocs := make([]glossary.Doc, len(docs))
		for i, d := range docs {
			gdocs[i] = glossary.Doc{Name: "doc", Text: d}
		}
		gopts := glossary.Options{Names: tg.Tag}
		b.SetBytes(size)
		for b.Loop() {
			if len(glossary.Build(gdocs, gopts)) == 0 {
				b.Fatal("empty glossary")
			}
		}
	})
}
