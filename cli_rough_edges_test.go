package main

// End-to-end tests of what a new user runs into first (issue 19): each checks stdout, stderr
// and the exit status the way a demanding Unix user expects them.

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/arprep/arprep/worksheet"
)

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// 1. A run writing into the folder it reads does not read its own output back.
func TestCLIOutputInsideInputFolder(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "a.txt"), "جملة أولى. جملة ثانية.\n")
	out := filepath.Join(dir, "all.txt")
	for run := 1; run <= 3; run++ {
		if _, errs, code := runCLI(t, "", "--force", "segment", dir, "-o", out); code != 0 {
			t.Fatalf("run %d: exit %d: %s", run, code, errs)
		}
		if b, _ := os.ReadFile(out); strings.Count(string(b), "\n") != 3 || strings.Count(string(b), "جملة أولى.") != 1 {
			t.Fatalf("run %d: all.txt has %d lines, want a header and 2 sentences:\n%s", run, strings.Count(string(b), "\n"), b)
		}
	}
}

// 2. A .jsonl input without --jsonl is read as text, but not silently.
func TestCLIJSONLNameWithoutFlag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "s.jsonl")
	mustWrite(t, in, `{"id":"1","text":"نص أول."}`+"\n"+`{"id":"2","text":"نص ثان."}`+"\n")
	for _, args := range [][]string{
		{"idf", "build", in, "-o", filepath.Join(dir, "m.idf")},
		{"summarize", "--no-entities", in},
	} {
		_, errs, code := runCLI(t, "", args...)
		if code != 0 || !strings.Contains(errs, "s.jsonl is read as one plain-text document; give --jsonl") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		if _, errs, _ := runCLI(t, "", append([]string{"-q", "--force"}, args...)...); strings.Contains(errs, "warning") {
			t.Errorf("-q %v: stderr %q", args, errs)
		}
	}
}

// 3. Walking a folder reads its text files; the others are named in one line, not one error
// per file, and --glob reads what it selects except binary files.
func TestCLIFolderWalkTextOnly(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "article.txt"), "خبر اليوم. وخبر آخر.\n")
	mustWrite(t, filepath.Join(dir, "notes.md"), "# ملاحظات. لا تقرأ.\n")
	mustWrite(t, filepath.Join(dir, "tool.go"), "package main. func main() {}\n")
	mustWrite(t, filepath.Join(dir, "logo.png"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("نص مضغوط."))
	zw.Close()
	mustWrite(t, filepath.Join(dir, "old.gz"), gz.String())
	out, errs, code := runCLI(t, "", "segment", dir)
	if code != 0 || out != "==> "+filepath.Join(dir, "article.txt")+" <==\nخبر اليوم.\nوخبر آخر.\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if n := strings.Count(errs, "\n"); n != 1 || !strings.Contains(errs, "left out 4 files in folders that are not .txt") || !strings.Contains(errs, "--glob") {
		t.Errorf("stderr (%d lines) = %q, want one line naming the 4 files left out", n, errs)
	}
	out, errs, code = runCLI(t, "", "segment", "--glob", "*", dir)
	if code != 0 || !strings.Contains(out, "# ملاحظات.") || !strings.Contains(out, "خبر اليوم.") {
		t.Fatalf("--glob '*': exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if n := strings.Count(errs, "\n"); n != 1 || !strings.Contains(errs, "left out 2 files in folders that hold binary data") {
		t.Errorf("--glob '*': stderr (%d lines) = %q, want one line about the 2 binary files", n, errs)
	}
}

// 4. An output extension that names no format is refused with the list of formats.
func TestCLIUnknownOutputExtension(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ cmd, want string }{
		{"glossary", ".tsv, .txt, .utf8, .tab, .csv, .tbx, .json or .xlsx"},
		{"export", ".txt, .tsv, .csv, .xlf, .xliff, .tmx, .xlsx or .jsonl"},
	} {
		out := filepath.Join(dir, tc.cmd+".pdf")
		_, errs, code := runCLI(t, "", tc.cmd, "testdata/seed.txt", "-o", out)
		if code != 2 || !strings.Contains(errs, ".pdf is not") || !strings.Contains(errs, tc.want) || !strings.Contains(errs, "Run 'arprep "+tc.cmd+" --help'") {
			t.Errorf("%s -o x.pdf: exit %d, stderr %q", tc.cmd, code, errs)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s -o x.pdf wrote %s", tc.cmd, out)
		}
	}
	// .utf8 and .txt are TSV glossaries (what OmegaT reads)
	for _, name := range []string{"g.utf8", "g.txt"} {
		if _, errs, code := runCLI(t, "", "-q", "glossary", "testdata/seed.txt", "-o", filepath.Join(dir, name)); code != 0 {
			t.Errorf("glossary -o %s: exit %d: %s", name, code, errs)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, name)); !strings.HasPrefix(string(b), "الكويت\tKuwait\t") {
			t.Errorf("%s is not the TSV glossary: %.80q", name, b)
		}
	}
}

