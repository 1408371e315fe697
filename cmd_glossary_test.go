package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
	"github.com/xuri/excelize/v2"
)

var updateGlossary = flag.Bool("update-glossary", false, "rewrite testdata/glossary_* golden files")

// TestCLIGlossarySeed runs the command with the embedded tagger on the seed article and
// checks the list: every term once, under the expected spelling, variants merged.
func TestCLIGlossarySeed(t *testing.T) {
	out, stderr, code := runCLI(t, "", "glossary", "testdata/seed.txt", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Entries []struct {
			Term     string `json:"term"`
			Kind     string `json:"kind"`
			Target   string `json:"target"`
			Variants []struct {
				Text string `json:"text"`
			} `json:"variants"`
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"الكويت": nil, "الولايات المتحدة": nil, "البنتاغون": {"الپنتاغون"}, "أمريكا": {"أميركا"},
		"الشراكات الاستراتيجية": {"الشراكات الإستراتيجية"}, "التعاون العسكري": nil,
		"خالد الشريعان": nil, "دان كين": nil, "مايكل دومينو": nil, "وزارة الحرب الأمريكية": nil,
		"رئيس الأركان": nil,
	}
	seen := map[string]int{}
	keys := map[string]string{}
	for _, e := range doc.Entries {
		words := strings.Fields(e.Term)
		if arabic.IsStopword(words[0]) || arabic.IsStopword(words[len(words)-1]) {
			t.Errorf("%q starts or ends with a stopword", e.Term)
		}
		var key []string
		for _, w := range words {
			key = append(key, arabic.Key(w))
		}
		k := strings.Join(key, " ")
		if prev, dup := keys[k]; dup {
			t.Errorf("%q and %q are one term (key %q)", prev, e.Term, k)
		}
		keys[k] = e.Term
		seen[e.Term]++
		for _, v := range e.Variants {
			seen[v.Text]++
		}
		if vs, ok := want[e.Term]; ok {
			for _, v := range vs {
				found := false
				for _, got := range e.Variants {
					found = found || got.Text == v
				}
				if !found {
					t.Errorf("%s: variant %s missing", e.Term, v)
				}
			}
		}
	}
	for term, vs := range want {
		if seen[term] != 1 {
			t.Errorf("%s appears %d times", term, seen[term])
		}
		for _, v := range vs {
			if seen[v] != 1 {
				t.Errorf("variant %s appears %d times", v, seen[v])
			}
		}
	}
}

// TestCLIGlossaryGolden checks each format's output on the seed (top 25, without the tagger,
// so that a retrained model does not change it) against
// testdata/glossary_cli.*; run with -update-glossary to rewrite them.
func TestCLIGlossaryGolden(t *testing.T) {
	for _, format := range []string{"tsv", "csv", "tbx", "tbx2", "json"} {
		out, stderr, code := runCLI(t, "", "glossary", "testdata/seed.txt", "--top", "25", "--no-names", "--format", format)
		if code != 0 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", format, code, stderr)
		}
		path := filepath.Join("testdata", "glossary_cli."+format)
		if *updateGlossary {
			os.WriteFile(path, []byte(out), 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run CLIGlossary -update-glossary)", err)
		}
		if out != string(want) {
			t.Errorf("%s differs from %s", format, path)
		}
	}
	if _, err := exec.LookPath("xmllint"); err != nil || *updateGlossary {
		return
	}
	schemas := filepath.Join("glossary", "testdata", "schemas")
	for _, c := range [][]string{
		{"--relaxng", filepath.Join(schemas, "TBXcoreStructV03_TBX-Basic_integrated.rng"), filepath.Join("testdata", "glossary_cli.tbx")},
		{"--dtdvalid", filepath.Join(schemas, "TBXcoreStructV02.dtd"), filepath.Join("testdata", "glossary_cli.tbx2")},
	} {
		if out, err := exec.Command("xmllint", append([]string{"--nonet", "--noout"}, c...)...).CombinedOutput(); err != nil {
			t.Errorf("xmllint %v: %v\n%s", c, err, out)
		}
	}
}

