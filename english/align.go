package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// aligner walks the input while pieces of text that a library took from it (sentences,
// tokens) are matched in order. Pieces are matched by their non-space characters, so spacing
// changes do not matter; a character the input has but the piece lacks is skipped, and a
// piece character missing from the input is ignored, so alignment never fails.
type aligner struct {
	text string
	pos  int
}

// match advances over piece and returns the byte span it covers in the input (start at its
// first matched character, end after its last); ok is false if nothing matched.
func (a *aligner) match(piece string) (start, end int, ok bool) {
	start = -1
	for _, r := range piece {
		if unicode.IsSpace(r) {
			continue
		}
		at := a.find(r)
		if at < 0 {
			continue // prose changed or invented this character: ignore it
		}
		if start < 0 {
			start = at
		}
		a.pos = at + utf8.RuneLen(r)
		end = a.pos
	}
	return start, end, start >= 0
}

// lookahead bounds how far find searches: a piece's characters are near the cursor.
const lookahead = 64

// find returns the offset of the next r at or after the cursor (skipping at most lookahead
// non-space characters), or -1.
func (a *aligner) find(r rune) int {
	skipped := 0
	for i := a.pos; i < len(a.text); {
		c, size := utf8.DecodeRuneInString(a.text[i:])
		if c == r {
			return i
		}
		if !unicode.IsSpace(c) {
			skipped++
			if skipped > lookahead {
				return -1
			}
		}
		i += size
	}
	return -1
}

func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }
