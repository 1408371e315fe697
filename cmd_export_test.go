package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/arprep/arprep/worksheet"
	"github.com/xuri/excelize/v2"
)

var updateWorksheet = flag.Bool("update-worksheet", false, "rewrite testdata/worksheet_* golden files")

func worksheetGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "worksheet_"+name)
	if *updateWorksheet {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -run Export -update-worksheet creates it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (go test -run Export -update-worksheet rewrites it):\n%.2000s", name, path, got)
	}
}

// xmllintCLI validates an exported file with the schema copies of the worksheet package; it
// skips when xmllint is missing.
func xmllintCLI(t *testing.T, format, path string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils): schema checks skipped")
	}
	schemas, _ := filepath.Abs("worksheet/testdata/schemas")
	var args []string
	switch format {
	case "xliff":
		args = []string{"--schema", filepath.Join(schemas, "xliff12/xliff-core-1.2-strict.xsd")}
	case "xliff2":
		args = []string{"--schema", filepath.Join(schemas, "xliff21/all_modules.xsd")}
	case "tmx":
		args = []string{"--dtdvalid", filepath.Join(schemas, "tmx/tmx14.dtd")}
	default:
		t.Fatalf("no schema for %s", format)
	}
	cmd := exec.Command(xmllint, append(append([]string{"--nonet", "--noout"}, args...), path)...)
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+filepath.Join(schemas, "catalog.xml"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xmllint rejects %s (%s): %v\n%s", path, format, err, out)
	}
}

func TestCLIExportGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"seed.txt", []string{"--format", "txt"}},
		{"seed.tsv", []string{"--format", "tsv"}},
		{"seed.csv", []string{"--format", "csv", "--excel"}},
		{"seed.jsonl", []string{"--format", "jsonl"}},
		{"seed.xlf", []string{"--format", "xliff"}},
		{"seed_paragraphs.xlf", []string{"--format", "xliff", "--units", "paragraphs"}},
		{"seed2.xlf", []string{"--format", "xliff2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"export", "testdata/seed.txt", "--no-summary"}, tc.args...)
			out, errs, code := runCLI(t, "", args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			worksheetGolden(t, tc.name, out)
			if strings.HasSuffix(tc.name, ".xlf") {
				path := filepath.Join(t.TempDir(), tc.name)
				os.WriteFile(path, []byte(out), 0o644)
				format := "xliff"
				if strings.Contains(tc.name, "2") {
					format = "xliff2"
				}
				xmllintCLI(t, format, path)
			}
		})
	}
}

func TestCLIExportTMXLines(t *testing.T) {
	out, errs, code := runCLI(t, "", "export", "--format", "tmx", "--units", "lines", "--target", "testdata/worksheet_lines.en", "testdata/worksheet_lines.ar", "--no-summary")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	worksheetGolden(t, "lines.tmx", out)
	path := filepath.Join(t.TempDir(), "lines.tmx")
	os.WriteFile(path, []byte(out), 0o644)
	xmllintCLI(t, "tmx", path)
}

// TestCLIExportUNDev is the measure: the UN dev set's 4,000 aligned lines make a
// TMX of 4,000 units with both languages that validates.
func TestCLIExportUNDev(t *testing.T) {
	dir := filepath.Join("..", "shared", "data", "un-dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/data/un-dev not present")
	}
	path := filepath.Join(t.TempDir(), "un.tmx")
	_, errs, code := runCLI(t, "", "export", "--format", "tmx", "--units", "lines", "--target",
		filepath.Join(dir, "UNv1.0.devset.en"), filepath.Join(dir, "UNv1.0.devset.ar"), "-o", path, "--no-summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	units, err := worksheet.ReadTMX(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != 4000 {
		t.Errorf("%d units, want 4000", len(units))
	}
	for _, u := range units {
		if u.Segs["ar"] == "" || u.Segs["en"] == "" {
			t.Fatalf("unit %s lacks a language: %q", u.ID, u.Segs)
		}
	}
	xmllintCLI(t, "tmx", path)
}

