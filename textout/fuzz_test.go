package textout

import (
	"strings"
	"testing"
)

// unescapeTSV reverses TSVEscape.
func unescapeTSV(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// FuzzFields checks that a TSV field stays in its column and line and reads back whole, and
// that OneLine leaves no line break or tab and keeps every other character in order.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"", "a\tb", "قال\r\nإن", `\t`, "x\\", "\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := TSVEscape(s)
		if strings.ContainsAny(e, "\t\n\r") {
			t.Fatalf("TSVEscape(%q) = %q keeps a separator", s, e)
		}
		if got := unescapeTSV(e); got != s {
			t.Fatalf("TSVEscape(%q) = %q reads back as %q", s, e, got)
		}
		one := OneLine(s)
		if strings.ContainsAny(one, "\t\n\r") {
			t.Fatalf("OneLine(%q) = %q", s, one)
		}
		strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if strip(one) != strip(s) {
			t.Fatalf("OneLine(%q) = %q loses text", s, one)
		}
	})
}