func TestCLIGlossary(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("زار الوفد الكويت. وقال الوفد في الكويت إن التعاون العسكري مستمر. التعاون العسكري قديم."), 0o644)
	os.WriteFile(b, []byte("وفي الكويت بحث التعاون العسكري."), 0o644)
	existing := filepath.Join(dir, "exists.tsv")
	os.WriteFile(existing, []byte("old"), 0o644)
	termbase := filepath.Join(dir, "tb.csv")
	os.WriteFile(termbase, []byte("term,target\nالكويت,State of Kuwait\nالوفد,delegation\n"), 0o644)
	badTermbase := filepath.Join(dir, "bad.tsv")
	os.WriteFile(badTermbase, []byte("term\ttarget\n\"الكويت\tKuwait\n"), 0o644)
	tmAr, tmEn := filepath.Join(dir, "tm.ar"), filepath.Join(dir, "tm.en")
	os.WriteFile(tmAr, []byte("التعاون العسكري مهم.\nوالتعاون العسكري قديم.\n"), 0o644)
	os.WriteFile(tmEn, []byte("Defence cooperation matters.\nDefence cooperation is old.\n"), 0o644)

	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantOut  []string // substrings
		noTerms  bool     // the output holds no entry
		wantErr  string
		wantCode int
	}{
		{name: "stdin tsv", stdin: "التعاون العسكري مهم. التعاون العسكري مستمر.", args: []string{"glossary", "--no-names"},
			wantOut: []string{"التعاون العسكري\t\tterm; frequency 2"}},
		{name: "dash", stdin: "التعاون العسكري مهم. التعاون العسكري مستمر.", args: []string{"glossary", "-", "--no-names", "--format", "csv"},
			wantOut: []string{"term,target,", "التعاون العسكري,,,,,term,2"}},
		{name: "two files, per-file counts", args: []string{"glossary", a, b, "--format", "csv", "--no-names"},
			wantOut: []string{"count: " + a, "count: " + b, "التعاون العسكري,,,,,term,3"}},
		{name: "min-freq", args: []string{"glossary", a, b, "--no-names", "--min-freq", "4"}, noTerms: true},
		{name: "empty input tsv", stdin: "", args: []string{"glossary"}, noTerms: true},
		{name: "empty input tbx", stdin: "", args: []string{"glossary", "--format", "tbx"}, wantErr: "no terms found", wantCode: 1},
		{name: "bad format", args: []string{"glossary", a, "--format", "xml"}, wantErr: "--format", wantCode: 2},
		{name: "negative top", args: []string{"glossary", a, "--top", "-1"}, wantErr: "--top", wantCode: 2},
		{name: "missing file", args: []string{"glossary", "no-such.txt"}, wantErr: "no-such.txt", wantCode: 1},
		{name: "idf none", stdin: "التعاون العسكري مهم. التعاون العسكري مستمر.", args: []string{"glossary", "--no-names", "--idf", "none"},
			wantOut: []string{"التعاون العسكري\t\tterm; frequency 2"}},
		{name: "missing idf", args: []string{"glossary", a, "--idf", filepath.Join(dir, "none.idf")}, wantErr: "none.idf", wantCode: 1},
		{name: "bad idf", args: []string{"glossary", a, "--idf", a}, wantErr: a, wantCode: 1},
		{name: "no overwrite", args: []string{"glossary", a, "-o", existing}, wantErr: "exists", wantCode: 2},
		{name: "termbase", args: []string{"glossary", a, b, "--no-names", "--format", "csv", "--min-freq", "4", "--termbase", termbase},
			wantOut: []string{"الكويت,State of Kuwait,termbase,", "الوفد,delegation,termbase,"}},
		{name: "bad termbase", args: []string{"glossary", a, "--termbase", badTermbase}, wantErr: "bad.tsv:", wantCode: 1},
		{name: "missing termbase", args: []string{"glossary", a, "--termbase", filepath.Join(dir, "none.tbx")}, wantErr: "none.tbx", wantCode: 1},
		{name: "tm", args: []string{"glossary", a, b, "--no-names", "--format", "csv", "--tm", tmAr + "," + tmEn},
			wantOut: []string{"التعاون العسكري,Defence cooperation,tm: 2 units,"}},
		{name: "misaligned tm", args: []string{"glossary", a, "--tm", tmAr + "," + termbase}, wantErr: "not line-aligned", wantCode: 1},
		{name: "excel warning", args: []string{"glossary", a, "--excel", "--no-names"}, wantErr: "--excel only changes csv", wantCode: 0},
		{name: "xml drops", stdin: "التعاون العسكري\x01 مهم. التعاون العسكري مستمر.", args: []string{"glossary", "--no-names", "--format", "tbx"},
			wantOut: []string{"<term>التعاون العسكري</term>"}, wantErr: "1 characters not allowed in XML 1.0 were dropped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			if tt.noTerms && out != "" {
				t.Errorf("want no entries, got:\n%s", out)
			}
			if tt.wantErr != "" && !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.wantErr)
			}
			if tt.wantErr == "" && stderr != "" {
				t.Errorf("stderr %q", stderr)
			}
			if tt.wantCode != 0 && out != "" {
				t.Errorf("stdout on error: %q", out)
			}
		})
	}
	if b, _ := os.ReadFile(existing); string(b) != "old" {
		t.Error("existing output overwritten")
	}
}

