package arabic

import (
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain ASCII untouched", "Kuwait 2024", "Kuwait 2024"},
		{"clean Arabic untouched", "الكويت", "الكويت"},
		{"harakat tanwin shadda sukun", "مَدْرَسَةٌ مُعَلِّمٍ", "مدرسه معلم"},
		{"dagger alef", "هٰذا", "هذا"},
		{"Quranic marks", "ٱلرَّحْمَٰنِ ۚ", "الرحمن "},
		{"tatweel", "عـــربي", "عربي"},
		{"alef forms", "أحمد إبراهيم آمن ٱلله", "احمد ابراهيم امن الله"},
		{"alef maqsura", "مستشفى على", "مستشفي علي"},
		{"ta marbuta", "مدرسة", "مدرسه"},
		{"Persian letters", "پ ڤ چ گ ک ی", "ب ف ج ك ك ي"},
		{"Persian pa in a name", "الپنتاغون", "البنتاغون"},
		{"lam-alef ligature", "ﻻ", "لا"},
		{"lam-alef with hamza ligature", "ﻷ", "لا"},
		{"presentation forms", "ﺍﻟﻜﻮﻳﺖ", "الكويت"},
		{"Allah ligature", "ﷲ", "الله"},
		{"Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"Extended Arabic-Indic digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"Arabic decimal and thousands separators", "١٬٠٠٠٫٥", "1,000.5"},
		{"LRM RLM ALM", "\u200eأ\u200fب\u061cج", "ابج"},
		{"embeddings and overrides", "\u202aa\u202bb\u202cc\u202dd\u202ee", "abcde"},
		{"isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"zero-width", "كو\u200bي\u200cت\u200d\ufeff", "كويت"},
		{"word joiner", "a\u2060b", "ab"},
		{"Arabic punctuation kept", "؟ ، ؛ « »", "؟ ، ؛ « »"},
		{"hamza on waw and ya kept", "مسؤول رئيس", "مسؤول رئيس"},
		{"mixed", "الإِسْتِرَاتِيجِيَّة", "الاستراتيجيه"},
		{"invalid UTF-8 replaced", "ab\xffc", "ab\uFFFDc"},
		{"invalid bytes around a dropped mark do not join", "\xefﹷ\xb0\xb2", "\uFFFD\uFFFD\uFFFD"},
		{"U+FFFD itself kept", "a\uFFFDb", "a\uFFFDb"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
			if got := Normalize(c.want); got != c.want && utf8.ValidString(c.want) {
				t.Errorf("not idempotent: Normalize(%q) = %q", c.want, got)
			}
		})
	}
}

func TestNormalizeFolds(t *testing.T) {
	const in = "إِنَّ الـمَدرسةَ ٣ پ ى\u200f"
	for _, c := range []struct {
		name string
		f    Fold
		want string
	}{
		{"none", 0, in},
		{"diacritics", Diacritics, "إن الـمدرسة ٣ پ ى\u200f"},
		{"tatweel", Tatweel, "إِنَّ المَدرسةَ ٣ پ ى\u200f"},
		{"alef", Alef, "اِنَّ الـمَدرسةَ ٣ پ ى\u200f"},
		{"ya", Ya, "إِنَّ الـمَدرسةَ ٣ پ ي\u200f"},
		{"ta marbuta", TaMarbuta, "إِنَّ الـمَدرسهَ ٣ پ ى\u200f"},
		{"persian", Persian, "إِنَّ الـمَدرسةَ ٣ ب ى\u200f"},
		{"digits", Digits, "إِنَّ الـمَدرسةَ 3 پ ى\u200f"},
		{"bidi", Bidi, "إِنَّ الـمَدرسةَ ٣ پ ى"},
		{"letters without ta marbuta", Letters &^ TaMarbuta, "اِنَّ الـمَدرسةَ ٣ ب ي\u200f"},
		{"all", MatchFolds, "ان المدرسه 3 ب ي"},
	} {
		if got := NormalizeFolds(in, c.f); got != c.want {
			t.Errorf("%s: NormalizeFolds = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestNormalizeDoesNotAllocateOnCleanText(t *testing.T) {
	s := "الكويت والولايات وقطر 2024" // nothing to fold
	if n := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); n != 0 {
		t.Errorf("Normalize on clean text allocates %.0f times", n)
	}
}

func TestIsDiacriticAndFormatControl(t *testing.T) {
	for _, r := range []rune{0x064B, 0x0650, 0x0651, 0x0652, 0x0670, 0x0610, 0x06D6, 0x08F0} {
		if !IsDiacritic(r) {
			t.Errorf("IsDiacritic(%U) = false", r)
		}
	}
	for _, r := range []rune{'ا', 'ب', 0x0640, '،', '٣'} {
		if IsDiacritic(r) {
			t.Errorf("IsDiacritic(%U) = true", r)
		}
	}
	for _, r := range []rune{0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0x200B, 0x200D, 0xFEFF, 0x061C} {
		if !IsFormatControl(r) {
			t.Errorf("IsFormatControl(%U) = false", r)
		}
	}
	if IsFormatControl(' ') || IsFormatControl('ا') {
		t.Error("IsFormatControl accepts a space or a letter")
	}
}

func TestToArabicIndicDigits(t *testing.T) {
	if got, want := ToArabicIndicDigits("عام 2014 و3.5"), "عام ٢٠١٤ و٣.٥"; got != want {
		t.Errorf("ToArabicIndicDigits = %q, want %q", got, want)
	}
	if got := ToArabicIndicDigits("بدون"); got != "بدون" {
		t.Errorf("ToArabicIndicDigits changed text without digits: %q", got)
	}
}