// 5. Usage errors exit 2 with the command's help hint, in one line each.
func TestCLIUsageErrors(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantOut  string
		wantErr  []string
	}{
		{[]string{"foo"}, 2, "", []string{`unknown command "foo"`, "Run 'arprep --help' for usage."}},
		{[]string{"sumarize"}, 2, "", []string{"did you mean summarize?"}},
		{[]string{"version"}, 0, "arprep version " + version + "\n", nil},
		{[]string{"summarize", "--wrods", "3", "testdata/seed.txt"}, 2, "", []string{"summarize: unknown flag --wrods (did you mean --words?)", "Run 'arprep summarize --help' for usage."}},
		{[]string{"idf", "bild"}, 2, "", []string{`idf: unknown subcommand "bild" (did you mean build?)`, "Run 'arprep idf --help'"}},
		{[]string{"segment", "nosuch.txt"}, 1, "", []string{"arprep: nosuch.txt: no such file or directory\n"}},
		{[]string{"export", "nosuch.txt"}, 1, "", []string{"arprep: nosuch.txt: no such file or directory\n"}},
	}
	for _, tc := range tests {
		out, errs, code := runCLI(t, "", tc.args...)
		if code != tc.wantCode || (tc.wantCode == 0 && out != tc.wantOut) {
			t.Errorf("%v: exit %d (want %d), stdout %q, stderr %q", tc.args, code, tc.wantCode, out, errs)
		}
		for _, want := range tc.wantErr {
			if !strings.Contains(errs, want) {
				t.Errorf("%v: stderr %q lacks %q", tc.args, errs, want)
			}
		}
		if strings.Contains(errs, "stat ") || strings.Contains(errs, "open ") {
			t.Errorf("%v: stderr %q repeats the system call", tc.args, errs)
		}
	}
	if out, errs, code := runCLI(t, "", "help", "segment"); code != 0 || !strings.Contains(out, "arprep segment - split Arabic text") {
		t.Errorf("help segment: exit %d, stdout %.100q, stderr %q", code, out, errs)
	}
	// -j2, as -n3 and other one-letter flags with their value attached
	out, errs, code := runCLI(t, "", "segment", "-j2", "testdata/seed.txt")
	want, _, _ := runCLI(t, "", "segment", "--jobs", "2", "testdata/seed.txt")
	if code != 0 || out != want {
		t.Errorf("-j2: exit %d, stderr %q", code, errs)
	}
}

