package entity

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestAllowed(t *testing.T) {
	bPers, iPers, iLoc := parseTag("B-PERS"), parseTag("I-PERS"), parseTag("I-LOC")
	tests := []struct {
		prev, next int
		want       bool
	}{
		{-1, tagO, true},
		{-1, bPers, true},
		{-1, iPers, false},
		{tagO, iPers, false},
		{bPers, iPers, true},
		{iPers, iPers, true},
		{bPers, iLoc, false},
		{iPers, bPers, true},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.next); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestParseTag(t *testing.T) {
	for i, n := range tagNames {
		if parseTag(n) != i {
			t.Errorf("parseTag(%q) = %d, want %d", n, parseTag(n), i)
		}
	}
	for _, bad := range []string{"", "B-DATE", "I-", "b-pers", "X"} {
		if parseTag(bad) != tagO {
			t.Errorf("parseTag(%q) = %d, want O", bad, parseTag(bad))
		}
	}
}

func ids(names ...string) []int {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = parseTag(n)
	}
	return out
}

func TestRepairIOB2(t *testing.T) {
	got := ids("I-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "I-LOC")
	repairIOB2(got)
	want := ids("B-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "B-LOC")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("repairIOB2 = %v, want %v", got, want)
	}
}

func TestTokenSpans(t *testing.T) {
	tests := []struct {
		tags []int
		want []tokenSpan
	}{
		{nil, nil},
		{ids("O", "O"), nil},
		{ids("B-PERS", "I-PERS", "O", "B-LOC"), []tokenSpan{{0, 2, "PERS"}, {3, 4, "LOC"}}},
		{ids("B-PERS", "B-PERS"), []tokenSpan{{0, 1, "PERS"}, {1, 2, "PERS"}}},
		{ids("I-ORG", "I-ORG", "I-LOC"), []tokenSpan{{0, 2, "ORG"}, {2, 3, "LOC"}}},
	}
	for _, tt := range tests {
		if got := tokenSpans(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenSpans(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

// wellFormed reports whether every I- tag continues an entity of its type.
func wellFormed(tags []int) bool {
	prev := -1
	for _, t := range tags {
		if !allowed(prev, t) {
			return false
		}
		prev = t
	}
	return true
}

// TestViterbiWellFormed decodes with random weights that favour I- tags: the constraint,
// not the weights, must keep the output well-formed.
func TestViterbiWellFormed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	w := newWeights(10)
	for i := range w.emit {
		w.emit[i] = float32(rng.NormFloat64())
		if isInside(i % nTags) {
			w.emit[i] += 3
		}
	}
	for i := range w.trans {
		for j := range w.trans[i] {
			w.trans[i][j] = float32(rng.NormFloat64())
		}
	}
	var sc scratch
	for n := 0; n < 200; n++ {
		feats := make([][]uint32, rng.IntN(30))
		for i := range feats {
			for k := 0; k < 5; k++ {
				feats[i] = append(feats[i], uint32(rng.IntN(1<<10)))
			}
		}
		got := w.viterbi(feats, nil, &sc)
		if len(got) != len(feats) || !wellFormed(got) {
			t.Fatalf("viterbi gave %v for %d tokens", got, len(feats))
		}
	}
}

// randomWeights returns weights of 2^10 buckets drawn from rng.
func randomWeights(rng *rand.Rand) *weights {
	w := newWeights(10)
	for i := range w.emit {
		w.emit[i] = float32(rng.NormFloat64())
	}
	for i := range w.trans {
		for j := range w.trans[i] {
			w.trans[i][j] = float32(rng.NormFloat64())
		}
	}
	return w
}

// eachTagging calls fn with every well-formed tag sequence of n tokens (the slice is reused).
func eachTagging(n int, fn func(tags []int)) {
	tags := make([]int, n)
	var walk func(i int)
	walk = func(i int) {
		if i == n {
			if wellFormed(tags) {
				fn(tags)
			}
			return
		}
		for tg := 0; tg < nTags; tg++ {
			tags[i] = tg
			walk(i + 1)
		}
	}
	walk(0)
}

// TestViterbiBest checks the decoder against brute force on short sentences.
func TestViterbiBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	w := randomWeights(rng)
	score := func(feats [][]uint32, tags []int) float32 {
		var s float32
		prev := nTags
		for i, tg := range tags {
			s += w.trans[prev][tg]
			for _, f := range feats[i] {
				s += w.row(f)[tg]
			}
			prev = tg
		}
		return s
	}
	var sc scratch
	for n := 0; n < 30; n++ {
		feats := make([][]uint32, 1+rng.IntN(3))
		for i := range feats {
			feats[i] = []uint32{uint32(rng.IntN(1 << 10)), uint32(rng.IntN(1 << 10))}
		}
		got := w.viterbi(feats, nil, &sc)
		best := float32(-1e30)
		eachTagging(len(feats), func(tags []int) { best = max(best, score(feats, tags)) })
		if s := score(feats, got); s < best-1e-4 {
			t.Fatalf("viterbi %v scores %v, brute force finds %v", got, s, best)
		}
	}
}

// TestMarginsBruteForce checks weights.margins against brute force on short sentences: for
// each token the best path names, the margin is the best path's score less the best score of
// a well-formed path giving that token O or a tag of another type; 0 for a token tagged O.
func TestMarginsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	w := randomWeights(rng)
	var sc scratch
	named := 0
	eachDecoded(rng, w, &sc, 60, func(best []int, score func([]int) float32) {
		got := w.margins(best, &sc, nil)
		sameType := func(a, b int) bool { return a == b || a != tagO && b != tagO && typeOf(a) == typeOf(b) }
		for i, tag := range best {
			if tag == tagO {
				if got[i] != 0 {
					t.Fatalf("token %d of %v tagged O has margin %v", i, best, got[i])
				}
				continue
			}
			named++
			other := float32(math.Inf(-1))
			eachTagging(len(best), func(tags []int) {
				if !sameType(tags[i], tag) {
					other = max(other, score(tags))
				}
			})
			if want := score(best) - other; math.Abs(float64(got[i]-want)) > 1e-3 {
				t.Fatalf("token %d of %v: margin %v, brute force %v", i, best, got[i], want)
			}
		}
	})
	if named == 0 {
		t.Fatal("no token was named: the test checked nothing")
	}
}

// TestNearestBruteForce checks weights.nearest against brute force on short sentences: a
// token the best path tags O is reported with the type and gap of the best path that names
// it, when the gap is under the bound, and only then.
func TestNearestBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	w := randomWeights(rng)
	var sc scratch
	const within = 3
	reported := 0
	eachDecoded(rng, w, &sc, 80, func(best []int, score func([]int) float32) {
		got := map[int][2]float32{}
		w.nearest(best, 0, &sc, within, func(i, typ int, gap float32) { got[i] = [2]float32{float32(typ), gap} })
		for i, tag := range best {
			named, typ := float32(math.Inf(-1)), -1
			eachTagging(len(best), func(tags []int) {
				if s := score(tags); tags[i] != tagO && s > named {
					named, typ = s, typeOf(tags[i])
				}
			})
			gap := score(best) - named
			g, ok := got[i]
			if want := tag == tagO && gap < within; ok != want {
				t.Fatalf("token %d of %v (gap %v): reported %v, want %v", i, best, gap, ok, want)
			}
			if !ok {
				continue
			}
			reported++
			if int(g[0]) != typ || math.Abs(float64(g[1]-gap)) > 1e-3 {
				t.Fatalf("token %d of %v: type %d gap %v, brute force %d %v", i, best, int(g[0]), g[1], typ, gap)
			}
		}
	})
	if reported == 0 {
		t.Fatal("no token was reported: the test checked nothing")
	}
}

// eachDecoded decodes n random sentences of one to four tokens with w, runs the backward pass
// over each, and calls fn with the best path and the score of any tagging of the sentence.
func eachDecoded(rng *rand.Rand, w *weights, sc *scratch, n int, fn func(best []int, score func([]int) float32)) {
	for range n {
		feats := make([][]uint32, 1+rng.IntN(4))
		for i := range feats {
			feats[i] = []uint32{uint32(rng.IntN(1 << 10)), uint32(rng.IntN(1 << 10))}
		}
		best := w.viterbi(feats, nil, sc)
		w.backward(len(best), 0, sc)
		fn(best, func(tags []int) float32 {
			var s float32
			prev := nTags
			for i, tg := range tags {
				s += w.trans[prev][tg] + sc.emit[i*nTags+tg]
				prev = tg
			}
			return s
		})
	}
}
