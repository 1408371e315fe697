package worksheet

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// writers are the text and XML formats, by golden-file name.
var writers = []struct {
	name  string
	mode  Mode
	write func(*bytes.Buffer, *Job) error
}{
	{"source.txt", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteSource(b, j) }},
	{"target.txt", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteTarget(b, j) }},
	{"units.tsv", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteTSV(b, j) }},
	{"units.csv", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteCSV(b, j, CSVOptions{}) }},
	{"units_excel.csv", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteCSV(b, j, CSVOptions{Excel: true}) }},
	{"units.jsonl", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteJSONL(b, j) }},
	{"job.xlf", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF(b, j, XLIFFOptions{}) }},
	{"job_summary.xlf", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF(b, j, XLIFFOptions{SummaryOnly: true}) }},
	{"paragraphs.xlf", Paragraphs, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF(b, j, XLIFFOptions{}) }},
	{"job2.xlf", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF2(b, j, XLIFFOptions{}) }},
	{"job2_summary.xlf", Sentences, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF2(b, j, XLIFFOptions{SummaryOnly: true}) }},
	{"lines2.xlf", Lines, func(b *bytes.Buffer, j *Job) error { return WriteXLIFF2(b, j, XLIFFOptions{}) }},
	{"memory.tmx", Sentences, func(b *bytes.Buffer, j *Job) error {
		targets := make([]string, len(j.Units))
		for i := range targets {
			targets[i] = "EN " + j.Units[i].Source[:0] + string(rune('A'+i)) + " & <b>"
		}
		targets[1] = "" // an untranslated unit is left out
		if err := j.SetTargets(targets); err != nil {
			return err
		}
		_, err := WriteTMX(b, j)
		return err
	}},
}

func TestGolden(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := w.write(&b, sampleJob(t, w.mode)); err != nil {
				t.Fatal(err)
			}
			golden(t, w.name, b.Bytes())
			// a second run gives the same bytes
			var again bytes.Buffer
			w.write(&again, sampleJob(t, w.mode))
			if !bytes.Equal(b.Bytes(), again.Bytes()) {
				t.Error("output is not deterministic")
			}
			for _, bidi := range []string{"\u200e", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2069"} {
				if bytes.Contains(b.Bytes(), []byte(bidi)) {
					t.Errorf("output contains bidi control %U that the input did not", []rune(bidi)[0])
				}
			}
		})
	}
}

// xmllintChecks are the schema checks of the XML formats.
func xmllintArgs(t testing.TB, format string) []string {
	t.Helper()
	dir, err := filepath.Abs("testdata/schemas")
	if err != nil {
		t.Fatal(err)
	}
	switch format {
	case "xliff":
		return []string{"--schema", filepath.Join(dir, "xliff12/xliff-core-1.2-strict.xsd")}
	case "xliff2":
		return []string{"--schema", filepath.Join(dir, "xliff21/all_modules.xsd")}
	case "tmx":
		return []string{"--dtdvalid", filepath.Join(dir, "tmx/tmx14.dtd")}
	}
	t.Fatalf("no schema for %s", format)
	return nil
}

// validate runs xmllint on data; it skips when xmllint is not installed.
func validate(t testing.TB, format string, data []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils): schema checks skipped")
	}
	f := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	catalog, _ := filepath.Abs("testdata/schemas/catalog.xml")
	args := append([]string{"--nonet", "--noout"}, xmllintArgs(t, format)...)
	cmd := exec.Command(xmllint, append(args, f)...)
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+catalog)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("xmllint rejects the %s export: %v\n%s\n--- document:\n%.3000s", format, err, out, data)
	}
}

func TestSchemaValid(t *testing.T) {
	for _, w := range writers {
		format := ""
		switch {
		case strings.HasSuffix(w.name, ".tmx"):
			format = "tmx"
		case strings.HasPrefix(w.name, "job2") || strings.HasPrefix(w.name, "lines2"):
			format = "xliff2"
		case strings.HasSuffix(w.name, ".xlf"):
			format = "xliff"
		default:
			continue
		}
		t.Run(w.name, func(t *testing.T) {
			var b bytes.Buffer
			j := sampleJob(t, w.mode)
			if err := w.write(&b, j); err != nil {
				t.Fatal(err)
			}
			validate(t, format, b.Bytes())
		})
	}
}

// sources lists the units' sources as an XML export holds them (forbidden characters out).
func sources(j *Job) []string {
	var s []string
	for _, u := range j.Units {
		s = append(s, safetext.XML(u.Source))
	}
	return s
}

func readSources(units []ReadUnit) []string {
	var s []string
	for _, u := range units {
		s = append(s, u.Source)
	}
	return s
}

func equalStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d units read back, %d written", what, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: unit %d read back as %q, written %q", what, i+1, got[i], want[i])
		}
	}
}

func TestRoundTripXLIFF(t *testing.T) {
	for _, mode := range []Mode{Sentences, Lines, Paragraphs} {
		j := sampleJob(t, mode)
		j.Units[0].Target = "The Pentagon & <co>"
		var b1, b2 bytes.Buffer
		if err := WriteXLIFF(&b1, j, XLIFFOptions{SummaryOnly: true}); err != nil {
			t.Fatal(err)
		}
		got, err := ReadXLIFF(&b1)
		if err != nil {
			t.Fatal(err)
		}
		equalStrings(t, "xliff "+mode.String(), readSources(got), sources(j))
		if got[0].Target != j.Units[0].Target || got[1].Translate || !got[0].Translate {
			t.Errorf("xliff: target/translate not kept: %+v", got[:2])
		}
		if err := WriteXLIFF2(&b2, j, XLIFFOptions{SummaryOnly: true}); err != nil {
			t.Fatal(err)
		}
		got2, err := ReadXLIFF2(&b2)
		if err != nil {
			t.Fatal(err)
		}
		equalStrings(t, "xliff2 "+mode.String(), readSources(got2), sources(j))
		for i, u := range got2 {
			if u.Translate != j.Units[i].InSummary {
				t.Errorf("xliff2 %s: unit %d translate=%v, in summary %v", mode, i+1, u.Translate, j.Units[i].InSummary)
			}
		}
	}
}

