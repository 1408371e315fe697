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
// feature buckets. The transition constraint makes the result well-formed: an I- tag only
// follows B- or I- of its own type. scratch is reused between calls.
func (w *weights) viterbi(feats [][]uint32, out []int, sc *scratch) []int {
	n := len(feats)
	out = out[:0]
	if n == 0 {
		return out
	}
	sc.grow(n)
	for i, fs := range feats {
		em := sc.emit[i*nTags : (i+1)*nTags]
		for t := range em {
			em[t] = 0
		}
		for _, f := range fs {
			row := w.row(f)
			if row == nil {
				continue
			}
			for t := range em {
				em[t] += row[t]
			}
		}
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
			for p := 0; p < nTags; p++ {
				if !allowed(p, t) || prev[p] == negInf {
					continue
				}
				if s := prev[p] + w.trans[p][t]; s > best {
					best, arg = s, p
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
