package entity

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/names/cldr"
)

// gazetteer maps phrases (the Keys of their words, space-joined) and single words to
// category bits (gaz* constants).
type gazetteer struct {
	phrases map[string]uint32
	// words holds, for each word that begins a phrase or has part bits, all the tagger asks
	// of it (see entry): one map look-up a word rather than three, each a likely cache miss
	// in maps of 100k+ keys (entry was 5% of summarize's CPU over ANT).
	words map[string]gazEntry
	// continued holds the beginnings of two or more words that a longer phrase goes on from,
	// so that markFrom stops joining words as soon as no phrase can match: the name lists
	// hold genealogies of up to 104 words that begin with محمد or عبد, and trying every
	// length up to the longest cost one map look-up a word for each of them.
	continued map[string]struct{}
}

func newGazetteer() *gazetteer {
	return &gazetteer{phrases: map[string]uint32{}, words: map[string]gazEntry{},
		continued: map[string]struct{}{}}
}

// addPart adds category bits to the word key k.
func (g *gazetteer) addPart(k string, bits uint32) {
	e := g.words[k]
	e.parts |= bits
	g.words[k] = e
}

func (g *gazetteer) addPhrase(keys []string, bits uint32) {
	if len(keys) == 0 {
		return
	}
	for _, k := range keys {
		if k == "" {
			return
		}
	}
	g.addJoined(strings.Join(keys, " "), bits)
}

// addJoined adds a phrase given as space-joined keys.
func (g *gazetteer) addJoined(p string, bits uint32) {
	g.phrases[p] |= bits
	first, _, _ := strings.Cut(p, " ")
	e := g.words[first]
	n := strings.Count(p, " ") + 1
	if n == 1 {
		e.alone |= bits
	}
	e.longest = max(e.longest, int32(n))
	g.words[first] = e
	for end := len(first); end < len(p); {
		next := strings.IndexByte(p[end+1:], ' ')
		if next < 0 {
			break
		}
		end += 1 + next
		g.continued[p[:end]] = struct{}{}
	}
}

// merge returns a gazetteer with the entries of both.
func (g *gazetteer) merge(o *gazetteer) *gazetteer {
	m := newGazetteer()
	for _, src := range []*gazetteer{g, o} {
		for p, b := range src.phrases {
			m.addJoined(p, b)
		}
		for k, e := range src.words {
			if e.parts != 0 {
				m.addPart(k, e.parts)
			}
		}
	}
	return m
}

// gazEntry is what a gazetteer holds for one word: its part bits, its bits as a phrase of
// one word, and the length in words of the longest phrase it begins (0: none).
type gazEntry struct {
	parts, alone uint32
	longest      int32
}

func (g *gazetteer) entry(key string) gazEntry { return g.words[key] }

// mark sets gazB/gazI on toks: the longest phrase starting at each token, and word parts.
func (g *gazetteer) mark(toks []token) {
	g.markFrom(toks, func(t *token) gazEntry { return g.entry(t.key) })
}

// markFrom is mark with each word's entry given by entry, which may have looked it up in
// advance.
func (g *gazetteer) markFrom(toks []token, entry func(*token) gazEntry) {
	var b []byte
	for i := range toks {
		t := &toks[i]
		e := entry(t)
		t.gazB |= e.parts
		if e.longest == 0 {
			continue
		}
		max := min(int(e.longest), len(toks)-i)
		// Join one word at a time while some phrase goes on; keep the longest found.
		found, foundBits := 0, e.alone
		if foundBits != 0 {
			found = 1
		}
		b = append(b[:0], t.key...)
		for n := 2; n <= max; n++ {
			if n > 2 {
				if _, ok := g.continued[string(b)]; !ok {
					break
				}
			}
			b = append(append(b, ' '), toks[i+n-1].key...)
			if bits, ok := g.phrases[string(b)]; ok {
				found, foundBits = n, bits
			}
		}
		if found > 0 {
			t.gazB |= foundBits
			for j := i + 1; j < i+found; j++ {
				toks[j].gazI |= foundBits
			}
		}
	}
}

// phraseKeys returns the Keys of the word tokens of s.
func phraseKeys(s string) []string {
	var keys []string
	for _, t := range arabic.Tokens(s) {
		if t.Kind == arabic.Word {
			keys = append(keys, arabic.Key(t.Text))
		}
	}
	return keys
}

