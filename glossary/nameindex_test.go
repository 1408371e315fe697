package glossary

import (
	"math/rand/v2"
	"testing"
)

// TestNameIndexCovers checks the index against the loop it replaces, over random spans that
// may overlap, nest and repeat.
func TestNameIndexCovers(t *testing.T) {
	brute := func(spans [][2]int32, from, to int32) bool {
		for _, s := range spans {
			if s[0] <= from && to <= s[1] && s[1]-s[0] > to-from {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name  string
		spans [][2]int32
	}{
		{"none", nil},
		{"one", [][2]int32{{3, 6}}},
		{"disjoint, unsorted", [][2]int32{{10, 12}, {0, 2}, {4, 7}}},
		{"nested", [][2]int32{{0, 10}, {2, 4}, {3, 4}}},
		{"same start", [][2]int32{{5, 6}, {5, 9}}},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 200; k++ {
		var spans [][2]int32
		for range r.IntN(8) {
			a := int32(r.IntN(20))
			spans = append(spans, [2]int32{a, a + 1 + int32(r.IntN(6))})
		}
		tests = append(tests, struct {
			name  string
			spans [][2]int32
		}{"random", spans})
	}
	for _, tt := range tests {
		ix := newNameIndex(tt.spans)
		for from := int32(0); from < 28; from++ {
			for to := from + 1; to <= 28; to++ {
				if got, want := ix.covers(from, to), brute(tt.spans, from, to); got != want {
					t.Fatalf("%s %v: covers(%d, %d) = %v, want %v", tt.name, tt.spans, from, to, got, want)
				}
			}
		}
	}
}
