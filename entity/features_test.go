package entity

import (
	"slices"
	"testing"
	"unicode/utf8"
)

func TestAnalyse(t *testing.T) {
	tests := []struct {
		raw, norm, bare, key string
		article              bool
		trig                 uint8
	}{
		{"والكويت", "والكويت", "الكويت", "كويت", true, trigNone},
		{"«الپنتاغون»", "البنتاغون", "البنتاغون", "بنتاغون", true, trigNone},
		{"الفريق", "الفريق", "الفريق", "فريق", true, trigTitle},
		{"وزارة", "وزاره", "وزاره", "وزاره", false, trigOrg},
		{"(د", "د", "د", "د", false, trigNone},
		{",", ",", ",", ",", false, trigNone},
	}
	for _, tt := range tests {
		a := analyse(tt.raw)
		if a.norm != tt.norm || a.bare != tt.bare || a.key != tt.key || a.article != tt.article || a.trig != tt.trig {
			t.Errorf("analyse(%q) = norm %q bare %q key %q article %v trig %d; want %q %q %q %v %d",
				tt.raw, a.norm, a.bare, a.key, a.article, a.trig, tt.norm, tt.bare, tt.key, tt.article, tt.trig)
		}
	}
}

func TestShape(t *testing.T) {
	tests := map[string]string{
		"الكويت": "a", "2014": "d", "Pentagon": "l", "«الكويت»": "qaq", "F-16": "l-d", "ب2": "ad",
	}
	for in, want := range tests {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLetterTrigrams(t *testing.T) {
	for _, key := range []string{"", "ا", "كويت", "بنتاغون"} {
		got := appendGrams(nil, key, 64-16)
		if n := utf8.RuneCountInString(key); len(got) != n {
			t.Errorf("appendGrams(%q) gave %d trigrams, want %d", key, len(got), n)
		}
	}
	if slices.Equal(appendGrams(nil, "كويت", 48), appendGrams(nil, "كويتي", 48)) {
		t.Error("different words gave the same trigrams")
	}
}

func TestFeaturesInRangeAndHidden(t *testing.T) {
	toks := []token{analyse("قال"), analyse("الفريق"), analyse("دان"), analyse("كين")}
	for _, bits := range []uint8{12, 20} {
		full := appendFeatures(nil, toks, 2, bits, true)
		for _, f := range full {
			if f >= 1<<bits {
				t.Fatalf("bucket %d out of range for %d bits", f, bits)
			}
		}
		if again := appendFeatures(nil, toks, 2, bits, true); !slices.Equal(full, again) {
			t.Fatal("features are not deterministic")
		}
		toks[2].hidden = true
		hidden := appendFeatures(nil, toks, 2, bits, true)
		toks[2].hidden = false
		if len(hidden) >= len(full) {
			t.Errorf("hiding the word kept %d of %d features", len(hidden), len(full))
		}
		for _, f := range hidden {
			if !slices.Contains(full, f) {
				t.Errorf("hidden features are not a subset of the full ones")
				break
			}
		}
	}
	// The neighbouring trigger word is a feature: changing it changes the features.
	other := []token{analyse("قال"), analyse("الكتاب"), analyse("دان"), analyse("كين")}
	if slices.Equal(appendFeatures(nil, toks, 2, 20, false), appendFeatures(nil, other, 2, 20, false)) {
		t.Error("the previous word does not affect the features")
	}
}

func TestGazetteerLongestMatch(t *testing.T) {
	g := cldrGazetteer()
	toks := analyseAll([]string{"بين", "الكويت", "والولايات", "المتحدة", "الأمريكية"})
	g.mark(toks)
	region := uint32(1 << gazRegion)
	if toks[1].gazB&region == 0 {
		t.Error("الكويت not found as a region")
	}
	if toks[2].gazB&region == 0 || toks[3].gazI&region == 0 {
		t.Errorf("الولايات المتحدة not found as a region: %b %b", toks[2].gazB, toks[3].gazI)
	}
	if toks[0].gazB != 0 || toks[4].gazI&region != 0 {
		t.Error("words outside the names were marked")
	}
	if toks := analyseAll([]string{"الفرنسية"}); func() bool { g.mark(toks); return toks[0].gazB&(1<<gazLanguage) == 0 }() {
		t.Error("الفرنسية not found as a language")
	}
}

func TestProcliticBytes(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"والكويت", "الكويت"},
		{"وأميركا", "أميركا"},
		{"وَالكويت", "الكويت"},
		{"للكويت", "للكويت"},
		{"الكويت", "الكويت"},
		{"دان", "دان"},
		// A name's own first letter, which the analyser reads as a clitic, stays.
		{"كاليفورنيا", "كاليفورنيا"},
		{"وكاليفورنيا", "كاليفورنيا"},
		{"فالنسيا", "فالنسيا"},
		{"كابل", "كابل"},
		{"بيونغ يانغ", "بيونغ يانغ"},
		{"بأنيس", "أنيس"}, // a hamza begins a word of its own: not Banes
		{"بتونس", "تونس"},
		{"والبوسنة", "البوسنة"},
	}
	for _, tt := range tests {
		tk := analyse(tt.raw)
		if got := tt.raw[procliticBytes(tt.raw, &tk):]; got != tt.want {
			t.Errorf("trimmed %q to %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestProcliticFeature(t *testing.T) {
	// و and ب before a name are their own feature (coordinated names, بايهود اولمرت); the
	// word without clitics has none, and the same clitics give the same feature.
	w, b, none, w2 := analyse("وطارق"), analyse("بايهود"), analyse("طارق"), analyse("وحسن")
	if w.hClit == none.hClit || w.hClit == b.hClit || w.hClit != w2.hClit {
		t.Errorf("clitic hashes: و %x, ب %x, none %x, و again %x", w.hClit, b.hClit, none.hClit, w2.hClit)
	}
}
