package summarize

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/wordcache"
)

// termWeight is one term of a sentence's TF-IDF vector.
type termWeight struct {
	id int32
	w  float64
}

// document holds what scoring and selection need.
type document struct {
	terms     int // distinct terms
	words     []int
	sentTerms [][]int32 // per sentence, its terms' ids in order (nil when no terms)
	weight    []float64 // by term id: its IDF
	// vecs are the sentences' TF-IDF vectors (see vector) when the text has at most
	// maxHeldTerms terms, nil otherwise.
	vecs     [][]termWeight
	features []Features
}

// maxHeldTerms bounds the terms of a text whose sentence vectors are held, made once: a
// longer text's are made when asked for, as those of every sentence took more memory than the
// rest of its analysis (16 bytes a term), but a news article's are asked for many times over
// as its summary is chosen.
const maxHeldTerms = 1 << 18

// vectors gives the sentences' vectors: the ones held, or made when asked for.
type vectors struct {
	d      *document
	store  []termWeight
	sorted []int32
}

// of returns the vector of sentence i, sorted by id, unit length (nil when it has no terms),
// valid until the next call.
func (v *vectors) of(i int) []termWeight {
	if v.d.vecs != nil {
		return v.d.vecs[i]
	}
	var vec []termWeight
	vec, v.store, v.sorted = vector(v.d.sentTerms[i], v.d.weight, v.store[:0], v.sorted)
	return vec
}

// maxTermsGuess bounds the distinct terms a text's table is first made for: a large text's
// vocabulary grows far slower than its size.
const maxTermsGuess = 1 << 16

// The length penalty is zero between shortWords and longWords and reaches 1 at minWords and
// maxWords.
const (
	minWords   = 3
	shortWords = 8
	longWords  = 40
	maxWords   = 100
)

// analyse computes the features of the units from the words of the text (in order, with their
// terms; see unitWords), which src gives unit by unit with the text's named entities, and,
// with background, its IDF.
func analyse(text string, units []segment.Sentence, src wordSource, background *idf.Model) *document {
	n := len(units)
	d := &document{words: make([]int, n), features: make([]Features, n)}
	if n == 0 {
		src.entities() // a tagger's goroutine ends with the call
		return d
	}
	// Terms, interned to ids.
	guess := min(len(text)/24+1, maxTermsGuess) // distinct words, for news text of about 12 bytes a word
	ids := make(map[string]int32, guess)
	names := make([]string, 0, guess)
	sentTerms := make([][]int32, n)
	d.sentTerms = sentTerms
	flat := make([]int32, 0, len(text)/12+1) // the units' terms, back to back (news: about a term in 13 bytes)
	ends := make([]int, n)                   // where each unit's terms end in flat
	src.start(units)
	for i, u := range units {
		d.words[i] = arabic.CountWords(u.Text)
		ws, ok := src.unit(u)
		if !ok {
			ws = idf.Words(u.Text)
		}
		for _, w := range ws {
			if w.Term == "" {
				continue
			}
			id, ok := ids[w.Term]
			if !ok {
				id = int32(len(names))
				ids[w.Term] = id
				names = append(names, w.Term)
			}
			flat = append(flat, id)
		}
		ends[i] = len(flat)
	}
	start := 0
	for i, end := range ends {
		if end > start {
			sentTerms[i] = flat[start:end:end]
		}
		start = end
	}
	d.terms = len(names)
	tf := make([]float64, len(names)) // in the document
	df := make([]int, len(names))     // sentences holding the term
	lastSeen := make([]int, len(names))
	for i, ts := range sentTerms {
		for _, id := range ts {
			tf[id]++
			if lastSeen[id] != i+1 { // first time in sentence i
				lastSeen[id] = i + 1
				df[id]++
			}
		}
	}
	weight := make([]float64, len(names)) // IDF
	for id, name := range names {
		if background != nil {
			weight[id] = background.IDF(name)
		} else {
			weight[id] = math.Log(float64(1+n)/float64(1+df[id])) + 1
		}
	}
	// Document vector norm for the centroid cosine.
	var docNorm float64
	for id := range names {
		v := tf[id] * weight[id]
		docNorm += v * v
	}
	docNorm = math.Sqrt(docNorm)

	title := titleUnit()
	inTitle := make([]bool, len(names))
	titleSize := 0 // distinct terms
	for _, id := range sentTerms[title] {
		if !inTitle[id] {
			inTitle[id] = true
			titleSize++
		}
	}
	counted := make([]int, len(names)) // by term: 1 + the last sentence whose overlap counted it
	raw := make([]float64, n)
	d.weight = weight
	var store []termWeight // the vectors, back to back when held
	var sorted []int32
	if len(flat) <= maxHeldTerms {
		d.vecs = make([][]termWeight, n)
		store = make([]termWeight, 0, len(flat))
	}
	for i, ts := range sentTerms {
		var v []termWeight
		if d.vecs != nil {
			v, store, sorted = vector(ts, weight, store, sorted)
			d.vecs[i] = v
		} else {
			v, store, sorted = vector(ts, weight, store[:0], sorted)
		}
		var dot float64
		for _, tw := range v {
			dot += tw.w * tf[tw.id] * weight[tw.id]
		}
		if docNorm > 0 {
			raw[i] = dot / docNorm
		}
		f := &d.features[i]
		f.Position = positionFn(i, n)
		f.Paragraph = boolScore(i == 0 || units[i].Paragraph != units[i-1].Paragraph)
		f.Length = lengthPenalty(d.words[i])
		if i == title {
			f.Title = 1
		} else if titleSize > 0 {
			f.Title = float64(overlap(ts, inTitle, counted, i+1)) / float64(titleSize)
		}
	}
	scaleToMax(raw)
	for i := range raw {
		d.features[i].TFIDF = raw[i]
	}
	if spans, ok := src.entities(); ok {
		ent := entityScores(text, units, d.words, spans)
		for i := range ent {
			d.features[i].Entity = ent[i]
		}
	}
	return d
}