// 6. UTF-16 without a byte order mark: Arabic text is recognised; other text gets a hint.
func TestCLIUTF16WithoutBOM(t *testing.T) {
	le := func(s string) string {
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return string(b)
	}
	out, errs, code := runCLI(t, le("جملة أولى. جملة ثانية.\n"), "segment")
	if code != 0 || out != "جملة أولى.\nجملة ثانية.\n" {
		t.Errorf("Arabic UTF-16LE: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	_, errs, code = runCLI(t, le("中文中文中文 中文中文中文中文中文中文中文中文"), "segment")
	if code != 1 || !strings.Contains(errs, "--encoding utf-16") {
		t.Errorf("UTF-16LE without a BOM: exit %d, stderr %q, want a hint to --encoding utf-16", code, errs)
	}
}

// 7. Runs that write files say so in one line on stderr (nothing with -q); prep's TBX is the
// TBX 3 of glossary -o x.tbx, with TBX 2 beside it; the glossary's bar reaches 100%.
func TestCLIWroteSummary(t *testing.T) {
	dir := t.TempDir()
	// The line counts what was written: the glossary's size is that of the TSV on stdout.
	tsv, errs, code := runCLI(t, "", "glossary", "testdata/seed.txt")
	if code != 0 {
		t.Fatalf("glossary: exit %d: %s", code, errs)
	}
	terms := strings.Count(tsv, "\n")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"prep", "testdata/seed.txt", "-o", filepath.Join(dir, "job")}, fmt.Sprintf("arprep: wrote %s/ (10 files: 36 sentences from 1 document, %d glossary terms)\n", filepath.Join(dir, "job"), terms)},
		{[]string{"export", "testdata/seed.txt", "-o", filepath.Join(dir, "x.xlf")}, "arprep: wrote " + filepath.Join(dir, "x.xlf") + " (xliff, 36 sentences from 1 document)\n"},
		{[]string{"glossary", "testdata/seed.txt", "-o", filepath.Join(dir, "g.tbx")}, fmt.Sprintf("arprep: wrote %s (tbx, %d terms from 1 document)\n", filepath.Join(dir, "g.tbx"), terms)},
	}
	for _, tc := range tests {
		if _, errs, code := runCLI(t, "", tc.args...); code != 0 || errs != tc.want {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.args, code, errs, tc.want)
		}
		if _, errs, code := runCLI(t, "", append([]string{"-q", "--force"}, tc.args...)...); code != 0 || errs != "" {
			t.Errorf("-q %v: exit %d, stderr %q", tc.args, code, errs)
		}
	}
	prepTBX, _ := os.ReadFile(filepath.Join(dir, "job", "glossary.tbx"))
	cmdTBX, _ := os.ReadFile(filepath.Join(dir, "g.tbx"))
	ns := regexp.MustCompile(`<tbx [^>]*xmlns="([^"]+)"`)
	if m1, m2 := ns.FindSubmatch(prepTBX), ns.FindSubmatch(cmdTBX); m1 == nil || m2 == nil || !bytes.Equal(m1[1], m2[1]) {
		t.Errorf("prep's glossary.tbx and glossary -o x.tbx are not the same TBX: %q, %q", m1, m2)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "job", "glossary-tbx2.tbx")); !bytes.Contains(b, []byte("<martif")) {
		t.Error("prep wrote no TBX 2 glossary-tbx2.tbx")
	}

	var bar bytes.Buffer
	progressOut = &bar
	defer func() { progressOut = nil }()
	if _, errs, code := runCLI(t, "", "glossary", "testdata/seed.txt", "testdata/normalize_in.txt"); code != 0 {
		t.Fatalf("glossary: exit %d: %s", code, errs)
	}
	if !strings.Contains(bar.String(), "2 docs, merging terms 100%") {
		t.Errorf("the progress bar did not stand at 100%% during the merge:\n%q", bar.String())
	}
}

