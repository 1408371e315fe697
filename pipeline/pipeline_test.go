package pipeline

import (
	"os"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline/pipelinetest"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/worksheet"
)

func seedText(t testing.TB) string {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(seed)
}

func defaultTagger(t testing.TB) *entity.Tagger {
	tagger, err := entity.Default()
	if err != nil {
		t.Skipf("no entity model: %v", err)
	}
	return tagger
}

func TestAnalyseParallel(t *testing.T) {
	tagger := defaultTagger(t)
	seed := seedText(t)
	text := strings.Repeat(seed+"\n\n", 4)
	whole := AnalyseParallel(tagger, text, 4, false).Entities
	defer func(n int) { ChunkBytes = n }(ChunkBytes)
	ChunkBytes = len(seed) / 2 // several pieces
	for _, n := range []int{1, 2, 4} {
		a := AnalyseParallel(tagger, text, n, true)
		pieces := a.Entities
		if len(whole) == 0 || len(pieces) == 0 {
			t.Fatalf("n=%d: no entities: %d whole, %d in pieces", n, len(whole), len(pieces))
		}
		// every span lies in the text, in order, and the pieces find the seed's entities in each copy
		prev := 0
		for _, e := range pieces {
			if e.Start < prev || e.End > len(text) || e.Start >= e.End {
				t.Fatalf("n=%d: span %+v out of order or out of the text", n, e)
			}
			prev = e.End
		}
		if len(pieces)%4 != 0 {
			t.Errorf("n=%d: %d spans over 4 identical copies", n, len(pieces))
		}
		for k, e := range pieces[:len(pieces)/4] {
			f := pieces[k+len(pieces)/4]
			if text[e.Start:e.End] != text[f.Start:f.End] || f.Start-e.Start != len(seed)+2 {
				t.Errorf("n=%d: copy 1 span %q at %d, copy 2 span %q at %d", n, text[e.Start:e.End], e.Start, text[f.Start:f.End], f.Start)
			}
		}
		// the words are the whole text's, in order, offsets into it
		want := tagger.Analyse(text).Words
		if len(a.Words) != len(want) {
			t.Fatalf("n=%d: %d words in pieces, %d whole", n, len(a.Words), len(want))
		}
		for i := range want {
			if a.Words[i] != want[i] {
				t.Fatalf("n=%d: word %d is %+v in pieces, %+v whole", n, i, a.Words[i], want[i])
			}
		}
	}
}

