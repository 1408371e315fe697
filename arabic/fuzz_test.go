package arabic

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"الكويت والولايات المتحدة الأمريكية",
	"مَدْرَسَةٌ عـــربي ﻻ ﷲ ﷺ ٱلله",
	"٣٫٥ و1,000.5 12/08/2014 8:30 ١٬٠٠٠",
	"قال: «نعم»، لماذا؟ حسنا؛ انتهى...",
	"https://ar.wikipedia.org/wiki/الكويت. www.x.com/مقال?x=1، info.ar@kuna.net.kw",
	"\u200fالكويت\u200e \u202bنص\u202c \u2066a\u2069 می\u200cخواهم \ufeff",
	"ab\xff\xfeج\xc3",
	"a.a.a.a.a.a.a.a@",
	"ﱞ ﹰ ﷽ ﻷ",
}

func FuzzTokens(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Tokens(s))
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if nn := Normalize(n); nn != n {
			t.Fatalf("not idempotent: Normalize(%q) = %q, again %q", s, n, nn)
		}
		for _, f := range []Fold{Diacritics, Alef | Ya, Digits | Bidi, Compat} {
			m := NormalizeFolds(s, f)
			if mm := NormalizeFolds(m, f); mm != m {
				t.Fatalf("NormalizeFolds(%q, %d) not idempotent: %q then %q", s, f, m, mm)
			}
		}
	})
}
