package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIGlossaryPartialMerge: partials of two shards merge into the glossary of one run over
// both, byte for byte, in every format and with the merge's own options; bad partials are
// refused with the file named.
func TestCLIGlossaryPartialMerge(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	english, err := os.ReadFile("testdata/en_sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range strings.Split(string(seed), "\n\n") {
		if strings.TrimSpace(p) != "" {
			b, _ := json.Marshal(map[string]string{"text": p})
			lines = append(lines, string(b))
		}
	}
	b, _ := json.Marshal(map[string]string{"text": string(english)})
	lines = append(lines, string(b))
	half := len(lines) / 2
	shards := []string{filepath.Join(dir, "s1.jsonl"), filepath.Join(dir, "s2.jsonl")}
	os.WriteFile(shards[0], []byte(strings.Join(lines[:half], "\n")+"\n"), 0o644)
	os.WriteFile(shards[1], []byte(strings.Join(lines[half:], "\n")+"\n"), 0o644)
	run := func(args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		return out
	}
	for _, names := range [][]string{nil, {"--no-names"}} {
		var parts []string
		for i, s := range shards {
			p := filepath.Join(dir, strings.Join(names, "")+"part"+string(rune('1'+i))+".agl")
			if out := run(append([]string{"glossary", "--partial", "--jsonl", "-q", s, "-o", p}, names...)...); out != "" {
				t.Errorf("--partial -o wrote to stdout: %q", out)
			}
			parts = append(parts, p)
		}
		for _, opts := range [][]string{{"-f", "tsv"}, {"-f", "csv"}, {"-f", "tbx"}, {"-f", "tbx2"}, {"-f", "json"}, {"-f", "xlsx"}, {"-f", "json", "--top", "5", "--min-freq", "2", "--idf", "none"}} {
			whole := run(append(append([]string{"glossary", "--jsonl", "-q", shards[0], shards[1]}, names...), opts...)...)
			merged := run(append([]string{"glossary", "merge", "-q", parts[0], parts[1]}, opts...)...)
			if whole != merged {
				t.Errorf("%v %v: merged partials differ from the single run:\n%s\n---\n%s", names, opts, whole, merged)
			}
			if len(whole) < 100 {
				t.Errorf("%v %v: glossary too short:\n%s", names, opts, whole)
			}
		}
	}
	// a partial on stdout, merged from a file, is the same
	out := run("glossary", "--partial", "--jsonl", shards[0])
	if !strings.HasPrefix(out, "arprep-glossary-partial 2\nnames yes\n") {
		t.Errorf("partial on stdout begins %q", out[:min(len(out), 40)])
	}
	good, _ := os.ReadFile(filepath.Join(dir, "part1.agl"))
	if out != string(good) {
		t.Error("the partial on stdout differs from the one written with -o")
	}

	corrupt := filepath.Join(dir, "corrupt.agl")
	c := []byte(out)
	c[len(c)/2] ^= 1
	os.WriteFile(corrupt, c, 0o644)
	truncated := filepath.Join(dir, "truncated.agl")
	os.WriteFile(truncated, []byte(out[:len(out)-3]), 0o644)
	model := filepath.Join(dir, "model.idf")
	run("idf", "build", shards[0], "--jsonl", "-o", model)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"glossary", "merge", filepath.Join(dir, "part1.agl"), corrupt}, 1, "corrupt.agl: not a valid partial glossary"},
		{[]string{"glossary", "merge", truncated}, 1, "truncated.agl: not a valid partial glossary"},
		{[]string{"glossary", "merge", model}, 1, "model.idf: not a valid partial glossary (byte 0): not a partial glossary"},
		{[]string{"glossary", "merge", filepath.Join(dir, "part1.agl"), filepath.Join(dir, "--no-namespart2.agl")}, 1, "--no-namespart2.agl: made with --no-names, but"},
		{[]string{"glossary", "merge", filepath.Join(dir, "missing.agl")}, 1, "missing.agl"},
		{[]string{"glossary", "merge"}, 2, "glossary merge: no partial glossary"},
		{[]string{"glossary", "merge", "-f", "pdf", corrupt}, 2, "--format"},
		{[]string{"glossary", "--partial", "--top", "3", shards[0]}, 2, "--top applies to glossary merge"},
		{[]string{"glossary", "--mem", "12", shards[0]}, 2, "--mem"},
	} {
		out, errs, code := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d, %q", tc.args, code, out, errs, tc.code, tc.want)
		}
	}
	// a merge to a file names what it wrote
	dst := filepath.Join(dir, "g.tbx")
	if _, errs, code := runCLI(t, "", "glossary", "merge", filepath.Join(dir, "part1.agl"), filepath.Join(dir, "part2.agl"), "-o", dst); code != 0 || !strings.Contains(errs, "g.tbx") {
		t.Errorf("merge -o: exit %d, stderr %q", code, errs)
	}
}
