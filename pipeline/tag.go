package pipeline

import (
	"strings"
	"sync"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/span"
)

// Tagger finds the named entities of Arabic text, offsets into it, and with Analyse its words
// with their content terms as well, in the same tagging pass; *entity.Tagger is one.
type Tagger interface {
	Tag(text string) []span.Entity
	Analyse(text string) entity.Analysis
}

// ChunkBytes is the size from which a document is tagged in parallel pieces.
var ChunkBytes = 1 << 20

// AnalyseParallel analyses text with t (with its words when words is true: Tagger.Analyse;
// entities only otherwise: Tagger.Tag). A document larger than ChunkBytes is cut at blank lines
// (paragraph ends) into n pieces (none smaller than ChunkBytes), tagged at once: the tagger is
// the slowest stage of a long document's analysis, and its document-level context matters
// within a news article, not across a megabyte. Offsets are into text.
func AnalyseParallel(t Tagger, text string, n int, words bool) entity.Analysis {
	analyse := t.Analyse
	if !words {
		analyse = func(text string) entity.Analysis { return entity.Analysis{Entities: t.Tag(text)} }
	}
	n = max(n, 1)
	size := max(ChunkBytes, (len(text)+n-1)/n) // one piece per CPU
	var pieces []int                           // start offsets
	for start := 0; start < len(text); {
		pieces = append(pieces, start)
		end := start + size
		if end >= len(text) {
			break
		}
		if cut := strings.Index(text[end:], "\n\n"); cut >= 0 {
			end += cut + 2
		} else {
			break
		}
		start = end
	}
	if len(pieces) == 1 {
		return analyse(text)
	}
	results := make([]entity.Analysis, len(pieces))
	var wg sync.WaitGroup
	sem := make(chan struct{}, n)
	for k, start := range pieces {
		end := len(text)
		if k+1 < len(pieces) {
			end = pieces[k+1]
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			a := analyse(text[start:end])
			for i := range a.Entities {
				a.Entities[i].Start += start
				a.Entities[i].End += start
			}
			for i := range a.Words {
				a.Words[i].Start += start
				a.Words[i].End += start
			}
			results[k] = a
		}()
	}
	wg.Wait()
	var out entity.Analysis
	for _, r := range results {
		out.Entities = append(out.Entities, r.Entities...)
		out.Words = append(out.Words, r.Words...)
	}
	return out
}
