package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// spreadWindow is how many sentences before and after a sentence spreadEntities reads.
const spreadWindow = docBlock

// maxSpread bounds the words of an entity spreadEntities looks for.
const maxSpread = 8

// spreadEntities is the last pass of tagging: in each sentence, a run of untagged tokens
// that spells (word for word, clitics aside) an entity tagged at least twice in the
// sentences around it becomes that entity, with its most frequent type there. A name the
// second stage found twice nearby is usually the same name where it missed it (a bank
// named in every sentence of an article, a club throughout a match report). ids are
// rewritten in place; entities already tagged are never changed.
func spreadEntities(doc [][]token, ids [][]int) {
	w := newTypeWindow(doc, ids)
	type match struct{ start, n, ty int }
	var matches []match
	var b []byte
	for i, toks := range doc {
		w.centre(i)
		matches = matches[:0]
		for s := range toks {
			if ids[i][s] != tagO || w.firsts[toks[s].bare] <= 0 {
				continue
			}
			b = b[:0]
			for e := s; e < len(toks) && e-s < maxSpread && ids[i][e] == tagO; e++ {
				if e > s {
					b = append(b, ' ')
				}
				b = append(b, toks[e].bare...)
				c := w.counts[string(b)]
				if c == nil {
					continue
				}
				if best := mostFrequent(c, 0); c[best] >= 2 {
					matches = append(matches, match{s, e - s + 1, best})
				}
			}
		}
		// Longest first, as the Viterbi pass would prefer one entity to two.
		sort.SliceStable(matches, func(a, b int) bool { return matches[a].n > matches[b].n })
		for _, m := range matches {
			free := true
			for k := m.start; k < m.start+m.n; k++ {
				free = free && ids[i][k] == tagO
			}
			if !free {
				continue
			}
			ids[i][m.start] = 1 + 2*m.ty
			for k := m.start + 1; k < m.start+m.n; k++ {
				ids[i][k] = 2 + 2*m.ty
			}
		}
	}
}

// nearGap is how far behind the best reading of a sentence (in the model's score units) a
// reading that names a word may be for recurringNames to count the word as nearly named.
const nearGap = 30

// nearPlace is a token (sentence sent, token tok) that the second stage left O but nearly
// named with type typ (an index into types).
type nearPlace struct {
	sent, tok int32
	typ       uint8
}

// recurringNames returns, in document order, the places of near (in document order) that the
// document names as a reader would: the word (its key: clitics and article aside; token.rare)
// is nearly named or named at two places or more within spreadWindow sentences either
// side, with the place's type at most of them. A foreign name the model half knows (يونيفل,
// الليكود, سلتيك in a match report) is nearly named wherever it recurs; one such place alone
// is not evidence enough, and a word the document names as often with one type as with others
// is left as it is.
func recurringNames(doc [][]token, ids [][]int, near []nearPlace) []nearPlace {
	if len(near) == 0 {
		return nil
	}
	type place struct {
		sent  int32
		typ   uint8
		index int32 // into near; -1 for a named place
	}
	byKey := map[uint64][]place{}
	for n, p := range near {
		tk := &doc[p.sent][p.tok]
		if tk.rare {
			byKey[tk.hKey] = append(byKey[tk.hKey], place{p.sent, p.typ, int32(n)})
		}
	}
	for i, toks := range doc {
		for k, tag := range ids[i] {
			if tag == tagO || isInside(tag) || k+1 < len(toks) && isInside(ids[i][k+1]) {
				continue // only a name of one word is the word named (not الدين in جمال الدين)
			}
			if ps, ok := byKey[toks[k].hKey]; ok {
				byKey[toks[k].hKey] = append(ps, place{int32(i), uint8(typeOf(tag)), -1})
			}
		}
	}
	var keep []int32
	for _, ps := range byKey {
		if len(ps) < 2 {
			continue
		}
		slices.SortStableFunc(ps, func(a, b place) int { return cmp.Compare(a.sent, b.sent) })
		var count [len(types)]int // the places within the window, by type
		lo, hi := 0, 0
		for _, p := range ps {
			if p.index < 0 {
				continue
			}
			for hi < len(ps) && ps[hi].sent <= p.sent+spreadWindow {
				count[ps[hi].typ]++
				hi++
			}
			for ps[lo].sent < p.sent-spreadWindow {
				count[ps[lo].typ]--
				lo++
			}
			if count[p.typ] >= 2 && count[p.typ] > hi-lo-count[p.typ] {
				keep = append(keep, p.index)
			}
		}
	}
	slices.Sort(keep)
	out := make([]nearPlace, len(keep))
	for i, n := range keep {
		out[i] = near[n]
	}
	return out
}

