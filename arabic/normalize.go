package arabic

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold selects which normalisations [NormalizeFolds] applies.
type Fold uint16

const (
	// Diacritics strips harakat, tanwin, shadda, sukun, dagger alef and Quranic annotation marks.
	Diacritics Fold = 1 << iota
	// Tatweel strips the kashida (U+0640) used to stretch words.
	Tatweel
	// Alef folds أ إ آ ٱ and the wavy-hamza alefs to bare ا.
	Alef
	// Ya folds alef maqsura ى to ي.
	Ya
	// TaMarbuta folds ة to ه. It is separate because it merges a few distinct words
	// (e.g. the feminine ending and the pronoun suffix); matching keys still want it.
	TaMarbuta
	// Persian folds Persian and Urdu letters to their Arabic counterparts (پ→ب ڤ→ف چ→ج گ→ك ک→ك ی→ي ژ→ز ھ→ه ۀ→ه).
	Persian
	// Digits maps Arabic-Indic and Extended Arabic-Indic digits, and the Arabic decimal and
	// thousands separators, to ASCII.
	Digits
	// Bidi strips bidirectional controls and zero-width characters.
	Bidi
	// Compat applies NFKC to presentation forms (ﻻ → لا, ﷲ → الله).
	Compat
)

// MatchFolds is every fold: the key used to decide that two spellings are the same word.
const MatchFolds = Diacritics | Tatweel | Alef | Ya | TaMarbuta | Persian | Digits | Bidi | Compat

// Letters is the set of letter folds (alef, ya, ta marbuta, Persian).
const Letters = Alef | Ya | TaMarbuta | Persian

// Normalize folds s with every fold in [MatchFolds].
func Normalize(s string) string { return NormalizeFolds(s, MatchFolds) }

// NormalizeFolds returns s with the folds in f applied, and invalid UTF-8 bytes replaced by
// U+FFFD (unless f is 0), so the result is valid UTF-8. Text that needs no change is returned
// without allocating.
func NormalizeFolds(s string, f Fold) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if _, changed := foldRune(r, f); changed || (size == 1 && f != 0) {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			appendFolded(&b, s[i:], f)
			return b.String()
		}
		i += size
	}
	return s
}

// appendFolded writes s folded under f to b, copying runs of unchanged text in one piece.
// Invalid UTF-8 bytes become U+FFFD: kept raw, two stray bytes around a dropped mark could
// join into a new character and break idempotence.
func appendFolded(b *strings.Builder, s string, f Fold) {
	run := 0 // start of the pending unchanged run
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if r < utf8.RuneSelf {
			i++ // no fold touches ASCII
			continue
		}
		out, changed := foldRune(r, f)
		if r == utf8.RuneError && size == 1 {
			out, changed = utf8.RuneError, true
		}
		if !changed {
			i += size
			continue
		}
		b.WriteString(s[run:i])
		switch {
		case f&Compat != 0 && isPresentationForm(r):
			appendFolded(b, norm.NFKC.String(string(r)), f&^Compat)
		case out >= 0:
			b.WriteRune(out)
		}
		i += size
		run = i
	}
	b.WriteString(s[run:])
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the Arabic block (two-byte sequences
// with lead bytes D8–DB) and ASCII decoded inline: they are nearly all of Arabic text.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// arabicFolds gives, for each rune of the Arabic block U+0600–U+06FF, the folds that change
// it, so that the common unchanged letter costs one table look-up.
var arabicFolds = func() (t [0x100]Fold) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		for f := Diacritics; f <= Compat; f <<= 1 {
			if _, changed := foldRuneSlow(r, f); changed {
				t[r-0x0600] |= f
			}
		}
	}
	return t
}()

// foldRune maps r under f; out < 0 means r is dropped.
func foldRune(r rune, f Fold) (out rune, changed bool) {
	if r >= 0x0600 && r <= 0x06FF && arabicFolds[r-0x0600]&f == 0 {
		return r, false
	}
	return foldRuneSlow(r, f)
}

func foldRuneSlow(r rune, f Fold) (out rune, changed bool) {
	switch {
	case f&Diacritics != 0 && IsDiacritic(r):
		return -1, true
	case f&Tatweel != 0 && r == 0x0640:
		return -1, true
	case f&Bidi != 0 && IsFormatControl(r):
		return -1, true
	case f&Compat != 0 && isPresentationForm(r):
		return r, true
	}
	if f&Alef != 0 {
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
			return 'ا', true
		}
	}
	if f&Ya != 0 && r == 'ى' {
		return 'ي', true
	}
	if f&TaMarbuta != 0 && r == 'ة' {
		return 'ه', true
	}
	if f&Persian != 0 {
		switch r {
		case 'پ':
			return 'ب', true
		case 'ڤ', 'ڥ':
			return 'ف', true
		case 'چ':
			return 'ج', true
		case 'گ', 'ک':
			return 'ك', true
		case 'ی', 'ې':
			return 'ي', true
		case 'ژ':
			return 'ز', true
		case 'ھ', 'ۀ', 'ە':
			return 'ه', true
		}
	}
	if f&Digits != 0 {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠', true
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰', true
		case r == '٫':
			return '.', true
		case r == '٬':
			return ',', true
		}
	}
	return r, false
}

// IsDiacritic reports whether r is an Arabic combining mark: harakat, tanwin, shadda, sukun,
// the dagger alef and the Quranic annotation signs.
func IsDiacritic(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x0610 && r <= 0x061A) || (r >= 0x06D6 && r <= 0x06DC) ||
		(r >= 0x06DF && r <= 0x06E4) || r == 0x06E7 || r == 0x06E8 ||
		(r >= 0x06EA && r <= 0x06ED) || (r >= 0x08D3 && r <= 0x08FF && r != 0x08E2)
}

// IsFormatControl reports whether r is a bidi control (LRM, RLM, ALM, embeddings, overrides,
// isolates) or a zero-width character (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
func IsFormatControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		(r >= 0x200B && r <= 0x200D) || r == 0x2060 || r == 0xFEFF
}

func isPresentationForm(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE)
}

// ToArabicIndicDigits writes ASCII digits as Arabic-Indic digits (٠-٩), for display in
// Arabic-script documents. Other characters are unchanged.
func ToArabicIndicDigits(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = '٠' + r - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}
