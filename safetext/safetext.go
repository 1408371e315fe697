package safetext

import (
	"io"
	"iter"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// IsXMLChar reports whether r may appear in an XML 1.0 document (the Char production).
func IsXMLChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// forbiddenAt reports whether r, decoded at s[i:], cannot be written in XML 1.0: a
// character outside the Char production or a byte that is not UTF-8 (a U+FFFD written in
// the text is kept).
func forbiddenAt(s string, i int, r rune) bool {
	if !IsXMLChar(r) {
		return true
	}
	if r != utf8.RuneError {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n <= 1
}

// Dropped yields the byte offset and the character of each part of s that XML 1.0 cannot
// carry, in order: control characters other than tab, LF and CR, U+FFFE and U+FFFF, and
// bytes that are not UTF-8 (yielded as utf8.RuneError, one byte each). XML drops exactly
// these.
func Dropped(s string) iter.Seq2[int, rune] {
	return func(yield func(int, rune) bool) {
		for i, r := range s {
			if forbiddenAt(s, i, r) && !yield(i, r) {
				return
			}
		}
	}
}

// XML returns s without the parts Dropped yields, so that it can be written (escaped) as
// XML 1.0 text. It returns s itself when nothing is dropped.
func XML(s string) string {
	var b strings.Builder
	last := 0
	for i, r := range Dropped(s) {
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		last = i + droppedLen(r)
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// droppedLen is the length in bytes of a part Dropped yields as r.
func droppedLen(r rune) int {
	if r == utf8.RuneError {
		return 1
	}
	return utf8.RuneLen(r)
}

// MaxCellUnits is Excel's limit on the length of a cell, in UTF-16 code units: a character
// outside the Basic Multilingual Plane (an emoji, U+1D400) counts two.
const MaxCellUnits = 32767

// Cell returns s as an XLSX cell can hold it: without the characters XML 1.0 cannot carry,
// and cut at MaxCellUnits UTF-16 code units, never inside a character.
func Cell(s string) string {
	s = XML(s)
	if len(s) <= MaxCellUnits { // a character's UTF-8 bytes are never fewer than its UTF-16 units
		return s
	}
	units := 0
	for i, r := range s {
		if units += utf16.RuneLen(r); units > MaxCellUnits {
			return s[:i]
		}
	}
	return s
}

// NoFormula defuses a cell a spreadsheet would evaluate as a formula (OWASP's advice on CSV
// injection): text beginning with = + - @, a tab or a carriage return gets a leading
// apostrophe, which spreadsheets show as text. Other text is returned unchanged.
func NoFormula(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// One escaping for every XML writer (worksheets, TBX): & < > always, and CR as a reference
// so that a parser's line-end normalisation does not turn it into LF. In attribute values
// the double quote (every writer quotes with it) and LF and tab are escaped too, so that
// attribute-value normalisation leaves the value as it was.
var (
	xmlTextEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#13;")
	xmlAttrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#13;",
		`"`, "&quot;", "\n", "&#10;", "\t", "&#9;")
)

// XMLText returns s escaped as XML 1.0 character data, without what XML cannot carry ([XML]).
func XMLText(s string) string { return xmlTextEscaper.Replace(XML(s)) }

// XMLAttr returns s escaped as a double-quoted XML 1.0 attribute value, without what XML
// cannot carry ([XML]).
func XMLAttr(s string) string { return xmlAttrEscaper.Replace(XML(s)) }

// WriteXMLText writes [XMLText] of s to w without building the escaped string.
func WriteXMLText(w io.Writer, s string) error {
	_, err := xmlTextEscaper.WriteString(w, XML(s))
	return err
}

// WriteXMLAttr writes [XMLAttr] of s to w without building the escaped string.
func WriteXMLAttr(w io.Writer, s string) error {
	_, err := xmlAttrEscaper.WriteString(w, XML(s))
	return err
}
