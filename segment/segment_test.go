package segment

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/news"
)

// shared is the project's read-only data directory, next to the repository.
const shared = "../../shared"

func texts(sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.Text
	}
	return out
}

// readAll runs a Reader over r and returns its sentences.
func readAll(t testing.TB, r io.Reader, opts Options) []Sentence {
	t.Helper()
	rd := FromReader(r, opts)
	var out []Sentence
	for rd.Next() {
		out = append(out, rd.Sentence())
	}
	if err := rd.Err(); err != nil {
		t.Fatalf("reader: %v", err)
	}
	return out
}

// checkInvariants checks what every segmentation promises: offsets that slice the
// input to the text, no white space at either end, sentences in order without overlap,
// every non-space character in a sentence, no line break inside one, paragraphs numbered from 1 without going
// back, and the length limit.
func checkInvariants(t testing.TB, input string, sents []Sentence, opts Options) {
	t.Helper()
	max := opts.MaxSentenceBytes
	if max == 0 {
		max = DefaultMaxSentenceBytes
	}
	prevEnd, prevPara := 0, 1
	for i, s := range sents {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(input) {
			t.Fatalf("sentence %d: bad span [%d,%d) after %d (input %d bytes)", i, s.Start, s.End, prevEnd, len(input))
		}
		if input[s.Start:s.End] != s.Text {
			t.Fatalf("sentence %d: input[%d:%d] = %q, Text = %q", i, s.Start, s.End, input[s.Start:s.End], s.Text)
		}
		first, _ := utf8.DecodeRuneInString(s.Text)
		last, _ := utf8.DecodeLastRuneInString(s.Text)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("sentence %d not trimmed: %q", i, s.Text)
		}
		if strings.ContainsAny(s.Text, "\n\r\v\f\u0085\u2028\u2029") {
			t.Fatalf("sentence %d spans a line break: %q", i, s.Text)
		}
		if gap := input[prevEnd:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("sentence %d: non-space text %q lost before it", i, gap)
		}
		if s.Paragraph < prevPara || (i == 0 && s.Paragraph != 1) {
			t.Fatalf("sentence %d: paragraph %d after %d", i, s.Paragraph, prevPara)
		}
		if max > 0 && len(s.Text) > max && utf8.RuneCountInString(s.Text) > 1 {
			t.Fatalf("sentence %d: %d bytes, limit %d", i, len(s.Text), max)
		}
		if s.Kind != news.Text && opts.Plain {
			t.Fatalf("sentence %d: kind %v with Options.Plain", i, s.Kind)
		}
		if s.Kind == news.Dateline && len(s.Text) > news.MaxDatelineBytes {
			t.Fatalf("sentence %d: dateline of %d bytes: %q", i, len(s.Text), s.Text)
		}
		if i > 0 && s.Start == prevEnd && !sents[i-1].Forced && (s.Kind != news.Text || sents[i-1].Kind != news.Text) {
			before, _ := utf8.DecodeLastRuneInString(input[:s.Start])
			after, _ := utf8.DecodeRuneInString(s.Text)
			if wordRune(before) && wordRune(after) {
				t.Fatalf("sentence %d: %v unit cut inside a word: %q|%q", i, s.Kind, sents[i-1].Text, s.Text)
			}
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
	if rest := input[prevEnd:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("non-space text %q lost at the end", rest)
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// checkSegmentation checks the invariants of SplitWith and that a Reader fed one byte
// at a time finds the same sentences.
func checkSegmentation(t testing.TB, input string, opts Options) []Sentence {
	t.Helper()
	got := SplitWith(input, opts)
	checkInvariants(t, input, got, opts)
	streamed := readAll(t, iotest.OneByteReader(strings.NewReader(input)), opts)
	if !reflect.DeepEqual(got, streamed) {
		t.Fatalf("Reader and SplitWith differ on %q:\nsplit:  %q\nreader: %q", input, texts(got), texts(streamed))
	}
	return got
}

type goldenFile struct {
	License string `json:"license"`
	Cases   []struct {
		ID       string   `json:"id"`
		Text     string   `json:"text"`
		Expected []string `json:"expected"`
	} `json:"cases"`
}

// TestGoldenRules runs the five Arabic golden rules of pragmatic_segmenter and pySBD
// (testdata/golden_rules_ar.json, MIT): cases 1-3 by default, 4-5 in clause mode, which
// is the convention that splits at ":" and "،".
func TestGoldenRules(t *testing.T) {
	raw, err := os.ReadFile("../testdata/golden_rules_ar.json")
	if err != nil {
		t.Fatal(err)
	}
	var g goldenFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Cases) != 5 || !strings.HasPrefix(g.License, "MIT") {
		t.Fatalf("golden file: %d cases, licence %q", len(g.Cases), g.License)
	}
	for i, c := range g.Cases {
		opts := Options{Clauses: i >= 3}
		t.Run(c.ID, func(t *testing.T) {
			got := texts(checkSegmentation(t, c.Text, opts))
			if !reflect.DeepEqual(got, c.Expected) {
				t.Errorf("clauses=%v\ngot  %q\nwant %q", opts.Clauses, got, c.Expected)
			}
		})
	}
}

type segmentCase struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Clauses   bool     `json:"clauses"`
}

func loadCases(t testing.TB) []segmentCase {
	raw, err := os.ReadFile("../testdata/segment_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []segmentCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestCases runs the table of hard cases in testdata/segment_cases.json (the format of
// segf1.py --cases, plus "clauses"): every rule of the package, each with a trap.
func TestCases(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.ID] {
			t.Fatalf("duplicate case id %q", c.ID)
		}
		seen[c.ID] = true
		t.Run(c.ID, func(t *testing.T) {
			got := texts(checkSegmentation(t, c.Text, Options{Clauses: c.Clauses}))
			if !reflect.DeepEqual(got, c.Sentences) {
				t.Errorf("%q\ngot  %q\nwant %q", c.Text, got, c.Sentences)
			}
		})
	}
}

func TestParagraphsAndOffsets(t *testing.T) {
	input := "  عنوان الخبر\r\n\r\nالجملة الأولى. الجملة الثانية!\n\n\n\tفقرة ثالثة؟\u2029فقرة رابعة"
	want := []Sentence{
		{Text: "عنوان الخبر", Start: 2, End: 2 + len("عنوان الخبر"), Paragraph: 1},
		{Text: "الجملة الأولى.", Paragraph: 2},
		{Text: "الجملة الثانية!", Paragraph: 2},
		{Text: "فقرة ثالثة؟", Paragraph: 3},
		{Text: "فقرة رابعة", Paragraph: 4},
	}
	got := checkSegmentation(t, input, Options{})
	if len(got) != len(want) {
		t.Fatalf("got %q", texts(got))
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.Text || g.Paragraph != w.Paragraph || (w.End > 0 && (g.Start != w.Start || g.End != w.End)) {
			t.Errorf("sentence %d: got %+v, want %+v", i, g, w)
		}
	}
}

func TestMaxSentenceBytes(t *testing.T) {
	long := strings.Repeat("كلمة ", 100) // 1000 bytes without a boundary
	tests := []struct {
		name   string
		input  string
		max    int
		forced int // sentences cut by the limit
		count  int
	}{
		{"default limit not reached", long + "نهاية.", 0, 0, 1},
		{"cut at white space", long, 100, 9, 10},
		{"no limit", strings.Repeat(long, 5), -1, 0, 1},
		{"no white space", strings.Repeat("ب", 300), 101, 5, 6},
		{"boundary before the limit", "جملة قصيرة. " + long, 200, 4, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{MaxSentenceBytes: tt.max}
			got := checkSegmentation(t, tt.input, opts)
			forced := 0
			for _, s := range got {
				if s.Forced {
					forced++
				}
			}
			if len(got) != tt.count || forced != tt.forced {
				t.Errorf("got %d sentences, %d forced; want %d, %d", len(got), forced, tt.count, tt.forced)
			}
		})
	}
}

