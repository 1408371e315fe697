package entity

import (
	"math"
	"sort"
)

// Brown clusters (Brown et al. 1992) with the windowed algorithm of Liang (2005): the
// words, most frequent first, enter one at a time as clusters of their own; whenever there
// are window+1 clusters the pair whose merging loses the least average mutual information
// between adjacent clusters is merged. Once every word has entered, the window's clusters
// are merged down to one, and a word's bit string is the path from that root to its
// cluster. Prefixes of the bit string are word classes at every granularity (Ratinov and
// Roth 2009; Turian et al. 2010).
//
// The loss of merging i and j is kept for every pair of active clusters and updated in
// O(1) per pair after each merge, as in Liang's implementation: the loss is a sum of one
// term for the pair itself and one term for every other cluster x, so a merge of a and b
// into m only replaces the terms of a and b by that of m.

type brownConfig struct {
	MinCount int // words seen fewer times are not clustered
	Window   int // active clusters
	// check, in tests, receives after every merge the largest difference between a kept
	// loss and the same loss computed from scratch.
	check func(diff float64)
}

var defaultBrownConfig = brownConfig{MinCount: 3, Window: 300}

// brownPath is a word's bit string: its first min(n, 32) bits, most significant first in
// bits, and its full length n.
type brownPath struct {
	bits uint32
	n    uint8
}

// prefix returns the first k bits of the path (all of them if it is shorter) with their
// length, as one number.
func (p brownPath) prefix(k int) uint64 {
	if k > int(p.n) {
		k = int(p.n)
	}
	if k > 32 {
		k = 32
	}
	v := uint64(0)
	if k > 0 {
		v = uint64(p.bits >> (32 - k))
	}
	return v<<8 | uint64(k)
}

type brown struct {
	total        float64     // number of bigrams
	nl, nr       []float64   // left and right marginal counts per slot
	n, nT        [][]float64 // bigram counts s→t, and transposed
	q, qT        [][]float64 // q[s][t]: the AMI term of the bigram s→t, and transposed
	loss         [][]float64 // loss[s][t], s < t: the AMI lost by merging s and t
	active       []bool
	slots        []int // active slot numbers, in order
	nodeOf       []int // slot → tree node of its cluster
	wordSlot     []int // word → slot, -1 before it enters
	left, right  [][]wcount
	wordL, wordR []float64
	// columns of a slot (see column): the merged or entering slot, and the two merged
	cq, cn1, cn2, oq, on1, on2, tq, tn1, tn2 []float64
}

type wcount struct {
	w int
	n float64
}

// learnBrown clusters the words of seqs (unit strings) that occur at least cfg.MinCount
// times and returns each word's bit string.
func learnBrown(seqs [][]string, cfg brownConfig) map[string]brownPath {
	counts := map[string]int{}
	for _, s := range seqs {
		for _, w := range s {
			counts[w]++
		}
	}
	var words []string
	for w, c := range counts {
		if c >= cfg.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		ci, cj := counts[words[i]], counts[words[j]]
		return ci > cj || ci == cj && words[i] < words[j]
	})
	if len(words) < 2 {
		return map[string]brownPath{}
	}
	id := make(map[string]int, len(words))
	for i, w := range words {
		id[w] = i
	}
	// Bigrams of adjacent clustered words.
	big := map[uint64]float64{}
	for _, s := range seqs {
		prev := -1
		for _, w := range s {
			cur, ok := id[w]
			if !ok {
				cur = -1
			}
			if prev >= 0 && cur >= 0 {
				big[uint64(prev)<<32|uint64(cur)]++
			}
			prev = cur
		}
	}
	keys := make([]uint64, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	V := len(words)
	K := min(cfg.Window, V)
	b := &brown{left: make([][]wcount, V), right: make([][]wcount, V), wordL: make([]float64, V), wordR: make([]float64, V)}
	for _, k := range keys {
		u, v, c := int(k>>32), int(uint32(k)), big[k]
		b.right[u] = append(b.right[u], wcount{v, c})
		b.left[v] = append(b.left[v], wcount{u, c})
		b.wordL[u] += c
		b.wordR[v] += c
		b.total += c
	}
	S := K + 1
	b.nl, b.nr = make([]float64, S), make([]float64, S)
	b.n, b.nT, b.q, b.qT, b.loss = square(S), square(S), square(S), square(S), square(S)
	for _, c := range []*[]float64{&b.cq, &b.cn1, &b.cn2, &b.oq, &b.on1, &b.on2, &b.tq, &b.tn1, &b.tn2} {
		*c = make([]float64, S)
	}
	b.active = make([]bool, S)
	b.nodeOf = make([]int, S)
	b.wordSlot = make([]int, V)
	for i := range b.wordSlot {
		b.wordSlot[i] = -1
	}
	// Tree nodes: 0..K-1 are the leaves (the window's final clusters, numbered when the
	// last word has entered); merges of phase two add internal nodes.
	for w := 0; w < K; w++ {
		b.enter(w, w, false)
	}
	b.refreshSlots()
	for _, s := range b.slots {
		for _, t := range b.slots {
			if s < t {
				b.loss[s][t] = b.pairLoss(s, t)
			}
		}
	}
	members := make([][]int, S)
	for w := 0; w < K; w++ {
		members[w] = []int{w}
	}
	free := K
	for w := K; w < V; w++ {
		b.enter(w, free, true)
		members[free] = []int{w}
		s, t := b.best()
		b.merge(s, t)
		b.verify(cfg.check)
		members[s] = append(members[s], members[t]...)
		members[t] = nil
		free = t
	}
	// Phase two: the K remaining clusters are the leaves of a binary tree.
	leafOf := make([]int, S)
	nLeaves := 0
	for _, s := range b.slots {
		leafOf[s] = nLeaves
		nLeaves++
	}
	parent := make([]int, 2*nLeaves)
	side := make([]uint8, 2*nLeaves)
	node := make([]int, S)
	for _, s := range b.slots {
		node[s] = leafOf[s]
	}
	next := nLeaves
	for len(b.slots) > 1 {
		s, t := b.best()
		b.merge(s, t)
		b.verify(cfg.check)
		parent[node[s]], side[node[s]] = next, 0
		parent[node[t]], side[node[t]] = next, 1
		node[s] = next
		next++
	}
	root := next - 1
	paths := make([]brownPath, nLeaves)
	for l := 0; l < nLeaves; l++ {
		var bitsRev []uint8
		for x := l; x != root; x = parent[x] {
			bitsRev = append(bitsRev, side[x])
		}
		var p brownPath
		p.n = uint8(min(len(bitsRev), 255))
		for i := 0; i < len(bitsRev) && i < 32; i++ {
			p.bits |= uint32(bitsRev[len(bitsRev)-1-i]) << (31 - i)
		}
		paths[l] = p
	}
	out := make(map[string]brownPath, V)
	for s, ws := range members {
		for _, w := range ws {
			out[words[w]] = paths[leafOf[s]]
		}
	}
	return out
}