// TestJobTagsOnce checks that a job's summary, glossary (built twice, as prep does when the
// first has no entries) and report page take the names found once per document.
func TestJobTagsOnce(t *testing.T) {
	tagger := defaultTagger(t)
	seed := seedText(t)
	english := "The council met in Geneva on Monday. Maria Lopez chaired the meeting of the council.\n"
	var proseCalls int
	defer func(f func(string) ([]span.Entity, error)) { englishEntities = f }(englishEntities)
	tests := []struct {
		name           string
		inputs         []Input
		mode           worksheet.Mode
		summary        bool
		tagged, proses int
	}{
		{"arabic sentences", []Input{{"a.txt", seed}, {"b.txt", seed[:len(seed)/2]}}, worksheet.Sentences, true, 2, 0},
		{"arabic lines", []Input{{"a.txt", seed}}, worksheet.Lines, true, 1, 0},
		{"arabic no summary", []Input{{"a.txt", seed}}, worksheet.Paragraphs, false, 1, 0},
		{"english", []Input{{"a.txt", english}, {"b.txt", english}}, worksheet.Sentences, true, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := &pipelinetest.CountingTagger{Tagger: tagger}
			proseCalls = 0
			englishEntities = func(text string) ([]span.Entity, error) {
				proseCalls++
				return nil, nil // prose's names are not what is counted
			}
			a := &Analyser{Tagger: ct, Parallel: 2, Words: true}
			j, err := a.Job(tt.inputs, JobOptions{Mode: tt.mode, Lang: lang.Auto, Summary: tt.summary,
				Budget: summarize.Budget{Ratio: 0.25}})
			if err != nil {
				t.Fatal(err)
			}
			for _, minFreq := range []int{0, 1} {
				if _, err := j.Glossary(glossary.Options{MinFreq: minFreq}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := j.Page(nil, "test"); err != nil {
				t.Fatal(err)
			}
			if got := ct.Calls(); got != int64(tt.tagged) {
				t.Errorf("the tagger ran %d times over %d documents, want %d", got, len(tt.inputs), tt.tagged)
			}
			if proseCalls != tt.proses {
				t.Errorf("prose's entities ran %d times over %d documents, want %d", proseCalls, len(tt.inputs), tt.proses)
			}
		})
	}
}

// TestStreamSentences checks that a stream is split as the whole text is, in the language its
// beginning shows.
func TestStreamSentences(t *testing.T) {
	tests := []struct {
		name, text string
		code, want lang.Code
	}{
		{"arabic", seedText(t), lang.Auto, lang.Arabic},
		{"english", "The council met in Geneva. It adopted a resolution.\n\nDelegates left on Monday.", lang.Auto, lang.English},
		{"forced arabic", "The council met in Geneva. It adopted a resolution.", lang.Arabic, lang.Arabic},
		{"empty", "", lang.Auto, lang.Arabic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole, used, err := Sentences(tt.text, tt.code, segment.Options{})
			if err != nil || used != tt.want {
				t.Fatalf("Sentences: %v, %s; want %s", err, used, tt.want)
			}
			var got []segment.Sentence
			err = StreamSentences(strings.NewReader(tt.text), tt.code, segment.Options{}, func(s segment.Sentence, used lang.Code) error {
				if used != tt.want {
					t.Errorf("streamed as %s, want %s", used, tt.want)
				}
				got = append(got, s)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(whole) {
				t.Fatalf("%d sentences streamed, %d split whole", len(got), len(whole))
			}
			for i := range got {
				if got[i].Start != whole[i].Start || got[i].End != whole[i].End || got[i].Text != whole[i].Text {
					t.Errorf("sentence %d: streamed %+v, whole %+v", i+1, got[i], whole[i])
				}
			}
		})
	}
}

// TestReportWords checks that the report counts the job's words as it counts the summary's:
// a summary of every sentence is 100% of the words.
func TestReportWords(t *testing.T) {
	a := &Analyser{Tagger: defaultTagger(t), Parallel: 1}
	j, err := a.Job([]Input{{"seed.txt", seedText(t)}}, JobOptions{Mode: worksheet.Sentences, Lang: lang.Auto,
		Summary: true, Budget: summarize.Budget{Ratio: 1}})
	if err != nil {
		t.Fatal(err)
	}
	summaryWords := 0
	for _, u := range j.Sheet.Units {
		if !u.InSummary {
			t.Fatalf("unit %d not in a summary of ratio 1", u.ID)
		}
		summaryWords += arabic.CountWords(u.Source)
	}
	if got := j.Report(nil, nil).Words; got != summaryWords || got == 0 {
		t.Errorf("report counts %d words, its summary of every unit %d", got, summaryWords)
	}
}

// TestAnalyseInParts checks that a long paragraph tagged a part at a time (entity.Pieces)
// gives the entities and words of tagging it whole: single lines and wrapped lines, parts of
// a few blocks of sentences and parts of one.
func TestAnalyseInParts(t *testing.T) {
	tagger := defaultTagger(t)
	news := seedText(t) // and the EASC articles: names recur across their sentences
	for _, name := range []string{"003", "021", "121", "139"} {
		b, err := os.ReadFile("../summarize/testdata/easc/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		news += "\n" + string(b)
	}
	oneLine := strings.Join(strings.Fields(news), " ")
	tests := []struct {
		name, text string
		part       int
	}{
		{"single line", strings.Repeat(oneLine+" ", 3), 8 << 10},
		{"single line, small parts", strings.Repeat(oneLine+" ", 3), 1},
		{"lines", strings.Repeat(strings.ReplaceAll(news, "\n\n", "\n"), 3), 8 << 10},
	}
	defer func(c, p int) { ChunkBytes, PieceBytes = c, p }(ChunkBytes, PieceBytes)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ChunkBytes, PieceBytes = len(tt.text)+1, tt.part
			if parts := entity.Pieces(tt.text, tt.part); len(parts) < 3 {
				t.Fatalf("%d parts of %d bytes, want several", len(parts), len(tt.text))
			}
			want := tagger.Analyse(tt.text)
			for _, n := range []int{1, 2} {
				got := AnalyseParallel(tagger, tt.text, n, true)
				if len(got.Entities) != len(want.Entities) || len(got.Words) != len(want.Words) {
					t.Fatalf("n=%d: %d entities and %d words in parts, %d and %d whole", n,
						len(got.Entities), len(got.Words), len(want.Entities), len(want.Words))
				}
				for i := range want.Entities {
					if got.Entities[i] != want.Entities[i] {
						t.Fatalf("n=%d: entity %d is %+v in parts, %+v whole", n, i, got.Entities[i], want.Entities[i])
					}
				}
				for i := range want.Words {
					if got.Words[i] != want.Words[i] {
						t.Fatalf("n=%d: word %d is %+v in parts, %+v whole", n, i, got.Words[i], want.Words[i])
					}
				}
			}
		})
	}
}