// TestReaderMemory checks that the Reader's buffer stays bounded on an input far longer
// than a sentence.
func TestReaderMemory(t *testing.T) {
	sentence := "هذه جملة عادية من جمل الأخبار وفيها رقم 3.5 واختصار د. محمد. "
	input := strings.NewReader(strings.Repeat(sentence, 200000)) // about 18 MB
	rd := FromReader(input, Options{})
	n := 0
	for rd.Next() {
		n++
	}
	if rd.Err() != nil || n != 200000 {
		t.Fatalf("%d sentences, err %v", n, rd.Err())
	}
	if cap(rd.buf) > 4*readSize {
		t.Errorf("buffer grew to %d bytes", cap(rd.buf))
	}
}

func TestReaderError(t *testing.T) {
	boom := errors.New("boom")
	rd := FromReader(io.MultiReader(strings.NewReader("جملة أولى. جملة"), iotest.ErrReader(boom)), Options{})
	for rd.Next() {
	}
	if !errors.Is(rd.Err(), boom) {
		t.Fatalf("Err() = %v, want %v", rd.Err(), boom)
	}
}

// spanF1 scores predicted sentences against gold ones as ../shared/eval/segf1.py does:
// spans over the text with all white space removed must match exactly.
func spanF1(t *testing.T, gold, pred []string) float64 {
	t.Helper()
	spans := func(sents []string) (map[[2]int]bool, string) {
		set, all, pos := map[[2]int]bool{}, strings.Builder{}, 0
		for _, s := range sents {
			s = strings.Join(strings.Fields(s), "")
			if s == "" {
				continue
			}
			set[[2]int{pos, pos + len(s)}] = true
			pos += len(s)
			all.WriteString(s)
		}
		return set, all.String()
	}
	g, gText := spans(gold)
	p, pText := spans(pred)
	if gText != pText {
		t.Fatal("prediction changed the text")
	}
	exact := 0
	for s := range p {
		if g[s] {
			exact++
		}
	}
	prec, rec := float64(exact)/float64(len(p)), float64(exact)/float64(len(g))
	return 2 * prec * rec / (prec + rec)
}