func square(n int) [][]float64 {
	m := make([][]float64, n)
	flat := make([]float64, n*n)
	for i := range m {
		m[i] = flat[i*n : (i+1)*n]
	}
	return m
}

func (b *brown) refreshSlots() {
	b.slots = b.slots[:0]
	for s, a := range b.active {
		if a {
			b.slots = append(b.slots, s)
		}
	}
}

// term is the AMI term of a bigram count n between clusters with left marginal l and
// right marginal r.
func (b *brown) term(n, l, r float64) float64 {
	if n <= 0 {
		return 0
	}
	return n / b.total * math.Log(n*b.total/(l*r))
}

// enter makes word w the cluster of slot s; update adds its terms to the losses of the
// existing pairs and computes its own.
func (b *brown) enter(w, s int, update bool) {
	b.wordSlot[w] = s
	b.active[s] = true
	b.nl[s], b.nr[s] = b.wordL[w], b.wordR[w]
	for _, e := range b.right[w] {
		if t := b.wordSlot[e.w]; t >= 0 {
			b.add(s, t, e.n)
		}
	}
	for _, e := range b.left[w] {
		if t := b.wordSlot[e.w]; t >= 0 && t != s {
			b.add(t, s, e.n)
		}
	}
	b.refreshSlots()
	b.setTerms(s)
	if !update {
		return
	}
	b.column(s, b.cq, b.cn1, b.cn2)
	for x, i := range b.slots {
		if i == s {
			continue
		}
		row := b.loss[i]
		for _, j := range b.slots[x+1:] {
			if j != s {
				row[j] += b.colContrib(i, j, s, b.cq, b.cn1, b.cn2)
			}
		}
	}
	b.pairLosses(s)
}

func (b *brown) add(s, t int, n float64) {
	b.n[s][t] += n
	b.nT[t][s] += n
}

// setTerms recomputes the AMI terms of slot s with every active slot.
func (b *brown) setTerms(s int) {
	for _, t := range b.slots {
		v := b.term(b.n[s][t], b.nl[s], b.nr[t])
		b.q[s][t], b.qT[t][s] = v, v
		v = b.term(b.n[t][s], b.nl[t], b.nr[s])
		b.q[t][s], b.qT[s][t] = v, v
	}
}

// column copies what the losses need of slot x: its two terms with each slot, and its
// counts to and from each slot.
func (b *brown) column(x int, cq, cn1, cn2 []float64) {
	for _, i := range b.slots {
		cq[i] = b.q[i][x] + b.qT[i][x]
		cn1[i] = b.n[i][x]
		cn2[i] = b.nT[i][x]
	}
}

