package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/entity"
)

const entitiesInput = "قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا."

func TestCLIEntitiesFormats(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantOut string
	}{
		{name: "text", args: []string{"entities"}, stdin: entitiesInput,
			wantOut: "33-52\tPERS\tحسني مبارك\n58-72\tLOC\tالقاهرة\n78-105\tORG\tوزارة الخارجية\n"},
		{name: "text colour", args: []string{"--color", "always", "entities"}, stdin: "في القاهرة",
			wantOut: "5-19\t\x1b[32mLOC\x1b[0m\tالقاهرة\n"},
		{name: "tsv", args: []string{"entities", "--format", "tsv"}, stdin: entitiesInput,
			wantOut: "doc\tstart\tend\ttype\ttext\n-\t33\t52\tPERS\tحسني مبارك\n-\t58\t72\tLOC\tالقاهرة\n-\t78\t105\tORG\tوزارة الخارجية\n"},
		{name: "json", args: []string{"entities", "--format=json"}, stdin: "في القاهرة",
			wantOut: "[\n" + `{"doc":"-","start":5,"end":19,"type":"LOC","text":"القاهرة"}` + "\n]\n"},
		{name: "json empty", args: []string{"entities", "--format", "json"}, stdin: "لا شيء هنا", wantOut: "[\n]\n"},
		{name: "conll from text", args: []string{"entities", "--format", "conll"}, stdin: "زار حسني مبارك القاهرة.\nثم عاد",
			wantOut: "زار\tO\nحسني\tB-PERS\nمبارك\tI-PERS\nالقاهرة\tB-LOC\n.\tO\n\nثم\tO\nعاد\tO\n\n"},
		{name: "conll input, extra columns and blank-line runs", args: []string{"entities", "--input", "conll"},
			stdin:   "\n\nقال\tVERB\tO\nحسني\tNOUN\tB-PERS\nمبارك\tNOUN\tI-PERS\n\n\n\nفي\tO\nالقاهرة\n",
			wantOut: "قال\tO\nحسني\tB-PERS\nمبارك\tI-PERS\n\nفي\tO\nالقاهرة\tB-LOC\n\n"},
		{name: "conll input, explicit format", args: []string{"entities", "--input", "conll", "--format", "conll"},
			stdin: "القاهرة\n", wantOut: "القاهرة\tB-LOC\n\n"},
		{name: "empty", args: []string{"entities"}, stdin: "", wantOut: ""},
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

func TestCLIEntitiesErrors(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantErr  string
		wantCode int
	}{
		{"bad format", []string{"entities", "--format", "xml"}, "x", "--format", 2},
		{"bad input", []string{"entities", "--input", "xml"}, "x", "--input", 2},
		{"conll input with json", []string{"entities", "--input", "conll", "--format", "json"}, "x", "--input conll", 2},
		{"missing file", []string{"entities", "no-such-file.txt"}, "", "no-such-file.txt", 1},
		{"bad conll", []string{"entities", "--input", "conll"}, "ا\tO\n\tO\n", "<stdin>: line 2", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, tc.stdin, tc.args...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tc.wantCode, tc.wantErr)
			}
			if out != "" {
				t.Errorf("stdout %q on error", out)
			}
		})
	}
}

// TestCLIEntitiesSeed checks the seed article's entities through the command, the json
// offsets against the file, and that CoNLL output keeps every input token.
func TestCLIEntitiesSeed(t *testing.T) {
	text, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "", "entities", "--format", "json", "testdata/seed.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var recs []entity.Record
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, r := range recs {
		if string(text[r.Start:r.End]) != r.Text || r.Doc != "testdata/seed.txt" {
			t.Fatalf("record %+v does not slice the input", r)
		}
		types[r.Text] = r.Type
	}
	for name, typ := range map[string]string{"الكويت": "LOC", "خالد الشريعان": "PERS", "دان كين": "PERS", "مايكل دومينو": "PERS", "وزارة الحرب الأمريكية": "ORG"} {
		if types[name] != typ {
			t.Errorf("%s: type %q, want %s", name, types[name], typ)
		}
	}

	dir := t.TempDir()
	conll := filepath.Join(dir, "in.conll")
	var in strings.Builder
	n := 0
	for _, line := range strings.Split(string(text), "\n") {
		for _, w := range strings.Fields(line) {
			in.WriteString(w + "\tX\tO\n")
			n++
		}
		in.WriteString("\n\n")
	}
	os.WriteFile(conll, []byte(in.String()), 0o644)
	pred := filepath.Join(dir, "pred.conll")
	if _, errs, code := runCLI(t, "", "entities", "--input", "conll", conll, "-o", pred); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got, _ := os.ReadFile(pred)
	lines := 0
	for _, l := range strings.Split(string(got), "\n") {
		if l != "" {
			lines++
			if f := strings.Split(l, "\t"); len(f) != 2 {
				t.Fatalf("line %q is not TOKEN<TAB>TAG", l)
			}
		}
	}
	if lines != n {
		t.Errorf("%d tokens in, %d out", n, lines)
	}
}

func TestCLIEntitiesJSONLAndEnglish(t *testing.T) {
	in := `{"id":"x","text":"قال الرئيس محمد مرسي في القاهرة."}` + "\n" + `{"id":"y","text":"President Obama spoke in Washington on Monday."}` + "\n"
	out, errs, code := runCLI(t, in, "entities", "--jsonl", "--jobs", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines: %s", len(lines), out)
	}
	for i, want := range []string{`"id":"x","doc":"<stdin>:1","lang":"ar"`, `"id":"y","doc":"<stdin>:2","lang":"en"`} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("line %d = %s, want %s", i+1, lines[i], want)
		}
	}
	if !strings.Contains(lines[0], `"text":"القاهرة"`) || !strings.Contains(lines[1], `"type":"LOC","text":"Washington"`) {
		t.Errorf("entities missing:\n%s", out)
	}
	// --format tsv or text asks for that format instead of JSONL (it printed a tsv header and
	// then JSONL).
	out, errs, code = runCLI(t, in, "entities", "--jsonl", "--format", "tsv")
	if want := "doc\tstart\tend\ttype\ttext\n"; code != 0 || !strings.HasPrefix(out, want) || strings.Contains(out, "{") ||
		!strings.Contains(out, "<stdin>:1\t") || !strings.Contains(out, "<stdin>:2\t") {
		t.Errorf("--jsonl --format tsv: exit %d %s\n%s", code, errs, out)
	}
	out, _, code = runCLI(t, in, "entities", "--jsonl", "--format", "text")
	if code != 0 || strings.Contains(out, "{") || !strings.Contains(out, "\tLOC\tWashington\n") {
		t.Errorf("--jsonl --format text: exit %d\n%s", code, out)
	}
	out, _, code = runCLI(t, "President Obama spoke in Washington.", "entities", "--lang", "en", "--format", "tsv")
	if code != 0 || !strings.Contains(out, "-\t25\t35\tLOC\tWashington\n") {
		t.Errorf("english tsv: exit %d\n%s", code, out)
	}
}
