package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/segment"
)

const segmentInput = "سؤال وجواب: ماذا حدث؟ قال د. محمد إن النمو بلغ 3.5 في المئة.\n\nفقرة ثانية\tفيها علامة جدولة"

func TestCLISegmentFormats(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantOut string
	}{
		{name: "text", args: []string{"segment"}, stdin: segmentInput,
			wantOut: "سؤال وجواب:\nماذا حدث؟\nقال د. محمد إن النمو بلغ 3.5 في المئة.\nفقرة ثانية\tفيها علامة جدولة\n"},
		{name: "text dash", args: []string{"segment", "-"}, stdin: "أولى. ثانية.",
			wantOut: "أولى.\nثانية.\n"},
		{name: "clauses", args: []string{"segment", "--clauses"},
			stdin:   "قال المتحدث الرسمي: الوضع تحت السيطرة التامة، ولا داعي للقلق على الإطلاق",
			wantOut: "قال المتحدث الرسمي:\nالوضع تحت السيطرة التامة،\nولا داعي للقلق على الإطلاق\n"},
		{name: "tsv", args: []string{"segment", "--format", "tsv"}, stdin: segmentInput,
			wantOut: "doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n" +
				"-\t1\t1\t0\t20\tسؤال وجواب:\tsentence\n" +
				"-\t1\t2\t21\t38\tماذا حدث؟\tsentence\n" +
				"-\t1\t3\t39\t102\tقال د. محمد إن النمو بلغ 3.5 في المئة.\tsentence\n" +
				"-\t2\t4\t104\t154\tفقرة ثانية\\tفيها علامة جدولة\tsentence\n"},
		{name: "news tsv", args: []string{"segment", "--format", "tsv"}, stdin: "Next Previous\nواس - الرياض: وصل الوفد. (أ ف ب)",
			wantOut: "doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n" +
				"-\t1\t1\t0\t13\tNext Previous\tfurniture\n" +
				"-\t1\t2\t14\t36\tواس - الرياض:\tdateline\n" +
				"-\t1\t3\t37\t55\tوصل الوفد.\tsentence\n" +
				"-\t1\t4\t56\t66\t(أ ف ب)\tcredit\n"},
		{name: "news json", args: []string{"segment", "--format", "jsonl"}, stdin: "تونس (وات) - انطلق المؤتمر.",
			wantOut: `{"doc":"-","paragraph":1,"sentence":1,"start":0,"end":19,"text":"تونس (وات) -","lang":"ar","kind":"dateline"}` + "\n" +
				`{"doc":"-","paragraph":1,"sentence":2,"start":20,"end":46,"text":"انطلق المؤتمر.","lang":"ar"}` + "\n"},
		{name: "news plain", args: []string{"segment", "--plain"}, stdin: "تونس (وات) - انطلق المؤتمر.",
			wantOut: "تونس (وات) - انطلق المؤتمر.\n"},
		{name: "news english", args: []string{"segment", "--lang", "en"}, stdin: "WASHINGTON (Reuters) - The Senate passed the bill. It now goes to the House.",
			wantOut: "WASHINGTON (Reuters) -\nThe Senate passed the bill.\nIt now goes to the House.\n"},
		{name: "jsonl", args: []string{"segment", "--format=jsonl"}, stdin: "أولى <1>. ثانية",
			wantOut: `{"doc":"-","paragraph":1,"sentence":1,"start":0,"end":13,"text":"أولى <1>.","lang":"ar"}` + "\n" +
				`{"doc":"-","paragraph":1,"sentence":2,"start":14,"end":24,"text":"ثانية","lang":"ar"}` + "\n"},
		{name: "json", args: []string{"segment", "--format", "json"}, stdin: "أولى. ثانية",
			wantOut: "[\n" + `{"doc":"-","paragraph":1,"sentence":1,"start":0,"end":9,"text":"أولى.","lang":"ar"}` + ",\n" +
				`{"doc":"-","paragraph":1,"sentence":2,"start":10,"end":20,"text":"ثانية","lang":"ar"}` + "\n]\n"},
		{name: "json empty", args: []string{"segment", "--format", "json"}, stdin: " \n\n ", wantOut: "[\n]\n"},
		{name: "english through prose", args: []string{"segment", "--lang", "en"}, stdin: "Dr. Smith arrived. He spoke.",
			wantOut: "Dr. Smith arrived.\nHe spoke.\n"},
		{name: "english detected, tsv", args: []string{"segment", "--format", "tsv"}, stdin: "The U.N. met. It adjourned at 5 p.m. on Monday.",
			wantOut: "doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n-\t1\t1\t0\t13\tThe U.N. met.\tsentence\n-\t1\t2\t14\t47\tIt adjourned at 5 p.m. on Monday.\tsentence\n"},
		{name: "english jsonl lang", args: []string{"segment", "--format", "jsonl"}, stdin: "One. Two.",
			wantOut: `{"doc":"-","paragraph":1,"sentence":1,"start":0,"end":4,"text":"One.","lang":"en"}` + "\n" +
				`{"doc":"-","paragraph":1,"sentence":2,"start":5,"end":9,"text":"Two.","lang":"en"}` + "\n"},
		{name: "arabic forced over english letters", args: []string{"segment", "--lang", "ar"}, stdin: "Dr. Smith arrived. He spoke.",
			wantOut: "Dr. Smith arrived.\nHe spoke.\n"},
		{name: "colour numbers dimmed", args: []string{"--color", "always", "segment"}, stdin: "أولى. ثانية",
			wantOut: "\x1b[2m   1 \x1b[0mأولى.\n\x1b[2m   2 \x1b[0mثانية\n"},
		{name: "colour never", args: []string{"--color", "never", "segment"}, stdin: "أولى. ثانية",
			wantOut: "أولى.\nثانية\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, tc.stdin, tc.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if out != tc.wantOut {
				t.Errorf("stdout:\n%q\nwant\n%q", out, tc.wantOut)
			}
		})
	}
}

