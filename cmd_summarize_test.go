package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
)

func init() {
	// -update rewrites golden files; other test files of package main may define it too.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updateGolden() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", path, got)
	}
}

func TestSummarizeGolden(t *testing.T) {
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"summarize_seed.txt", []string{"summarize", "--explain", "--no-entities", "testdata/seed.txt"}},
		{"summarize_seed.json", []string{"summarize", "-f", "json", "--explain", "--words", "60", "--no-entities", "testdata/seed.txt"}},
		{"summarize_seed.tsv", []string{"summarize", "-f", "tsv", "--explain", "--max-words", "60", "--no-entities", "testdata/seed.txt"}},
		{"summarize_seed_highlight.txt", []string{"summarize", "--highlight", "--color", "never", "-n", "3", "--no-entities", "testdata/seed.txt"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			out, errs, code := runCLI(t, "", tc.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			checkGolden(t, tc.golden, out)
			again, _, _ := runCLI(t, "", tc.args...)
			if again != out {
				t.Error("a second run gave different output")
			}
		})
	}
}

func TestCLISummarize(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "bad.idf")
	os.WriteFile(corrupt, []byte("arprep-idf 1\nanalyser x\n"), 0o644)
	foreign := filepath.Join(dir, "foreign.idf")
	os.WriteFile(foreign, []byte("PK\x03\x04 zip"), 0o644)
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		wantErr  string
		check    func(t *testing.T, out string)
	}{
		{name: "text, two sentences", args: []string{"summarize", "--no-entities", "-n", "2", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(ls) != 2 {
				t.Fatalf("%d lines, want 2:\n%s", len(ls), out)
			}
			for _, l := range ls {
				if !strings.Contains(string(seed), l) {
					t.Errorf("line not from the input: %q", l)
				}
			}
		}},
		{name: "stdin", stdin: string(seed), args: []string{"summarize", "--no-entities", "--max-words", "40"}, check: func(t *testing.T, out string) {
			if n := arabic.CountWords(out); n == 0 || n > 40 {
				t.Errorf("%d words, want 1..40", n)
			}
		}},
		{name: "words budget overflows by at most one sentence", args: []string{"summarize", "--no-entities", "--words", "50", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			total := arabic.CountWords(out)
			if total < 50 {
				t.Errorf("%d words < 50", total)
			}
			// the text format does not show which line came last; even without its shortest
			// line the summary must fall below the budget
			if min := minLineWords(ls); total-min >= 50 {
				t.Errorf("%d words: more than one sentence past 50", total)
			}
		}},
		{name: "json", args: []string{"summarize", "--no-entities", "-f", "json", "-n", "3", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			var js struct {
				Doc       string
				Words     int
				Sentences []struct {
					Text       string
					Start, End int
					Rank       int
				}
			}
			if err := json.Unmarshal([]byte(out), &js); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if js.Doc != "testdata/seed.txt" || len(js.Sentences) != 3 {
				t.Fatalf("%+v", js)
			}
			prev := -1
			for _, s := range js.Sentences {
				if string(seed[s.Start:s.End]) != s.Text || s.Start <= prev || s.Rank < 1 {
					t.Errorf("sentence %+v does not slice the input in order", s)
				}
				prev = s.Start
			}
		}},
		{name: "tsv", args: []string{"summarize", "--no-entities", "-f", "tsv", "-n", "2", "--explain", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(ls) != 3 || !strings.HasPrefix(ls[0], "doc\tindex\tstart\tend\twords\trank\tscore\ttfidf") {
				t.Fatalf("want a header and 2 rows:\n%s", out)
			}
			for _, l := range ls {
				if n := strings.Count(l, "\t"); n != 14 {
					t.Errorf("%d tabs in %q, want 14", n, l)
				}
			}
		}},
		{name: "explain", args: []string{"summarize", "--no-entities", "-n", "1", "--explain", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "# sentence 1 rank 1 score ") || !strings.Contains(out, "tfidf") || strings.Count(out, "\n") != 2 {
				t.Errorf("explain output:\n%s", out)
			}
		}},
		{name: "highlight without colour", args: []string{"summarize", "--no-entities", "--highlight", "--color", "never", "-n", "2", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			if strings.Count(out, "> ") != 2 || strings.Contains(out, "\x1b[") || !strings.Contains(out, "█") {
				t.Errorf("highlight output:\n%s", out)
			}
		}},
		{name: "highlight in colour", args: []string{"summarize", "--no-entities", "--highlight", "--color", "always", "-n", "2", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			if !strings.Contains(out, "\x1b[") {
				t.Errorf("no colour:\n%s", out)
			}
		}},
		{name: "two documents", args: []string{"summarize", "--no-entities", "-n", "1", "testdata/seed.txt", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			parts := strings.Split(out, "\n\n")
			if len(parts) != 2 || parts[0]+"\n" != parts[1] {
				t.Errorf("want two equal summaries separated by a blank line:\n%q", out)
			}
		}},
		{name: "empty input", stdin: "", args: []string{"summarize", "--no-entities", "--words", "50"}, check: func(t *testing.T, out string) {
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		}},
		{name: "empty input json", stdin: " \n", args: []string{"summarize", "--no-entities", "-f", "json"}, check: func(t *testing.T, out string) {
			if out != "{\"doc\":\"-\",\"lang\":\"ar\",\"words\":0,\"sentences\":[]}\n" {
				t.Errorf("stdout %q", out)
			}
		}},
		{name: "weights flags", args: []string{"summarize", "--no-entities", "-n", "1", "--w-position", "0", "--w-title", "0", "--w-paragraph", "0", "--w-length", "0", "testdata/seed.txt"}, check: func(t *testing.T, out string) {
			first := strings.SplitN(string(seed), "\n", 2)[0]
			if strings.TrimSpace(out) == first {
				t.Errorf("with only TF-IDF weighted the headline should not win: %s", out)
			}
		}},
		{name: "default with the tagger", args: []string{"summarize", "-n", "2", "testdata/seed.txt"}},
		{name: "bad format", args: []string{"summarize", "-f", "xml", "testdata/seed.txt"}, wantCode: 2, wantErr: "--format"},
		{name: "highlight json", args: []string{"summarize", "--highlight", "-f", "json", "testdata/seed.txt"}, wantCode: 2, wantErr: "--highlight"},
		{name: "bad ratio", args: []string{"summarize", "--ratio", "1.5", "testdata/seed.txt"}, wantCode: 2, wantErr: "--ratio"},
		{name: "negative words", args: []string{"summarize", "--words", "-4", "testdata/seed.txt"}, wantCode: 2, wantErr: "--words"},
		{name: "missing file", args: []string{"summarize", "--no-entities", "nope.txt"}, wantCode: 1, wantErr: "nope.txt"},
		{name: "corrupt model", args: []string{"summarize", "--idf", corrupt, "testdata/seed.txt"}, wantCode: 1, wantErr: "bad.idf: not a valid IDF model: line 2"},
		{name: "foreign model", args: []string{"summarize", "--idf", foreign, "testdata/seed.txt"}, wantCode: 1, wantErr: "foreign.idf: not an arprep IDF model"},
		{name: "missing model", args: []string{"summarize", "--idf", filepath.Join(dir, "none.idf"), "testdata/seed.txt"}, wantCode: 1, wantErr: "none.idf"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.wantCode, errs)
			}
			if tc.wantErr != "" && !strings.Contains(errs, tc.wantErr) {
				t.Errorf("stderr %q, want %q", errs, tc.wantErr)
			}
			if tc.wantCode == 0 && tc.check != nil {
				if errs != "" {
					t.Errorf("stderr %q", errs)
				}
				tc.check(t, out)
			}
		})
	}
}

func minLineWords(ls []string) int {
	m := -1
	for _, l := range ls {
		if n := arabic.CountWords(l); m < 0 || n < m {
			m = n
		}
	}
	return m
}

func TestCLISummarizeEnglish(t *testing.T) {
	text := "The council adopted a resolution on climate finance. Delegates from forty countries attended the meeting in Geneva. " +
		"The resolution asks donors to double adaptation funding by 2030. Several delegations expressed concern about the timetable. " +
		"The next session will be held in Nairobi."
	out, errs, code := runCLI(t, text, "summarize", "--sentences", "2", "-f", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Lang      string
		Sentences []struct{ Text string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Lang != "en" || len(got.Sentences) != 2 || got.Sentences[0].Text != "The council adopted a resolution on climate finance." {
		t.Errorf("got %+v", got)
	}
}
