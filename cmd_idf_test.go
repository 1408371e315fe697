package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCLIIDF(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("ارتفعت أسعار النفط في الكويت."), 0o644)
	os.WriteFile(b, []byte("زار الوفد الكويتي واشنطن."), 0o644)
	run := func(args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		return out
	}
	whole := filepath.Join(dir, "whole.idf")
	run("idf", "build", a, b, "-o", whole)
	pa, pb, merged := filepath.Join(dir, "a.idf"), filepath.Join(dir, "b.idf"), filepath.Join(dir, "m.idf")
	run("idf", "build", a, "-o", pa)
	run("idf", "build", b, "-o", pb)
	run("idf", "merge", pa, pb, "-o", merged)
	w, _ := os.ReadFile(whole)
	m, _ := os.ReadFile(merged)
	if string(w) != string(m) || !strings.Contains(string(w), "documents 2\n") || !strings.Contains(string(w), "كويت\t2\n") {
		t.Errorf("merged parts differ from the whole, or counts are wrong:\n%s\n%s", w, m)
	}
	// a folder, and JSONL on stdin, give the same counts
	if got := run("idf", "build", dir, "--glob", "*.txt"); got != string(w) {
		t.Errorf("folder build differs:\n%s", got)
	}
	jsonl := `{"text": "ارتفعت أسعار النفط في الكويت."}` + "\n" + `{"text": "زار الوفد الكويتي واشنطن."}` + "\n"
	out, errs, code := runCLI(t, jsonl, "idf", "build", "--jsonl", "-")
	if code != 0 || out != string(w) {
		t.Errorf("JSONL build: exit %d %s\n%s", code, errs, out)
	}
	// the model is usable
	run("summarize", "--no-entities", "--idf", whole, "-n", "1", "testdata/seed.txt")
	// errors
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"idf", "merge", pa}, 2, "at least two"},
		{[]string{"idf", "merge", pa, filepath.Join(dir, "a.txt")}, 1, "a.txt: not an arprep IDF model"},
		{[]string{"idf", "build", a, "-o", whole}, 2, "exists"},
		{[]string{"idf", "build", "--min-df", "0", a}, 2, "--min-df"},
	} {
		_, errs, code := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	// a bad JSONL line fails the build and writes no model
	bad := filepath.Join(dir, "bad.idf")
	_, errs, code = runCLI(t, "{\"text\": \"a\"}\nnot json\n", "idf", "build", "--jsonl", "-o", bad)
	if code != 1 || !strings.Contains(errs, "2") {
		t.Errorf("bad JSONL: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a model was written despite the failed document")
	}
}