// unifyTypes gives a name the type the sentences around it give it most (within spreadWindow
// sentences either side), when that type names it at least twice and twice as often as its
// own: سيدي بوزيد named a place four times and a person once in one article is a place. The
// model reads each sentence alone, and a name whose context misleads it once (a person's
// particle سيدي, a club named after its town) is the name the article names otherwise. A
// retyped name keeps no margin (margins may be nil): the rule, not the model, typed it.
func unifyTypes(doc [][]token, ids [][]int, margins [][]float32) {
	w := newTypeWindow(doc, ids)
	for i := range doc {
		w.centre(i)
		for _, e := range w.ents[i] {
			c := w.counts[e.phrase]
			best := mostFrequent(c, e.ty)
			if best == e.ty || c[best] < 2 || c[best] < 2*c[e.ty] {
				continue
			}
			tagName(ids[i], e.start, e.end, 1+2*best)
			if margins != nil {
				clear(margins[i][e.start:e.end])
			}
		}
	}
}

// typeWindow counts, for the sentences within spreadWindow of one, the types their entities
// (as tagged before the pass that reads it changes anything) take, by the entity's words
// (bare: clitics aside), and the first words of those entities.
type typeWindow struct {
	ents   [][]windowEntity
	counts map[string]*[len(types)]int
	firsts map[string]int
	next   int // the sentences before it are counted, or were
}

// windowEntity is an entity of a sentence: its words, its first word, its tokens and type.
type windowEntity struct {
	phrase, first string
	start, end    int
	ty            int
}

func newTypeWindow(doc [][]token, ids [][]int) *typeWindow {
	w := &typeWindow{ents: make([][]windowEntity, len(doc)), counts: map[string]*[len(types)]int{}, firsts: map[string]int{}}
	for i, toks := range doc {
		for _, sp := range tokenSpans(ids[i]) {
			words := make([]string, 0, sp.end-sp.start)
			for k := sp.start; k < sp.end; k++ {
				words = append(words, toks[k].bare)
			}
			w.ents[i] = append(w.ents[i], windowEntity{strings.Join(words, " "), words[0], sp.start, sp.end, typeIndex(sp.typ)})
		}
	}
	return w
}

// centre makes the window the sentences from i-spreadWindow to i+spreadWindow; i only grows.
func (w *typeWindow) centre(i int) {
	for ; w.next <= i+spreadWindow && w.next < len(w.ents); w.next++ {
		w.change(w.next, 1)
	}
	if j := i - spreadWindow - 1; j >= 0 {
		w.change(j, -1)
	}
}

func (w *typeWindow) change(i, by int) {
	for _, e := range w.ents[i] {
		w.firsts[e.first] += by
		c := w.counts[e.phrase]
		if c == nil {
			c = new([len(types)]int)
			w.counts[e.phrase] = c
		}
		c[e.ty] += by
	}
}

// mostFrequent is the type counted most in c: from when no type is counted more, else the
// first of those counted most.
func mostFrequent(c *[len(types)]int, from int) int {
	best := from
	for ty := range c {
		if c[ty] > c[best] {
			best = ty
		}
	}
	return best
}
