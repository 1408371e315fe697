package summarize_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/summarize"
)

// analysedTexts are the seed article and the EASC articles in testdata (see
// testdata/easc/README.md), by name.
func analysedTexts(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("testdata/easc/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no EASC fixtures: %v", err)
	}
	texts := map[string]string{}
	for _, p := range append(paths, "../testdata/seed.txt") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[p] = string(b)
	}
	return texts
}

// TestAnalysedEqualsSummarize checks that handing the tagger's analysis to Analysed gives the
// Summary that Summarize gives when it tokenises the text and calls the tagger itself, for
// several options, with entities and without.
func TestAnalysedEqualsSummarize(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := analysedTexts(t)
	background := idf.New()
	for _, text := range texts {
		background.Add(text)
	}
	found := 0 // entities, so that the entity feature is compared too
	for name, text := range texts {
		a := tagger.Analyse(text)
		found += len(a.Entities)
		for _, c := range []struct {
			name string
			opts summarize.Options
		}{
			{"default", summarize.Options{}},
			{"plain", summarize.Options{Plain: true}},
			{"words=120", summarize.Options{Budget: summarize.Budget{Words: 120}}},
			{"max-words=80", summarize.Options{Budget: summarize.Budget{MaxWords: 80, Sentences: 4}}},
			{"background", summarize.Options{Background: background}},
		} {
			for _, withEntities := range []bool{true, false} {
				opts, in := c.opts, summarize.Analysis{Words: a.Words}
				if withEntities {
					opts.Entities, in.Entities = tagger.Tag, a.Entities
				}
				want, err := summarize.Summarize(text, opts)
				if err != nil {
					t.Fatal(err)
				}
				got, err := summarize.Analysed(text, in, opts)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %s, entities %v: Analysed chose %v (%d words), Summarize %v (%d words)",
						name, c.name, withEntities, got.Chosen, got.Words, want.Chosen, want.Words)
				}
			}
		}
	}
	if found == 0 {
		t.Error("the tagger found no entities: the entity feature went untested")
	}
}

func TestAnalysedRefusesBadWords(t *testing.T) {
	text := "ارتفعت أسعار النفط اليوم."
	words := idf.Words(text)
	for _, c := range []struct {
		name  string
		words []idf.Word
	}{
		{"out of order", []idf.Word{words[1], words[0]}},
		{"overlapping", []idf.Word{{Start: 0, End: 8}, {Start: 4, End: 10}}},
		{"past the end", []idf.Word{{Start: 0, End: len(text) + 1}}},
		{"negative", []idf.Word{{Start: -1, End: 2}}},
		{"empty", []idf.Word{{Start: 3, End: 3}}},
	} {
		if _, err := summarize.Analysed(text, summarize.Analysis{Words: c.words}, summarize.Options{}); !errors.Is(err, summarize.ErrWords) {
			t.Errorf("%s: error %v, want ErrWords", c.name, err)
		}
	}
	if _, err := summarize.Analysed(text, summarize.Analysis{Words: words}, summarize.Options{Budget: summarize.Budget{Ratio: 2}}); !errors.Is(err, summarize.ErrBudget) {
		t.Errorf("ratio 2: error %v, want ErrBudget", err)
	}
}

// TestAnalysedPiecesEqualsAnalysed checks that a text handed over a piece at a time gives the
// summary of its analysis handed whole: pieces of one word, of a few, and of uneven sizes,
// with entities in whichever piece holds them, and words out of order refused.
func TestAnalysedPiecesEqualsAnalysed(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range analysedTexts(t) {
		a := tagger.Analyse(text)
		whole := summarize.Analysis{Words: a.Words, Entities: a.Entities}
		want, err := summarize.Analysed(text, whole, summarize.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{1, 7, 100, len(a.Words)} {
			var pieces []summarize.Analysis
			for start := 0; start < len(a.Words); start += size {
				end := min(start+size, len(a.Words))
				p := summarize.Analysis{Words: a.Words[start:end], Entities: []span.Entity{}}
				for _, e := range whole.Entities {
					if a.Words[start].Start <= e.Start && (end == len(a.Words) || e.Start < a.Words[end].Start) {
						p.Entities = append(p.Entities, e)
					}
				}
				pieces = append(pieces, p)
			}
			got, err := summarize.AnalysedPieces(text, slices.Values(pieces), summarize.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s in pieces of %d words: chose %v, whole %v", name, size, got.Chosen, want.Chosen)
			}
		}
		swapped := []summarize.Analysis{{Words: a.Words[len(a.Words)/2:]}, {Words: a.Words[:len(a.Words)/2]}}
		if _, err := summarize.AnalysedPieces(text, slices.Values(swapped), summarize.Options{}); !errors.Is(err, summarize.ErrWords) {
			t.Errorf("%s: pieces out of order: error %v, want ErrWords", name, err)
		}
	}
}
