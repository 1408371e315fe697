package english

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyse: on any UTF-8 text, the terms and entities prose's tags give are spans of the
// text in order, without overlap, holding exactly their Text; terms are trimmed, at most
// four words long and neither start nor end with a stopword; entities have one of the four
// types.
func FuzzAnalyse(f *testing.F) {
	f.Add("The strategic partnership between Kuwait and the United States was discussed by Gen. Dan Caine.")
	f.Add("I live in the U.S. How about you?\n\nMilitary cooperation, War. \"New York\" (UN)")
	f.Add("a\r\nb.\rc Ünïcödé Street ‘quoted’ — 51. Mr. Smith")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		terms, err := Terms(text)
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, tm := range terms {
			if tm.Start < prev || tm.End > len(text) || tm.Start >= tm.End || text[tm.Start:tm.End] != tm.Text {
				t.Fatalf("bad term span %+v in %q", tm, text)
			}
			prev = tm.End
			words := strings.Fields(tm.Text)
			if tm.Text != strings.TrimSpace(tm.Text) || len(words) > maxTermWords ||
				IsStopword(words[0]) || IsStopword(words[len(words)-1]) {
				t.Fatalf("term %q in %q", tm.Text, text)
			}
		}
		spans, err := Entities(text)
		if err != nil {
			t.Fatal(err)
		}
		prev = 0
		for _, s := range spans {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad entity span %+v in %q", s, text)
			}
			prev = s.End
			switch s.Type {
			case "PERS", "LOC", "ORG", "MISC":
			default:
				t.Fatalf("entity type %q", s.Type)
			}
		}
	})
}
