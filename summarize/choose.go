package summarize

import (
	"container/heap"
	"math"
	"sort"
)

// choose marks the chosen sentences of sum within budget b, best first by maximal marginal
// relevance, and lists them in document order.
//
// The choice is lazy greedy: a candidate's value score − redundancy·sim can only fall as
// sentences are chosen (sim is the largest similarity to a chosen sentence), so candidates sit
// in a max-heap under their last known value, and only the one on top is brought up to date
// (compared with the sentences chosen since its last update). It picks exactly what the eager
// rule picks — the best current value, ties to the earlier sentence — in O(n·k) similarity
// computations at worst and far fewer in practice. Similarities are accumulated through an
// index from each term to the chosen sentences holding it, so a candidate is only ever
// compared with chosen sentences that share a term with it.
func choose(sum *Summary, d *document, b Budget, redundancy float64) {
	n := len(sum.Sentences)
	if n == 0 {
		return
	}
	if b == (Budget{}) {
		b.Ratio = DefaultRatio
	}
	limit := n
	if b.Sentences > 0 {
		limit = min(limit, b.Sentences)
	}
	if b.Ratio > 0 {
		limit = min(limit, max(1, int(math.Round(b.Ratio*float64(n)))))
	}
	h := make(candidates, n)
	for i, s := range sum.Sentences {
		h[i] = candidate{index: i, value: s.Score}
	}
	heap.Init(&h)
	var order []int // chosen, in order of choice
	words := 0
	var sims similarity
	vecs := vectors{d: d}
	if redundancy != 0 {
		sims = newSimilarity(d)
	}
	for len(order) < limit && h.Len() > 0 {
		if b.Words > 0 && words >= b.Words {
			break
		}
		c := &h[0]
		if b.MaxWords > 0 && words+d.words[c.index] > b.MaxWords {
			heap.Pop(&h) // the summary only grows: it will never fit
			continue
		}
		if redundancy != 0 && c.seen < len(order) {
			c.sim = max(c.sim, sims.maxSince(vecs.of(c.index), c.seen))
			c.seen = len(order)
			c.value = sum.Sentences[c.index].Score - redundancy*c.sim
			heap.Fix(&h, 0)
			continue
		}
		top := heap.Pop(&h).(candidate)
		s := &sum.Sentences[top.index]
		order = append(order, top.index)
		s.Chosen, s.Rank, s.Redundancy = true, len(order), top.sim
		words += d.words[top.index]
		if redundancy != 0 {
			sims.add(vecs.of(top.index))
		}
	}
	sum.Chosen = append(sum.Chosen, order...)
	sort.Ints(sum.Chosen)
	sum.Words = words
}

type candidate struct {
	index int
	value float64 // score − redundancy·sim, an upper bound until seen == len(order)
	sim   float64
	seen  int // chosen sentences compared with so far
}

// candidates is a max-heap by value, ties to the earlier sentence.
type candidates []candidate

func (h candidates) Len() int { return len(h) }
func (h candidates) Less(i, j int) bool {
	if h[i].value != h[j].value {
		return h[i].value > h[j].value
	}
	return h[i].index < h[j].index
}
func (h candidates) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *candidates) Push(x any)   { *h = append(*h, x.(candidate)) }
func (h *candidates) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// similarity indexes the chosen sentences' vectors by term.
type similarity struct {
	post    [][]posting // per term: the chosen sentences holding it, in order of choice
	acc     []float64   // per choice: dot product being accumulated
	touched []int32
	chosen  int32
}

type posting struct {
	rank int32 // order of choice, from 0
	w    float64
}

func newSimilarity(d *document) similarity {
	return similarity{post: make([][]posting, d.terms)}
}

// add indexes the next chosen sentence.
func (s *similarity) add(v []termWeight) {
	for _, tw := range v {
		s.post[tw.id] = append(s.post[tw.id], posting{s.chosen, tw.w})
	}
	s.acc = append(s.acc, 0)
	s.chosen++
}

// maxSince returns the largest cosine between v and the sentences chosen from rank since on.
func (s *similarity) maxSince(v []termWeight, since int) float64 {
	for _, tw := range v {
		p := s.post[tw.id]
		// postings are in rank order: skip those compared before
		i := sort.Search(len(p), func(k int) bool { return int(p[k].rank) >= since })
		for _, e := range p[i:] {
			if s.acc[e.rank] == 0 {
				s.touched = append(s.touched, e.rank)
			}
			s.acc[e.rank] += tw.w * e.w
		}
	}
	best := 0.0
	for _, r := range s.touched {
		best = max(best, s.acc[r])
		s.acc[r] = 0
	}
	s.touched = s.touched[:0]
	return best
}