func TestXLSX(t *testing.T) {
	j := sampleJob(t, Sentences)
	j.Units[1].Target = "=HYPERLINK(\"http://x\")"
	glossary := false
	f, err := XLSX(j, XLSXOptions{AddSheets: func(f *excelize.File) error {
		glossary = true
		_, err := f.NewSheet("Glossary")
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	f.Close()
	r, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := ReadXLSX(r)
	if err != nil {
		t.Fatal(err)
	}
	equalStrings(t, "xlsx", readSources(got), sources(j))
	if got[1].Target != j.Units[1].Target {
		t.Errorf("target %q", got[1].Target)
	}
	if !glossary || r.GetSheetList()[0] != SheetTranslate || len(r.GetSheetList()) != 2 {
		t.Errorf("sheets %v", r.GetSheetList())
	}
	// nothing is a formula: text starting with = + - @ stays text
	for row := 2; row <= len(j.Units)+1; row++ {
		for col := 1; col <= 7; col++ {
			cell, _ := excelize.CoordinatesToCellName(col, row)
			if formula, _ := r.GetCellFormula(SheetTranslate, cell); formula != "" {
				t.Errorf("%s holds formula %q", cell, formula)
			}
		}
	}
	// the source column is right to left and wrapped, the header frozen
	style, _ := r.GetCellStyle(SheetTranslate, "C2")
	st, _ := r.GetStyle(style)
	if st == nil || st.Alignment == nil || st.Alignment.ReadingOrder != 2 || !st.Alignment.WrapText || st.Alignment.Horizontal != "right" {
		t.Errorf("source style %+v", st)
	}
	panes, _ := r.GetPanes(SheetTranslate)
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v", panes)
	}
	if w, _ := r.GetColWidth(SheetTranslate, "C"); w < 40 {
		t.Errorf("source column width %v", w)
	}
	// rows are tall enough for their wrapped text: the long ones are taller
	h2, _ := r.GetRowHeight(SheetTranslate, 2)
	h9, _ := r.GetRowHeight(SheetTranslate, 9)
	if h2 < 15 || h9 < 15 {
		t.Errorf("row heights %v %v", h2, h9)
	}
	if got := rowHeight(Unit{Source: strings.Repeat("ك", 400)}, 70); got != 15*6+3 {
		t.Errorf("rowHeight of 400 characters in width 70 = %v", got)
	}
}

func TestCSVInjection(t *testing.T) {
	j := NewJob("ar", "en", Lines)
	j.AddLines("x", "=1+1\n+SUM(A1)\n-2\n@cmd\nنص عادي\n")
	j.SetTargets([]string{"=cmd|' /C calc'!A0", "", "", "", "plain"})
	var b bytes.Buffer
	if err := WriteCSV(&b, j, CSVOptions{Excel: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\uFEFF")) {
		t.Error("--excel CSV has no BOM")
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for _, cell := range row[2:4] {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q would be evaluated by a spreadsheet", cell)
			}
		}
	}
	if rows[1][2] != "'=1+1" || rows[1][3] != "'=cmd|' /C calc'!A0" || rows[5][2] != "نص عادي" {
		t.Errorf("rows %q", rows)
	}
}

func TestJSONL(t *testing.T) {
	j := sampleJob(t, Sentences)
	var b bytes.Buffer
	if err := WriteJSONL(&b, j); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(j.Units) {
		t.Fatalf("%d lines for %d units", len(lines), len(j.Units))
	}
	for i, l := range lines {
		var u jsonUnit
		if err := json.Unmarshal([]byte(l), &u); err != nil {
			t.Fatal(err)
		}
		want := j.Units[i]
		if u.ID != want.ID || u.Source != want.Source || u.Start != want.Start || u.End != want.End || u.InSummary != want.InSummary {
			t.Errorf("line %d = %+v, unit %+v", i+1, u, want)
		}
	}
}

func TestTMXNeedsTargets(t *testing.T) {
	var b bytes.Buffer
	if _, err := WriteTMX(&b, sampleJob(t, Sentences)); !errors.Is(err, ErrNoTargets) {
		t.Errorf("err = %v, want ErrNoTargets", err)
	}
}

func TestTMXRoundTrip(t *testing.T) {
	j := NewJob("ar", "en", Lines)
	j.AddLines("a.ar", "مرحبا\nكيف حالك؟\nنص & <وسم>\n")
	j.SetTargets([]string{"Hello", "", "text & <tag>"})
	var b bytes.Buffer
	skipped, err := WriteTMX(&b, j)
	if err != nil || skipped != 1 {
		t.Fatalf("skipped %d, err %v", skipped, err)
	}
	validate(t, "tmx", b.Bytes())
	units, err := ReadTMX(&b)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 2 || units[1].Segs["ar"] != "نص & <وسم>" || units[1].Segs["en"] != "text & <tag>" || units[0].ID != "1" || units[1].ID != "3" {
		t.Errorf("units %+v", units)
	}
}
