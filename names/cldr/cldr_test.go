package cldr

import "testing"

func TestNames(t *testing.T) {
	byCode := map[string]Name{}
	for n := range Names() {
		if _, dup := byCode[n.Code]; dup {
			t.Errorf("code %s yielded twice", n.Code)
		}
		byCode[n.Code] = n
	}
	for _, want := range []Name{
		{"EG", Country, "مصر", "Egypt"},
		{"US", Country, "الولايات المتحدة", "United States"},
		{"002", Group, "أفريقيا", "Africa"},
		{"145", Group, "غرب آسيا", "Western Asia"},
		{"EU", OtherRegion, "الاتحاد الأوروبي", "European Union"},
		{"818", OtherRegion, "مصر", "Egypt"},
		{"ar", Language, "العربية", "Arabic"},
		{"fa", Language, "الفارسية", "Persian"},
	} {
		if got, ok := byCode[want.Code]; !ok || got != want {
			t.Errorf("%s: got %+v, want %+v", want.Code, got, want)
		}
	}
	if _, ok := byCode["A1"]; ok {
		t.Errorf("A1 is not a code")
	}
	// Alpha-2 regions, then numeric ones, then languages.
	stage := func(n Name) int {
		switch {
		case n.Kind == Language:
			return 2
		case n.Code[0] >= '0' && n.Code[0] <= '9':
			return 1
		}
		return 0
	}
	last := 0
	counts := map[Kind]int{}
	for n := range Names() {
		if s := stage(n); s < last {
			t.Fatalf("%s after a later stage", n.Code)
		} else {
			last = s
		}
		counts[n.Kind]++
	}
	// CLDR has about 250 countries, some 30 M.49 groups and some 180 ISO 639-1 languages.
	if counts[Country] < 240 || counts[Group] < 25 || counts[Language] < 150 {
		t.Errorf("counts %v", counts)
	}
}

func TestNamesStops(t *testing.T) {
	n := 0
	for range Names() {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("ranged %d times", n)
	}
}