// TestSharedData checks the invariants on the whole UD Arabic-PUD and UN dev
// segmentation sets, and that F1 stays above the bars of the issue.
func TestSharedData(t *testing.T) {
	sets := []struct {
		text, gold string
		minF1      float64
	}{
		{"data/pud/test.txt", "data/pud/test.sents", 0.995},
		{"data/un-dev/seg.txt", "data/un-dev/seg.sents", 0.999},
	}
	for _, set := range sets {
		t.Run(set.text, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(shared, set.text))
			if err != nil {
				t.Skipf("%s not available (%v): the shared data sets live next to the repository", set.text, err)
			}
			goldRaw, err := os.ReadFile(filepath.Join(shared, set.gold))
			if err != nil {
				t.Fatal(err)
			}
			input := string(raw)
			for _, opts := range []Options{{}, {Clauses: true}, {MaxSentenceBytes: 300}} {
				checkInvariants(t, input, SplitWith(input, opts), opts)
			}
			got := SplitWith(input, Options{})
			if streamed := readAll(t, strings.NewReader(input), Options{}); !reflect.DeepEqual(got, streamed) {
				t.Fatal("Reader and Split differ")
			}
			f1 := spanF1(t, strings.Split(strings.TrimSpace(string(goldRaw)), "\n"), texts(got))
			t.Logf("F1 %.4f", f1)
			if f1 < set.minF1 {
				t.Errorf("F1 %.4f below %.3f", f1, set.minF1)
			}
		})
	}
}

func FuzzSegment(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.Text, c.Clauses, 0)
	}
	f.Add("1. أ.د\u202a.\u202c «قال: \"لا...\"؟!» (12) www.x.com/?a=1 ٣٫٥\r\n\n\u2029", true, 7)
	f.Add("\xff\xd8.\xe2\x80 ـ؟،:", false, 1)
	for _, c := range newsCases {
		f.Add(c.in, false, 0)
	}
	f.Fuzz(func(t *testing.T, input string, clauses bool, max int) {
		opts := Options{Clauses: clauses, MaxSentenceBytes: max % 4096}
		checkSegmentation(t, input, opts)
	})
}
