package pipeline

import (
	"testing"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
)

// TestGlossaryCorpusLanguages: the glossary's languages follow the corpus (an English corpus
// makes an en→ar glossary unless a target is given), and a mixed corpus lists its English
// terms after the Arabic ones.
func TestGlossaryCorpusLanguages(t *testing.T) {
	const (
		ar = "التعاون العسكري بين البلدين مهم. التعاون العسكري مستمر منذ سنوات."
		en = "Military cooperation between the two countries matters. Military cooperation goes on."
	)
	for _, tc := range []struct {
		name             string
		docs             []string
		target           string
		wantSrc, wantTgt string
		wantAr, wantEn   int
	}{
		{"arabic", []string{ar}, "", "", "en", 1, 0},
		{"arabic, target given", []string{ar}, "fr", "", "fr", 1, 0},
		{"english", []string{en}, "", "en", "ar", 0, 1},
		{"english, target given", []string{en}, "fr", "en", "fr", 0, 1},
		{"mixed", []string{ar, en}, "", "", "en", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &Analyser{Parallel: 1}
			c := NewGlossaryCorpus(glossary.Options{MinFreq: 1})
			defer c.Close()
			for i, text := range tc.docs {
				if err := c.Add(a.PrepareGlossary(string(rune('a'+i)), text, lang.Auto, glossary.Options{MinFreq: 1})); err != nil {
					t.Fatal(err)
				}
			}
			g, err := c.Build(tc.target)
			if err != nil {
				t.Fatal(err)
			}
			if g.Write.SourceLang != tc.wantSrc || g.Write.TargetLang != tc.wantTgt || g.Arabic != tc.wantAr || g.English != tc.wantEn {
				t.Errorf("source %q, target %q, %d Arabic and %d English; want %q, %q, %d, %d",
					g.Write.SourceLang, g.Write.TargetLang, g.Arabic, g.English, tc.wantSrc, tc.wantTgt, tc.wantAr, tc.wantEn)
			}
			if len(g.Entries) == 0 {
				t.Fatal("no entries")
			}
			if tc.wantAr > 0 && tc.wantEn > 0 {
				first, last := g.Entries[0].Term, g.Entries[len(g.Entries)-1].Term
				if lang.Resolve(lang.Auto, first) != lang.Arabic || lang.Resolve(lang.Auto, last) != lang.English {
					t.Errorf("mixed corpus: first entry %q, last %q; want the Arabic terms first", first, last)
				}
			}
			if got := c.Files(); len(got) != len(tc.docs) {
				t.Errorf("files %q", got)
			}
		})
	}
}
