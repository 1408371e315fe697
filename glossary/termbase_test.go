package glossary

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// termbaseXLSX is a termbase as arprep glossary writes it: an XLSX glossary whose targets a
// client has approved.
func termbaseXLSX(t *testing.T) []byte {
	t.Helper()
	entries := []Entry{
		{Term: "الكويت", Forms: []Form{{"الكويت", 1}}, Frequency: 1, Kind: "LOC", Target: "State of Kuwait"},
		{Term: "التعاون العسكري", Forms: []Form{{"التعاون العسكري", 1}}, Frequency: 1, Kind: KindTerm, Target: "military cooperation"},
		{Term: "خالد الشريعان", Forms: []Form{{"خالد الشريعان", 1}}, Frequency: 1, Kind: "PERS", Target: "Khaled Al-Shuraian"},
		{Term: "الوفد", Forms: []Form{{"الوفد", 1}}, Frequency: 1, Kind: KindTerm}, // no target: not a termbase term
	}
	var b bytes.Buffer
	if err := WriteXLSX(&b, entries, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadTermbaseFormats(t *testing.T) {
	files := map[string][]byte{}
	for _, name := range []string{"termbase.tsv", "termbase.csv", "termbase.tbx", "termbase2.tbx"} {
		b, err := os.ReadFile(filepath.Join("testdata", "termbase", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = b
	}
	files["termbase.xlsx"] = termbaseXLSX(t)
	for name, b := range files {
		tb, err := ReadTermbase(name, bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if tb.Len() != 3 {
			t.Errorf("%s: %d terms, want 3", name, tb.Len())
		}
		for _, tc := range []struct{ term, want string }{
			{"الكويت", "State of Kuwait"},
			{"بالكويت", "State of Kuwait"},              // a clitic
			{"التعاون العسكرى", "military cooperation"}, // ى for ي
			{"خالد الشريعان", "Khaled Al-Shuraian"},
			{"الوفد", ""},
		} {
			got, _ := tb.Target(tc.term)
			if got != tc.want {
				t.Errorf("%s: Target(%s) = %q, want %q", name, tc.term, got, tc.want)
			}
		}
	}
}

// TestTermbaseOverride: a termbase target wins over the lexicon, and a termbase term is
// listed even below the minimum frequency.
func TestTermbaseOverride(t *testing.T) {
	tb, err := ReadTermbase("tb.tsv", strings.NewReader("term\ttarget\nالكويت\tState of Kuwait\nخالد الشريعان\tKhaled Al-Shuraian\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := "زار الوفد الكويت. وقال خالد الشريعان إن الكويت والولايات المتحدة شريكان. وعاد الوفد إلى الكويت."
	entries := Build([]Doc{{Name: "a", Text: text}}, Options{MinFreq: 3, Termbase: tb})
	got := map[string]Entry{}
	for _, e := range entries {
		got[e.Term] = e
	}
	if e := got["الكويت"]; e.Target != "State of Kuwait" || e.TargetSource != SourceTermbase {
		t.Errorf("الكويت: %q (%s), want the termbase's", e.Target, e.TargetSource)
	}
	if e, ok := got["خالد الشريعان"]; !ok || e.Target != "Khaled Al-Shuraian" {
		t.Errorf("the termbase's خالد الشريعان (once, --min-freq 3) is missing or wrong: %+v", e)
	}
	if _, ok := got["الولايات المتحدة"]; ok {
		t.Errorf("الولايات المتحدة (once) kept with --min-freq 3")
	}
	// without the termbase, the lexicon's target
	for _, e := range Build([]Doc{{Name: "a", Text: text}}, Options{MinFreq: 3}) {
		if e.Term == "الكويت" && (e.Target != "Kuwait" || e.TargetSource == SourceTermbase) {
			t.Errorf("without a termbase: %q (%s)", e.Target, e.TargetSource)
		}
	}
}

func TestReadTermbaseErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"no-header.tsv", "الكويت\tKuwait\n", "no-header.tsv:1: the header must name"},
		{"quote.csv", "term,target\nالكويت,Kuwait\n\"مكسور,x\n", "quote.csv:3:"},
		{"short.tsv", "term\tnote\ttarget\nالكويت\n", "short.tsv:2: 1 fields"},
		{"bad.tbx", "<tbx>\n<text><body><conceptEntry>\n<langSec xml:lang=\"ar\"><termSec><term>الكويت</term></termSec>\n</conceptEntry></body></text></tbx>", "bad.tbx:4:"},
		{"other.xml", "<html><body/></html>", "other.xml:1: <html> is not a TBX document"},
		{"empty.tsv", "term\ttarget\n", "empty.tsv: no term with a target"},
		{"noarabic.tbx", "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>", "noarabic.tbx:1: an entry without an Arabic"},
		{"broken.xlsx", "PK\x03\x04broken", "broken.xlsx: not an XLSX workbook"},
	} {
		_, err := ReadTermbase(tc.name, strings.NewReader(tc.data))
		var te *TermbaseError
		if err == nil || !errors.As(err, &te) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one beginning %q", tc.name, err, tc.want)
		}
	}
}

// TestTMX: a term the memory translates consistently gets that translation, marked tm with its
// support; the termbase still wins over it.
func TestTMX(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "termbase", "tm.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tm, err := ReadTMX("tm.tmx", f)
	if err != nil {
		t.Fatal(err)
	}
	if tm.Len() != 6 {
		t.Errorf("%d units, want 6", tm.Len())
	}
	if got, n, ok := tm.Target("التعاون العسكري"); !ok || got != "defence cooperation" || n != 3 {
		t.Errorf("Target(التعاون العسكري) = %q, %d, %v; want defence cooperation, 3", got, n, ok)
	}
	if got, _, ok := tm.Target("الوفد"); !ok || got != "delegation" {
		t.Errorf("Target(الوفد) = %q, %v; want delegation", got, ok)
	}
	if got, _, ok := tm.Target("المدينة"); ok { // one unit: below the minimum support
		t.Errorf("Target(المدينة) = %q from one unit", got)
	}
	text := "بحث الوفد التعاون العسكري. وأكد الوفد أهمية التعاون العسكري."
	for _, e := range Build([]Doc{{Name: "a", Text: text}}, Options{TM: tm}) {
		if e.Term == "التعاون العسكري" && (e.Target != "defence cooperation" || e.TargetSource != "tm: 3 units") {
			t.Errorf("entry target %q (%s)", e.Target, e.TargetSource)
		}
	}
	tb, _ := ReadTermbase("tb.tsv", strings.NewReader("term\ttarget\nالتعاون العسكري\tmilitary cooperation\n"))
	for _, e := range Build([]Doc{{Name: "a", Text: text}}, Options{TM: tm, Termbase: tb}) {
		if e.Term == "التعاون العسكري" && e.TargetSource != SourceTermbase {
			t.Errorf("with a termbase: %q (%s)", e.Target, e.TargetSource)
		}
	}
}

func TestReadAlignedTM(t *testing.T) {
	ar := "التعاون العسكري مهم.\nوالتعاون العسكري قديم.\n"
	en := "Military cooperation matters.\nMilitary cooperation is old.\n"
	tm, err := ReadAlignedTM("a.ar", strings.NewReader(ar), "a.en", strings.NewReader(en))
	if err != nil {
		t.Fatal(err)
	}
	if got, n, ok := tm.Target("التعاون العسكري"); !ok || got != "Military cooperation" || n != 2 {
		t.Errorf("Target = %q, %d, %v", got, n, ok)
	}
	_, err = ReadAlignedTM("a.ar", strings.NewReader(ar), "a.en", strings.NewReader("one line\n"))
	if err == nil || !strings.Contains(err.Error(), "a.en: 1 lines, but a.ar has 2") {
		t.Errorf("misaligned: %v", err)
	}
	_, err = ReadTMX("x.tmx", strings.NewReader("<tmx><body><tu><tuv xml:lang=\"ar\"><seg>x</seg></tuv>\n</body></tmx>"))
	if err == nil || !strings.HasPrefix(err.Error(), "x.tmx:2:") {
		t.Errorf("broken TMX: %v", err)
	}
}