func TestCLIGlossaryFiles(t *testing.T) {
	dir := t.TempDir()
	// xlsx by extension, written atomically to -o.
	x := filepath.Join(dir, "g.xlsx")
	if _, stderr, code := runCLI(t, "", "glossary", "testdata/seed.txt", "-o", x); code != 0 {
		t.Fatalf("xlsx: %d %s", code, stderr)
	}
	f, err := excelize.OpenFile(x)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Glossary")
	f.Close()
	if len(rows) < 12 || rows[0][0] != "term" {
		t.Errorf("xlsx rows %d", len(rows))
	}
	// csv --excel: BOM, and cells neutralised.
	c := filepath.Join(dir, "g.csv")
	if _, stderr, code := runCLI(t, "=cmd|' /C calc'!A0 التعاون العسكري مهم. التعاون العسكري مستمر.", "glossary", "-o", c, "--excel", "--no-names"); code != 0 {
		t.Fatalf("csv: %d %s", code, stderr)
	}
	data, _ := os.ReadFile(c)
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Error("no BOM")
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		for _, cell := range r {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %q not neutralised", cell)
			}
		}
	}
	// --force overwrites; the tbx extension picks TBX.
	tb := filepath.Join(dir, "g.tbx")
	os.WriteFile(tb, []byte("old"), 0o644)
	if _, stderr, code := runCLI(t, "", "glossary", "testdata/seed.txt", "-o", tb, "--force"); code != 0 {
		t.Fatalf("tbx: %d %s", code, stderr)
	}
	if data, _ := os.ReadFile(tb); !bytes.Contains(data, []byte(`<tbx type="TBX-Basic"`)) {
		t.Errorf("tbx output %.80s", data)
	}
}

// TestCLIGlossaryBatch: folders and JSONL make one glossary; a bad document is reported and
// skipped, the glossary of the others is written, and the run exits 1.
func TestCLIGlossaryBatch(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("التعاون العسكري مهم."), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("وبحث التعاون العسكري."), 0o644)
	os.WriteFile(filepath.Join(dir, "skip.md"), []byte("التعاون العسكري التعاون العسكري"), 0o644)
	out, stderr, code := runCLI(t, "", "glossary", dir, "--glob", "*.txt", "--no-names", "--format", "csv", "--jobs", "2")
	if code != 0 {
		t.Fatalf("folder: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "التعاون العسكري,,,,,term,2") || strings.Contains(out, "skip.md") {
		t.Errorf("folder glossary:\n%s", out)
	}

	jsonl := `{"id":"n1","text":"زار الوفد الكويت. الكويت بلد."}` + "\n" + `{"id":"n2","text":"وفي الكويت أمس."}` + "\n"
	out, stderr, code = runCLI(t, jsonl, "glossary", "--jsonl", "--no-names", "--format", "json")
	if code != 0 {
		t.Fatalf("jsonl: exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, `"term": "الكويت"`) || !strings.Contains(out, `"frequency": 3`) {
		t.Errorf("jsonl glossary:\n%s", out)
	}

	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("التعاون \xff\xfe العسكري"), 0o644)
	good := filepath.Join(dir, "a.txt")
	out, stderr, code = runCLI(t, "", "glossary", good, bad, good, "--no-names", "--encoding", "utf-8")
	if code != 1 || !strings.Contains(stderr, "bad.txt") {
		t.Fatalf("bad document: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(out, "التعاون العسكري\t\tterm; frequency 2") {
		t.Errorf("glossary of the good documents missing:\n%s", out)
	}
}

// TestCLIGlossaryIDF: a background model from `arprep idf build` pushes a word that is in
// every background document below one that is in none.
func TestCLIGlossaryIDF(t *testing.T) {
	dir := t.TempDir()
	bg := filepath.Join(dir, "bg")
	os.MkdirAll(bg, 0o755)
	for i := 0; i < 5; i++ {
		os.WriteFile(filepath.Join(bg, string(rune('a'+i))+".txt"), []byte("المناقشات في كل مكان. عن المناقشات."), 0o644)
	}
	model := filepath.Join(dir, "bg.idf")
	if _, stderr, code := runCLI(t, "", "idf", "build", bg, "-o", model); code != 0 {
		t.Fatalf("idf build: %d %s", code, stderr)
	}
	text := "الاستراتيجية البحرية مهمة. المناقشات طويلة. المناقشات كثيرة. المناقشات هنا. المناقشات هناك. الاستراتيجية البحرية جديدة."
	rank := func(args ...string) []string {
		out, stderr, code := runCLI(t, text, append([]string{"glossary", "--no-names"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var terms []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			terms = append(terms, strings.SplitN(line, "\t", 2)[0])
		}
		return terms
	}
	// Without weighting (--idf none), the frequent word leads; the embedded background
	// would drop it as a word common in news.
	plain, weighted := rank("--idf", "none"), rank("--idf", model)
	if len(plain) < 2 || plain[0] != "المناقشات" {
		t.Fatalf("with --idf none: %q", plain)
	}
	if weighted[0] != "الاستراتيجية البحرية" {
		t.Errorf("with --idf: %q", weighted)
	}
}

// TestCLIPrepTermbase: prep's glossary takes --termbase targets too.
func TestCLIPrepTermbase(t *testing.T) {
	dir := t.TempDir()
	tb := filepath.Join(dir, "tb.tsv")
	os.WriteFile(tb, []byte("term\ttarget\nالكويت\tState of Kuwait\n"), 0o644)
	job := filepath.Join(dir, "job")
	if _, stderr, code := runCLI(t, "", "prep", "testdata/seed.txt", "-o", job, "--no-summary", "--termbase", tb); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(job, "glossary.utf8"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "الكويت\tState of Kuwait\t") {
		t.Errorf("glossary.utf8 lacks the termbase target:\n%s", b)
	}
}
