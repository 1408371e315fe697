package entity

import "math"

// weights holds the linear model: per-feature emission weights for each tag, and
// transition weights between tags (row nTags is the sentence start). While training, emit
// is dense (row = bucket); a loaded model keeps only its non-zero rows, found through index.
type weights struct {
	bits  uint8
	index []int32   // bucket → row, -1 when the row is zero; nil when dense
	emit  []float32 // row*nTags + tag
	trans [nTags + 1][nTags]float32
}

// row returns the emission weights of a feature bucket, or nil when they are all zero.
func (w *weights) row(b uint32) []float32 {
	r := int(b)
	if w.index != nil {
		if r = int(w.index[b]); r < 0 {
			return nil
		}
	}
	return w.emit[r*nTags : r*nTags+nTags]
}

func newWeights(bits uint8) *weights {
	return &weights{bits: bits, emit: make([]float32, (1<<bits)*nTags)}
}

// viterbi returns the best IOB2 tag sequence for a sentence whose tokens have the given
// feature buckets. scratch is reused between calls.
func (w *weights) viterbi(feats [][]uint32, out []int, sc *scratch) []int {
	sc.grow(len(feats))
	clear(sc.emit)
	for i, fs := range feats {
		em := sc.emit[i*nTags : (i+1)*nTags]
		for _, f := range fs {
			if row := w.row(f); row != nil {
				for t := range em {
					em[t] += row[t]
				}
			}
		}
	}
	return w.decode(len(feats), out, sc)
}

// decode runs Viterbi over the n tokens' emission scores in sc.emit. The transition
// constraint makes the result well-formed: an I- tag only follows B- or I- of its own type.
func (w *weights) decode(n int, out []int, sc *scratch) []int {
	out = out[:0]
	if n == 0 {
		return out
	}
	negInf := float32(math.Inf(-1))
	score := sc.score
	for t := 0; t < nTags; t++ {
		if allowed(-1, t) {
			score[t] = w.trans[nTags][t] + sc.emit[t]
		} else {
			score[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[nTags]float32)(score[(i-1)*nTags : i*nTags])
		cur := (*[nTags]float32)(score[i*nTags : (i+1)*nTags])
		bp := (*[nTags]uint8)(sc.back[i*nTags : (i+1)*nTags])
		em := (*[nTags]float32)(sc.emit[i*nTags : (i+1)*nTags])
		for t := 0; t < nTags; t++ {
			best, arg := negInf, tagO
			if isInside(t) { // I-X follows B-X or I-X only (see allowed)
				for _, p := range [2]int{t - 1, t} {
					if s := prev[p] + w.trans[p][t]; s > best {
						best, arg = s, p
					}
				}
			} else {
				for p := 0; p < nTags; p++ {
					if s := prev[p] + w.trans[p][t]; s > best {
						best, arg = s, p
					}
				}
			}
			if best != negInf {
				best += em[t]
			}
			cur[t], bp[t] = best, uint8(arg)
		}
	}
	last := score[(n-1)*nTags : n*nTags]
	arg := tagO
	for t := 1; t < nTags; t++ {
		if last[t] > last[arg] {
			arg = t
		}
	}
	out = append(out, make([]int, n)...)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(sc.back[i*nTags+arg])
	}
	return out
}

type scratch struct {
	emit, score, ahead []float32
	back               []uint8
}

func (s *scratch) grow(n int) {
	if cap(s.emit) < n*nTags {
		s.emit = make([]float32, n*nTags)
		s.score = make([]float32, n*nTags)
		s.ahead = make([]float32, n*nTags)
		s.back = make([]uint8, n*nTags)
	}
	s.emit, s.score, s.ahead, s.back = s.emit[:n*nTags], s.score[:n*nTags], s.ahead[:n*nTags], s.back[:n*nTags]
}

// backward fills sc.ahead for the tokens from..n-1 of the sentence decode has just read:
// ahead[i*nTags+t] is the best score of tokens i+1.. after tag t at i, so that the best path
// through tag t at token i (its max-marginal) scores sc.score[i*nTags+t] + ahead[i*nTags+t].
func (w *weights) backward(n, from int, sc *scratch) {
	if n == 0 {
		return
	}
	ahead := sc.ahead
	clear(ahead[(n-1)*nTags:])
	var next [nTags]float32 // the best score of tokens i+1.. given the tag at i+1
	for i := n - 2; i >= from; i-- {
		em := (*[nTags]float32)(sc.emit[(i+1)*nTags : (i+2)*nTags])
		nextAhead := (*[nTags]float32)(ahead[(i+1)*nTags : (i+2)*nTags])
		for u := range next {
			next[u] = em[u] + nextAhead[u]
		}
		for t := 0; t < nTags; t++ {
			trans := &w.trans[t]
			best := trans[tagO] + next[tagO]
			for u := 1; u < nTags; u += 2 { // O or B-X may follow any tag
				best = max(best, trans[u]+next[u])
			}
			if t != tagO { // I-X follows B-X or I-X only (see allowed)
				u := 2 + 2*typeOf(t)
				best = max(best, trans[u]+next[u])
			}
			ahead[i*nTags+t] = best
		}
	}
}

