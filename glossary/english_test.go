package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/english"
	"github.com/arprep/arprep/span"
)

func englishNames(text string) []span.Entity {
	spans, err := english.Entities(text)
	if err != nil {
		panic(err)
	}
	return spans
}

// TestEnglishGolden builds the glossary of an English sample (an en→ar job) and compares it,
// as TSV, with testdata/glossary_en.tsv (rewrite with -update).
func TestEnglishGolden(t *testing.T) {
	text, err := os.ReadFile("../testdata/en_sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := BuildEnglish([]Doc{{Name: "en_sample.txt", Text: string(text)}}, Options{Names: englishNames})
	if err != nil {
		t.Fatal(err)
	}
	byTerm := map[string]Entry{}
	for _, e := range entries {
		if _, dup := byTerm[e.Key]; dup {
			t.Errorf("%q listed twice", e.Key)
		}
		byTerm[e.Key] = e
		first, last := strings.Fields(e.Term)[0], strings.Fields(e.Term)[len(strings.Fields(e.Term))-1]
		if english.IsStopword(first) || english.IsStopword(last) {
			t.Errorf("%q starts or ends with a stopword", e.Term)
		}
	}
	for key, want := range map[string]string{"kuwait": "الكويت", "united states": "الولايات المتحدة"} {
		if e, ok := byTerm[key]; !ok || e.Target != want || e.TargetSource != SourceCLDRArabic {
			t.Errorf("%s: %+v, want target %s", key, e, want)
		}
	}
	if e := byTerm["strategic partnership"]; e.Frequency != 2 || len(e.Forms) != 2 {
		t.Errorf("strategic partnership(s) not merged: %+v", e)
	}
	for _, key := range []string{"military cooperation", "joint training", "michael dimino", "dan caine"} {
		if _, ok := byTerm[key]; !ok {
			t.Errorf("%s missing", key)
		}
	}
	var b strings.Builder
	if err := WriteTSV(&b, entries, WriteOptions{SourceLang: "en", TargetLang: "ar"}); err != nil {
		t.Fatal(err)
	}
	goldenCompare(t, filepath.Join("testdata", "glossary_en.tsv"), []byte(b.String()))
}

func TestEnglishKey(t *testing.T) {
	for in, want := range map[string]string{
		"Strategic Partnerships": "strategic partnership", "policies": "policy", "crisis": "crisis",
		"status": "status", "gas": "gas", "analysis": "analysis",
	} {
		if got := englishKey(in, true); got != want {
			t.Errorf("englishKey(%q) = %q, want %q", in, got, want)
		}
	}
	if got := englishKey("United  States", false); got != "united states" {
		t.Errorf("a name's plural was folded: %q", got)
	}
}
