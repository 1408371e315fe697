package entity

import "math/rand/v2"

// example is one training sentence: feature buckets per token and gold tag ids. hidden
// holds each token's features without those naming the word itself: training swaps them in
// at random (word dropout), so that the model also learns to find names from their context,
// affixes and clusters, as it must for names it has never seen.
type example struct {
	feats, hidden [][]uint32
	gold          []int
}

// trainPerceptron runs the averaged structured perceptron (Collins 2002) for the given
// number of epochs (using a token's hidden features with probability dropout), visiting the examples in an order shuffled by seed, and returns the
// averaged weights. The result depends only on its arguments.
func trainPerceptron(data []example, bits uint8, epochs int, dropout float64, seed uint64) *weights {
	nb := (1 << bits) * nTags
	cur := newWeights(bits)
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
	var pred []int
	var feats [][]uint32
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
			pred = cur.viterbi(feats, pred, &sc)
			prevG, prevP := nTags, nTags
			for i, g := range ex.gold {
				p := pred[i]
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
	for i := range w {
		avg.emit[i] = float32(w[i] - acc[i]/c)
	}
	for i := range tw {
		for j := range tw[i] {
			avg.trans[i][j] = float32(tw[i][j] - tacc[i][j]/c)
		}
	}
	return avg
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
