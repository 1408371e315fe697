package summarize

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/arprep/arprep/arabic"
)

// The EASC dev half lives in ../shared (see DEVELOPERS.md); these tests skip without it.
const eascDir = "../../shared/data/easc-dev"

type eascDoc struct {
	id     string
	text   string
	refs   [][]string // normalised words of each reference
	budget int        // mean reference length in words, rounded as rouge.py does
}

// loadEASCIfPresent returns the EASC documents, or nil without the data.
func loadEASCIfPresent() []eascDoc {
	docs, _ := readEASC()
	return docs
}

func loadEASC(t testing.TB) []eascDoc {
	t.Helper()
	docs, err := readEASC()
	if err != nil {
		t.Fatal(err)
	}
	if docs == nil {
		t.Skipf("EASC dev data not found under %s", eascDir)
	}
	return docs
}

// readEASC reads the articles and their references; nil, nil when the data is absent.
func readEASC() ([]eascDoc, error) {
	arts, err := filepath.Glob(filepath.Join(eascDir, "articles", "*.txt"))
	if err != nil || len(arts) == 0 {
		return nil, nil
	}
	sort.Strings(arts)
	var docs []eascDoc
	for _, a := range arts {
		id := strings.TrimSuffix(filepath.Base(a), ".txt")
		b, err := os.ReadFile(a)
		if err != nil {
			return nil, err
		}
		d := eascDoc{id: id, text: string(b)}
		refs, _ := filepath.Glob(filepath.Join(eascDir, "summaries", id+".*.txt"))
		total := 0
		for _, r := range refs {
			rb, err := os.ReadFile(r)
			if err != nil {
				return nil, err
			}
			w := rougeWords(string(rb))
			d.refs = append(d.refs, w)
			total += len(w)
		}
		if len(refs) == 0 {
			return nil, fmt.Errorf("no references for %s", id)
		}
		d.budget = roundHalfEven(float64(total) / float64(len(refs)))
		docs = append(docs, d)
	}
	return docs, nil
}

// roundHalfEven is Python's round().
func roundHalfEven(x float64) int {
	f := int(x)
	switch frac := x - float64(f); {
	case frac > 0.5, frac == 0.5 && f%2 == 1:
		return f + 1
	}
	return f
}

// rougeWords mirrors ../shared/eval/arnorm.py words(): NFKC, diacritics and tatweel out,
// letters folded, lower case, \w+ runs.
func rougeWords(s string) []string {
	s = strings.ToLower(arabic.NormalizeFolds(s, arabic.Diacritics|arabic.Tatweel|arabic.Letters|arabic.Compat))
	var out []string
	start := -1
	for i, r := range s {
		word := r == '_' || isWordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// rouge returns the mean over references of ROUGE-n F of sys cut to budget words.
func rouge(sys []string, refs [][]string, budget, n int) float64 {
	if len(sys) > budget {
		sys = sys[:budget]
	}
	grams := func(w []string) map[string]int {
		m := map[string]int{}
		for i := 0; i+n <= len(w); i++ {
			m[strings.Join(w[i:i+n], " ")]++
		}
		return m
	}
	s := grams(sys)
	sn := max(0, len(sys)-n+1)
	var f float64
	for _, r := range refs {
		rg := grams(r)
		hit := 0
		for g, c := range s {
			hit += min(c, rg[g])
		}
		rn := max(0, len(r)-n+1)
		if hit == 0 || sn == 0 || rn == 0 {
			continue
		}
		p, rc := float64(hit)/float64(sn), float64(hit)/float64(rn)
		f += 2 * p * rc / (p + rc)
	}
	return f / float64(len(refs))
}

// eascScore summarises every document with --words budget and returns mean ROUGE-1/2 F.
func eascScore(t testing.TB, docs []eascDoc, summarise func(d eascDoc) string) (r1, r2 float64) {
	for _, d := range docs {
		w := rougeWords(summarise(d))
		r1 += rouge(w, d.refs, d.budget, 1)
		r2 += rouge(w, d.refs, d.budget, 2)
	}
	return r1 / float64(len(docs)), r2 / float64(len(docs))
}

func summaryText(text string, s *Summary) string {
	var b strings.Builder
	for _, i := range s.Chosen {
		b.WriteString(s.Sentences[i].Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestEASCLeadMatchesRougePy(t *testing.T) {
	docs := loadEASC(t)
	r1, r2 := eascScore(t, docs, func(d eascDoc) string { return d.text })
	// rouge.py on the articles themselves: R1 F 0.5228, R2 F 0.4460.
	if abs(r1-0.5228) > 0.0006 || abs(r2-0.4460) > 0.0006 {
		t.Errorf("lead R1 %.4f R2 %.4f, want rouge.py's 0.5228 / 0.4460", r1, r2)
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestEASCBeatsLead guards the bar: default weights (without the entity tagger, which
// package main adds) must beat the lead baseline on both ROUGE-1 and ROUGE-2 F.
func TestEASCBeatsLead(t *testing.T) {
	docs := loadEASC(t)
	r1, r2 := eascScore(t, docs, func(d eascDoc) string {
		s, err := Summarize(d.text, Options{Budget: Budget{Words: d.budget}})
		if err != nil {
			t.Fatal(err)
		}
		return summaryText(d.text, s)
	})
	t.Logf("EASC dev, default weights, no entities: R1 F %.4f, R2 F %.4f (lead 0.5228 / 0.4460)", r1, r2)
	if r1 <= 0.5228 || r2 <= 0.4460 {
		t.Errorf("R1 %.4f R2 %.4f do not beat the lead baseline 0.5228 / 0.4460", r1, r2)
	}
}
