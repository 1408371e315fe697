package glossary

import (
	"reflect"
	"strings"
	"testing"
)

// TestBlocks: a blocks list gives back what was added, across blocks.
func TestBlocks(t *testing.T) {
	var l blocks[int32]
	for i := range int32(2*blockLen + 3) {
		if got := l.add(3 * i); got != i {
			t.Fatalf("add %d returned index %d", i, got)
		}
	}
	for _, i := range []int32{0, blockLen - 1, blockLen, 2 * blockLen, 2*blockLen + 2} {
		if got := l.at(i); got != 3*i {
			t.Errorf("at(%d) = %d, want %d", i, got, 3*i)
		}
	}
}

// TestBlocksRefRoom: a pointer from ref stays valid as the list grows past its block, and a
// slice from room fills its element in place on the first append and moves out on the
// second, leaving the next element alone.
func TestBlocksRefRoom(t *testing.T) {
	var l blocks[int32]
	first := l.ref(l.add(7))
	room := l.room(l.add(0))
	next := l.add(9)
	for i := range int32(2 * blockLen) {
		l.add(i)
	}
	*first = 8
	if got := l.at(0); got != 8 {
		t.Errorf("at(0) = %d after a write through ref, want 8", got)
	}
	room = append(room, 5)
	if got := l.at(1); got != 5 {
		t.Errorf("the first append to room gave element 1 = %d, want 5", got)
	}
	room = append(room, 6)
	if got := l.at(next); got != 9 || len(room) != 2 || room[0] != 5 || room[1] != 6 {
		t.Errorf("the second append to room: next element %d (want 9), room %v (want [5 6])", got, room)
	}
}

// TestListAs: listAs keeps the elements keep accepts, in order, converted, and empties the
// list.
func TestListAs(t *testing.T) {
	var l blocks[int32]
	for i := range int32(blockLen + 10) {
		l.add(i)
	}
	got := listAs(&l, func(i int32) bool { return i%1000 == 3 }, func(v int32) int64 { return int64(v) * 2 })
	want := []int64{6, 2006, 4006, 6006, 8006}
	if len(got) != len(want) {
		t.Fatalf("listAs = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("listAs = %v, want %v", got, want)
		}
	}
	if l.n != 0 || l.b != nil {
		t.Errorf("the list holds %d elements after listAs, want none", l.n)
	}
}

// TestTextArena: the strings of an arena equal what was added, also after later adds fill
// their block and open others, and a string longer than a block is kept whole.
func TestTextArena(t *testing.T) {
	var a textArena
	var in, out []string
	for i := range 5000 {
		s := strings.Repeat("عبد", i%40) + string(rune('a'+i%26))
		in = append(in, s)
		out = append(out, a.add(s))
	}
	long := strings.Repeat("ب", textBlock)
	in, out = append(in, long), append(out, a.add(long))
	in, out = append(in, "", "x"), append(out, a.add(""), a.add("x"))
	for i := range in {
		if out[i] != in[i] {
			t.Fatalf("string %d: got %q, want %q", i, out[i], in[i])
		}
	}
}

// TestStringIndex: the index finds every string set, across its growth, gives the new id of a
// string set again, and finds no string never set.
func TestStringIndex(t *testing.T) {
	var strs []string
	at := func(id int32) string { return strs[id] }
	var x stringIndex
	if _, ok := x.find("x", at); ok {
		t.Fatal("an empty index found a string")
	}
	for i := range 5000 {
		s := strings.Repeat("ك", i%7) + string(rune('ا'+i%30)) + strings.Repeat("م", i/30)
		strs = append(strs, s)
		x.set(s, int32(i), at)
	}
	for i, s := range strs {
		if id, ok := x.find(s, at); !ok || id != int32(i) {
			t.Fatalf("find(%q) = %d, %v; want %d", s, id, ok, i)
		}
	}
	strs = append(strs, strs[17])
	x.set(strs[17], int32(len(strs)-1), at)
	if id, _ := x.find(strs[17], at); id != int32(len(strs)-1) || x.n != 5000 {
		t.Errorf("set again: find gives %d (want %d), %d strings (want 5000)", id, len(strs)-1, x.n)
	}
	for _, s := range []string{"", "absent", strs[4999] + "x"} {
		if id, ok := x.find(s, at); ok {
			t.Errorf("find(%q) = %d, a string never set", s, id)
		}
	}
}

// TestSkeletonBlocks: candidates are blocked by their skeleton's hash, and two skeletons that
// share a hash (given here by hand) are told apart; a block keeps the ids in order and a
// candidate alone in its skeleton makes none.
func TestSkeletonBlocks(t *testing.T) {
	c := newCollector()
	id := func(key string) int32 { return c.candidate(key).id }
	amrika := id("امريكا")
	london := id("لندن")
	amirka := id("اميركا")
	baris := id("باريس")
	got := c.skeletonBlocks([]keySkeleton{{7, baris}, {7, amirka}, {7, london}, {7, amrika}, {9, id("برلين")}})
	want := [][]int32{{amrika, amirka}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("skeletonBlocks = %v, want %v", got, want)
	}
}
