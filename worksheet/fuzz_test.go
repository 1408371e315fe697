package worksheet

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arprep/arprep/safetext"
)

// fuzzing reports whether the test binary runs with -fuzz (the xmllint checks then stay
// off: they cost a process per input).
func fuzzing() bool {
	for _, name := range []string{"test.fuzz", "test.fuzzworker"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" && f.Value.String() != "false" {
			return true
		}
	}
	return false
}

// wellFormed parses data completely with encoding/xml, which rejects malformed markup and
// characters XML 1.0 forbids.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// FuzzXML checks that any input gives well-formed XLIFF 1.2, XLIFF 2.1 and TMX whose
// sources read back equal to the units' (minus forbidden characters), that every forbidden
// character is reported, and, on the seed corpus, that xmllint accepts the files against
// the schemas.
func FuzzXML(f *testing.F) {
	f.Add(readSample(f), 0)
	f.Add("نص & <b> \"q\" 'a' ]]> \x00\x01\x08\x0b\x0c\x1f\ufffe\uffff \r\n سطر\n\nفقرة؟", 0)
	f.Add("a\xffb\xc0\x80 \xed\xa0\x80 c.\n", 1)
	f.Add("جملة أولى. جملة ثانية!\n\n\u202bمضمّن\u202c «نقل» ١٢٣.", 2)
	f.Add("\n\n\n", 1)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, text string, mode int) {
		m := Mode(((mode % 3) + 3) % 3)
		j := NewJob("ar", "en", m)
		j.Version = "fuzz"
		j.AddText("in.txt", text)
		targets := make([]string, len(j.Units))
		for i, u := range j.Units {
			targets[i] = strings.ToUpper(u.Source) + " <t>"
		}
		j.SetTargets(targets)
		j.HasSummary = true
		for i := range j.Units {
			j.Units[i].InSummary = i%2 == 0
			j.Units[i].Score = float64(i)
		}
		want := sources(j)
		// every forbidden character is reported
		forbidden := 0
		for _, u := range j.Units {
			span := text[u.Start:u.End]
			for _, r := range safetext.Dropped(span) {
				if !isBreak(r) {
					forbidden++
				}
			}
			for range safetext.Dropped(u.Target) {
				forbidden++
			}
		}
		if got := len(j.XMLDropped()); got != forbidden {
			t.Errorf("%d characters reported dropped, %d forbidden", got, forbidden)
		}
		for _, format := range []string{"xliff", "xliff2", "tmx"} {
			var b bytes.Buffer
			var err error
			switch format {
			case "xliff":
				err = WriteXLIFF(&b, j, XLIFFOptions{SummaryOnly: true})
			case "xliff2":
				err = WriteXLIFF2(&b, j, XLIFFOptions{SummaryOnly: true})
			case "tmx":
				if len(j.Units) == 0 {
					continue
				}
				_, err = WriteTMX(&b, j)
				if err == ErrNoTargets {
					continue
				}
			}
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if !utf8.Valid(b.Bytes()) {
				t.Fatalf("%s: output is not UTF-8", format)
			}
			if err := wellFormed(b.Bytes()); err != nil {
				t.Fatalf("%s is not well-formed: %v\n%s", format, err, b.Bytes())
			}
			switch format {
			case "xliff":
				got, err := ReadXLIFF(bytes.NewReader(b.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				equalStrings(t, format, readSources(got), want)
			case "xliff2":
				got, err := ReadXLIFF2(bytes.NewReader(b.Bytes()))
				if err != nil {
					t.Fatal(err)
				}
				equalStrings(t, format, readSources(got), want)
			}
			if !fuzzing() {
				validate(t, format, b.Bytes())
			}
		}
	})
}
