package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/arprep/arprep/worksheet"
	"github.com/xuri/excelize/v2"
)

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestCLIPrep(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "job")
	_, errs, code := runCLI(t, "", "-q", "prep", "testdata/seed.txt", "-o", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := []string{"glossary-tbx2.tbx", "glossary.tbx", "glossary.utf8", "job.xlf", "report.html", "report.md", "source.txt", "summary.txt", "target.txt", "worksheet.xlsx"}
	if got := dirNames(t, dir); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("files %v, want %v", got, want)
	}
	if got := dirNames(t, parent); len(got) != 1 {
		t.Errorf("beside the folder: %v", got)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	source := worksheet.SplitLines(read("source.txt"))
	target := read("target.txt")
	if strings.Count(target, "\n") != len(source) || strings.TrimSpace(target) != "" {
		t.Errorf("target.txt is not %d empty lines", len(source))
	}
	f, err := os.Open(filepath.Join(dir, "job.xlf"))
	if err != nil {
		t.Fatal(err)
	}
	units, err := worksheet.ReadXLIFF(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(units) != len(source) {
		t.Fatalf("job.xlf has %d units, source.txt %d lines", len(units), len(source))
	}
	for i := range units {
		if units[i].Source != source[i] {
			t.Errorf("unit %d: %q vs source line %q", i+1, units[i].Source, source[i])
		}
	}
	xmllintCLI(t, "xliff", filepath.Join(dir, "job.xlf"))
	x, err := excelize.OpenFile(filepath.Join(dir, "worksheet.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if sheets := x.GetSheetList(); len(sheets) != 2 || sheets[0] != "Translate" || sheets[1] != "Glossary" {
		t.Errorf("sheets %v", sheets)
	}
	rows, _ := worksheet.ReadXLSX(x)
	x.Close()
	if len(rows) != len(source) {
		t.Errorf("worksheet has %d rows, source %d lines", len(rows), len(source))
	}
	summary := worksheet.SplitLines(read("summary.txt"))
	if len(summary) == 0 || len(summary) >= len(source) {
		t.Errorf("summary has %d of %d sentences", len(summary), len(source))
	}
	report := read("report.md")
	for _, want := range []string{"# Translation job: seed.txt", "| sentences | " + strconv.Itoa(len(source)) + " |",
		"| words |", "| summary | " + strconv.Itoa(len(summary)) + " sentences", "## Top terms", "## Warnings"} {
		if !strings.Contains(report, want) {
			t.Errorf("report.md lacks %q:\n%s", want, report)
		}
	}
	if !strings.Contains(read("glossary-tbx2.tbx"), "<martif") || !strings.Contains(read("glossary.tbx"), "urn:iso:std:iso:30042") || !strings.Contains(read("glossary.utf8"), "\t") {
		t.Error("glossary files look wrong")
	}
	// an existing folder needs --force
	if _, errs, code := runCLI(t, "", "-q", "prep", "testdata/seed.txt", "-o", dir); code != 2 || !strings.Contains(errs, "--force") {
		t.Errorf("existing folder: exit %d, %s", code, errs)
	}
	os.WriteFile(filepath.Join(dir, "stale.txt"), nil, 0o644)
	if _, errs, code := runCLI(t, "", "-q", "--force", "prep", "testdata/seed.txt", "-o", dir); code != 0 {
		t.Errorf("--force: exit %d, %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "stale.txt")); err == nil {
		t.Error("--force kept a file of the old folder")
	}
}

func TestCLIPrepErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantErr  string
		wantCode int
	}{
		{"no output", "نص.", []string{"prep"}, "-o DIR", 2},
		{"missing input", "", []string{"prep", filepath.Join(dir, "nope.txt"), "-o", filepath.Join(dir, "b")}, "nope.txt", 1},
		{"output is a file", "نص.", []string{"prep", "-o", file}, "not a folder", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, code := runCLI(t, tc.stdin, append([]string{"-q"}, tc.args...)...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tc.wantCode, errs, tc.wantErr)
			}
		})
	}
	if got := dirNames(t, dir); len(got) != 1 {
		t.Errorf("failed runs left %v", got)
	}
}

// An empty input makes an empty job (exit 0, as for every command), with a warning.
func TestCLIPrepEmpty(t *testing.T) {
	job := filepath.Join(t.TempDir(), "job")
	_, errs, code := runCLI(t, "  \n\n", "prep", "-o", job)
	if code != 0 || !strings.Contains(errs, "no text to translate") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(job, "source.txt"))
	if err != nil || len(b) != 0 {
		t.Errorf("source.txt = %q, %v", b, err)
	}
}

// TestCLIPrepTranslateToolkit opens the job's files with translate-toolkit, a real XLIFF and
// TBX client, when it is installed.
func TestCLIPrepTranslateToolkit(t *testing.T) {
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import translate.storage.factory").Run(); err != nil {
		t.Skip("translate-toolkit not installed (apt-get install translate-toolkit)")
	}
	dir := filepath.Join(t.TempDir(), "job")
	if _, errs, code := runCLI(t, "", "-q", "prep", "testdata/seed.txt", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "source.txt"))
	want := len(worksheet.SplitLines(string(src)))
	script := `import sys
from translate.storage import factory
s = factory.getobject(sys.argv[1])
print(len(s.units))`
	out, err := exec.Command(python, "-c", script, filepath.Join(dir, "job.xlf")).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != strconv.Itoa(want) {
		t.Errorf("translate-toolkit on job.xlf: %s (%v), want %d units", out, err, want)
	}
	out, err = exec.Command(python, "-c", script, filepath.Join(dir, "glossary-tbx2.tbx")).CombinedOutput()
	if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); err != nil || n == 0 {
		t.Errorf("translate-toolkit on glossary-tbx2.tbx: %s (%v)", out, err)
	}
}

// TestCLIExportXLIFFKeepsSpacesInTranslateToolkit: a sentence's runs of spaces reach a real
// XLIFF 1.2 reader as written (without xml:space="preserve", translate-toolkit collapses them).
func TestCLIExportXLIFFKeepsSpacesInTranslateToolkit(t *testing.T) {
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import translate.storage.xliff").Run(); err != nil {
		t.Skip("translate-toolkit not installed (apt-get install translate-toolkit)")
	}
	xlf := filepath.Join(t.TempDir(), "job.xlf")
	in := "سطر أول  مع مسافتين.\n"
	if _, errs, code := runCLI(t, in, "-q", "export", "--format", "xliff", "-o", xlf); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	script := `import sys
from translate.storage import xliff
for u in xliff.xlifffile.parsefile(sys.argv[1]).units:
    print(u.source)`
	out, err := exec.Command(python, "-c", script, xlf).CombinedOutput()
	if want := strings.TrimSpace(in) + "\n"; err != nil || string(out) != want {
		t.Errorf("translate-toolkit read %q (%v), want %q", out, err, want)
	}
}