// cldrGazetteer holds the Arabic names CLDR gives for regions (countries, continents, UN
// M.49 areas, and the other region codes it reads, such as EU and UN) and for languages.
func cldrGazetteer() *gazetteer {
	g := newGazetteer()
	for n := range cldr.Names() {
		if n.Arabic == "" {
			continue
		}
		if n.Kind == cldr.Language {
			g.addPhrase(phraseKeys(n.Arabic), 1<<gazLanguage)
		} else {
			g.addPhrase(phraseKeys(n.Arabic), 1<<gazRegion)
		}
	}
	return g
}

// trainingGazetteer lists the entities of the given sentences (whole phrases and their
// words) by type.
func trainingGazetteer(sents []analysedSentence) *gazetteer {
	g := newGazetteer()
	for _, s := range sents {
		g.addEntities(s.toks, s.spans, gazPhrase, gazPart)
	}
	return g
}

// addEntities adds the entities spans of toks: each whole phrase under category
// phraseBase+type, each of its words (not stopwords) under partBase+type.
func (g *gazetteer) addEntities(toks []token, spans []tokenSpan, phraseBase, partBase int) {
	for _, sp := range spans {
		ty := typeIndex(sp.typ)
		if ty < 0 {
			continue
		}
		keys := make([]string, 0, sp.end-sp.start)
		for j := sp.start; j < sp.end; j++ {
			k := toks[j].key
			keys = append(keys, k)
			if utf8.RuneCountInString(k) > 1 && !arabic.IsStopword(k) {
				g.addPart(k, 1<<(partBase+ty))
			}
		}
		g.addPhrase(keys, 1<<(phraseBase+ty))
		if phraseBase == gazPhrase && sp.typ == "PERS" && len(keys) > 1 {
			g.addPart(keys[0], 1<<gazFirst)
			g.addPart(keys[len(keys)-1], 1<<gazLast)
		}
	}
}

func typeIndex(s string) int {
	for i, t := range types {
		if t == s {
			return i
		}
	}
	return -1
}

// autoLexicon lists, from entities tagged automatically in unlabelled sentences, the words
// tagged inside an entity of one type in at least half of their (two or more) occurrences,
// and the phrases tagged twice or more, under their most frequent type.
func autoLexicon(sents [][]token, spans [][]tokenSpan) *gazetteer {
	seen := map[string]int{}
	inside := map[string]*[len(types)]int{}
	phrases := map[string]*[len(types)]int{}
	for i, toks := range sents {
		for _, tk := range toks {
			seen[tk.key]++
		}
		for _, sp := range spans[i] {
			ty := typeIndex(sp.typ)
			keys := make([]string, 0, sp.end-sp.start)
			for j := sp.start; j < sp.end; j++ {
				k := toks[j].key
				keys = append(keys, k)
				if inside[k] == nil {
					inside[k] = new([len(types)]int)
				}
				inside[k][ty]++
			}
			p := strings.Join(keys, " ")
			if phrases[p] == nil {
				phrases[p] = new([len(types)]int)
			}
			phrases[p][ty]++
		}
	}
	g := newGazetteer()
	for _, k := range slices.Sorted(maps.Keys(inside)) {
		if utf8.RuneCountInString(k) < 2 || arabic.IsStopword(k) {
			continue
		}
		for ty, n := range inside[k] {
			if n >= 2 && 2*n >= seen[k] {
				g.addPart(k, 1<<(autoPart+ty))
			}
		}
	}
	for _, p := range slices.Sorted(maps.Keys(phrases)) {
		best, arg := 0, 0
		for ty, n := range phrases[p] {
			if n > best {
				best, arg = n, ty
			}
		}
		if best >= 2 && !strings.Contains(p, "  ") && !strings.HasPrefix(p, " ") && !strings.HasSuffix(p, " ") {
			g.addPhrase(strings.Split(p, " "), 1<<(autoPhrase+arg))
		}
	}
	return g
}

// partCount is the number of words with part bits.
func (g *gazetteer) partCount() int {
	n := 0
	for _, e := range g.words {
		if e.parts != 0 {
			n++
		}
	}
	return n
}