// TestCLISegmentOffsets checks that json offsets slice every input file to the sentence
// text and that documents and sentence numbers restart per file.
func TestCLISegmentOffsets(t *testing.T) {
	dir := t.TempDir()
	inputs := map[string]string{
		filepath.Join(dir, "a.txt"): "عنوان\n\nقال د‪.‬ ديفيد إن الوضع خطير. وليس معروفا متى ينتهي؟",
		filepath.Join(dir, "b.txt"): "انتهت المباراة بالتعادل.وسيلتقي الفريقان مجددا.",
	}
	names := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}
	for name, text := range inputs {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := runCLI(t, "", append([]string{"segment", "--format", "json"}, names...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var recs []segment.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	perDoc := map[string]int{}
	for _, r := range recs {
		perDoc[r.Doc]++
		if r.Sentence != perDoc[r.Doc] {
			t.Errorf("%s: sentence numbered %d, want %d", r.Doc, r.Sentence, perDoc[r.Doc])
		}
		if got := inputs[r.Doc][r.Start:r.End]; got != r.Text {
			t.Errorf("%s[%d:%d] = %q, text %q", r.Doc, r.Start, r.End, got, r.Text)
		}
	}
	if perDoc[names[0]] != 3 || perDoc[names[1]] != 2 {
		t.Errorf("sentences per document: %v", perDoc)
	}
}

func TestCLISegmentLongSentence(t *testing.T) {
	long := strings.Repeat("كلمة ", 50) // 450 bytes, no boundary
	out, errs, code := runCLI(t, long, "segment", "--max-sentence-bytes", "100", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || !strings.Contains(lines[0], `"forced":true`) {
		t.Errorf("got %d lines: %s", len(lines), out)
	}
	if !strings.Contains(errs, "warning: -: sentence 1 (bytes 0-98) has no boundary within 100 bytes") ||
		!strings.Contains(errs, "1 more sentences cut") {
		t.Errorf("stderr = %q", errs)
	}
	if _, errs, _ := runCLI(t, long, "-q", "segment", "--max-sentence-bytes", "100"); errs != "" {
		t.Errorf("--quiet printed %q", errs)
	}
	out, errs, code = runCLI(t, long, "segment", "--max-sentence-bytes", "0")
	if code != 0 || errs != "" || strings.Count(out, "\n") != 1 {
		t.Errorf("no limit: exit %d, stderr %q, %d lines", code, errs, strings.Count(out, "\n"))
	}
}

func TestCLISegmentErrors(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "out.txt")
	os.WriteFile(existing, []byte("old"), 0o644)
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantErr  string
		wantCode int
	}{
		{"bad format", "x", []string{"segment", "--format", "xml"}, "--format must be text, tsv, json or jsonl", 2},
		{"negative limit", "x", []string{"segment", "--max-sentence-bytes", "-1"}, "--max-sentence-bytes", 2},
		{"missing file", "", []string{"segment", filepath.Join(dir, "none.txt")}, "none.txt", 1},
		{"invalid utf8", "جملة.\nثم \xff هنا", []string{"segment"}, "<stdin>: invalid UTF-8 at byte 15 (line 2)", 1},
		{"existing output", "x", []string{"segment", "-o", existing}, "already exists", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tc.wantCode, tc.wantErr)
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Errorf("existing output changed to %q", b)
	}
}

func TestCLISegmentOutputFile(t *testing.T) {
	target := filepath.Join(t.TempDir(), "sentences.tsv")
	out, errs, code := runCLI(t, "أولى. ثانية", "segment", "--format", "tsv", "-o", target)
	if code != 0 || out != "" || errs != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	b, err := os.ReadFile(target)
	if err != nil || strings.Count(string(b), "\n") != 3 {
		t.Errorf("file: %q, %v", b, err)
	}
}