// unitWords returns the words of the text that lie in unit u: its own tokens, as tokenising
// u.Text would give them. It returns false when a word crosses an end of the unit (a
// splitter's unit that ends inside "3.5" or an address): the unit's own tokens differ there,
// and must be found from its text.
func unitWords(words []idf.Word, u segment.Sentence) ([]idf.Word, bool) {
	lo := sort.Search(len(words), func(k int) bool { return words[k].End > u.Start })
	hi := lo + sort.Search(len(words)-lo, func(k int) bool { return words[lo+k].End > u.End })
	if lo < len(words) && words[lo].Start < u.Start || hi < len(words) && words[hi].Start < u.End {
		return nil, false
	}
	return words[lo:hi], true
}

// titleUnit is the sentence the title feature compares with: the first unit, which is the
// headline when the text has one (an unterminated line stays a unit of its own, see
// joinWrapped) and the lead sentence otherwise.
func titleUnit() int { return 0 }

// vector returns the unit-length TF-IDF vector of a sentence's terms, sorted by id, appended
// to store (which it returns grown); sorted is scratch space, returned for reuse.
func vector(ts []int32, weight []float64, store []termWeight, sorted []int32) (v, grown []termWeight, scratch []int32) {
	if len(ts) == 0 {
		return nil, store, sorted
	}
	sorted = append(sorted[:0], ts...)
	slices.Sort(sorted)
	start := len(store)
	for _, id := range sorted {
		if len(store) > start && store[len(store)-1].id == id {
			store[len(store)-1].w += weight[id]
			continue
		}
		store = append(store, termWeight{id, weight[id]})
	}
	v = store[start:len(store):len(store)]
	var norm float64
	for _, tw := range v {
		norm += tw.w * tw.w
	}
	norm = math.Sqrt(norm)
	for k := range v {
		v[k].w /= norm
	}
	return v, store, sorted
}

// overlap counts the distinct terms of ts that are in the set (inSet by term id). counted
// remembers, by term, the last mark it was counted under, so that the caller's one slice
// serves every sentence: mark must differ from call to call.
func overlap(ts []int32, inSet []bool, counted []int, mark int) int {
	n := 0
	for _, id := range ts {
		if inSet[id] && counted[id] != mark {
			counted[id] = mark
			n++
		}
	}
	return n
}

// positionFn is the position feature of sentence i of n: 1/(1+i/2), so the first sentence has
// 1, the third 0.5, the eleventh 1/6. It is a variable so that the tuning test can compare
// shapes (see TestTuneEASC).
var positionFn = func(i, n int) float64 { return 1 / (1 + float64(i)/2) }

func lengthPenalty(words int) float64 {
	switch {
	case words <= minWords:
		return 1
	case words < shortWords:
		return float64(shortWords-words) / float64(shortWords-minWords)
	case words <= longWords:
		return 0
	case words < maxWords:
		return float64(words-longWords) / float64(maxWords-longWords)
	}
	return 1
}

func boolScore(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func scaleToMax(v []float64) {
	var m float64
	for _, x := range v {
		m = max(m, x)
	}
	if m <= 0 {
		return
	}
	for i := range v {
		v[i] /= m
	}
}

// entityScores gives each sentence the share of its words inside named entities, each
// mention weighted by ln(1+c) where c counts the entity's mentions in the whole document, so
// that recurring entities weigh more than one-off ones; scaled so the best sentence has 1.
// Mentions are keyed by their words' matching keys (arabic.Key), so الكويت and والكويت are one
// entity.
func entityScores(text string, units []segment.Sentence, words []int, spans []span.Entity) []float64 {
	out := make([]float64, len(units))
	type mention struct {
		unit, words int
		key         string
	}
	var ms []mention
	count := map[string]int{}
	var toks []arabic.Token
	for _, e := range spans {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End {
			continue
		}
		u := sort.Search(len(units), func(i int) bool { return units[i].End > e.Start })
		if u == len(units) || units[u].Start > e.Start {
			continue // outside every sentence
		}
		key, ok := mentionKeys.Get(text[e.Start:e.End])
		if !ok {
			toks = arabic.AppendTokens(toks[:0], text[e.Start:e.End])
			key = entityKey(toks)
			mentionKeys.Add(text[e.Start:e.End], key)
		}
		if key == "" {
			continue
		}
		count[key]++
		ms = append(ms, mention{u, max(1, arabic.CountWords(text[e.Start:e.End])), key})
	}
	for _, m := range ms {
		if words[m.unit] > 0 {
			out[m.unit] += math.Log(1+float64(count[m.key])) * float64(m.words) / float64(words[m.unit])
		}
	}
	scaleToMax(out)
	return out
}

// mentionKeys remembers the keys of the entity mentions met twice, up to maxMentionKeys of
// them (a few MB): names recur, within an article and across a corpus, and a key costs a
// normalisation and a clitic split with their lexicon look-ups per word.
var mentionKeys = wordcache.New[string](maxMentionKeys)

const maxMentionKeys = 1 << 15

// entityKey is the key of a mention, given its tokens.
func entityKey(toks []arabic.Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == arabic.Punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(arabic.Key(t.Text))
	}
	return b.String()
}
