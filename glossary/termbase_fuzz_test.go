package glossary

import (
	"bytes"
	"strings"
	"testing"

	"github.com/arprep/arprep/safetext"
)

// FuzzTermbaseRoundTrip writes an entry with a target as TBX 3, TBX 2, CSV and XLSX and
// reads each back as a termbase: the target must come back for the term (when the term has
// an Arabic word and the target survives XML), and no input makes the readers panic.
func FuzzTermbaseRoundTrip(f *testing.F) {
	f.Add("الكويت", "State of Kuwait")
	f.Add("التعاون العسكري", "=military, \"cooperation\"")
	f.Add("خالد\tالشريعان", "Khaled\nAl-Shuraian")
	f.Fuzz(func(t *testing.T, term, target string) {
		e := Entry{Term: term, Forms: []Form{{term, 1}}, Frequency: 1, Kind: "LOC", Target: target, TargetSource: SourceTermbase}
		writers := map[string]func(*bytes.Buffer) error{
			"a.tbx":  func(b *bytes.Buffer) error { return WriteTBX(b, []Entry{e}, WriteOptions{}) },
			"b.tbx":  func(b *bytes.Buffer) error { return WriteTBX2(b, []Entry{e}, WriteOptions{}) },
			"c.csv":  func(b *bytes.Buffer) error { return WriteCSV(b, []Entry{e}, WriteOptions{}) },
			"d.xlsx": func(b *bytes.Buffer) error { return WriteXLSX(b, []Entry{e}, WriteOptions{}) },
		}
		for name, write := range writers {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				continue
			}
			tb, err := ReadTermbase(name, bytes.NewReader(b.Bytes()))
			k := termKey(term)
			want := strings.TrimSpace(oneLine(safetext.XML(target)))
			if k == "" || want == "" || !strings.ContainsFunc(term, func(r rune) bool { return r >= 0x621 && r <= 0x64A }) ||
				strings.ContainsAny(target, "\r\n\t") || strings.HasPrefix(safetext.NoFormula(target), "'") || safetext.XML(term) != term || safetext.XML(target) != target {
				continue // only check what every format keeps as it is
			}
			if err != nil {
				t.Fatalf("%s: %v\n%s", name, err, b.Bytes())
			}
			if got, ok := tb.Target(term); !ok || got != want {
				t.Fatalf("%s: Target(%q) = %q, %v; want %q", name, term, got, ok, want)
			}
		}
		// arbitrary bytes: an error or a termbase, never a panic
		ReadTermbase("x.tsv", strings.NewReader(term+"\n"+target))
		ReadTermbase("x.tbx", strings.NewReader(term+target))
		ReadTMX("x.tmx", strings.NewReader(term+target))
	})
}
