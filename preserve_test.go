package main

// Text preservation (issue 9): every command that copies source text into an output copies
// it byte for byte from the decoded input, at the offsets it reports, over samples of the
// shared corpora (skipped when ../shared is absent) and a hostile sample shipped here.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/arprep/arprep/worksheet"
	"github.com/xuri/excelize/v2"
)

// preserveSample is one corpus sample: documents written to files for the commands.
type preserveSample struct {
	name  string
	docs  []string // decoded text of each document
	paths []string
	lang  string // "ar" or "en": English goes through prose's segmenter
}

func sharedDir() string {
	if d := os.Getenv("ARPREP_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "shared")
}

// preserveSamples returns the samples: 20 ANT articles, 5 EASC articles, 200 PUD lines, 200
// UN dev lines in Arabic and 200 in English, and a hostile text (tabs, CR, bidi controls,
// marks) that must survive too.
func preserveSamples(t *testing.T) []preserveSample {
	hostile := "عنوان بلا ترقيم\r\nكلمة\tكلمة  بعد تبويب. \u202bمضمّن\u202c «اقتباس: نعم؟» قال!\r\n\r\n" +
		"\u200fسطر\u200f ثان ـــ مع تطويل و\u0651شدة...   ونهاية\n\u00a0\u3000فقرة بمسافات غريبة.\u2003"
	samples := []preserveSample{{name: "hostile", docs: []string{hostile}, lang: "ar"}}
	shared := sharedDir()
	if _, err := os.Stat(filepath.Join(shared, "README.md")); err != nil {
		t.Logf("%s absent: only the hostile sample runs", shared)
		return samples
	}
	lines := func(path string, n int) string {
		raw, err := os.ReadFile(filepath.Join(shared, path))
		if err != nil {
			t.Fatal(err)
		}
		ls := strings.SplitAfter(string(raw), "\n")
		return strings.Join(ls[:min(n, len(ls))], "")
	}
	// ANT: the text of the first 20 articles.
	f, err := os.Open(filepath.Join(shared, "corpora", "ant_v1.1.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	ant := preserveSample{name: "ant", lang: "ar"}
	for sc.Scan() && len(ant.docs) < 20 {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		ant.docs = append(ant.docs, a.Text)
	}
	easc := preserveSample{name: "easc", lang: "ar"}
	names, _ := filepath.Glob(filepath.Join(shared, "data", "easc-dev", "articles", "*.txt"))
	sort.Strings(names)
	for _, n := range names[:min(5, len(names))] {
		raw, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		easc.docs = append(easc.docs, string(raw))
	}
	return append(samples, ant, easc,
		preserveSample{name: "pud", docs: []string{lines("data/pud/test.txt", 200)}, lang: "ar"},
		preserveSample{name: "un-ar", docs: []string{lines("data/un-dev/UNv1.0.devset.ar", 200)}, lang: "ar"},
		preserveSample{name: "un-en", docs: []string{lines("data/un-dev/UNv1.0.devset.en", 200)}, lang: "en"})
}

// claim is a piece of output text with the document and offsets it claims.
type claim struct {
	Doc        string
	Start, End int
	Text       string
}

func TestTextPreservation(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus samples; skipped with -short")
	}
	for _, s := range preserveSamples(t) {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			byPath := map[string]string{}
			for i, d := range s.docs {
				p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
				if err := os.WriteFile(p, []byte(d), 0o644); err != nil {
					t.Fatal(err)
				}
				s.paths = append(s.paths, p)
				byPath[p] = d
			}
			checkPreservation(t, s, byPath, dir)
		})
	}
}

