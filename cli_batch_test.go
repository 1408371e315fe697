package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A corpus of small documents comes out in input order whatever --jobs is.
func TestBatchOrderUnderJobs(t *testing.T) {
	var in strings.Builder
	const n = 300
	for i := range n {
		fmt.Fprintf(&in, `{"id":"doc-%d","text":"الجملة الأولى رقم %d. والثانية هنا؟"}`+"\n", i, i)
	}
	var outs []string
	for _, jobs := range []string{"1", "4"} {
		out, errs, code := runCLI(t, in.String(), "segment", "--jsonl", "--jobs", jobs)
		if code != 0 {
			t.Fatalf("jobs %s: exit %d: %s", jobs, code, errs)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != n {
			t.Fatalf("jobs %s: %d lines", jobs, len(lines))
		}
		for i, l := range lines {
			var obj struct {
				ID        string
				Lang      string
				Sentences []struct{ Text string }
			}
			if err := json.Unmarshal([]byte(l), &obj); err != nil {
				t.Fatal(err)
			}
			if obj.ID != fmt.Sprintf("doc-%d", i) || obj.Lang != "ar" || len(obj.Sentences) != 2 {
				t.Fatalf("jobs %s line %d: %s", jobs, i, l)
			}
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Error("--jobs 4 output differs from --jobs 1")
	}
}

// One bad document among good ones: the others are processed, the bad one is named on
// stderr and keeps its line in the output, and the run exits 1 with a count.
func TestBatchFailureIsolation(t *testing.T) {
	in := `{"id":"a","text":"أولى."}` + "\n" + `{"id":"b","txt":"خطأ"}` + "\n" + `{"id":"c","text":"ثالثة."}` + "\n"
	out, errs, code := runCLI(t, in, "segment", "--jsonl")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errs, `<stdin>:2 (id b): no "text" field`) || !strings.Contains(errs, "1 of 3 documents failed") {
		t.Errorf("stderr %q", errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "أولى") || !strings.Contains(lines[1], `"error"`) || !strings.Contains(lines[2], "ثالثة") {
		t.Errorf("stdout %q", out)
	}
}

func TestBatchFieldOptions(t *testing.T) {
	in := `{"docno":"X1","body":"نص. ونص آخر."}` + "\n"
	out, errs, code := runCLI(t, in, "segment", "--jsonl", "--text-field", "body", "--id-field", "docno")
	if code != 0 || !strings.Contains(out, `"id":"X1"`) || !strings.Contains(out, "ونص آخر.") {
		t.Fatalf("exit %d, out %q, err %q", code, out, errs)
	}
	_, errs, code = runCLI(t, in, "segment", "--jsonl")
	if code != 2 || !strings.Contains(errs, `no "text" field (the line has "body", "docno")`) {
		t.Fatalf("missing field: exit %d, err %q", code, errs)
	}
}

func TestBatchFolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("الأول. الثاني."), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "c.txt"), []byte("الثالث."), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "skip.md"), []byte("لا."), 0o644)
	os.Symlink(dir, filepath.Join(dir, "b", "loop"))
	out, errs, code := runCLI(t, "", "segment", "--format", "tsv", "--glob", "*.txt", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n" +
		filepath.Join(dir, "a.txt") + "\t1\t1\t0\t11\tالأول.\tsentence\n" +
		filepath.Join(dir, "a.txt") + "\t1\t2\t12\t25\tالثاني.\tsentence\n" +
		filepath.Join(dir, "b", "c.txt") + "\t1\t1\t0\t13\tالثالث.\tsentence\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

// The progress bar only ever goes to a terminal: with buffers, stderr stays empty.
func TestBatchNoProgressWhenNotTerminal(t *testing.T) {
	_, errs, code := runCLI(t, `{"text":"نص."}`+"\n", "segment", "--jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// summarize --jsonl keeps the JSONL contract: one object per input line, errors included.
func TestSummarizeJSONLContract(t *testing.T) {
	in := `{"id":"a","text":"نص أول. ثم نص ثان."}` + "\nnot json\n" + `{"id":"c","text":"ثالث."}` + "\n"
	out, errs, code := runCLI(t, in, "summarize", "--jsonl", "--no-entities", "--jobs", "3")
	if code != 1 || !strings.Contains(errs, "1 of 3 documents failed") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines: %q", len(lines), out)
	}
	for i, want := range []string{`"id":"a"`, `"error":"<stdin>:2: not JSON`, `"id":"c"`} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("line %d = %s, want %s", i+1, lines[i], want)
		}
	}
	// --format tsv prints TSV from JSONL input (the bad line reported, exit 1).
	if out, errs, code := runCLI(t, in, "summarize", "--jsonl", "--no-entities", "--format", "tsv"); code != 1 || !strings.HasPrefix(out, "doc\tindex") || !strings.Contains(out, "(id c)\t1\t") {
		t.Errorf("--jsonl --format tsv: exit %d, %s\n%s", code, errs, out)
	}
}

// --jobs caps the CPUs for the run only: the process's setting is restored after it (the
// CLI also runs inside tests and other programs).
func TestBatchJobsRestoresCPUs(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	lines := `{"text":"جملة أولى. جملة ثانية."}` + "\n"
	out, _, code := runCLI(t, strings.Repeat(lines, 3), "segment", "--jsonl", "--jobs", "1")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	if after := runtime.GOMAXPROCS(0); after != before {
		t.Errorf("GOMAXPROCS %d after the run, %d before", after, before)
	}
}
