package pipeline

import (
	"strings"
	"sync"

	"github.com/arprep/arprep/entity"
)

// Tagger finds the named entities of Arabic text, offsets into it; *entity.Tagger is one.
type Tagger interface {
	Tag(text string) []entity.Span
}

// ChunkBytes is the size from which a document is tagged in parallel pieces.
var ChunkBytes = 1 << 20

// TagParallel tags text with t. A document larger than ChunkBytes is cut at blank lines
// (paragraph ends) into n pieces (none smaller than ChunkBytes), tagged at once: the tagger is
// the slowest stage of a long document's analysis, and its document-level context matters
// within a news article, not across a megabyte. Offsets are into text.
func TagParallel(t Tagger, text string, n int) []entity.Span {
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
		return t.Tag(text)
	}
	results := make([][]entity.Span, len(pieces))
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
			for _, sp := range t.Tag(text[start:end]) {
				sp.Start += start
				sp.End += start
				results[k] = append(results[k], sp)
			}
		}()
	}
	wg.Wait()
	var out []entity.Span
	for _, r := range results {
		out = append(out, r...)
	}
	return out
}
