package glossary

import (
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	text := "زار الكويت وفد من الولايات المتحدة، ثم عاد للولايات المتحدة والكويت. الكويتي لا."
	entries := Build([]Doc{{Name: "a", Text: text}}, Options{}) // terms seen twice: not زار الكويت
	var kuwait, us = -1, -1
	for i, e := range entries {
		switch e.Term {
		case "الكويت":
			kuwait = i
		case "الولايات المتحدة":
			us = i
		}
	}
	if kuwait < 0 || us < 0 {
		t.Fatalf("no entries الكويت and الولايات المتحدة in %+v", entries)
	}
	var got []string
	for _, p := range Locate(text, entries) {
		if p.Entry == kuwait || p.Entry == us {
			got = append(got, text[p.Start:p.End])
		}
	}
	want := "الكويت|الولايات المتحدة|للولايات المتحدة|والكويت"
	if strings.Join(got, "|") != want {
		t.Errorf("Locate found %q, want %q", strings.Join(got, "|"), want)
	}
	if Locate(text, nil) != nil {
		t.Errorf("places without entries")
	}
}

// Every occurrence Build counts is found again by Locate, in a text where no entry's
// spelling is inside a longer one's.
func TestLocateFindsEveryForm(t *testing.T) {
	text := "قال وزير الخارجية الأمريكي إن أميركا وأمريكا والأمريكيين. وزار الرئيس بيروت وبيروت ولبيروت."
	entries := Build([]Doc{{Name: "a", Text: text}}, Options{MinFreq: 1})
	places := Locate(text, entries)
	for i, e := range entries {
		n := 0
		for _, p := range places {
			if p.Entry == i {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s (%d occurrences) not found", e.Term, e.Frequency)
		}
	}
	for k := 1; k < len(places); k++ {
		if places[k].Start < places[k-1].End {
			t.Errorf("places %v and %v overlap", places[k-1], places[k])
		}
	}
}
