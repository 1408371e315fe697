package glossary

import "strings"

// blocks is a list that grows a block at a time: appending never copies what it holds, nor
// leaves the room append's doubling does.
type blocks[T any] struct {
	b [][]T
	n int32
}

// blockLen is 4096 elements: an Entry is 288 bytes, and with blocks of 65,536 (19 MB) the last
// one of ANT x8's 156k entries left 12 MB unused.
const blockLen = 1 << 12

// add appends v and returns its index.
func (l *blocks[T]) add(v T) int32 {
	if l.n%blockLen == 0 {
		l.b = append(l.b, make([]T, 0, blockLen))
	}
	last := &l.b[len(l.b)-1]
	*last = append(*last, v)
	l.n++
	return l.n - 1
}

// at returns element i.
func (l *blocks[T]) at(i int32) T { return l.b[i/blockLen][i%blockLen] }

// ref returns a pointer to element i, which stays where it is as the list grows.
func (l *blocks[T]) ref(i int32) *T { return &l.b[i/blockLen][i%blockLen] }

// room returns element i as the room of an empty slice: the first append to it fills
// element i in place, a second one moves the slice out of the block.
func (l *blocks[T]) room(i int32) []T {
	k := i % blockLen
	return l.b[i/blockLen][k : k : k+1]
}

// listAs returns the elements of l for which keep is true, in order, as conv gives them, and
// empties l a block at a time, so that the list and the blocks are not both held whole.
func listAs[T, U any](l *blocks[T], keep func(i int32) bool, conv func(T) U) []U {
	var n int
	for i := range l.n {
		if keep(i) {
			n++
		}
	}
	out := make([]U, 0, n)
	for b, block := range l.b {
		for k, v := range block {
			if keep(int32(b*blockLen + k)) {
				out = append(out, conv(v))
			}
		}
		l.b[b] = nil
	}
	l.b, l.n = nil, 0
	return out
}

// textArena holds many short strings in shared blocks of text: a string added costs its
// bytes and nothing more, where one allocated apiece is rounded up to its size class (and a
// spelling built with strings.Builder keeps the builder's spare capacity). The strings live
// as long as any string of their block.
type textArena struct{ b strings.Builder }

// textBlock is the size of a block of a textArena; a longer string gets a block of its own.
const textBlock = 64 << 10

// add returns a copy of s in the arena.
func (a *textArena) add(s string) string {
	if a.b.Cap()-a.b.Len() < len(s) {
		a.b = strings.Builder{}
		a.b.Grow(max(textBlock, len(s)))
	}
	start := a.b.Len()
	a.b.WriteString(s)
	return a.b.String()[start:]
}
