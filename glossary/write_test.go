package glossary

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/safetext"
	"github.com/arprep/arprep/span"
	"github.com/xuri/excelize/v2"
)

type writer func(io.Writer, []Entry, WriteOptions) error

var formats = []struct {
	name string
	ext  string
	fn   writer
}{
	{"tsv", "tsv", WriteTSV},
	{"csv", "csv", WriteCSV},
	{"tbx", "tbx", WriteTBX},
	{"tbx2", "tbx2.tbx", WriteTBX2},
	{"json", "json", WriteJSON},
}

// goldenGlossaries are the glossaries behind the golden files: the seed article alone, and the
// seed with a second document (per-file counts).
func goldenGlossaries(t testing.TB) map[string]struct {
	entries []Entry
	opts    WriteOptions
} {
	seed := readSeed(t)
	second := Doc{Name: "second.txt", Text: "زار وفد من البنتاغون الكويت أمس. وقالت وزارة الحرب الأمريكية إن التعاون العسكري مع الكويت مستمر.\nوأكد دان كين أن الولايات المتحدة تدعم الكويت."}
	names := Options{Names: fixtureNames(seedNames), Top: 15}
	return map[string]struct {
		entries []Entry
		opts    WriteOptions
	}{
		"seed":  {Build([]Doc{seed}, names), WriteOptions{Files: []string{"seed.txt"}}},
		"multi": {Build([]Doc{seed, second}, names), WriteOptions{Files: []string{"seed.txt", "second.txt"}, Excel: true}},
	}
}

