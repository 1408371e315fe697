package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/arprep/arprep/argv"
)

// runCLI runs arprep in-process with stdin as input and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(append([]string{"arprep"}, args...), strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestCLINormalize(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "exists.txt")
	os.WriteFile(existing, []byte("old"), 0o644)
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantOut    string
		wantErr    string
		wantCode   int
		wantNoFile string
	}{
		{name: "file", args: []string{"normalize", "testdata/normalize_in.txt"}, wantOut: "الاستراتيجيه البنتاغون ٣ لا\n"},
		{name: "stdin", stdin: "أَمريكا", args: []string{"normalize"}, wantOut: "امريكا"},
		{name: "dash", stdin: "إلى", args: []string{"normalize", "-"}, wantOut: "الي"},
		{name: "flags after file", args: []string{"normalize", "testdata/normalize_in.txt", "--tatweel"}, wantOut: "الإستراتيجية الپنتاغون ٣ ﻻ\n"},
		{name: "digits ascii only", stdin: "عام ٢٠٢٤", args: []string{"normalize", "--digits", "ascii"}, wantOut: "عام 2024"},
		{name: "digits arabic", stdin: "عام 2024", args: []string{"normalize", "--digits=arabic"}, wantOut: "عام ٢٠٢٤"},
		{name: "tokens", stdin: "قال: ٣٫٥ www.x.com", args: []string{"normalize", "--format", "tokens"},
			wantOut: "-\t0\t6\tword\tقال\n-\t6\t7\tpunct\t:\n-\t8\t14\tnumber\t٣٫٥\n-\t15\t24\turl\twww.x.com\n"},
		{name: "missing file", args: []string{"normalize", "no-such-file.txt"}, wantErr: "no-such-file.txt", wantCode: 1},
		{name: "unknown flag", args: []string{"normalize", "--bogus"}, wantErr: "unknown flag", wantCode: 2},
		{name: "bad format", args: []string{"normalize", "--format", "xml"}, wantErr: "--format", wantCode: 2},
		{name: "existing output", stdin: "x", args: []string{"normalize", "-o", existing}, wantErr: "already exists", wantCode: 2},
		{name: "invalid utf8", stdin: "abc\nde \xff f", args: []string{"normalize"}, wantErr: "<stdin>: invalid UTF-8 at byte 7 (line 2)", wantCode: 1},
		{name: "binary", stdin: "ab\x00\x01\x02cd\x00\x00\x05", args: []string{"normalize"}, wantErr: "binary", wantCode: 1},
		{name: "bad color", stdin: "x", args: []string{"--color", "sometimes", "normalize"}, wantErr: "--color", wantCode: 2},
		{name: "bad encoding", stdin: "x", args: []string{"normalize", "--encoding", "latin9"}, wantErr: "unknown encoding", wantCode: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.wantCode, errs)
			}
			if tc.wantCode == 0 && out != tc.wantOut {
				t.Errorf("stdout = %q, want %q", out, tc.wantOut)
			}
			if tc.wantErr != "" && !strings.Contains(errs, tc.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", errs, tc.wantErr)
			}
			if tc.wantCode == 0 && errs != "" {
				t.Errorf("unexpected stderr %q", errs)
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Errorf("existing output was changed to %q", b)
	}
}

func TestCLIOutputFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	if _, errs, code := runCLI(t, "أ", "normalize", "-o", target); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, errs, code := runCLI(t, "إ", "--force", "normalize", "-o", target); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, errs)
	}
	if _, errs, code := runCLI(t, "آ", "normalize", "-o", target, "--force"); code != 0 {
		t.Fatalf("global flag after command: exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(target)
	if string(b) != "ا" {
		t.Errorf("output = %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// An output that is also an input is refused before anything is read or written.
	if _, errs, code := runCLI(t, "", "normalize", target, "-o", target, "--force"); code != 2 || !strings.Contains(errs, "also an input") {
		t.Errorf("output==input: exit %d, stderr %q", code, errs)
	}
}

func TestCLIVersionAndHelp(t *testing.T) {
	out, _, code := runCLI(t, "", "--version")
	if code != 0 || !strings.Contains(out, version) {
		t.Errorf("--version: %d %q", code, out)
	}
	out, _, code = runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "normalize") {
		t.Errorf("--help: %d %q", code, out)
	}
}

func TestPermuteArgs(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"arprep normalize a.txt --format tokens", "arprep normalize --format tokens -- a.txt"},
		{"arprep normalize a.txt --force -o x b.txt", "arprep --force normalize -o x -- a.txt b.txt"},
		{"arprep --color never normalize -", "arprep --color never normalize -- -"},
		{"arprep normalize -- --odd-name.txt", "arprep normalize -- --odd-name.txt"},
		{"arprep normalize --diacritics a.txt", "arprep normalize --diacritics -- a.txt"},
	}
	for _, tc := range tests {
		got := strings.Join(argv.Permute(commandSpec(app), strings.Fields(tc.in)), " ")
		if got != tc.want {
			t.Errorf("Permute(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// failingWriter fails every write with err, as stdout does on /dev/full or a closed pipe.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestCLIWriteFaults(t *testing.T) {
	for _, tc := range []struct {
		err      error
		wantCode int
		wantErr  string
	}{
		{syscall.ENOSPC, 1, "no space left on device"},
		{syscall.EPIPE, 0, ""},
	} {
		var errb bytes.Buffer
		code := run([]string{"arprep", "normalize"}, strings.NewReader("نص"), failingWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: tc.err}}, &errb)
		if code != tc.wantCode || !strings.Contains(errb.String(), tc.wantErr) || (tc.wantErr == "" && errb.Len() > 0) {
			t.Errorf("%v: exit %d stderr %q", tc.err, code, errb.String())
		}
	}
}

// -o naming a model or a translation file the run reads is refused like a file argument.
func TestCLIOutputIsFlagInput(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.idf")
	if _, errs, code := runCLI(t, "نص أول.", "idf", "build", "-o", model); code != 0 {
		t.Fatalf("idf build: %d %s", code, errs)
	}
	before, _ := os.ReadFile(model)
	_, errs, code := runCLI(t, "نص أول.", "--force", "summarize", "--no-entities", "--idf", model, "-o", model)
	if code != 2 || !strings.Contains(errs, "also an input") {
		t.Errorf("summarize -o = --idf: exit %d, stderr %q", code, errs)
	}
	if after, _ := os.ReadFile(model); string(after) != string(before) {
		t.Error("the model was overwritten")
	}
}
