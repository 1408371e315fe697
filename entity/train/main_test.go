package main

import (
	"reflect"
	"testing"

	"github.com/arprep/arprep/entity"
)

func TestSpreadSample(t *testing.T) {
	sents := make([]entity.Sentence, 10)
	for i := range sents {
		sents[i].Line = i
	}
	lines := func(s []entity.Sentence) []int {
		var out []int
		for _, x := range s {
			out = append(out, x.Line)
		}
		return out
	}
	for _, c := range []struct {
		n, block   int
		picked     []int
		restLength int
	}{
		{4, 2, []int{0, 1, 4, 5}, 6}, // blocks 0 and 2 of 5
		{3, 2, []int{0, 1, 4}, 7},
		{0, 2, nil, 10},
		{-1, 2, lines(sents), 0},
		{20, 2, lines(sents), 0},
	} {
		p, r := spreadSample(sents, c.n, c.block)
		if !reflect.DeepEqual(lines(p), c.picked) || len(r) != c.restLength {
			t.Errorf("spreadSample(%d, %d) = %v and %d others, want %v and %d", c.n, c.block, lines(p), len(r), c.picked, c.restLength)
		}
	}
}
