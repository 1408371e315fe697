package glossary

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestKeptIndex checks the index against a plain list of the kept spans, on random spans
// that cross window boundaries, start at a document's first and last tokens, and are wider
// than maxNameWords (terms may be).
func TestKeptIndex(t *testing.T) {
	type span struct {
		o               occurrence
		entry           int32
		covering, named bool
	}
	// contains is the rule both sides follow: k starts up to maxNameWords tokens before o
	// and contains it, longer than it.
	contains := func(k, o occurrence) bool {
		return k.doc == o.doc && k.from <= o.from && k.from >= o.from-maxNameWords &&
			k.end() >= o.end() && (k.from < o.from || k.end() > o.end())
	}
	rng := rand.New(rand.NewPCG(1, 20))
	tokens := []int32{1, 15, 16, 17, 40, 300}
	randomPlace := func() occurrence {
		d := rng.Int32N(int32(len(tokens)))
		from := rng.Int32N(tokens[d])
		width := 1 + rng.Int32N(min(12, tokens[d]-from))
		return occurrence{doc: d, from: from, width: uint8(width)}
	}
	for round := range 8 {
		ix := newKeptIndex(tokens)
		var kept []span
		for e := range int32(200) {
			for range 1 + rng.IntN(3) {
				s := span{randomPlace(), e, rng.IntN(2) == 0, rng.IntN(3) == 0}
				s.covering = s.covering || s.named
				ix.add(s.o, s.entry, s.covering, s.named)
				kept = append(kept, s)
			}
		}
		for range 500 {
			o := randomPlace()
			for _, names := range []bool{false, true} {
				want := slices.ContainsFunc(kept, func(k span) bool {
					return contains(k.o, o) && (k.named || !names && k.covering)
				})
				if got := ix.covered(o, names); got != want {
					t.Fatalf("round %d: covered(%+v, names %v) = %v, want %v", round, o, names, got, want)
				}
			}
		}
		// within: the entries that contain every place of a group of one to three places.
		for range 500 {
			occs := []occurrence{randomPlace()}
			for range rng.IntN(3) {
				// A place near the first one, so that some groups lie in one entry.
				o := occs[0]
				o.from = max(0, min(tokens[o.doc]-1, o.from+rng.Int32N(5)-2))
				o.width = uint8(1 + rng.Int32N(min(4, tokens[o.doc]-o.from)))
				occs = append(occs, o)
			}
			var want []int32
			for _, k := range kept {
				all := true
				for _, o := range occs {
					all = all && slices.ContainsFunc(kept, func(k2 span) bool { return k2.entry == k.entry && contains(k2.o, o) })
				}
				if all && !slices.Contains(want, k.entry) {
					want = append(want, k.entry)
				}
			}
			got := ix.within(occs)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: within(%+v) = %v, want %v", round, occs, got, want)
			}
		}
	}
}
