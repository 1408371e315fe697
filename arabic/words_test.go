package arabic

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"كلمة", 1}, {"مُحَمَّد رسول", 2}, {"1.8 مليار", 3}, {"لـ\"الوطن\" إن", 3},
		{"hello, world_x 42", 3}, {"  ؟!  ", 0}, {"الإستراتيجية، و قد", 3}, {"واس - الرياض", 2},
	}
	for _, tc := range tests {
		if got := CountWords(tc.in); got != tc.want {
			t.Errorf("CountWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// FuzzCountWords checks CountWords against the same count over utf8.DecodeRuneInString alone
// (CountWords decodes two-byte characters itself).
func FuzzCountWords(f *testing.F) {
	f.Add("مُحَمَّد رسول 1.8 لـ\"الوطن\" é ß \xd8 \xd8\x41 \xc0\x80 ÿ_x")
	f.Fuzz(func(t *testing.T, s string) {
		want, in := 0, false
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			var word bool
			switch {
			case r < utf8.RuneSelf:
				word = r == '_' || unicode.IsDigit(r) || unicode.IsLetter(r)
			case r >= 'ء' && r <= 'ي' && r != 0x0640:
				word = true
			case in && (unicode.Is(unicode.Mn, r) || r == 0x0640):
				continue
			default:
				word = unicode.IsLetter(r) || unicode.IsNumber(r)
			}
			if word && !in {
				want++
			}
			in = word
		}
		if got := CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d, want %d", s, got, want)
		}
	})
}
