package summarize

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// wordSource gives analyse the words of the text unit by unit, and then its entities.
type wordSource interface {
	// start readies the source for units, which are then asked for in order.
	start(units []segment.Sentence)
	// unit returns the words of u, as unitWords does.
	unit(u segment.Sentence) ([]idf.Word, bool)
	// entities returns the text's named entities once every unit is done; false leaves the
	// entity feature at zero.
	entities() ([]span.Entity, bool)
}

// textWords are the words of the whole text, held at once, and the entities found
// concurrently (nil: none).
type textWords struct {
	words []idf.Word
	found <-chan []span.Entity
}

func (w textWords) start([]segment.Sentence) {}

func (w textWords) unit(u segment.Sentence) ([]idf.Word, bool) { return unitWords(w.words, u) }

func (w textWords) entities() ([]span.Entity, bool) {
	if w.found == nil {
		return nil, false
	}
	return <-w.found, true
}

// wordStream reads the words of a text piece by piece as the units ask for them, and lets go
// of the words that lie before the unit asked for: the words of a long text are never held at
// once. The pieces' entities are kept for the end.
type wordStream struct {
	next   func() (Analysis, bool)
	text   int        // bytes of the text
	words  []idf.Word // read, and not before the last unit asked for
	more   bool       // pieces remain
	keep   bool       // units out of order: every word is kept
	end    int        // where the last word read ends
	read   int        // words read
	err    error      // words out of order or outside the text
	found  []span.Entity
	tagged bool // a piece carried entities
}

func (s *wordStream) start(units []segment.Sentence) {
	s.keep = !sort.SliceIsSorted(units, func(i, j int) bool { return units[i].Start < units[j].Start })
}

// readPiece reads the next piece, checking its words; false when there is none left.
func (s *wordStream) readPiece() bool {
	if !s.more {
		return false
	}
	a, ok := s.next()
	if !ok {
		s.more = false
		return false
	}
	for _, wd := range a.Words {
		if wd.Start < s.end || wd.End <= wd.Start || wd.End > s.text {
			s.err = fmt.Errorf("%w: word %d at bytes %d-%d of a text of %d, after a word ending at %d", ErrWords, s.read, wd.Start, wd.End, s.text, s.end)
			s.more = false
			return false
		}
		s.end = wd.End
		s.read++
	}
	if a.Entities != nil {
		s.tagged = true
		s.found = append(s.found, a.Entities...)
	}
	if len(s.words) == 0 {
		s.words = slices.Clip(a.Words) // not copied: a text of one piece is read as it is
	} else {
		s.words = append(s.words, a.Words...)
	}
	return true
}

func (s *wordStream) unit(u segment.Sentence) ([]idf.Word, bool) {
	// unitWords looks at the first word that ends after the unit
	for (len(s.words) == 0 || s.words[len(s.words)-1].End <= u.End) && s.readPiece() {
	}
	if s.err != nil {
		return nil, true // the summary is not returned
	}
	if !s.keep {
		s.words = s.words[sort.Search(len(s.words), func(k int) bool { return s.words[k].End > u.Start }):]
	}
	return unitWords(s.words, u)
}

func (s *wordStream) entities() ([]span.Entity, bool) {
	s.words = nil
	for s.readPiece() {
		s.words = s.words[:0]
	}
	return s.found, s.tagged
}

// wordPieceBytes is about the size of the pieces wordPieces cuts: a text's words are found a
// piece at a time when no tagger finds them, so that the words of a long text are never held
// at once (`arprep summarize --no-entities` of a 30 MB text: 378 MB peak RSS with the words held whole, 180 MB in pieces, the same summary).
const wordPieceBytes = 1 << 20

// wordPieces yields the words of text (idf.Words) a piece of about size bytes at a time, each
// piece ending at white space, which no token spans, so the words are those of the whole text.
func wordPieces(text string, size int) func() (Analysis, bool) {
	start := 0
	return func() (Analysis, bool) {
		if start >= len(text) {
			return Analysis{}, false
		}
		end := len(text)
		if start+size < len(text) {
			if cut := strings.IndexAny(text[start+size:], " \n"); cut >= 0 {
				end = start + size + cut + 1
			}
		}
		words := idf.Words(text[start:end])
		for i := range words {
			words[i].Start += start
			words[i].End += start
		}
		start = end
		return Analysis{Words: words}, true
	}
}
