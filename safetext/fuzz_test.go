package safetext

import (
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzXML checks that XML(s) is XML 1.0 text — valid UTF-8 of allowed characters that an XML
// parser reads back unchanged — and that it is s less exactly the parts Dropped yields; and
// that Cell(s) is the longest whole-character prefix of XML(s) within Excel's limit.
func FuzzXML(f *testing.F) {
	for _, s := range []string{"", "نص عربي", "a\x00b", "\xff\xfe", "\uFFFE\uFFFF\uFFFD", "x\r\ny\t", "😀\x1b[0m", "\xed\xa0\x80", "<&>\"'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := XML(s)
		if !utf8.ValidString(out) {
			t.Fatalf("XML(%q) = %q: not UTF-8", s, out)
		}
		for _, r := range out {
			if !IsXMLChar(r) {
				t.Fatalf("XML(%q) keeps %U", s, r)
			}
		}
		var esc strings.Builder
		xml.EscapeText(&esc, []byte(out))
		var doc struct {
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte("<a>"+esc.String()+"</a>"), &doc); err != nil {
			t.Fatalf("XML(%q) = %q: parser: %v", s, out, err)
		}
		if doc.Text != out {
			t.Fatalf("XML(%q) = %q, parsed back as %q", s, out, doc.Text)
		}

		// Removing the dropped parts from s, and nothing else, gives out.
		var rebuilt strings.Builder
		last, dropped := 0, 0
		for i, r := range Dropped(s) {
			if i < last {
				t.Fatalf("Dropped(%q): offset %d after %d", s, i, last)
			}
			if r != utf8.RuneError && IsXMLChar(r) {
				t.Fatalf("Dropped(%q) yields the allowed %U", s, r)
			}
			rebuilt.WriteString(s[last:i])
			last = i + droppedLen(r)
			dropped += droppedLen(r)
		}
		rebuilt.WriteString(s[last:])
		if rebuilt.String() != out || len(out)+dropped != len(s) {
			t.Fatalf("XML(%q) = %q, but s less its %d dropped bytes is %q", s, out, dropped, rebuilt.String())
		}

		cell := Cell(s)
		if !strings.HasPrefix(out, cell) || utf16Len(cell) > MaxCellUnits {
			t.Fatalf("Cell(%q): %d units, not a prefix of XML(s) within the limit", s, utf16Len(cell))
		}
		if rest := out[len(cell):]; rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if utf16Len(cell+string(r)) <= MaxCellUnits {
				t.Fatalf("Cell(%q) cut short: %U still fits", s, r)
			}
		}
		if d := NoFormula(s); d != s && d != "'"+s {
			t.Fatalf("NoFormula(%q) = %q", s, d)
		}
	})
}
