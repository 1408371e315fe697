//go:build tune

package summarize

import (
	"fmt"
	"math"
	"os"
	"sort"
	"testing"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// TestTuneEASC searches the weights on the EASC dev half (never on other data), with the
// embedded entity tagger as the entity source, for each position shape (SHAPE=inv2 limits it
// to one). It is built only with the tune tag, so that the package's ordinary tests do not
// run the search:
//
//	go test -tags tune ./summarize -run TestTuneEASC -v
//
// Features do not depend on the weights, so each document is analysed once and only scoring
// and selection run per setting; it prints the best settings by R1+R2 (this file's own ROUGE,
// which TestEASCLeadMatchesRougePy checks against rouge.py).
func TestTuneEASC(t *testing.T) {
	docs := loadEASC(t)
	tagger, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	tuneEntities = tagger.Tag
	defer func(f func(int, int) float64) { positionFn = f }(positionFn)
	shapes := map[string]func(i, n int) float64{
		"inv2":   func(i, n int) float64 { return 1 / (1 + float64(i)/2) },
		"inv6":   func(i, n int) float64 { return 1 / (1 + float64(i)/6) },
		"linear": func(i, n int) float64 { return 1 - float64(i)/float64(n) },
		"exp3":   func(i, n int) float64 { return math.Exp(-3 * float64(i) / float64(n)) },
	}
	for _, name := range []string{"inv2", "inv6", "linear", "exp3"} {
		if sh := os.Getenv("SHAPE"); sh != "" && sh != name {
			continue
		}
		positionFn = shapes[name]
		fmt.Println("shape", name)
		tuneShape(t, docs)
	}
}

func tuneShape(t *testing.T, docs []eascDoc) {
	type pre struct {
		sum *Summary
		d   *document
	}
	pres := make([]pre, len(docs))
	for i, doc := range docs {
		units := joinWrapped(doc.text, segment.Split(doc.text))
		opts := Options{Entities: tuneEntities}
		d := analyse(doc.text, units, textWords{idf.Words(doc.text), startEntities(doc.text, opts)}, nil)
		s := &Summary{Sentences: make([]Sentence, len(units))}
		for k, u := range units {
			s.Sentences[k] = Sentence{Text: u.Text, Start: u.Start, End: u.End, Paragraph: u.Paragraph, Index: k, Words: d.words[k], Features: d.features[k]}
		}
		pres[i] = pre{s, d}
	}
	eval := func(w Weights) (float64, float64) {
		i := 0
		return eascScore(t, docs, func(doc eascDoc) string {
			p := pres[i]
			i++
			s := &Summary{Sentences: append([]Sentence(nil), p.sum.Sentences...)}
			for k := range s.Sentences {
				f := s.Sentences[k].Features
				s.Sentences[k].Score = w.TFIDF*f.TFIDF + w.Entity*f.Entity + w.Position*f.Position +
					w.Paragraph*f.Paragraph + w.Title*f.Title - w.Length*f.Length
			}
			choose(s, p.d, Budget{Words: doc.budget}, w.Redundancy)
			return summaryText(doc.text, s)
		})
	}
	type result struct {
		w      Weights
		r1, r2 float64
	}
	var res []result
	for _, tf := range []float64{0, 0.25, 0.5, 1} {
		ents := []float64{0}
		if tuneEntities != nil {
			ents = []float64{0, 0.25, 0.5, 1}
		}
		for _, ent := range ents {
			for _, pos := range []float64{1, 2, 3, 4} {
				for _, par := range []float64{0, 0.3} {
					for _, ti := range []float64{0, 0.25, 0.5} {
						for _, ln := range []float64{1, 1.5, 2} {
							for _, red := range []float64{0, 0.3} {
								w := Weights{tf, ent, pos, par, ti, ln, red}
								r1, r2 := eval(w)
								res = append(res, result{w, r1, r2})
							}
						}
					}
				}
			}
		}
	}
	sort.Slice(res, func(a, b int) bool { return res[a].r1+res[a].r2 > res[b].r1+res[b].r2 })
	for _, r := range res[:min(10, len(res))] {
		fmt.Printf("R1 %.4f R2 %.4f  %+v\n", r.r1, r.r2, r.w)
	}
	r1, r2 := eval(DefaultWeights())
	fmt.Printf("default: R1 %.4f R2 %.4f\n", r1, r2)
}

// tuneEntities is the entity source for tuning.
var tuneEntities func(string) []span.Entity
