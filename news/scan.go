package news

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// Token kinds of the small scanner the recognisers share.
const (
	tWord  = 'w' // letters, possibly with digits ("1436هـ"), dots between letters ("أ.ف.ب")
	tNum   = 'n' // digits, possibly with / . between them ("1436/10/5")
	tOpen  = '('
	tClose = ')'
	tDash  = '-' // a dash that separates: - – — with white space on a side, or between Arabic words
	tColon = ':'
	tComma = ','
	tBar   = '|' // | » › · • /: separators of navigation labels
	tOther = '?' // anything else: quotes, full stops, question marks …
)

type token struct {
	kind       byte
	start, end int
	raw        string // the word or number as written (folded when matched, see match)
	key        string // its key when known in advance (a token made up by cliticOutlet)
	upper      bool   // an upper-case Latin word of two letters or more ("WASHINGTON")
	dotted     bool   // a number with / or . in it ("1436/10/5"), or of six digits or more
}

// maxTokens bounds the tokens a recogniser looks at.
const maxTokens = 48

// maxRunWords ends a scan at a run of more words than any label holds (a place, a Hijri and a
// Gregorian date and an agency): running text has begun.
const maxRunWords = 20

// scan tokenises s up to limit bytes, at most maxTokens tokens, stopping at a line break. It
// returns the tokens and whether scanning reached the end of s (false when it stopped at the
// limit, a line break or the token cap).
func scan(s string, limit int, toks []token) ([]token, bool) {
	i := 0
	run := 0 // words since the last token that is not a word
	for i < len(s) {
		if len(toks) == maxTokens || run > maxRunWords {
			return toks, false
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r':
			return toks, false
		case unicode.IsSpace(r) || arabic.IsFormatControl(r) || isQuote(r):
			// Quotation marks around an outlet's name ("بيروت - «الحياة» -") are read past,
			// within the limit as any token: a line whose last word fits but whose trailing
			// spaces do not is no whole line of a dateline's length.
			if i += w; i > limit {
				return toks, false
			}
			continue
		}
		start := i
		kind := byte(tOther)
		switch {
		case r == 'ـ' && loneTatweel(s, i):
			// "الرياض ـ واس:": a tatweel standing alone is written as a dash
			for strings.HasPrefix(s[i:], "ـ") {
				i += len("ـ")
			}
			kind = tDash
		case isWordRune(r):
			i = wordEnd(s, i)
			kind = tWord
			if isNumber(s[start:i]) {
				kind = tNum
			}
		case r == '(' || r == '[' || r == '{' || r == '﴿':
			kind, i = tOpen, i+w
		case r == ')' || r == ']' || r == '}' || r == '﴾':
			kind, i = tClose, i+w
		case r == ':' || r == '：':
			kind, i = tColon, i+w
		case r == ',' || r == '،':
			kind, i = tComma, i+w
		case r == '|' || r == '»' || r == '›' || r == '·' || r == '•' || r == '/' || r == '\\':
			kind, i = tBar, i+w
		case r == '-' || r == '–' || r == '—' || r == '−' || r == '‒' || r == '―':
			i += w
			for i < len(s) && (s[i] == '-') { // "--"
				i++
			}
			kind = tDash
		default:
			i += w
		}
		if i > limit {
			return toks, false
		}
		if kind == tWord || kind == tNum {
			run++
		} else {
			run = 0
		}
		t := token{kind: kind, start: start, end: i}
		if kind == tWord || kind == tNum {
			t.raw = s[start:i]
			t.upper = kind == tWord && upperWord(s[start:i])
			t.dotted = kind == tNum && strings.ContainsAny(s[start:i], "/.")
		}
		toks = append(toks, t)
	}
	return toks, true
}

func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0x0621 <= r && r <= 0x0669: // Arabic letters, tatweel, harakat, Arabic-Indic digits
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word starting at i: letters, digits, marks and tatweel, and a
// dot, slash or apostrophe between two of them ("أ.ف.ب", "1436/10/5", "O'Neil").
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) || arabic.IsFormatControl(r) {
			i += w
			continue
		}
		if (r == '.' || r == '/' || r == '\'' || r == '’') && i+w < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[i+w:]); isWordRune(next) {
				i += w
				continue
			}
		}
		break
	}
	return i
}

func isNumber(s string) bool {
	digits := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case r == '/' || r == '.':
		default:
			return false
		}
	}
	return digits
}

// match returns the number of word tokens, from toks[i], that form the longest phrase of set
// (0 when none does), and the phrase's value. Only word and number tokens with nothing between
// them take part.
func match[V any](set *phraseSet[V], toks []token, i int) (int, V) {
	var zero V
	var kb [128]byte
	key := kb[:0]
	best, bestV := 0, zero
	for n := 0; n < set.maxWords && i+n < len(toks); n++ {
		t := toks[i+n]
		if t.kind != tWord && t.kind != tNum {
			break
		}
		if t.key != "" {
			key = append(key, t.key...)
		} else {
			key = appendFold(key, t.raw)
		}
		if v, ok := set.m[string(key)]; ok {
			best, bestV = n+1, v
		}
	}
	return best, bestV
}

func upperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('A' <= c && c <= 'Z' || c == '.' || c == '\'') {
			return false
		}
	}
	return true
}

// loneTatweel reports whether the run of tatweels at s[i:] stands between white space (or the
// ends of s), not stretching a letter.
func loneTatweel(s string, i int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) {
			return false
		}
	}
	j := i
	for j < len(s) && strings.HasPrefix(s[j:], "ـ") {
		j += len("ـ")
	}
	if j == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsSpace(r)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '‹', '›':
		return true
	}
	return false
}
