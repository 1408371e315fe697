package glossary

import (
	"sort"
	"strings"
	"sync"

	"github.com/arprep/arprep/english"
	"github.com/arprep/arprep/names/cldr"
)

// SourceCLDRArabic marks an Arabic target taken from CLDR for an English country, region or
// language name.
const SourceCLDRArabic = SourceLexicon + "cldr (Arabic name)"

// BuildEnglish is Build for English documents (an en→ar job). Candidates are prose's part-of-
// speech patterns — adjectives followed by nouns, and runs of proper nouns — and prose's
// entities; spellings merge when they differ only in case or in a plural -s. Termhood is the
// classic C-value, a term's count less the mean count of the longer terms it is nested in
// (prose gives no positions to count free occurrences by, as Build does), and the score uses
// the English constants of the scoring table (score.go). Countries, regions and languages get
// their Arabic CLDR name as a suggested target. A document's Names, when set, are its entities
// (otherwise opts.Names finds them); its sentences are prose's.
func BuildEnglish(docs []Doc, opts Options) ([]Entry, error) {
	maxWords := opts.MaxWords
	if maxWords <= 0 {
		maxWords = 4
	}
	type group struct {
		forms      map[string]int
		count      int
		words      int
		kinds      map[string]int
		files      []int
		firstDoc   int
		firstSent  int
		context    string
		firstStart int
	}
	groups := map[string]*group{}
	var order []string
	add := func(di, sentIdx int, context, surface, kind string, start int) {
		key := englishKey(surface, kind == KindTerm)
		words := len(strings.Fields(key))
		if key == "" || words > maxWords && kind == KindTerm {
			return
		}
		g := groups[key]
		if g == nil {
			g = &group{forms: map[string]int{}, kinds: map[string]int{}, files: make([]int, len(docs)), words: words,
				firstDoc: di, firstSent: sentIdx, context: context, firstStart: start}
			groups[key] = g
			order = append(order, key)
		}
		g.forms[surface]++
		g.count++
		g.kinds[kind]++
		g.files[di]++
	}
	for di, d := range docs {
		sents, err := english.Split(d.Text)
		if err != nil {
			return nil, err
		}
		sentenceAt := func(offset int) (int, string) {
			i := sort.Search(len(sents), func(i int) bool { return sents[i].End > offset })
			if i == len(sents) {
				return len(sents), ""
			}
			return i + 1, sents[i].Text
		}
		terms, err := english.Terms(d.Text)
		if err != nil {
			return nil, err
		}
		names := d.Names
		if names == nil && opts.Names != nil {
			names = opts.Names(d.Text)
		}
		// Proper-noun runs are the names (prose's tagger finds their extent better than its
		// entity model does); the entity spans inside a run give its type, MISC when none.
		// Entities outside every run are added as they are.
		inRun := make([]bool, len(names))
		for _, t := range terms {
			if !t.Proper {
				si, ctx := sentenceAt(t.Start)
				add(di, si, ctx, t.Text, KindTerm, t.Start)
				continue
			}
			start := skipTitles(d.Text, t.Start, t.End)
			if start >= t.End {
				continue
			}
			votes := map[string]int{}
			for i, n := range names {
				if n.Start < t.End && n.End > t.Start {
					inRun[i] = true
					votes[n.Type] += n.End - n.Start
				}
			}
			kind, best := "MISC", 0
			for typ, v := range votes {
				if v > best || v == best && typ < kind {
					kind, best = typ, v
				}
			}
			si, ctx := sentenceAt(start)
			add(di, si, ctx, d.Text[start:t.End], kind, start)
		}
		for i, n := range names {
			if !inRun[i] {
				si, ctx := sentenceAt(n.Start)
				add(di, si, ctx, d.Text[n.Start:n.End], n.Type, n.Start)
			}
		}
	}
	// C-value: a term's count less the mean count of the longer terms it is nested in.
	nestedIn := map[string][]string{}
	for _, k := range order {
		w := strings.Fields(k)
		for n := 1; n < len(w); n++ {
			for i := 0; i+n <= len(w); i++ {
				sub := strings.Join(w[i:i+n], " ")
				if _, ok := groups[sub]; ok {
					nestedIn[sub] = append(nestedIn[sub], k)
				}
			}
		}
	}
	var out []Entry
	for _, k := range order {
		g := groups[k]
		kind := KindTerm
		best := 0
		for kd, n := range g.kinds {
			if kd != KindTerm && (n > best || n == best && kd < kind) {
				kind, best = kd, n
			}
		}
		min := opts.MinFreq
		if min <= 0 {
			min = 2
			if kind != KindTerm {
				min = 1
			}
		}
		if g.count < min {
			continue
		}
		freq := float64(g.count)
		if longer := nestedIn[k]; len(longer) > 0 && kind == KindTerm {
			sum := 0
			for _, l := range longer {
				sum += groups[l].count
			}
			freq -= float64(sum) / float64(len(longer))
		}
		score := englishScoring.score(g.words, freq, g.count, kind != KindTerm, false, k, opts)
		if score <= 0 {
			continue
		}
		e := Entry{Frequency: g.count, Kind: kind, Score: englishScoring.round(score), Key: k,
			FirstFile: docs[g.firstDoc].Name, FirstSentence: g.firstSent, Context: g.context}
		for surface, n := range g.forms {
			e.Forms = append(e.Forms, Form{Text: surface, Count: n})
		}
		sort.Slice(e.Forms, func(i, j int) bool {
			if e.Forms[i].Count != e.Forms[j].Count {
				return e.Forms[i].Count > e.Forms[j].Count
			}
			return e.Forms[i].Text < e.Forms[j].Text
		})
		e.Term = e.Forms[0].Text
		for i, n := range g.files {
			e.Files = append(e.Files, FileCount{Name: docs[i].Name, Count: n})
		}
		if ar, ok := cldrArabicNames()[strings.ToLower(e.Term)]; ok {
			e.Target, e.TargetSource = ar, SourceCLDRArabic
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Key < out[j].Key
	})
	if opts.Top > 0 && len(out) > opts.Top {
		out = out[:opts.Top]
	}
	return out, nil
}