func checkPreservation(t *testing.T, s preserveSample, byPath map[string]string, dir string) {
	run := func(args ...string) string {
		t.Helper()
		out, stderr, code := runCLI(t, "", append(args, s.paths...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		return out
	}
	// exact checks that a span holds input[Start:End] byte for byte
	exact := func(what string, spans []claim) {
		t.Helper()
		bad := 0
		for _, sp := range spans {
			text, ok := byPath[sp.Doc]
			if !ok || sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
				t.Fatalf("%s: span %+v outside its document", what, sp)
			}
			if text[sp.Start:sp.End] != sp.Text {
				if bad < 3 {
					t.Errorf("%s: %s %d:%d holds %q, output %q", what, filepath.Base(sp.Doc), sp.Start, sp.End, text[sp.Start:sp.End], sp.Text)
				}
				bad++
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d spans differ from the input", what, bad, len(spans))
		}
	}
	// covers checks that the spans, in order and without overlap, hold every non-space
	// character of every document.
	covers := func(what string, spans []claim) {
		t.Helper()
		for _, p := range s.paths {
			text := byPath[p]
			covered := make([]bool, len(text))
			prev := 0
			for _, sp := range spans {
				if sp.Doc != p {
					continue
				}
				if sp.Start < prev {
					t.Fatalf("%s: span %d:%d overlaps or goes back before %d", what, sp.Start, sp.End, prev)
				}
				prev = sp.End
				for i := sp.Start; i < sp.End; i++ {
					covered[i] = true
				}
			}
			for i, r := range text {
				if !unicode.IsSpace(r) && !covered[i] {
					t.Fatalf("%s: %q at byte %d of %s is in no unit", what, r, i, filepath.Base(p))
				}
			}
		}
	}
	lang := []string{"--lang", s.lang}

	// segment: jsonl and tsv report offsets; text prints the same sentences.
	var sents []claim
	for _, line := range nonEmptyLines(run(append([]string{"segment", "--format", "jsonl"}, lang...)...)) {
		var sp claim
		if err := json.Unmarshal([]byte(line), &sp); err != nil {
			t.Fatal(err)
		}
		sents = append(sents, sp)
	}
	exact("segment jsonl", sents)
	covers("segment jsonl", sents)
	var tsv []claim
	for i, line := range nonEmptyLines(run(append([]string{"segment", "--format", "tsv"}, lang...)...)) {
		c := strings.Split(line, "\t")
		if i == 0 {
			continue
		}
		start, _ := strconv.Atoi(c[3])
		end, _ := strconv.Atoi(c[4])
		tsv = append(tsv, claim{tsvUnescape(c[0]), start, end, tsvUnescape(c[5])})
	}
	exact("segment tsv", tsv)
	var want strings.Builder
	multiline := 0
	for _, sp := range sents {
		want.WriteString(sp.Text + "\n")
		if strings.ContainsAny(sp.Text, "\n\r") {
			multiline++
		}
	}
	// Several documents: each one's sentences come after a "==> name <==" line, and a blank
	// line separates them.
	headers := regexp.MustCompile(`(?m)^(\n)?==> .* <==\n`)
	if got := headers.ReplaceAllString(run(append([]string{"segment", "--format", "text"}, lang...)...), ""); got != want.String() {
		t.Errorf("segment text: output differs from the sentences, one a line")
	}
	t.Logf("%d documents, %d sentences (%d holding a line break)", len(s.paths), len(sents), multiline)

	// export: jsonl reports offsets; the other formats must carry the same sources.
	var units []claim
	var sources []string
	for _, line := range nonEmptyLines(run(append([]string{"export", "--format", "jsonl", "--no-summary"}, lang...)...)) {
		var u struct {
			Doc        string
			Start, End int
			Source     string
		}
		if err := json.Unmarshal([]byte(line), &u); err != nil {
			t.Fatal(err)
		}
		units = append(units, claim{u.Doc, u.Start, u.End, u.Source})
		sources = append(sources, u.Source)
	}
	// A unit's source is its input span byte for byte, except that the worksheet folds line
	// breaks (and the spaces around them) to one space, so that the aligned text files hold a
	// unit on one line: sentences of the Arabic segmenter never hold a line break; English
	// sentences may run over one. Tabs are kept (TSV alone writes them as spaces).
	folded := 0
	for _, u := range units {
		text, ok := byPath[u.Doc]
		if !ok || u.Start < 0 || u.End > len(text) || u.Start >= u.End {
			t.Fatalf("export jsonl: unit %+v outside its document", u)
		}
		in := text[u.Start:u.End]
		switch {
		case in == u.Text:
		case strings.ContainsAny(in, "\n\r\v\f\u0085\u2028\u2029") && worksheet.Fold(in) == u.Text:
			folded++
		default:
			t.Errorf("export jsonl: %s %d:%d holds %q, source %q", filepath.Base(u.Doc), u.Start, u.End, in, u.Text)
		}
	}
	if folded > 0 {
		t.Logf("export: %d of %d sentence units hold a line break, folded to a space", folded, len(units))
	}
	covers("export jsonl", units)
	if got := nonEmptyLines(run(append([]string{"export", "--format", "txt", "--no-summary"}, lang...)...)); !slices.Equal(got, sources) {
		t.Errorf("export txt: %d lines differ from the %d sources", len(got), len(sources))
	}
	var tsvSources []string
	for i, line := range nonEmptyLines(run(append([]string{"export", "--format", "tsv", "--no-summary"}, lang...)...)) {
		if i > 0 {
			tsvSources = append(tsvSources, strings.Split(line, "\t")[2])
		}
	}
	tsvWant := make([]string, len(sources))
	for i, s := range sources {
		tsvWant[i] = strings.ReplaceAll(s, "\t", " ")
	}
	equalSources(t, "export tsv", tsvSources, tsvWant)
	for _, format := range []string{"xliff", "xliff2"} {
		out := run(append([]string{"export", "--format", format, "--no-summary"}, lang...)...)
		read := worksheet.ReadXLIFF
		if format == "xliff2" {
			read = worksheet.ReadXLIFF2
		}
		got, err := read(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var src []string
		for _, u := range got {
			src = append(src, u.Source)
		}
		equalSources(t, "export "+format, src, sources)
	}
	xlsx := filepath.Join(dir, "out.xlsx")
	run(append([]string{"export", "--format", "xlsx", "--no-summary", "-o", xlsx}, lang...)...)
	book, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := worksheet.ReadXLSX(book)
	book.Close()
	if err != nil {
		t.Fatal(err)
	}
	var src []string
	for _, u := range got {
		src = append(src, u.Source)
	}
	equalSources(t, "export xlsx", src, sources)

	// prep (one input per job): source.txt holds the first document's units.
	job := filepath.Join(dir, "job")
	args := append([]string{"prep", "--no-summary", "-o", job}, append(lang, s.paths[0])...)
	if _, stderr, code := runCLI(t, "", args...); code != 0 {
		t.Fatalf("prep: exit %d: %s", code, stderr)
	}
	raw, err := os.ReadFile(filepath.Join(job, "source.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	for i, u := range units {
		if u.Doc == s.paths[0] {
			first = append(first, sources[i])
		}
	}
	equalSources(t, "prep source.txt", nonEmptyLines(string(raw)), first)

	// summarize json: the chosen sentences at their offsets.
	var chosen []claim
	for _, line := range nonEmptyLines(run(append([]string{"summarize", "--format", "json", "--ratio", "0.3"}, lang...)...)) {
		var d struct {
			Doc       string
			Sentences []claim
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		for _, sp := range d.Sentences {
			sp.Doc = d.Doc
			chosen = append(chosen, sp)
		}
	}
	if len(chosen) == 0 && len(sents) > 0 {
		t.Error("summarize chose nothing")
	}
	exact("summarize json", chosen)

	// entities json: the entity text at its offsets.
	var ents []claim
	if err := json.Unmarshal([]byte(run(append([]string{"entities", "--format", "json"}, lang...)...)), &ents); err != nil {
		t.Fatal(err)
	}
	exact("entities json", ents)
	t.Logf("%d units, %d summary sentences, %d entities checked", len(units), len(chosen), len(ents))
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func equalSources(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d sources, export jsonl has %d", what, len(got), len(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: unit %d is %q, export jsonl has %q", what, i+1, got[i], want[i])
			return
		}
	}
}

// tsvUnescape undoes segment's TSV escapes (\\ \t \n \r).
func tsvUnescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