func TestCLIExportErrors(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "exists.tsv")
	os.WriteFile(existing, []byte("old"), 0o644)
	short := filepath.Join(dir, "short.en")
	os.WriteFile(short, []byte("one\ntwo\n"), 0o644)
	tests := []struct {
		name     string
		args     []string
		wantErr  []string
		wantCode int
	}{
		{"tmx without target", []string{"--format", "tmx", "testdata/worksheet_lines.ar"}, []string{"--target"}, 2},
		{"target mismatch", []string{"--format", "tmx", "--units", "lines", "--target", short, "testdata/worksheet_lines.ar"}, []string{"2 lines", "5 units", "short.en"}, 1},
		{"target mismatch tsv", []string{"--format", "tsv", "--units", "lines", "--target", short, "testdata/worksheet_lines.ar"}, []string{"2 lines", "5 units"}, 1},
		{"missing target", []string{"--format", "tmx", "--target", filepath.Join(dir, "nope.en"), "testdata/worksheet_lines.ar"}, []string{"nope.en", "no such file"}, 1},
		{"missing input", []string{"--format", "tsv", filepath.Join(dir, "nope.ar")}, []string{"nope.ar"}, 1},
		{"bad units", []string{"--units", "words", "testdata/worksheet_lines.ar"}, []string{"--units"}, 2},
		{"bad format", []string{"--format", "docx", "testdata/worksheet_lines.ar"}, []string{"--format"}, 2},
		{"bad language", []string{"--tgt", "en_US!", "testdata/worksheet_lines.ar"}, []string{"--tgt"}, 2},
		{"existing output", []string{"--format", "tsv", "-o", existing, "testdata/worksheet_lines.ar"}, []string{"already exists"}, 2},
		{"both stdin", []string{"--format", "tsv", "--target", "-"}, []string{"stdin"}, 2},
		{"summary-only without summary", []string{"--format", "xliff", "--summary-only", "--no-summary", "testdata/worksheet_lines.ar"}, []string{"--no-summary"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, "", append([]string{"export", "--no-summary"}, tc.args...)...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.wantCode, errs)
			}
			if out != "" {
				t.Errorf("stdout %q on error", out)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q lacks %q", errs, w)
				}
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Errorf("existing output changed to %q", b)
	}
}

func TestCLIExportTxtFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "job")
	if _, errs, code := runCLI(t, "", "export", "testdata/seed.txt", "--no-summary", "--format", "txt", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "source.txt"))
	tgt, _ := os.ReadFile(filepath.Join(dir, "target.txt"))
	n := strings.Count(string(src), "\n")
	if n < 10 || strings.Count(string(tgt), "\n") != n || strings.TrimSpace(string(tgt)) != "" {
		t.Errorf("source has %d lines, target %q", n, tgt)
	}
	if _, errs, code := runCLI(t, "", "export", "testdata/seed.txt", "--no-summary", "-o", dir); code != 2 || !strings.Contains(errs, "already exists") {
		t.Errorf("second run without --force: exit %d, %s", code, errs)
	}
}

func TestCLIExportXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.xlsx")
	if _, errs, code := runCLI(t, "", "export", "--units", "lines", "testdata/worksheet_lines.ar", "--no-summary", "-o", path); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	units, err := worksheet.ReadXLSX(f)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile("testdata/worksheet_lines.ar")
	lines := worksheet.SplitLines(string(src))
	if len(units) != len(lines) {
		t.Fatalf("%d rows, %d lines", len(units), len(lines))
	}
	for i, u := range units {
		if u.Source != lines[i] {
			t.Errorf("row %d: %q, want %q", i+2, u.Source, lines[i])
		}
		cell, _ := excelize.CoordinatesToCellName(3, i+2)
		if formula, _ := f.GetCellFormula(worksheet.SheetTranslate, cell); formula != "" {
			t.Errorf("%s is a formula: %q", cell, formula)
		}
	}
}

func TestCLIExportCSVInjection(t *testing.T) {
	out, errs, code := runCLI(t, "=cmd|' /C calc'!A0\n+1\n-2\n@SUM(1)\nنص\n", "export", "--units", "lines", "--format", "csv", "--excel", "--no-summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("no BOM")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if strings.ContainsAny(r[2][:1], "=+-@") {
			t.Errorf("cell %q is a formula for a spreadsheet", r[2])
		}
	}
}

func TestCLIExportDroppedReported(t *testing.T) {
	out, errs, code := runCLI(t, "نص \x01 هنا.\n", "export", "--format", "xliff", "--no-summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "U+0001") || !strings.Contains(errs, "<stdin>: byte 5 (unit 1)") {
		t.Errorf("stderr %q does not report the dropped character", errs)
	}
	if bytes.ContainsRune([]byte(out), 1) {
		t.Error("U+0001 written into XML")
	}
}

