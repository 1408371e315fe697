package pipeline

import (
	"iter"
	"strings"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/idf"
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

// PieceBytes is the most text the tagger is handed at once: a longer piece is tagged a part
// at a time (entity.Pieces), with the result of tagging it whole. The tagger holds a few
// hundred bytes per token of the text it is given (30 MB of text took 1.5 GB); 256 KB is
// under the token count whose buffers the tagger keeps for the next text.
var PieceBytes = 256 << 10

// AnalyseParallel analyses text with t (with its words when words is true: Tagger.Analyse;
// entities only otherwise: Tagger.Tag). A document larger than ChunkBytes is cut at blank lines
// (paragraph ends) into n pieces (none smaller than ChunkBytes), tagged at once: the tagger is
// the slowest stage of a long document's analysis, and its document-level context matters
// within a news article, not across a megabyte. Offsets are into text.
func AnalyseParallel(t Tagger, text string, n int, words bool) entity.Analysis {
	var parts []entity.Analysis
	for a := range eachAnalysis(t, text, n, words) {
		parts = append(parts, a)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	// Sized from the parts, not grown by appending: a 30 MB document has 1.5 million
	// entities, and doubling kept up to three times their size live at once.
	var nEntities, nWords int
	for _, a := range parts {
		nEntities, nWords = nEntities+len(a.Entities), nWords+len(a.Words)
	}
	out := entity.Analysis{Entities: make([]span.Entity, 0, nEntities)}
	if nWords > 0 {
		out.Words = make([]idf.Word, 0, nWords)
	}
	for i, a := range parts {
		out.Entities = append(out.Entities, a.Entities...)
		out.Words = append(out.Words, a.Words...)
		parts[i] = entity.Analysis{} // its copy is made: let it go
	}
	return out
}

// eachAnalysis is AnalyseParallel a part of the text at a time: it yields the analyses of
// consecutive parts of text, in order (offsets into text), tagging at most n parts at once and
// no further ahead of its reader, so that the words of a long text are never held at once.
// A paragraph piece (see AnalyseParallel) longer than PieceBytes is tagged in parts that give
// its result whole (entity.Pieces).
func eachAnalysis(t Tagger, text string, n int, words bool) iter.Seq[entity.Analysis] {
	analyse := t.Analyse
	if !words {
		analyse = func(text string) entity.Analysis { return entity.Analysis{Entities: t.Tag(text)} }
	}
	n = max(n, 1)
	var parts []entity.Piece
	for _, p := range paragraphPieces(text, n) {
		for _, q := range entity.Pieces(text[p.start:p.end], PieceBytes) {
			parts = append(parts, entity.Piece{Start: p.start + q.Start, End: p.start + q.End,
				KeepStart: p.start + q.KeepStart, KeepEnd: p.start + q.KeepEnd})
		}
	}
	return func(yield func(entity.Analysis) bool) {
		if len(parts) == 1 {
			yield(analyse(text))
			return
		}
		results := make([]chan entity.Analysis, len(parts))
		start := func(k int) {
			results[k] = make(chan entity.Analysis, 1) // the goroutine never waits for its reader
			go func() { results[k] <- analysePart(analyse, text, parts[k]) }()
		}
		for k := range min(n, len(parts)) {
			start(k)
		}
		for k := range parts {
			a := <-results[k]
			if k+n < len(parts) {
				start(k + n)
			}
			if !yield(a) {
				return
			}
		}
	}
}

// analysePart analyses text[p.Start:p.End] and keeps what starts in p's kept part, offsets into
// text.
func analysePart(analyse func(string) entity.Analysis, text string, p entity.Piece) entity.Analysis {
	a := analyse(text[p.Start:p.End])
	lo, hi := p.KeepStart-p.Start, p.KeepEnd-p.Start
	out := entity.Analysis{Entities: a.Entities[:0], Words: a.Words[:0]}
	for _, e := range a.Entities {
		if lo <= e.Start && e.Start < hi {
			e.Start += p.Start
			e.End += p.Start
			out.Entities = append(out.Entities, e)
		}
	}
	for _, w := range a.Words {
		if lo <= w.Start && w.Start < hi {
			w.Start += p.Start
			w.End += p.Start
			out.Words = append(out.Words, w)
		}
	}
	return out
}

// piece is text[start:end].
type piece struct{ start, end int }

// paragraphPieces cuts text at blank lines into n pieces, none smaller than ChunkBytes (see
// AnalyseParallel).
func paragraphPieces(text string, n int) []piece {
	size := max(ChunkBytes, (len(text)+n-1)/n) // one piece per CPU
	var pieces []piece
	for start := 0; start < len(text); {
		end := start + size
		if end >= len(text) {
			end = len(text)
		} else if cut := strings.Index(text[end:], "\n\n"); cut >= 0 {
			end += cut + 2
		} else {
			end = len(text)
		}
		pieces = append(pieces, piece{start, end})
		start = end
	}
	return pieces
}
