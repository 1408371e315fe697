package glossary

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestWriteJSONStreamed checks that the entries written one at a time give the bytes the
// encoder gives for the whole glossary at once.
func TestWriteJSONStreamed(t *testing.T) {
	many := []Entry{
		{Term: "الكويت", Forms: []Form{{Text: "الكويت", Count: 2}, {Text: "والكويت", Count: 1}}, Frequency: 3, Kind: "LOC", Score: 1.5,
			Files: []FileCount{{Name: "a.txt", Count: 3}}, FirstFile: "a.txt", FirstSentence: 1, Context: "<b>&\"x\"</b>", Target: "Kuwait", TargetSource: "lexicon: CLDR"},
		{Term: "مجلس الأمن", Forms: []Form{{Text: "مجلس الأمن", Count: 2}}, Frequency: 2, Kind: "ORG"},
		{Term: "t", Kind: "term"},
	}
	for _, tt := range []struct {
		name    string
		entries []Entry
		o       WriteOptions
	}{
		{"none", nil, WriteOptions{}},
		{"one", many[:1], WriteOptions{Files: []string{"a.txt"}}},
		{"many", many, WriteOptions{Files: []string{"a.txt", "b.txt"}, TargetLang: "en"}},
	} {
		var got bytes.Buffer
		if err := WriteJSON(&got, tt.entries, tt.o); err != nil {
			t.Fatal(err)
		}
		src, tgt := tt.o.langs()
		g := jsonGlossary{SourceLang: src, TargetLang: tgt, Files: tt.o.Files, Entries: make([]jsonEntry, len(tt.entries))}
		if g.Files == nil {
			g.Files = []string{}
		}
		for i, e := range tt.entries {
			v := e.Variants()
			if v == nil {
				v = []Form{}
			}
			g.Entries[i] = jsonEntry{Entry: e, Variants: v}
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(g); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: streamed\n%s\nwhole\n%s", tt.name, got.String(), want.String())
		}
	}
}