func TestGolden(t *testing.T) {
	for name, g := range goldenGlossaries(t) {
		for _, f := range formats {
			var b bytes.Buffer
			if err := f.fn(&b, g.entries, g.opts); err != nil {
				t.Fatalf("%s %s: %v", name, f.name, err)
			}
			goldenCompare(t, filepath.Join("testdata", "glossary_"+name+"."+f.ext), b.Bytes())
			// Writing is deterministic.
			var again bytes.Buffer
			f.fn(&again, g.entries, g.opts)
			if !bytes.Equal(b.Bytes(), again.Bytes()) {
				t.Errorf("%s %s: second write differs", name, f.name)
			}
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	g := goldenGlossaries(t)["multi"]
	var b bytes.Buffer
	if err := WriteJSON(&b, g.entries, g.opts); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Files   []string `json:"files"`
		Entries []struct {
			Term      string      `json:"term"`
			Variants  []Form      `json:"variants"`
			Forms     []Form      `json:"forms"`
			Frequency int         `json:"frequency"`
			Files     []FileCount `json:"files"`
		} `json:"entries"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != len(g.entries) || len(doc.Files) != 2 {
		t.Fatalf("%d entries, files %v", len(doc.Entries), doc.Files)
	}
	for i, e := range doc.Entries {
		if e.Term != g.entries[i].Term || e.Frequency != g.entries[i].Frequency || len(e.Variants) != len(e.Forms)-1 {
			t.Errorf("entry %d: %+v", i, e)
		}
	}
}

func TestTSVShape(t *testing.T) {
	entries := []Entry{{Term: "الكويت", Forms: []Form{{"الكويت", 2}}, Frequency: 2, Kind: "LOC", Target: "Kuwait", TargetSource: SourceLexicon + "cldr",
		FirstFile: "a", FirstSentence: 1, Context: "سطر\tمع\nفاصل"}}
	var b bytes.Buffer
	if err := WriteTSV(&b, entries, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("lines %q", lines)
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != 3 || cols[0] != "الكويت" || cols[1] != "Kuwait" || !strings.Contains(cols[2], "suggestion") || !strings.Contains(cols[2], "سطر مع فاصل") {
		t.Errorf("columns %q", cols)
	}
}

func TestCSVInjection(t *testing.T) {
	cells := []string{"=HYPERLINK(\"http://x\")", "+1+2", "-3", "@SUM(A1)", "\tx", "\rx", "=1", "safe", "عربي=1"}
	var entries []Entry
	for _, c := range cells {
		entries = append(entries, Entry{Term: c, Forms: []Form{{c, 1}, {"-" + c, 1}}, Frequency: 2, Kind: KindTerm, Context: c, Target: c, FirstFile: "=evil.txt"})
	}
	for _, excel := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteCSV(&b, entries, WriteOptions{Excel: excel, Files: []string{"=a", "b"}}); err != nil {
			t.Fatal(err)
		}
		data := b.Bytes()
		if bom := bytes.HasPrefix(data, []byte("\ufeff")); bom != excel {
			t.Errorf("excel=%v: BOM %v", excel, bom)
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(cells)+1 {
			t.Fatalf("%d records", len(recs))
		}
		for _, rec := range recs {
			for _, cell := range rec {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("cell %q starts with a formula character", cell)
				}
			}
		}
		if recs[0][len(recs[0])-2] != "count: =a" {
			t.Errorf("header %q", recs[0])
		}
		if recs[8][0] != "safe" || recs[9][0] != "عربي=1" || recs[1][0] != "'=HYPERLINK(\"http://x\")" {
			t.Errorf("neutralised too much or too little: %q %q %q", recs[8][0], recs[9][0], recs[1][0])
		}
	}
}

func TestXLSX(t *testing.T) {
	g := goldenGlossaries(t)["multi"]
	var b bytes.Buffer
	if err := WriteXLSX(&b, g.entries, g.opts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Glossary")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(g.entries)+1 || rows[0][0] != "term" || rows[0][len(rows[0])-1] != "count: second.txt" {
		t.Fatalf("rows %d, header %q", len(rows), rows[0])
	}
	for i, e := range g.entries {
		if rows[i+1][0] != e.Term || rows[i+1][1] != e.Target {
			t.Errorf("row %d: %q", i+1, rows[i+1][:2])
		}
	}
	panes, err := f.GetPanes("Glossary")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	id, err := f.GetCellStyle("Glossary", "A2")
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st.Alignment == nil || st.Alignment.ReadingOrder != 2 {
		t.Errorf("term column not right-to-left: %+v %v", st, err)
	}
	// AddSheet into an existing workbook (as the worksheet export does).
	wb := excelize.NewFile()
	if err := AddSheet(wb, "Glossary", g.entries, g.opts); err != nil {
		t.Fatal(err)
	}
	if idx, _ := wb.GetSheetIndex("Glossary"); idx < 0 {
		t.Error("sheet not added")
	}
}

// checkXML parses a document fully and returns the text of every <term>.
func checkXML(t *testing.T, data []byte) []string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var terms []string
	inTerm := false
	var cur strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, data)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Local == "term" {
				inTerm = true
				cur.Reset()
			}
		case xml.EndElement:
			if v.Name.Local == "term" {
				inTerm = false
				terms = append(terms, cur.String())
			}
		case xml.CharData:
			if inTerm {
				cur.Write(v)
			}
		}
	}
	return terms
}

func TestXMLDropped(t *testing.T) {
	entries := []Entry{{Term: "a\x01b", Forms: []Form{{"a\x01b", 1}}, Context: "c\uffff\xff", Target: "ok"}}
	if n := XMLDropped(entries, WriteOptions{Files: []string{"f\x02"}}); n != 4 {
		t.Errorf("dropped %d, want 4", n)
	}
}

func TestTBXEmpty(t *testing.T) {
	for _, w := range []writer{WriteTBX, WriteTBX2} {
		if err := w(io.Discard, nil, WriteOptions{}); !errors.Is(err, ErrEmptyTBX) {
			t.Errorf("empty TBX: %v", err)
		}
	}
}

// FuzzXML: any text gives well-formed TBX and TBX 2 documents whose terms are the entry
// terms minus what XML 1.0 forbids.
func FuzzXML(f *testing.F) {
	f.Add("الكويت & <أمريكا> \"x\" 'y'", "ctx\x00\x01\x1f\ufffe\uffff")
	f.Add("\xff\xfe\xed\xa0\x80", "]]> <!-- -->")
	f.Add("الولايات المتحدة\r\nوالكويت", "\u2028\u0085")
	f.Fuzz(func(t *testing.T, term, context string) {
		text := term + " " + context + ". " + term
		entries := Build([]Doc{{Name: term, Text: text}}, Options{MinFreq: 1})
		entries = append(entries, Entry{Term: term, Forms: []Form{{term, 1}, {context, 1}}, Frequency: 2, Kind: "PERS",
			Context: context, Target: term, TargetSource: SourceRomanize, FirstFile: context})
		for _, w := range []writer{WriteTBX, WriteTBX2} {
			var b bytes.Buffer
			if err := w(&b, entries, WriteOptions{Files: []string{term, context}}); err != nil {
				t.Fatal(err)
			}
			got := checkXML(t, b.Bytes())
			// The added entry: term, variant and, when the target is not empty, the target.
			want := []string{safetext.XML(oneLine(term)), safetext.XML(oneLine(context))}
			if term != "" {
				want = append(want, safetext.XML(oneLine(term)))
			}
			if len(got) < len(want) {
				t.Fatalf("terms %q", got)
			}
			last := got[len(got)-len(want):]
			for i := range want {
				if strings.TrimSpace(last[i]) != strings.TrimSpace(want[i]) {
					t.Errorf("term %d: %q, want %q", i, last[i], want[i])
				}
			}
		}
	})
}

// TestManyFiles: a corpus of more inputs than MaxFileColumns keeps one count column, and the
// per-document counts stay in JSON.
func TestManyFiles(t *testing.T) {
	var docs []Doc
	var names []string
	for i := 0; i <= MaxFileColumns; i++ {
		n := "doc" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + ".txt"
		docs = append(docs, Doc{Name: n, Text: "التعاون العسكري مهم."})
		names = append(names, n)
	}
	entries := Build(docs, Options{})
	o := WriteOptions{Files: names}
	var b bytes.Buffer
	if err := WriteCSV(&b, entries, o); err != nil {
		t.Fatal(err)
	}
	header := strings.SplitN(b.String(), "\n", 2)[0]
	if strings.Contains(header, "count: ") {
		t.Errorf("header with %d files: %s", len(names), header)
	}
	b.Reset()
	WriteJSON(&b, entries, o)
	if !strings.Contains(b.String(), `"file": "`+names[MaxFileColumns]+`"`) {
		t.Error("JSON lacks per-document counts")
	}
}

// TestPrepare: a document prepared in advance (in parallel, by the command) gives the same
// glossary as one Build prepares itself.
func TestPrepare(t *testing.T) {
	seed := readSeed(t)
	opts := Options{Names: fixtureNames(seedNames)}
	direct := Build([]Doc{seed}, opts)
	prepared := Prepare(seed, opts)
	opts.Names = func(string) []span.Entity { t.Error("Names called for a prepared document"); return nil }
	again := Build([]Doc{prepared}, opts)
	if len(direct) != len(again) {
		t.Fatalf("%d entries, prepared %d", len(direct), len(again))
	}
	for i := range direct {
		if direct[i].Term != again[i].Term || direct[i].Frequency != again[i].Frequency {
			t.Errorf("entry %d: %q/%d vs %q/%d", i, direct[i].Term, direct[i].Frequency, again[i].Term, again[i].Frequency)
		}
	}
}
