package safetext

import (
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestIsXMLChar(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'\t', true}, {'\n', true}, {'\r', true}, {' ', true}, {'ع', true},
		{0x0, false}, {0x8, false}, {0xB, false}, {0xC, false}, {0x1F, false},
		{0x7F, true}, {0x85, true}, // allowed in XML 1.0, though discouraged
		{0xD7FF, true}, {0xD800, false}, {0xDFFF, false}, {0xE000, true},
		{0xFFFD, true}, {0xFFFE, false}, {0xFFFF, false},
		{0x10000, true}, {0x1F600, true}, {0x10FFFF, true}, {0x110000, false}, {-1, false},
	} {
		if got := IsXMLChar(tc.r); got != tc.want {
			t.Errorf("IsXMLChar(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

type drop struct {
	at int
	r  rune
}

func TestDroppedAndXML(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		dropped        []drop
	}{
		{"empty", "", "", nil},
		{"clean Arabic", "مرحبا\tبالعالم\r\n", "مرحبا\tبالعالم\r\n", nil},
		{"controls", "a\x00b\x1Fc\x0B", "abc", []drop{{1, 0}, {3, 0x1F}, {5, 0xB}}},
		{"noncharacters", "x\uFFFEy\uFFFF", "xy", []drop{{1, 0xFFFE}, {5, 0xFFFF}}},
		{"written U+FFFD is kept", "a\uFFFDb", "a\uFFFDb", nil},
		{"invalid byte", "a\xffb", "ab", []drop{{1, utf8.RuneError}}},
		{"encoded surrogate is three bytes", "\xed\xa0\x80z", "z", []drop{{0, utf8.RuneError}, {1, utf8.RuneError}, {2, utf8.RuneError}}},
		{"truncated sequence", "ع\xd9", "ع", []drop{{2, utf8.RuneError}}},
		{"astral kept", "😀\x01", "😀", []drop{{4, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []drop
			for i, r := range Dropped(tc.in) {
				got = append(got, drop{i, r})
			}
			if len(got) != len(tc.dropped) {
				t.Fatalf("Dropped(%q) = %v, want %v", tc.in, got, tc.dropped)
			}
			for i := range got {
				if got[i] != tc.dropped[i] {
					t.Errorf("Dropped(%q)[%d] = %v, want %v", tc.in, i, got[i], tc.dropped[i])
				}
			}
			if s := XML(tc.in); s != tc.want {
				t.Errorf("XML(%q) = %q, want %q", tc.in, s, tc.want)
			}
		})
	}
}

func TestDroppedStopsEarly(t *testing.T) {
	n := 0
	for range Dropped("\x01\x02\x03") {
		n++
		break
	}
	if n != 1 {
		t.Errorf("ranged %d times after break", n)
	}
}

func TestCell(t *testing.T) {
	arabic := strings.Repeat("ع", MaxCellUnits)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"short", "=SUM(A1)\x00", "=SUM(A1)"},
		{"at the limit", arabic, arabic},
		{"one over", arabic + "x", arabic},
		{"dropped characters do not count", arabic + "\x01", arabic},
		// Excel counts a character outside the BMP as two units: 16,383 emoji fill 32,766
		// units, and the next one (two units) no longer fits; a rune count would keep 32,767.
		{"astral", strings.Repeat("😀", MaxCellUnits), strings.Repeat("😀", MaxCellUnits/2)},
		{"astral never split", strings.Repeat("a", MaxCellUnits-1) + "😀", strings.Repeat("a", MaxCellUnits-1)},
		{"astral exactly fits", strings.Repeat("a", MaxCellUnits-2) + "😀b", strings.Repeat("a", MaxCellUnits-2) + "😀"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Cell(tc.in)
			if got != tc.want {
				t.Errorf("Cell: got %d bytes (%d UTF-16 units), want %d bytes", len(got), utf16Len(got), len(tc.want))
			}
		})
	}
}

func TestNoFormula(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""}, {"=1+1", "'=1+1"}, {"+971", "'+971"}, {"-5", "'-5"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"}, {"\rx", "'\rx"}, {"a=b", "a=b"}, {"'=x", "'=x"}, {"ع=", "ع="}, {" =x", " =x"},
	} {
		if got := NoFormula(tc.in); got != tc.want {
			t.Errorf("NoFormula(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

func TestXMLEscape(t *testing.T) {
	tests := []struct{ in, text, attr string }{
		{"", "", ""},
		{"مجلس الأمن", "مجلس الأمن", "مجلس الأمن"},
		{`a<b>&"c'`, `a&lt;b&gt;&amp;"c'`, `a&lt;b&gt;&amp;&quot;c'`},
		{"]]>", "]]&gt;", "]]&gt;"},
		{"a\r\nb\tc", "a&#13;\nb\tc", "a&#13;&#10;b&#9;c"},
		{"x\x01y\uFFFEz\xffw", "xyzw", "xyzw"},
	}
	for _, tt := range tests {
		if got := XMLText(tt.in); got != tt.text {
			t.Errorf("XMLText(%q) = %q, want %q", tt.in, got, tt.text)
		}
		if got := XMLAttr(tt.in); got != tt.attr {
			t.Errorf("XMLAttr(%q) = %q, want %q", tt.in, got, tt.attr)
		}
		var b strings.Builder
		if err := WriteXMLText(&b, tt.in); err != nil || b.String() != tt.text {
			t.Errorf("WriteXMLText(%q) = %q, %v", tt.in, b.String(), err)
		}
		b.Reset()
		if err := WriteXMLAttr(&b, tt.in); err != nil || b.String() != tt.attr {
			t.Errorf("WriteXMLAttr(%q) = %q, %v", tt.in, b.String(), err)
		}
	}
}

// The escaped text parses back to the input without what XML cannot carry.
func TestXMLEscapeRoundTrip(t *testing.T) {
	for _, in := range []string{"a\r\nb", `<x a="1">&amp;</x>`, "تبويب\tو\"اقتباس\"", "\x00\x1f\uFFFF"} {
		for _, attr := range []bool{false, true} {
			var doc string
			if attr {
				doc = `<r a="` + XMLAttr(in) + `"/>`
			} else {
				doc = `<r>` + XMLText(in) + `</r>`
			}
			var v struct {
				A    string `xml:"a,attr"`
				Text string `xml:",chardata"`
			}
			if err := xml.Unmarshal([]byte(doc), &v); err != nil {
				t.Fatalf("%q: %v", doc, err)
			}
			got := v.Text
			if attr {
				got = v.A
			}
			if want := XML(in); got != want {
				t.Errorf("attr=%v: %q parses to %q, want %q", attr, in, got, want)
			}
		}
	}
}
