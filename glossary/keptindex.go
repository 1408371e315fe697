package glossary

import "slices"

// keptIndex holds the places of the entries kept so far, for the entries made after them:
// whether a place lies inside a longer kept name or term (covered), and inside which kept
// entries (within). A place is found from the windows of windowTokens tokens of its document:
// each window heads a chain of the spans that start in it.
//
// Per window rather than per token: ANT x8 (12.4M tokens) took 123 MB for a chain head per
// token and a width per token for names and for covering terms, next to 51 MB of spans; the
// heads per window take 3 MB, and the widths are flags on the spans.
type keptIndex struct {
	tokens []int32   // per document, its tokens
	heads  [][]int32 // per document (made when a span is first kept there), per window: 1 + the span kept last in it (0: none)
	spans  blocks[keptSpan]
}

// windowTokens is the width of a window: a place is looked up from the spans that start up
// to maxNameWords tokens before it, two windows at most.
const windowTokens = 16

// keptSpan is a place of a kept entry.
type keptSpan struct {
	offset uint8 // its first token, in its window
	width  uint8
	// covering: a name or definite term, which counts the places inside it as its own; name:
	// a name.
	covering, name bool
	entry          int32 // the entry's index in the entries made
	next           int32 // 1 + the span kept before it in the same window (0: none)
}

func newKeptIndex(tokens []int32) *keptIndex {
	return &keptIndex{tokens: tokens, heads: make([][]int32, len(tokens))}
}

// add keeps place o of entry.
func (ix *keptIndex) add(o occurrence, entry int32, covering, name bool) {
	h := ix.heads[o.doc]
	if h == nil {
		h = make([]int32, (ix.tokens[o.doc]+windowTokens-1)/windowTokens)
		ix.heads[o.doc] = h
	}
	w := o.from / windowTokens
	h[w] = ix.spans.add(keptSpan{uint8(o.from % windowTokens), o.width, covering, name, entry, h[w]}) + 1
}

// around calls fn with each kept span of o's document that starts up to maxNameWords tokens
// before o and contains it, longer than it.
func (ix *keptIndex) around(o occurrence, fn func(k keptSpan)) {
	h := ix.heads[o.doc]
	if h == nil {
		return
	}
	lo := max(0, o.from-maxNameWords)
	for w := lo / windowTokens; w <= o.from/windowTokens; w++ {
		for i := h[w]; i != 0; {
			k := ix.spans.at(i - 1)
			i = k.next
			s := w*windowTokens + int32(k.offset)
			if end := s + int32(k.width); s >= lo && s <= o.from && end >= o.end() && (s < o.from || end > o.end()) {
				fn(k)
			}
		}
	}
}

// covered reports whether o lies inside a longer kept name (names) or a longer kept name or
// definite term (!names).
func (ix *keptIndex) covered(o occurrence, names bool) bool {
	found := false
	ix.around(o, func(k keptSpan) {
		found = found || k.name || !names && k.covering
	})
	return found
}

// within returns the entries one of which contains each of occs, longer than it (nil: none
// contains them all).
func (ix *keptIndex) within(occs []occurrence) []int32 {
	var in []int32
	for n, o := range occs {
		var here []int32
		ix.around(o, func(k keptSpan) {
			if (n == 0 || slices.Contains(in, k.entry)) && !slices.Contains(here, k.entry) {
				here = append(here, k.entry)
			}
		})
		if in = here; len(in) == 0 {
			return nil
		}
	}
	return in
}
