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
		prev := score[(i-1)*nTags : i*nTags]
		cur := score[i*nTags : (i+1)*nTags]
		bp := sc.back[i*nTags : (i+1)*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, tagO
			for _, p := range allowedBefore[t] {
				if prev[p] == negInf {
					continue
				}
				if s := prev[p] + w.trans[p][t]; s > best {
					best, arg = s, int(p)
				}
			}
			if best != negInf {
				best += sc.emit[i*nTags+t]
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

// allowedBefore lists, for each tag, the tags that may precede it.
var allowedBefore = func() (a [nTags][]uint8) {
	for t := 0; t < nTags; t++ {
		for p := 0; p < nTags; p++ {
			if allowed(p, t) {
				a[t] = append(a[t], uint8(p))
			}
		}
	}
	return a
}()

type scratch struct {
	emit, score []float32
	back        []uint8
}

func (s *scratch) grow(n int) {
	if cap(s.emit) < n*nTags {
		s.emit = make([]float32, n*nTags)
		s.score = make([]float32, n*nTags)
		s.back = make([]uint8, n*nTags)
	}
	s.emit, s.score, s.back = s.emit[:n*nTags], s.score[:n*nTags], s.back[:n*nTags]
}

// stagePair holds both stages' emission rows side by side (first stage, then second), so
// that the features the stages share are looked up once: the tagger's hot path.
type stagePair struct {
	index []int32   // bucket → row, -1 when both stages' rows are zero
	rows  []float32 // row*2*nTags + stage*nTags + tag
}

func pairStages(a, b *weights) *stagePair {
	p := &stagePair{index: make([]int32, 1<<a.bits)}
	n := int32(0)
	for f := range p.index {
		ra, rb := a.row(uint32(f)), b.row(uint32(f))
		if ra == nil && rb == nil {
			p.index[f] = -1
			continue
		}
		p.index[f] = n
		n++
		var pair [2 * nTags]float32
		copy(pair[:nTags], ra)
		copy(pair[nTags:], rb)
		p.rows = append(p.rows, pair[:]...)
	}
	return p
}

// addBoth adds each token's rows of both stages: the first into first, the second into
// second (each n*nTags).
func (p *stagePair) addBoth(feats [][]uint32, first, second []float32) {
	for i, fs := range feats {
		e1 := first[i*nTags : (i+1)*nTags : (i+1)*nTags]
		e2 := second[i*nTags : (i+1)*nTags : (i+1)*nTags]
		for _, f := range fs {
			r := p.index[f]
			if r < 0 {
				continue
			}
			row := p.rows[int(r)*2*nTags : (int(r)+1)*2*nTags : (int(r)+1)*2*nTags]
			for t := 0; t < nTags; t++ {
				e1[t] += row[t]
				e2[t] += row[nTags+t]
			}
		}
	}
}

// addSecond adds the second stage's rows of the features of one token into em.
func (p *stagePair) addSecond(fs []uint32, em []float32) {
	for _, f := range fs {
		if r := p.index[f]; r >= 0 {
			row := p.rows[int(r)*2*nTags+nTags : (int(r)+1)*2*nTags]
			for t := range em {
				em[t] += row[t]
			}
		}
	}
}
