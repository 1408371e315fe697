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

// stringIndex finds the id of a string among strings kept elsewhere by id (at gives them):
// an open-addressing table of ids, 4 bytes a slot and under three quarters full, where a Go
// map from the string to its id takes a 24-byte slot and is at most seven eighths full
// (ANT x8: 500k candidate keys and 600k spellings, some 30 MB of maps).
type stringIndex struct {
	slots []int32 // id+1, 0 when empty
	n     int
}

// find returns the id of s, if it is in the index.
func (x *stringIndex) find(s string, at func(id int32) string) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	v := x.slots[x.slot(s, at)]
	return v - 1, v != 0
}

// set makes id the id of s, in place of the one s had, if any.
func (x *stringIndex) set(s string, id int32, at func(id int32) string) {
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow(at)
	}
	i := x.slot(s, at)
	if x.slots[i] == 0 {
		x.n++
	}
	x.slots[i] = id + 1
}

// slot returns the slot that holds s, or the empty slot where s goes.
func (x *stringIndex) slot(s string, at func(id int32) string) int {
	mask := len(x.slots) - 1
	for i := int(keyHash(s)) & mask; ; i = (i + 1) & mask {
		if v := x.slots[i]; v == 0 || at(v-1) == s {
			return i
		}
	}
}

// grow doubles the table (1024 slots to begin with) and files the ids again.
func (x *stringIndex) grow(at func(id int32) string) {
	old := x.slots
	x.slots = make([]int32, max(1024, 2*len(old)))
	mask := len(x.slots) - 1
	for _, v := range old {
		if v == 0 {
			continue
		}
		i := int(keyHash(at(v-1))) & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = v
	}
}
