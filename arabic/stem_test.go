package arabic

import (
	"testing"

	snowball "github.com/blevesearch/snowballstem"
	snowballarabic "github.com/blevesearch/snowballstem/arabic"
)

// stemPairs are the measurement table for choosing a stemmer: pairs of news words that a
// matching key should conflate (inflections of one word: article, clitics, pronoun suffixes,
// sound plurals, duals, nisba and feminine forms) and trap pairs of distinct words that it must
// keep apart.
var stemPairs = []struct {
	a, b     string
	conflate bool
}{
	{"الكويت", "كويت", true},
	{"والكويت", "بالكويت", true},
	{"المعلمون", "معلم", true},
	{"المعلمين", "المعلمون", true},
	{"اللاعبين", "لاعب", true},
	{"المهندسون", "مهندس", true},
	{"الوزيران", "وزير", true},
	{"الحكومة", "حكومتها", true},
	{"الحكومات", "الحكومة", true},
	{"الانتخابات", "انتخاب", true},
	{"المناقشات", "مناقشة", true},
	{"والشراكات", "الشراكة", true},
	{"المدرسة", "مدرستهم", true},
	{"سياسي", "السياسية", true},
	{"العربية", "عربي", true},
	{"الأمريكية", "الأمريكي", true},
	{"الإستراتيجية", "استراتيجي", true},
	{"بلادهم", "البلاد", true},
	{"كتابها", "كتاب", true},
	{"رئيسها", "الرئيس", true},
	{"للولايات", "ولاية", true},
	{"وسيقولون", "يقول", true},
	{"بالتعاون", "التعاون", true},
	{"لقاءات", "لقاء", true},
	{"مشاريعهم", "مشاريع", true},
	{"الفلسطينيون", "فلسطيني", true},
	{"المتحدة", "متحد", true},
	{"الجديدة", "جديد", true},
	{"العسكرية", "العسكري", true},
	{"التونسيين", "تونسي", true},

	{"لبنان", "لبن", false},
	{"كاتب", "مكتب", false},
	{"والد", "ولد", false},
	{"وطن", "طن", false},
	{"بحر", "حر", false},
	{"ألمانيا", "مانيا", false},
	{"سلام", "سلم", false},
	{"مطار", "مطر", false},
	{"سلطان", "سلطة", false},
	{"الكتاب", "الكتب", false},
	{"عمان", "عمل", false},
	{"قيادة", "قائد", false},
	{"الأمن", "الأمين", false},
	{"علم", "عالم", false},
	{"مسلم", "سلم", false},
	{"مكتبة", "مكتب", false},
	{"جامعة", "جامع", false},
	{"عربة", "عرب", false},
	{"برلمان", "برلمانية", true},
	{"السودان", "سودانية", true},
	{"عثمان", "عثمانية", true},
	{"اليابان", "يابانيون", true},
	{"البرلمان", "برلم", false},
	{"رمضان", "رمضاء", false},
	// Country and nisba pairs (تونس/تونسي, إيران/إيراني) are left out: whether they should
	// conflate is a choice, not a fact.
}

func snowballStem(w string) string {
	env := snowball.NewEnv(w)
	snowballarabic.Stem(env)
	return env.Current()
}

// TestStemAgainstSnowball measures Stem and the Snowball Arabic stemmer on stemPairs and
// requires ours to be at least as accurate; doc.go quotes the figures.
func TestStemAgainstSnowball(t *testing.T) {
	ours := func(w string) string { return Stem(Normalize(w)) }
	score := func(name string, stem func(string) string) (conflateOK, trapOK int) {
		for _, p := range stemPairs {
			sa, sb := stem(p.a), stem(p.b)
			if (sa == sb) == p.conflate {
				if p.conflate {
					conflateOK++
				} else {
					trapOK++
				}
				continue
			}
			t.Logf("%s misses %s/%s (conflate=%v): %s / %s", name, p.a, p.b, p.conflate, sa, sb)
		}
		return conflateOK, trapOK
	}
	conflate, traps := 0, 0
	for _, p := range stemPairs {
		if p.conflate {
			conflate++
		} else {
			traps++
		}
	}
	oc, ot := score("ours", ours)
	sc, st := score("snowball", snowballStem)
	t.Logf("ours:     conflated %d/%d, traps kept apart %d/%d, accuracy %.2f", oc, conflate, ot, traps, float64(oc+ot)/float64(len(stemPairs)))
	t.Logf("snowball: conflated %d/%d, traps kept apart %d/%d, accuracy %.2f", sc, conflate, st, traps, float64(sc+st)/float64(len(stemPairs)))
	if oc+ot < sc+st {
		t.Errorf("our stemmer (%d/%d) is less accurate than Snowball's (%d/%d)", oc+ot, len(stemPairs), sc+st, len(stemPairs))
	}
}

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"الكويت", "كويت"},
		{"والمعلمون", "معلم"},
		{"حكومتها", "حكوم"}, // ta marbuta restored, as in Stem(الحكومة)
		{"الله", "الله"},
		{"في", "في"},
		{"والد", "والد"},
	} {
		if got := Stem(Normalize(c.in)); got != c.want {
			t.Errorf("Stem(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// Forms gives what the three functions give one by one, for normalised words.
func FuzzForms(f *testing.F) {
	for _, w := range []string{"والكويت", "للكويت", "بالولايات", "حكومتها", "لبنان", "وفي", "الذي", "كتابهم", "ف", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		w = Normalize(w)
		bare, key, stem := Forms(w)
		if bare != StripProclitics(w) || key != Key(w) || stem != Stem(w) {
			t.Errorf("Forms(%q) = %q %q %q; one by one %q %q %q", w, bare, key, stem, StripProclitics(w), Key(w), Stem(w))
		}
	})
}
