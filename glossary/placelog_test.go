package glossary

import (
	"encoding/binary"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestPlaceLog: the log gives back its places in order, from memory and from its file.
func TestPlaceLog(t *testing.T) {
	for _, limit := range []int64{0, placeBytes, 10 * placeBytes} {
		l := placeLog{limit: limit, dir: t.TempDir()}
		var want []loggedPlace
		for i := range 25 {
			p := loggedPlace{int32(i % 7), occurrence{doc: int32(i / 5), from: int32(i), start: int32(3 * i),
				surface: int32(i % 4), width: uint8(i%3 + 1), nameType: uint8(i % 5)}}
			l.add(p.cand, p.o)
			want = append(want, p)
		}
		if spilled := l.file != nil; spilled != (limit > 0) {
			t.Errorf("limit %d: spilled %v", limit, spilled)
		}
		for range 2 { // read twice: the file stays readable
			var got []loggedPlace
			if err := l.each(func(seq int64, cand int32, o occurrence) {
				if seq != int64(len(got)) {
					t.Errorf("limit %d: seq %d at place %d", limit, seq, len(got))
				}
				got = append(got, loggedPlace{cand, o})
			}); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("limit %d: read back %v, want %v", limit, got, want)
			}
		}
		if err := l.close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPlanBatches: batches keep the order, hold at most the limit (a larger group alone), and
// leave out the groups too rare to be read.
func TestPlanBatches(t *testing.T) {
	var groups []*groupData
	for _, n := range []int{3, 1, 2, 10, 2, 2} {
		groups = append(groups, &groupData{n: n})
	}
	order := []int32{5, 4, 3, 2, 1, 0}
	rare := func(g *groupData) bool { return g.n < 2 }
	got := planBatches(groups, order, rare, 4*placeBytes)
	want := [][]int32{{5, 4}, {3}, {2}, {0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("batches %v, want %v", got, want)
	}
	if got := planBatches(groups, order, rare, 0); !reflect.DeepEqual(got, [][]int32{{5, 4, 3, 2, 0}}) {
		t.Errorf("no limit: batches %v, want one", got)
	}
}

// FuzzPlaceLog: whatever the places and the memory limit, the log gives them back in order,
// from memory or from its file.
func FuzzPlaceLog(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16"), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, limit uint8) {
		l := placeLog{limit: int64(limit) * placeBytes, dir: t.TempDir()}
		defer l.close()
		var want []loggedPlace
		for ; len(data) >= placeBytes; data = data[placeBytes:] {
			u := func(i int) int32 { return int32(binary.LittleEndian.Uint32(data[i:])) }
			p := loggedPlace{u(0), occurrence{doc: u(4), from: u(8), start: u(12), surface: u(16),
				width: data[20], nameType: data[21]}}
			l.add(p.cand, p.o)
			want = append(want, p)
		}
		var got []loggedPlace
		if err := l.each(func(_ int64, cand int32, o occurrence) { got = append(got, loggedPlace{cand, o}) }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("read back %v, want %v", got, want)
		}
	})
}

// TestPlacesSpillError: a temporary file that cannot be made fails the build with the reason,
// never a glossary short of its places.
func TestPlacesSpillError(t *testing.T) {
	seed := readSeed(t)
	b := NewBuilder(Options{PlaceMemory: placeBytes, TempDir: filepath.Join(t.TempDir(), "missing")})
	if err := b.Add(seed); err != nil {
		t.Fatal(err)
	}
	entries, err := b.Build()
	if err == nil || !strings.Contains(err.Error(), "spilling places") || entries != nil {
		t.Errorf("Build gave %d entries and error %v; want none and a spilling error", len(entries), err)
	}
	if err := b.Close(); err != nil {
		t.Error(err)
	}
}