// titles are words that precede names without being part of them.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true, "general": true,
	"lieutenant": true, "colonel": true, "major": true, "captain": true, "admiral": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true,
	"deputy": true, "assistant": true, "chairman": true, "director": true, "ambassador": true,
	"king": true, "queen": true, "prince": true, "princess": true, "sheikh": true, "emir": true,
	"senator": true, "governor": true, "mayor": true, "judge": true, "chief": true, "staff": true,
}

// skipTitles returns where a proper-noun run text[start:end] begins once leading titles
// ("Lieutenant General", "Dr.") are skipped; end when the run is all titles.
func skipTitles(text string, start, end int) int {
	for start < end {
		word := text[start:end]
		if sp := strings.IndexAny(word, " \t\n"); sp >= 0 {
			word = word[:sp]
		}
		if !titles[strings.ToLower(strings.TrimSuffix(word, "."))] {
			return start
		}
		start += len(word)
		for start < end && strings.ContainsRune(" \t\n", rune(text[start])) {
			start++
		}
	}
	return end
}

// englishKey merges spellings that differ in case or spacing and, for terms (not names:
// United States stays plural), a plural -s on the last word.
func englishKey(s string, foldPlural bool) string {
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 0 {
		return ""
	}
	last := w[len(w)-1]
	switch {
	case !foldPlural:
	case strings.HasSuffix(last, "ies") && len(last) > 4:
		last = last[:len(last)-3] + "y"
	case strings.HasSuffix(last, "s") && len(last) > 3 && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is"):
		last = last[:len(last)-1]
	}
	w[len(w)-1] = last
	return strings.Join(w, " ")
}

var cldrArabic = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	// countries, then region groups, then languages (cldr.Names' order)
	for n := range cldr.Names() {
		if n.Kind == cldr.OtherRegion || n.Arabic == "" || n.English == "" {
			continue
		}
		if k := strings.ToLower(n.English); m[k] == "" {
			m[k] = n.Arabic
		}
	}
	return m
})

// cldrArabicNames maps lower-cased English CLDR names of countries, regions and languages to
// their Arabic names.
func cldrArabicNames() map[string]string { return cldrArabic() }
