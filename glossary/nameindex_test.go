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
				if got, want := ix.cuts(from, to), bruteCuts(tt.spans, from, to); got != want {
					t.Errorf("%s %v: cuts(%d, %d) = %v, want %v", tt.name, tt.spans, from, to, got, want)
				}
				if got, want := ix.covers(from, to), brute(tt.spans, from, to); got != want {
					t.Fatalf("%s %v: covers(%d, %d) = %v, want %v", tt.name, tt.spans, from, to, got, want)
				}
			}
		}
	}
}

// bruteCuts is cuts as a loop over every span.
func bruteCuts(spans [][2]int32, from, to int32) bool {
	for _, s := range spans {
		if s[0] > from && s[0] < to && s[1] > to || s[0] < from && s[1] > from && s[1] < to {
			return true
		}
	}
	return false
}

func TestNameIndexCuts(t *testing.T) {
	ix := newNameIndex([][2]int32{{2, 4}, {10, 13}})
	for _, tc := range []struct {
		from, to int32
		want     bool
	}{
		{1, 3, true},   // the name 2-4 begins inside and ends after
		{3, 5, true},   // begins before and ends inside
		{2, 4, false},  // the name itself
		{2, 3, false},  // inside the name
		{1, 5, false},  // holds the name
		{0, 2, false},  // ends where the name begins
		{4, 6, false},  // begins where it ends
		{9, 11, true},  // the second name
		{11, 14, true}, // its end
		{5, 9, false},  // between the names
	} {
		if got := ix.cuts(tc.from, tc.to); got != tc.want {
			t.Errorf("cuts(%d, %d) = %v, want %v", tc.from, tc.to, got, tc.want)
		}
	}
}

// TestNoTermCutsAName: a term that cuts through a tagged name wherever it occurs (مدريد
// الإسباني of ريال مدريد الإسباني) is not listed; the name is, and so are the term's words.
func TestNoTermCutsAName(t *testing.T) {
	var docs []Doc
	for i, text := range []string{
		"فاز ريال مدريد الإسباني على برشلونة أمس في الدوري.",
		"خسر ريال مدريد الإسباني أمام إشبيلية في الدوري.",
		"تعادل ريال مدريد الإسباني مع برشلونة في الكأس.",
	} {
		docs = append(docs, Doc{Name: string(rune('a' + i)), Text: text})
	}
	got := map[string]string{}
	for _, e := range Build(docs, Options{Names: fixtureNames(map[string]string{"ريال مدريد": "ORG", "برشلونة": "ORG", "إشبيلية": "ORG"})}) {
		got[e.Term] = e.Kind
	}
	if _, ok := got["مدريد الإسباني"]; ok {
		t.Errorf("the fragment مدريد الإسباني is listed: %v", got)
	}
	if got["ريال مدريد"] != "ORG" || got["الإسباني"] != KindTerm {
		t.Errorf("ريال مدريد (ORG) or الإسباني (term) not listed: %v", got)
	}
}
