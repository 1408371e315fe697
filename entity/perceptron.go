package entity

import "math/rand/v2"

// example is one training sentence: feature buckets per token and gold tag ids. hidden
// holds each token's features without those naming the word itself: training swaps them in
// at random (word dropout), so that the model also learns to find names from their context,
// affixes and clusters, as it must for names it has never seen. src is the source of the
// sentence: 0 for the main training data, 1 for auxiliary data (TrainConfig.Auxiliary).
type example struct {
	feats, hidden [][]uint32
	gold          []int
	src           uint8
}

// trainPerceptron runs the averaged structured perceptron (Collins 2002) for the given
// number of epochs (using a token's hidden features with probability dropout), visiting the
// examples in an order shuffled by seed, and returns the averaged weights. The result
// depends only on its arguments.
//
// When some examples come from the auxiliary source, every feature f of an example of
// source s is doubled with a copy in block 1+s of a weight table three times the size
// (Daumé 2007), and the weights returned are the shared ones plus the main source's copies.
// An auxiliary token tagged O that the model tags MISC makes no update.
func trainPerceptron(data []example, bits uint8, epochs int, dropout float64, seed uint64) *weights {
	blocks := 1
	for _, ex := range data {
		if ex.src > 0 {
			blocks = 3
			break
		}
	}
	nb := (1 << bits) * nTags * blocks
	cur := &weights{bits: bits, emit: make([]float32, nb)}
	// Averaging by the "lazy sum" trick: avg = w - acc/c, where acc sums c*update.
	w := make([]float64, nb)
	acc := make([]float64, nb)
	var tw, tacc [nTags + 1][nTags]float64
	c := 1.0
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var sc scratch
	var pred, ends []int
	var feats [][]uint32
	var flat []uint32
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := data[k]
			feats = append(feats[:0], ex.feats...)
			for i := range feats {
				if ex.hidden != nil && rng.Float64() < dropout {
					feats[i] = ex.hidden[i]
				}
			}
			if blocks > 1 {
				feats, flat, ends = augment(feats, uint32(1+ex.src)<<bits, flat, ends)
			}
			pred = cur.viterbi(feats, pred, &sc)
			prevG, prevP := nTags, nTags
			for i, g := range ex.gold {
				p := pred[i]
				if ex.src > 0 {
					g = auxiliaryGold(g, p)
				}
				if g != p {
					for _, f := range feats[i] {
						w[int(f)*nTags+g]++
						acc[int(f)*nTags+g] += c
						w[int(f)*nTags+p]--
						acc[int(f)*nTags+p] -= c
						cur.emit[int(f)*nTags+g] = float32(w[int(f)*nTags+g])
						cur.emit[int(f)*nTags+p] = float32(w[int(f)*nTags+p])
					}
				}
				if g != p || prevG != prevP {
					tw[prevG][g]++
					tacc[prevG][g] += c
					tw[prevP][p]--
					tacc[prevP][p] -= c
					cur.trans[prevG][g] = float32(tw[prevG][g])
					cur.trans[prevP][p] = float32(tw[prevP][p])
				}
				prevG, prevP = g, p
			}
			c++
		}
	}
	avg := newWeights(bits)
	for i := range avg.emit {
		x := w[i] - acc[i]/c
		if blocks > 1 { // the main source's copy
			j := i + len(avg.emit)
			x += w[j] - acc[j]/c
		}
		avg.emit[i] = float32(x)
	}
	for i := range tw {
		for j := range tw[i] {
			avg.trans[i][j] = float32(tw[i][j] - tacc[i][j]/c)
		}
	}
	return avg
}

// auxiliaryGold is the tag an auxiliary token tagged g is corrected towards when the model
// predicts p: p itself (no correction) when g is O and p is MISC, since WikiFANE leaves
// currencies, religions and tournaments, ANERcorp's most frequent MISC, untagged.
func auxiliaryGold(g, p int) int {
	if g == tagO && p != tagO && types[typeOf(p)] == "MISC" {
		return p
	}
	return g
}

// augment returns feats with each token's features followed by their copies at off, built
// in flat (ends is scratch).
func augment(feats [][]uint32, off uint32, flat []uint32, ends []int) ([][]uint32, []uint32, []int) {
	flat, ends = flat[:0], ends[:0]
	for _, fs := range feats {
		flat = append(flat, fs...)
		for _, f := range fs {
			flat = append(flat, f+off)
		}
		ends = append(ends, len(flat))
	}
	start := 0
	for i, e := range ends {
		feats[i] = flat[start:e:e]
		start = e
	}
	return feats, flat, ends
}

// trainBagged averages the weights of cfg.Bag perceptrons (at least one) trained on data
// in orders shuffled by different seeds: one perceptron's result depends much on the order
// it saw the sentences in, and the mean of several does not.
func trainBagged(data []example, cfg TrainConfig, seed uint64) *weights {
	w := trainPerceptron(data, cfg.Bits, cfg.Epochs, cfg.Dropout, seed)
	n := max(cfg.Bag, 1)
	for j := 1; j < n; j++ {
		o := trainPerceptron(data, cfg.Bits, cfg.Epochs, cfg.Dropout, seed+uint64(j)*1000003)
		for i, x := range o.emit {
			w.emit[i] += x
		}
		for a := range o.trans {
			for b := range o.trans[a] {
				w.trans[a][b] += o.trans[a][b]
			}
		}
	}
	if n > 1 {
		inv := 1 / float32(n)
		for i := range w.emit {
			w.emit[i] *= inv
		}
		for a := range w.trans {
			for b := range w.trans[a] {
				w.trans[a][b] *= inv
			}
		}
	}
	return w
}
