package arabic

import (
	"strings"
	"testing"
)

// tok is a token as "text/kind" for compact tables.
func tokStrings(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text + "/" + t.Kind.String()
	}
	return out
}

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"Arabic words and punctuation", "قال: «نعم»، لماذا؟ حسنا؛ انتهى.",
			[]string{"قال/word", ":/punct", "«/punct", "نعم/word", "»/punct", "،/punct", "لماذا/word", "؟/punct", "حسنا/word", "؛/punct", "انتهى/word", "./punct"}},
		{"Arabic decimal", "بلغ ٣٫٥ في المئة", []string{"بلغ/word", "٣٫٥/number", "في/word", "المئة/word"}},
		{"Arabic thousands", "١٬٠٠٠ دينار", []string{"١٬٠٠٠/number", "دينار/word"}},
		{"Latin number", "1,000.5 dollars", []string{"1,000.5/number", "dollars/latin"}},
		{"number then sentence end", "عام 2014. ثم", []string{"عام/word", "2014/number", "./punct", "ثم/word"}},
		{"number then Arabic comma", "في 2014، قال", []string{"في/word", "2014/number", "،/punct", "قال/word"}},
		{"date and time", "12/08/2014 8:30", []string{"12/08/2014/number", "8:30/number"}},
		{"percent", "3.5% و٪٥", []string{"3.5/number", "%/punct", "و/word", "٪/punct", "٥/number"}},
		{"conjunction on a number", "و1,000", []string{"و/word", "1,000/number"}},
		{"diacritics and tatweel inside words", "مَدْرَسَةٌ الـ21 عـــربي", []string{"مَدْرَسَةٌ/word", "الـ/word", "21/number", "عـــربي/word"}},
		{"Latin words", "COVID-19 don't l'Aube", []string{"COVID-19/latin", "don't/latin", "l'Aube/latin"}},
		{"URL with an Arabic path", "انظر https://ar.wikipedia.org/wiki/الكويت.", []string{"انظر/word", "https://ar.wikipedia.org/wiki/الكويت/url", "./punct"}},
		{"www URL with query, Arabic comma after", "www.example.com/مقال?x=1، ثم", []string{"www.example.com/مقال?x=1/url", "،/punct", "ثم/word"}},
		{"URL in guillemets", "«http://kuna.net.kw»", []string{"«/punct", "http://kuna.net.kw/url", "»/punct"}},
		{"URL in parentheses", "(https://x.com/a)", []string{"(/punct", "https://x.com/a/url", ")/punct"}},
		{"URL with balanced parentheses", "https://en.wikipedia.org/wiki/Kuwait_(disambiguation).", []string{"https://en.wikipedia.org/wiki/Kuwait_(disambiguation)/url", "./punct"}},
		{"bare www is a word", "www. x", []string{"www/latin", "./punct", "x/latin"}},
		{"e-mail", "راسلنا على info.ar@kuna.net.kw.", []string{"راسلنا/word", "على/word", "info.ar@kuna.net.kw/email", "./punct"}},
		{"e-mail starting with digits", "2014news@x.com", []string{"2014news@x.com/email"}},
		{"not an e-mail", "a@b c@d.", []string{"a/latin", "@/punct", "b/latin", "c/latin", "@/punct", "d/latin", "./punct"}},
		{"ellipsis", "ثم... انتهى…", []string{"ثم/word", ".../punct", "انتهى/word", "…/punct"}},
		{"symbols", "$100 + 5", []string{"$/symbol", "100/number", "+/symbol", "5/number"}},
		{"bidi controls between tokens skipped", "\u200fالكويت\u200e 5", []string{"الكويت/word", "5/number"}},
		{"ZWNJ inside a Persian word kept", "می\u200cخواهم", []string{"می\u200cخواهم/word"}},
		{"control characters skipped", "أ\u008fب\x00ج", []string{"أ/word", "ب/word", "ج/word"}},
		{"invalid bytes skipped", "ab\xff\xfeج", []string{"ab/latin", "ج/word"}},
		{"empty", "", []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := Tokens(c.in)
			checkSpans(t, c.in, toks)
			got := tokStrings(toks)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("Tokens(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// checkSpans verifies the invariants every caller relies on: spans in order, in range, on
// rune boundaries, not overlapping, and Text == s[Start:End].
func checkSpans(t *testing.T, s string, toks []Token) {
	t.Helper()
	boundary := runeBoundaries(s)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d %q: span [%d,%d) out of order or range (prev end %d, len %d)", i, tk.Text, tk.Start, tk.End, prev, len(s))
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d: Text %q != s[%d:%d] %q", i, tk.Text, tk.Start, tk.End, s[tk.Start:tk.End])
		}
		if !boundary[tk.Start] || !boundary[tk.End] {
			t.Fatalf("token %d %q: span [%d,%d) not on rune boundaries", i, tk.Text, tk.Start, tk.End)
		}
		prev = tk.End
	}
}

// runeBoundaries marks the offsets where decoding s from the start begins a rune (an invalid
// byte counts as a one-byte rune, as in a range loop), and len(s).
func runeBoundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for i := range s {
		b[i] = true
	}
	b[len(s)] = true
	return b
}

func TestTokensSeedSpans(t *testing.T) {
	s := readSeed(t)
	toks := Tokens(s)
	checkSpans(t, s, toks)
	kinds := map[Kind]int{}
	for _, tk := range toks {
		kinds[tk.Kind]++
	}
	if kinds[Word] < 300 || kinds[Punct] < 20 {
		t.Errorf("seed article: %v tokens by kind, expected hundreds of words", kinds)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Word: "word", Number: "number", Punct: "punct", Latin: "latin", URL: "url", Email: "email", Symbol: "symbol", Kind(99): "unknown"} {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
}
