package arabic

import (
	"strings"
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

// FuzzClitics checks that the clitic split always concatenates back to the word, that Key and
// Stem never grow a word, and that Variant is symmetric and reflexive.
func FuzzClitics(f *testing.F) {
	for _, c := range cliticCases {
		f.Add(c.word, "ال"+c.stem)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		n := Normalize(a)
		p, s, x := SplitClitics(n)
		if p+s+x != n {
			t.Fatalf("SplitClitics(%q) = %q+%q+%q", n, p, s, x)
		}
		if k := Key(a); len(k) > len(n) || !strings.Contains(n, k) {
			t.Fatalf("Key(%q) = %q is not part of %q", a, k, n)
		}
		if st := Stem(n); len(st) > len(n) {
			t.Fatalf("Stem(%q) = %q grew", n, st)
		}
		if Variant(a, b) != Variant(b, a) {
			t.Fatalf("Variant(%q, %q) not symmetric", a, b)
		}
		if !Variant(a, a) {
			t.Fatalf("Variant(%q, itself) = false", a)
		}
		if HamzaVariant(a, b) && !Variant(a, b) {
			t.Fatalf("HamzaVariant(%q, %q) without Variant", a, b)
		}
		if HamzaVariant(a, b) != HamzaVariant(b, a) {
			t.Fatalf("HamzaVariant(%q, %q) not symmetric", a, b)
		}
	})
}