// 8. A unit of invisible characters only is no segment; ".." before وغيرها ends no sentence.
func TestCLIInvisibleUnitsAndDoubledStop(t *testing.T) {
	in := "جملة أولى.\n\u202c\n\nاشترى الكتب والمجلات.. وغيرها. ثم عاد.\n"
	out, errs, code := runCLI(t, in, "export", "--format", "xliff", "--no-summary")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	units, err := worksheet.ReadXLIFF(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range units {
		got = append(got, u.Source)
	}
	want := []string{"جملة أولى.", "اشترى الكتب والمجلات.. وغيرها.", "ثم عاد."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units %q, want %q", got, want)
	}
}

// XLIFF 1.2 that OmegaT loads: every unit has a target, the source copied and marked
// needs-translation, or the translation from --target.
func TestCLIXLIFFTargets(t *testing.T) {
	dir := t.TempDir()
	tgt := filepath.Join(dir, "t.txt")
	mustWrite(t, tgt, "First.\n\n")
	out, errs, code := runCLI(t, "جملة أولى. جملة ثانية.", "export", "--format", "xliff", "--no-summary", "--target", tgt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	units, err := worksheet.ReadXLIFF(strings.NewReader(out))
	if err != nil || len(units) != 2 {
		t.Fatalf("%d units, %v", len(units), err)
	}
	if units[0].Target != "First." || units[0].State != "translated" {
		t.Errorf("unit 1: target %q state %q", units[0].Target, units[0].State)
	}
	if units[1].Target != units[1].Source || units[1].State != "needs-translation" {
		t.Errorf("unit 2: target %q state %q, want the source, needs-translation", units[1].Target, units[1].State)
	}
}

// 9. Text output of several documents says which document each part is from; JSONL input
// gives text and TSV too.
func TestCLIDocumentHeaders(t *testing.T) {
	out, errs, code := runCLI(t, "", "summarize", "--no-entities", "-n", "1", "testdata/seed.txt", "testdata/normalize_in.txt")
	if code != 0 || !strings.HasPrefix(out, "==> testdata/seed.txt <==\n") || !strings.Contains(out, "\n\n==> testdata/normalize_in.txt <==\n") {
		t.Errorf("summarize of two files: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
	in := `{"id":"a","text":"جملة أولى. جملة ثانية."}` + "\n" + `{"id":"b","text":"نص آخر."}` + "\n"
	out, errs, code = runCLI(t, in, "segment", "--jsonl", "--format", "text")
	want := "==> <stdin>:1 (id a) <==\nجملة أولى.\nجملة ثانية.\n\n==> <stdin>:2 (id b) <==\nنص آخر.\n"
	if code != 0 || out != want {
		t.Errorf("segment --jsonl --format text: exit %d, stderr %q, stdout %q, want %q", code, errs, out, want)
	}
	out, errs, code = runCLI(t, in, "segment", "--jsonl", "--format", "tsv")
	if code != 0 || !strings.HasPrefix(out, "doc\tparagraph") || !strings.Contains(out, "<stdin>:2 (id b)\t1\t1\t0\t") {
		t.Errorf("segment --jsonl --format tsv: exit %d, stderr %q, stdout %q", code, errs, out)
	}
	out, errs, code = runCLI(t, in, "summarize", "--no-entities", "--jsonl", "--format", "text")
	if code != 0 || !strings.Contains(out, "==> <stdin>:2 (id b) <==\nنص آخر.\n") {
		t.Errorf("summarize --jsonl --format text: exit %d, stderr %q, stdout %q", code, errs, out)
	}
}

// 10. A --text-field that the lines do not have stops the run at once, naming the fields.
func TestCLIWrongTextField(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 2000; i++ {
		in.WriteString(`{"id":"` + string(rune('a'+i%26)) + `","body":"نص."}` + "\n")
	}
	out, errs, code := runCLI(t, in.String(), "segment", "--jsonl")
	if code != 2 || out != "" || strings.Count(errs, "\n") > 2 || !strings.Contains(errs, `no "text" field (the line has "body", "id")`) || !strings.Contains(errs, "--text-field") {
		t.Errorf("exit %d, %d stdout bytes, stderr (%d lines) %.300q", code, len(out), strings.Count(errs, "\n"), errs)
	}
}

// 11. prep over several files and folders makes one job.
func TestCLIPrepManyInputs(t *testing.T) {
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	mustWrite(t, filepath.Join(articles, "one.txt"), "الخبر الأول هنا. وجملة أخرى.\n")
	mustWrite(t, filepath.Join(articles, "two.txt"), "الخبر الثاني هنا.\n")
	mustWrite(t, filepath.Join(articles, "notes.md"), "لا تقرأ.\n")
	job := filepath.Join(dir, "job")
	_, errs, code := runCLI(t, "", "prep", "testdata/normalize_in.txt", articles, "-o", job)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "wrote "+job+"/") || !strings.Contains(errs, "from 3 documents") || !strings.Contains(errs, "left out 1 file") {
		t.Errorf("stderr %q", errs)
	}
	src, _ := os.ReadFile(filepath.Join(job, "source.txt"))
	if want := "الإستراتيجيـــة الپنتاغون ٣ ﻻ\nالخبر الأول هنا.\nوجملة أخرى.\nالخبر الثاني هنا.\n"; string(src) != want {
		t.Errorf("source.txt = %q, want %q", src, want)
	}
	xlf, _ := os.ReadFile(filepath.Join(job, "job.xlf"))
	if n := strings.Count(string(xlf), "<file "); n != 3 {
		t.Errorf("job.xlf has %d <file> elements, want 3", n)
	}
	report, _ := os.ReadFile(filepath.Join(job, "report.md"))
	if !strings.HasPrefix(string(report), "# Translation job: 3 documents (normalize_in.txt, one.txt, two.txt)") {
		t.Errorf("report.md begins %.80q", report)
	}
}