func TestCLIExportSummary(t *testing.T) {
	out, errs, code := runCLI(t, "", "-q", "export", "testdata/seed.txt", "--format", "xliff", "--summary-only")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	units, err := worksheet.ReadXLIFF(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	in, not := 0, 0
	for _, u := range units {
		if u.Translate {
			in++
		} else {
			not++
		}
	}
	if in == 0 || not == 0 || !strings.Contains(out, "in summary; score") {
		t.Errorf("%d units to translate, %d not: the summary did not mark the units", in, not)
	}
}

// TestCLIExportTargetByLine pairs aligned files whose blank lines match: the blank source
// lines make no unit, and the target lines still pair by line number.
func TestCLIExportTargetByLine(t *testing.T) {
	dir := t.TempDir()
	ar, en := filepath.Join(dir, "a.ar"), filepath.Join(dir, "a.en")
	os.WriteFile(ar, []byte("مرحبا\n\nشكرا\n"), 0o644)
	os.WriteFile(en, []byte("Hello\n\nThanks\n"), 0o644)
	out, errs, code := runCLI(t, "", "export", "--no-summary", "--units", "lines", "--format", "tsv", "--target", en, ar)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "id\tparagraph\tsource\ttarget\tin_summary\tscore\n1\t1\tمرحبا\tHello\tfalse\t0.0000\n2\t2\tشكرا\tThanks\tfalse\t0.0000\n"
	if out != want {
		t.Errorf("got\n%s", out)
	}
}

func TestCLIExportXLSXGlossary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.xlsx")
	if _, errs, code := runCLI(t, "", "-q", "export", "testdata/seed.txt", "--glossary", "-o", path); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) != 2 || sheets[1] != "Glossary" {
		t.Fatalf("sheets %v", sheets)
	}
	rows, _ := f.GetRows("Glossary")
	if len(rows) < 5 {
		t.Errorf("glossary sheet has %d rows", len(rows))
	}
	summary := 0
	trows, _ := f.GetRows(worksheet.SheetTranslate)
	for _, r := range trows[1:] {
		if len(r) > 4 && r[4] == "yes" {
			summary++
		}
	}
	if summary == 0 || summary == len(trows)-1 {
		t.Errorf("%d of %d rows flagged in summary", summary, len(trows)-1)
	}
}

func TestCLIExportSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"xliff", "xliff2"} {
		path := filepath.Join(dir, format+".xlf")
		_, errs, code := runCLI(t, "", "export", "--no-summary", "--format", format, "testdata/worksheet_lines.ar", "testdata/seed.txt", "-o", path)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		b, _ := os.ReadFile(path)
		if n := strings.Count(string(b), "<file "); n != 2 {
			t.Errorf("%s: %d <file> elements, want 2", format, n)
		}
		var units []worksheet.ReadUnit
		var err error
		if format == "xliff" {
			units, err = worksheet.ReadXLIFF(bytes.NewReader(b))
		} else {
			units, err = worksheet.ReadXLIFF2(bytes.NewReader(b))
		}
		if err != nil {
			t.Fatal(err)
		}
		for i, u := range units {
			if want := strconv.Itoa(i + 1); strings.TrimPrefix(u.ID, "s") != want {
				t.Errorf("%s: unit %d has id %q: ids must run on across files", format, i+1, u.ID)
				break
			}
		}
		xmllintCLI(t, format, path)
	}
}

// English text leads an en→ar job: languages and directions follow it.
func TestCLIExportEnglish(t *testing.T) {
	text := "The council met on Monday. Dr. Smith chaired the session.\n"
	out, errs, code := runCLI(t, text, "export", "--format", "xliff2", "--no-summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`srcLang="en" trgLang="ar"`, `srcDir="ltr" trgDir="rtl"`, "<source>Dr. Smith chaired the session.</source>"} {
		if !strings.Contains(out, want) {
			t.Errorf("xliff2 lacks %s:\n%s", want, out)
		}
	}
	out, _, code = runCLI(t, text, "export", "--format", "tsv", "--lang", "en", "--no-summary")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("tsv: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, text, "export", "--format", "xliff", "--src", "en-GB", "--tgt", "ar-KW", "--no-summary")
	if code != 0 || !strings.Contains(out, `source-language="en-GB" target-language="ar-KW"`) {
		t.Errorf("explicit tags: exit %d\n%s", code, out)
	}
}
