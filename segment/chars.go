package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// special marks the bytes the scanner must stop at: ASCII terminators, line breaks,
// colons and quotes, and the lead bytes of the multi-byte characters it cares about
// (؟ ، in D8, ۔ in DB, … “ ” and the line/paragraph separators in E2, « » and NEL in C2).
// Everything else is skipped by a single table look-up per byte.
var special = func() (t [256]bool) {
	for _, b := range []byte(".!?\n\r\v\f:\"\xd8\xdb\xe2\xc2") {
		t[b] = true
	}
	return t
}()

// ignorable reports the characters that never change a decision: Arabic diacritics and
// Quranic marks, tatweel, bidi controls and zero-width characters. They are skipped when
// the scanner looks at neighbours.
func ignorable(r rune) bool {
	return r >= 0x0610 && (r == 'ـ' || arabic.IsDiacritic(r) || arabic.IsFormatControl(r))
}

// closer reports closing quotes and brackets, which stay with the sentence they close.
// The ASCII quotes are ambiguous and are handled by the scanner.
func closer(r rune) bool {
	switch r {
	case '»', '”', '’', '›', ')', ']', '}', '﴾', '﴿', '」', '』':
		return true
	}
	return false
}

// opener reports opening quotes and brackets, stripped from the front of a token before
// it is looked up ("(ص." is "ص.").
func opener(r rune) bool {
	switch r {
	case '«', '“', '‘', '‹', '(', '[', '{', '"', '\'', '「', '『':
		return true
	}
	return false
}

func isDigit(r rune) bool {
	return '0' <= r && r <= '9' || 0x0660 <= r && r <= 0x0669 || 0x06F0 <= r && r <= 0x06F9
}

func isLatinLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0xC0 && r < 0x250 && unicode.IsLetter(r)
}

// lineBreak reports the characters that end a line.
func lineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029 || r == '\v' || r == '\f'
}

// trimEnd returns end moved back over trailing white space in d[:end].
func trimEnd(d []byte, end int) int {
	for end > 0 {
		if b := d[end-1]; b < utf8.RuneSelf {
			if b != ' ' && (b < '\t' || b > '\r') {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRune(d[:end])
		if !unicode.IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}

// skipIgnorable returns the index of the first rune at or after i in d that is not
// ignorable.
func skipIgnorable(d []byte, i int) int {
	for i < len(d) && d[i] >= utf8.RuneSelf {
		r, n := utf8.DecodeRune(d[i:])
		if !ignorable(r) {
			break
		}
		i += n
	}
	return i
}

// lastRune returns the last rune of d[:i] that is not ignorable, or utf8.RuneError
// when there is none.
func lastRune(d []byte, i int) rune {
	for i > 0 {
		r, n := utf8.DecodeLastRune(d[:i])
		if !ignorable(r) {
			return r
		}
		i -= n
	}
	return utf8.RuneError
}