// margins appends to out, for each token of tags (the path decode has just found in sc), how
// far that path's score is ahead of the best path that gives the token a tag of another type
// (O counting as a type): the tagger's confidence in the token's type, in the model's score
// units; 0 for a token tagged O. sc.ahead must hold the backward pass from the first
// entity's token on (backward).
func (w *weights) margins(tags []int, sc *scratch, out []float32) []float32 {
	negInf := float32(math.Inf(-1))
	for i, tag := range tags {
		if tag == tagO {
			out = append(out, 0)
			continue
		}
		through := func(t int) float32 { return sc.score[i*nTags+t] + sc.ahead[i*nTags+t] }
		other := negInf
		for t := 0; t < nTags; t++ {
			if (t == tagO || typeOf(t) != typeOf(tag)) && through(t) > other {
				other = through(t)
			}
		}
		out = append(out, through(tag)-other)
	}
	return out
}

// nearest calls fn for each token of tags from token from on (tags the path decode has just
// found in sc) tagged O that the best path giving it a type is less than within behind: that
// type and the gap. sc.ahead must hold the backward pass from token from.
func (w *weights) nearest(tags []int, from int, sc *scratch, within float32, fn func(i, typ int, gap float32)) {
	for i := from; i < len(tags); i++ {
		if tags[i] != tagO {
			continue
		}
		row := sc.score[i*nTags : (i+1)*nTags]
		ahead := sc.ahead[i*nTags : (i+1)*nTags]
		best, typ := float32(math.Inf(-1)), 0
		for t := 1; t < nTags; t++ {
			if s := row[t] + ahead[t]; s > best {
				best, typ = s, typeOf(t)
			}
		}
		if gap := row[tagO] + ahead[tagO] - best; gap < within {
			fn(i, typ, gap)
		}
	}
}

// stagePair holds both stages' emission rows side by side (first stage, then second), so
// that the features the stages share are looked up once: the tagger's hot path. Rows are
// found through a small open-addressing table, which stays in cache where an index over
// all 1<<bits buckets would not.
type stagePair struct {
	slots   []pairSlot // length a power of two, at most half full
	rows    []float32  // row*2*nTags + stage*nTags + tag
	present []uint64   // bit f: bucket f has a row; most features of rare words have none
}

type pairSlot struct {
	bucket uint32
	row    int32 // -1: empty
}

func pairStages(a, b *weights) *stagePair {
	var buckets []uint32
	for f := uint32(0); f < 1<<a.bits; f++ {
		if a.row(f) != nil || b.row(f) != nil {
			buckets = append(buckets, f)
		}
	}
	size := 1
	for size < 2*len(buckets)+2 {
		size *= 2
	}
	p := &stagePair{slots: make([]pairSlot, size), rows: make([]float32, 0, len(buckets)*2*nTags),
		present: make([]uint64, (1<<a.bits+63)/64)}
	for i := range p.slots {
		p.slots[i].row = -1
	}
	mask := uint32(size - 1)
	for r, f := range buckets {
		i := f & mask
		for p.slots[i].row >= 0 {
			i = (i + 1) & mask
		}
		p.slots[i] = pairSlot{f, int32(r)}
		p.present[f/64] |= 1 << (f % 64)
		var pair [2 * nTags]float32
		copy(pair[:nTags], a.row(f))
		copy(pair[nTags:], b.row(f))
		p.rows = append(p.rows, pair[:]...)
	}
	return p
}

// find returns the row of bucket f, or -1.
func (p *stagePair) find(f uint32) int {
	if p.present[f/64]&(1<<(f%64)) == 0 {
		return -1
	}
	mask := uint32(len(p.slots) - 1)
	for i := f & mask; ; i = (i + 1) & mask {
		s := p.slots[i]
		if s.row < 0 || s.bucket == f {
			return int(s.row)
		}
	}
}

// sum adds both stages' rows of the features fs into acc (first stage, then second).
func (p *stagePair) sum(fs []uint32, acc *[2 * nTags]float32) {
	for _, f := range fs {
		if r := p.find(f); r >= 0 {
			row := p.rows[r*2*nTags : (r+1)*2*nTags : (r+1)*2*nTags]
			for t := range acc {
				acc[t] += row[t]
			}
		}
	}
}

// addSecond adds the second stage's rows of the features of one token into em.
func (p *stagePair) addSecond(fs []uint32, em []float32) {
	for _, f := range fs {
		if r := p.find(f); r >= 0 {
			row := p.rows[r*2*nTags+nTags : (r+1)*2*nTags]
			for t := range em {
				em[t] += row[t]
			}
		}
	}
}

// prune zeroes the emission rows whose weights are all smaller than th in magnitude: most
// rows belong to features seen once or twice, whose averaged weights barely move a score.
func (w *weights) prune(th float32) {
	for b := uint32(0); b < 1<<w.bits; b++ {
		row := w.row(b)
		big := false
		for _, x := range row {
			big = big || x >= th || x <= -th
		}
		if !big {
			clear(row)
		}
	}
}
