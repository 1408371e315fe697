package worksheet

import (
	"bytes"
	"errors"
	"flag"
	"github.com/arprep/arprep/segment"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testSentences cuts text the simple way the tests need (the segment package does it properly):
// a blank line ends a paragraph, a line end or . ؟ ! before a space ends a sentence.
func testSentences(text string) []segment.Sentence {
	var spans []segment.Sentence
	para, start := 0, -1
	emit := func(end int) {
		if start >= 0 {
			s, e := trimSpan(text, start, end)
			if s < e {
				spans = append(spans, segment.Sentence{Start: s, End: e, Paragraph: para})
			}
		}
		start = -1
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			emit(i)
			if i+1 < len(text) && text[i+1] == '\n' {
				para++
			}
		case start < 0 && c != ' ' && c&0xC0 != 0x80:
			start = i
		}
		if start >= 0 && (c == '.' || c == '!' || strings.HasPrefix(text[i:], "؟")) {
			end := i + 1
			if c != '.' && c != '!' {
				end = i + len("؟")
			}
			if end == len(text) || text[end] == ' ' || text[end] == '\n' {
				emit(end)
			}
		}
	}
	emit(len(text))
	return spans
}

func readSample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sampleJob is the job the golden files are made from: the sample cut into sentences, with
// a summary on two sentences and targets on none.
func sampleJob(t testing.TB, mode Mode) *Job {
	t.Helper()
	text := readSample(t)
	j := NewJob("ar", "en", mode)
	j.Version = "test"
	if mode == Lines {
		j.AddLines("sample.txt", text)
	} else {
		j.AddSentences("sample.txt", text, testSentences(text))
	}
	j.HasSummary = true
	for i := range j.Units {
		j.Units[i].Score = float64(len(j.Units)-i) / 10
		j.Units[i].InSummary = i == 0 || i == 2
	}
	return j
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  نص  ", "نص"},
		{"سطر\nثان", "سطر ثان"},
		{"a \r\n\t b", "a \t b"}, // a tab is text, kept
		{"كلمة\tكلمة", "كلمة\tكلمة"},
		{"a\u2028b\u2029c\x0bd\x0ce\u0085f", "a b c d e f"},
		{"a  b", "a  b"}, // inner spaces stay
		{"\u200fنص", "\u200fنص"},
		{"a\xffb", "a\ufffdb"},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAddLines(t *testing.T) {
	text := "أ\r\n\n  ب  \nج\n\n\nد"
	j := NewJob("ar", "en", Lines)
	j.AddLines("x", text)
	var got []string
	var paras []int
	for _, u := range j.Units {
		got = append(got, u.Source)
		paras = append(paras, u.Paragraph)
		if text[u.Start:u.End] != u.Source {
			t.Errorf("unit %d: span %q != source %q", u.ID, text[u.Start:u.End], u.Source)
		}
	}
	if !reflect.DeepEqual(got, []string{"أ", "ب", "ج", "د"}) || !reflect.DeepEqual(paras, []int{1, 2, 2, 3}) {
		t.Errorf("units %q paragraphs %v", got, paras)
	}
	// a second document continues ids and paragraphs
	j.AddLines("y", "هـ\n")
	last := j.Units[len(j.Units)-1]
	if last.ID != 5 || last.Paragraph != 4 || last.Doc != 1 {
		t.Errorf("second document unit = %+v", last)
	}
}

func TestAddSentencesModes(t *testing.T) {
	text := "جملة أولى. جملة ثانية.\n\nجملة ثالثة."
	spans := testSentences(text)
	if len(spans) != 3 {
		t.Fatalf("test spans %v", spans)
	}
	s := NewJob("ar", "en", Sentences)
	s.AddSentences("x", text, spans)
	p := NewJob("ar", "en", Paragraphs)
	p.AddSentences("x", text, spans)
	if len(s.Units) != 3 || len(p.Units) != 2 {
		t.Fatalf("sentences %d units, paragraphs %d units", len(s.Units), len(p.Units))
	}
	if p.Units[0].Source != "جملة أولى. جملة ثانية." || p.Units[1].Paragraph != 2 {
		t.Errorf("paragraph units %+v", p.Units)
	}
	if s.Units[1].Paragraph != 1 || s.Units[2].Paragraph != 2 {
		t.Errorf("sentence paragraphs %+v", s.Units)
	}
	// bad spans are skipped, not a panic
	bad := NewJob("ar", "en", Sentences)
	bad.AddSentences("x", "abc", []segment.Sentence{{Start: -1, End: 2}, {Start: 2, End: 1}, {Start: 0, End: 99}, {Start: 0, End: 3}})
	if len(bad.Units) != 1 {
		t.Errorf("bad spans gave %d units", len(bad.Units))
	}
}

func TestSetTargetsMismatch(t *testing.T) {
	j := sampleJob(t, Sentences)
	err := j.SetTargets([]string{"one", "two"})
	var ce *CountError
	if !errors.As(err, &ce) || ce.Targets != 2 || ce.Units != len(j.Units) {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "2 target lines") || !strings.Contains(err.Error(), "source units") {
		t.Errorf("message %q does not name both counts", err)
	}
	if j.HasTargets() {
		t.Error("a failed SetTargets changed the units")
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\r\nb\r\n", []string{"a", "b"}},
		{"a\n\nb", []string{"a", "", "b"}},
		{"\n", []string{""}},
	}
	for _, tc := range tests {
		if got := SplitLines(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestXMLDropped(t *testing.T) {
	j := sampleJob(t, Sentences)
	j.Units[0].Target = "bad\x02target"
	d := j.XMLDropped()
	if len(d) != 2 {
		t.Fatalf("dropped %v, want the sample's U+0001 and the target's U+0002", d)
	}
	if d[0].Target {
		d[0], d[1] = d[1], d[0]
	}
	text := j.Docs[0].Text
	if d[0].Rune != 1 || text[d[0].Offset] != 1 {
		t.Errorf("source drop %+v does not point at the U+0001 byte", d[0])
	}
	if !d[1].Target || d[1].Rune != 2 {
		t.Errorf("target drop %+v", d[1])
	}
	for _, x := range d {
		if !strings.Contains(x.String(), "not allowed in XML 1.0") || !strings.Contains(x.String(), "sample.txt") {
			t.Errorf("message %q", x)
		}
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n%s", name, got)
	}
}

func TestMarkSummary(t *testing.T) {
	text := "أ ب. ج د.\n\nهـ و."
	for _, tc := range []struct {
		mode   Mode
		in     []bool
		scores []float64
	}{
		{Sentences, []bool{false, true, false}, []float64{0.2, 0.9, 0.1}},
		{Paragraphs, []bool{true, false}, []float64{0.9, 0.1}},
	} {
		j := NewJob("ar", "en", tc.mode)
		j.AddSentences("x", text, testSentences(text))
		j.MarkSummary(0, []Scored{{0, 6, 0.2, false}, {7, 13, 0.9, true}, {15, len(text), 0.1, false}})
		for i, u := range j.Units {
			if u.InSummary != tc.in[i] || u.Score != tc.scores[i] {
				t.Errorf("%s unit %d: in %v score %v, want %v %v", tc.mode, i+1, u.InSummary, u.Score, tc.in[i], tc.scores[i])
			}
		}
		if !j.HasSummary {
			t.Error("HasSummary not set")
		}
	}
}

func TestSetTargetsByLine(t *testing.T) {
	j := NewJob("ar", "en", Lines)
	j.AddLines("a", "أ\n\nب\n")
	j.AddLines("b", "ج\n")
	if err := j.SetTargets([]string{"A", "", "B", "C"}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, u := range j.Units {
		got = append(got, u.Target)
	}
	if !reflect.DeepEqual(got, []string{"A", "B", "C"}) {
		t.Errorf("targets %q", got)
	}
	if err := j.SetTargets([]string{"A", "lost", "B", "C"}); err == nil || !strings.Contains(err.Error(), "target line 2") {
		t.Errorf("text against a blank source line: err = %v", err)
	}
	err := j.SetTargets([]string{"A", "B"})
	if err == nil || !strings.Contains(err.Error(), "2 target lines for 3 source units (4 source lines") {
		t.Errorf("err = %v", err)
	}
}

func TestUnitLines(t *testing.T) {
	text := "جملة. أخرى.\nسطر ثان.\n\nفقرة."
	j := NewJob("ar", "en", Sentences)
	j.AddSentences("x", text, testSentences(text))
	var lines []int
	for _, u := range j.Units {
		lines = append(lines, u.Line)
	}
	if !reflect.DeepEqual(lines, []int{1, 1, 2, 4}) {
		t.Errorf("lines %v", lines)
	}
}