// colContrib is the part of loss[i][j] due to a third cluster x, from x's column: its terms
// with i and j before merging them minus its terms with i∪j after.
func (b *brown) colContrib(i, j, x int, cq, cn1, cn2 []float64) float64 {
	c := cq[i] + cq[j]
	if n := cn1[i] + cn1[j]; n > 0 {
		c -= b.term(n, b.nl[i]+b.nl[j], b.nr[x])
	}
	if n := cn2[i] + cn2[j]; n > 0 {
		c -= b.term(n, b.nl[x], b.nr[i]+b.nr[j])
	}
	return c
}

// pairLoss computes loss[i][j] from scratch.
func (b *brown) pairLoss(i, j int) float64 {
	l := b.q[i][i] + b.q[i][j] + b.q[j][i] + b.q[j][j] -
		b.term(b.n[i][i]+b.n[i][j]+b.n[j][i]+b.n[j][j], b.nl[i]+b.nl[j], b.nr[i]+b.nr[j])
	qi, qiT, qj, qjT := b.q[i], b.qT[i], b.q[j], b.qT[j]
	ni, niT, nj, njT := b.n[i], b.nT[i], b.n[j], b.nT[j]
	nlij, nrij := b.nl[i]+b.nl[j], b.nr[i]+b.nr[j]
	for _, x := range b.slots {
		if x == i || x == j {
			continue
		}
		l += qi[x] + qiT[x] + qj[x] + qjT[x]
		if n := ni[x] + nj[x]; n > 0 {
			l -= b.term(n, nlij, b.nr[x])
		}
		if n := niT[x] + njT[x]; n > 0 {
			l -= b.term(n, b.nl[x], nrij)
		}
	}
	return l
}

// pairLosses computes the losses of s with every other active slot from scratch.
func (b *brown) pairLosses(s int) {
	for _, t := range b.slots {
		if t != s {
			lo, hi := min(s, t), max(s, t)
			b.loss[lo][hi] = b.pairLoss(lo, hi)
		}
	}
}

// best returns the active pair s < t of least loss (the first such pair on ties).
func (b *brown) best() (int, int) {
	bs, bt := -1, -1
	bl := math.Inf(1)
	for x, i := range b.slots {
		row := b.loss[i]
		for _, j := range b.slots[x+1:] {
			if row[j] < bl {
				bl, bs, bt = row[j], i, j
			}
		}
	}
	return bs, bt
}

// merge merges slot t into slot s (s < t) and frees t.
func (b *brown) merge(s, t int) {
	b.column(s, b.oq, b.on1, b.on2)
	b.column(t, b.tq, b.tn1, b.tn2)
	oldNl, oldNr := append([]float64(nil), b.nl...), append([]float64(nil), b.nr...)
	for _, x := range b.slots {
		if x != s && x != t {
			b.add(s, x, b.n[t][x])
			b.add(x, s, b.n[x][t])
		}
	}
	b.add(s, s, b.n[s][t]+b.n[t][s]+b.n[t][t])
	b.nl[s] += b.nl[t]
	b.nr[s] += b.nr[t]
	b.active[t] = false
	for _, x := range b.slots {
		b.n[t][x], b.n[x][t], b.nT[t][x], b.nT[x][t] = 0, 0, 0, 0
		b.q[t][x], b.q[x][t], b.qT[t][x], b.qT[x][t] = 0, 0, 0, 0
	}
	for w, sl := range b.wordSlot {
		if sl == t {
			b.wordSlot[w] = s
		}
	}
	b.refreshSlots()
	b.setTerms(s)
	b.column(s, b.cq, b.cn1, b.cn2)
	// Replace the terms of s and t in the other pairs' losses by those of the merged s.
	// The old terms used the old marginals of s and t (the pair's own are unchanged).
	nl, nr := b.nl, b.nr
	for x, i := range b.slots {
		if i == s {
			continue
		}
		row := b.loss[i]
		for _, j := range b.slots[x+1:] {
			if j == s {
				continue
			}
			d := b.colContrib(i, j, s, b.cq, b.cn1, b.cn2)
			b.nl, b.nr = oldNl, oldNr
			d -= b.colContrib(i, j, s, b.oq, b.on1, b.on2) + b.colContrib(i, j, t, b.tq, b.tn1, b.tn2)
			b.nl, b.nr = nl, nr
			row[j] += d
		}
	}
	b.pairLosses(s)
}

func (b *brown) verify(check func(float64)) {
	if check == nil {
		return
	}
	diff := 0.0
	for x, i := range b.slots {
		for _, j := range b.slots[x+1:] {
			diff = max(diff, math.Abs(b.loss[i][j]-b.pairLoss(i, j)))
		}
	}
	check(diff)
}
