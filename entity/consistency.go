package entity

import (
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
	type found struct {
		phrase string
		first  string
		ty     int
	}
	// The entities of each sentence as tagged, before this pass changes anything.
	ents := make([][]found, len(doc))
	for i, toks := range doc {
		for _, sp := range tokenSpans(ids[i]) {
			words := make([]string, 0, sp.end-sp.start)
			for k := sp.start; k < sp.end; k++ {
				words = append(words, toks[k].bare)
			}
			ents[i] = append(ents[i], found{strings.Join(words, " "), words[0], typeIndex(sp.typ)})
		}
	}
	counts := map[string]*[len(types)]int{}
	firsts := map[string]int{} // first words of the entities in counts
	change := func(i, by int) {
		for _, e := range ents[i] {
			firsts[e.first] += by
			c := counts[e.phrase]
			if c == nil {
				c = new([len(types)]int)
				counts[e.phrase] = c
			}
			c[e.ty] += by
		}
	}
	for j := 0; j < min(spreadWindow, len(doc)); j++ {
		change(j, 1)
	}
	type match struct{ start, n, ty int }
	var matches []match
	var b []byte
	for i, toks := range doc {
		if j := i + spreadWindow; j < len(doc) {
			change(j, 1)
		}
		if j := i - spreadWindow - 1; j >= 0 {
			change(j, -1)
		}
		matches = matches[:0]
		for s := range toks {
			if ids[i][s] != tagO || firsts[toks[s].bare] <= 0 {
				continue
			}
			b = b[:0]
			for e := s; e < len(toks) && e-s < maxSpread && ids[i][e] == tagO; e++ {
				if e > s {
					b = append(b, ' ')
				}
				b = append(b, toks[e].bare...)
				c := counts[string(b)]
				if c == nil {
					continue
				}
				best := 0
				for ty := range c {
					if c[ty] > c[best] {
						best = ty
					}
				}
				if c[best] >= 2 {
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
