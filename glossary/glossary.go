package glossary

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
)

// Doc is one input document.
type Doc struct {
	Name string // file name shown in per-file counts and locations
	Text string
	// Sentences and Names, when not nil, are the document's sentences and named entities,
	// already found (see Prepare); Build then does not call Options.Sentences or
	// Options.Names for it.
	Sentences []Sentence
	Names     []Name
}

// Prepare splits d into sentences and tags its names with opts, so that the slow per-document
// work can run in parallel before Build.
func Prepare(d Doc, opts Options) Doc {
	preloadNames()
	if d.Sentences == nil {
		if opts.Sentences != nil {
			d.Sentences = opts.Sentences(d.Text)
		} else {
			d.Sentences = segmentSentences(d.Text)
		}
		if d.Sentences == nil {
			d.Sentences = []Sentence{}
		}
	}
	if d.Names == nil && opts.Names != nil {
		d.Names = opts.Names(d.Text)
		if d.Names == nil {
			d.Names = []Name{}
		}
	}
	return d
}

// Sentence is a sentence of a document as byte offsets into its text.
type Sentence struct{ Start, End int }

// Name is a named entity found by a tagger: text[Start:End], Type one of PERS, LOC, ORG, MISC.
type Name struct {
	Start, End int
	Type       string
}

// Background weighs words by how specific they are to a text: IDF returns the inverse
// document frequency of a term as idf.Term analyses a word, larger for rarer words.
// *idf.Model satisfies it.
type Background interface {
	IDF(term string) float64
}

// Options controls Build. The zero value is usable: no names, segment.Split sentences,
// automatic minimum frequency, every entry.
type Options struct {
	// Sentences splits a document into sentences. Nil means segment.Split.
	Sentences func(text string) []Sentence
	// Names tags named entities (entity.Tagger.Tag in the command). Nil means terms only.
	Names func(text string) []Name
	// Background, when not nil, multiplies scores by the mean IDF of an entry's words.
	// When nil, the embedded news background does (see background.go), unless NoBackground.
	Background   Background
	NoBackground bool
	// MinFreq drops entries seen fewer times. 0 means automatic: names are kept from one
	// occurrence, terms from two, and a single untagged word without the article from three
	// (two when the text spells it two ways).
	MinFreq int
	// Top keeps the best N entries (0: all).
	Top int
	// MaxWords is the longest term in words (0: 4). Names may be longer.
	MaxWords int
	// Termbase and TM, when not nil, give targets before the name lexicon (see suggest.go);
	// termbase terms are kept whatever their frequency.
	Termbase *Termbase
	TM       *TM
}

// Kinds of entry besides the entity types PERS, LOC, ORG and MISC.
const KindTerm = "term"

// Form is one surface spelling of an entry and how often it occurred.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// FileCount is how often an entry occurred in one input.
type FileCount struct {
	Name  string `json:"file"`
	Count int    `json:"count"`
}

// Entry is one glossary term with its spellings, counts and a suggested translation.
type Entry struct {
	Term      string      `json:"term"`      // canonical form: the most frequent spelling
	Forms     []Form      `json:"forms"`     // every spelling, canonical first, then by count
	Frequency int         `json:"frequency"` // occurrences over all inputs
	Files     []FileCount `json:"files"`     // per-input counts, in input order
	Kind      string      `json:"kind"`      // PERS, LOC, ORG, MISC or term
	Score     float64     `json:"score"`     // ranking score: C-value (names: weighted count) × background IDF
	// FirstFile and FirstSentence locate the first occurrence: the input's name and the
	// 1-based sentence number within it; Context is that sentence.
	FirstFile     string `json:"first_file"`
	FirstSentence int    `json:"first_sentence"`
	Context       string `json:"context"`
	// Target is a suggested translation (empty when none is known) and TargetSource says
	// where it comes from; every target is a suggestion for a translator to check.
	Target       string `json:"target,omitempty"`
	TargetSource string `json:"target_source,omitempty"`
	// TargetGuess is a romanisation of a name no list knows (see Guess): a starting point,
	// never a known English form, so it is kept out of the target column.
	TargetGuess string `json:"target_guess,omitempty"`
	Key         string `json:"-"`
}

// Variants returns the spellings other than the canonical one.
func (e *Entry) Variants() []Form {
	if len(e.Forms) <= 1 {
		return nil
	}
	return e.Forms[1:]
}

// Build extracts, merges, scores and ranks the glossary of docs, best entry first.
func Build(docs []Doc, opts Options) []Entry {
	preloadNames()
	maxWords := opts.MaxWords
	if maxWords <= 0 {
		maxWords = 4
	}
	c := newCollector(len(docs))
	for di, d := range docs {
		c.addDoc(di, d, opts, maxWords)
	}
	c.attachClitics()
	groups := c.mergeVariants()
	entries := c.entries(groups, docs, opts)
	return entries
}

// occurrence is one place a candidate occurs. It is kept small (a corpus has millions):
// the spelling is an index into collector.surfaces, the entity type into entityTypes.
type occurrence struct {
	doc, sent int32
	from, to  int32 // token span in the document
	start     int32 // byte offset in the document
	surface   int32
	nameType  uint8 // 0: the tagger did not name it here
}

// entityTypes are the types a tagger gives, indexed by occurrence.nameType.
var entityTypes = []string{"", "PERS", "LOC", "ORG", "MISC"}

func entityType(t string) uint8 {
	for i, e := range entityTypes[1:] {
		if e == t {
			return uint8(i + 1)
		}
	}
	return 4 // an unknown type is a miscellaneous name
}

type candidate struct {
	words  int
	occs   []occurrence
	tagged int // occurrences the tagger named
}

type collector struct {
	tokens    []int        // tokens per document
	sents     [][]Sentence // sentences per document
	spellings *spellings
	cands     map[string]*candidate
	order     []string // keys in first-seen order
	surfaces  []string
	surfaceID map[string]int32
	finalYa   map[string]int // per word key ending in ي: times written with a final ى less times with ي
}

func newCollector(ndocs int) *collector {
	return &collector{cands: map[string]*candidate{}, spellings: &spellings{},
		tokens: make([]int, ndocs), sents: make([][]Sentence, ndocs), surfaceID: map[string]int32{},
		finalYa: map[string]int{}}
}

// intern returns the index of a spelling in c.surfaces.
func (c *collector) intern(s string) int32 {
	if id, ok := c.surfaceID[s]; ok {
		return id
	}
	id := int32(len(c.surfaces))
	c.surfaces = append(c.surfaces, s)
	c.surfaceID[s] = id
	return id
}

// word is an analysed token.
type word struct {
	tok          arabic.Token
	key          string // wordKey
	stop         bool   // a function word, also when read without its clitics (بما)
	functionWord bool   // a function word as written or after a trusted clitic split (وأم)
	particle     bool   // a name particle (بن، أبو): begins or continues a name, never ends one
	clitic       bool   // carries a proclitic
	display      string // the surface with proclitics removed (for the first word of a candidate)
	content      bool   // an Arabic content word that may be part of a term
}

// nameWord reports whether w may begin or end a name from the tagger.
func (w word) nameWord() bool {
	return w.tok.Kind == arabic.Word && !w.functionWord && utf8.RuneCountInString(w.key) >= 2
}

func analyse(text string) []word {
	toks := arabic.Tokens(text)
	ws := make([]word, len(toks))
	for i, t := range toks {
		w := word{tok: t}
		if t.Kind == arabic.Word {
			norm := arabic.Normalize(t.Text)
			w.key = wordKey(t.Text)
			stripped := arabic.StripProclitics(norm)
			w.functionWord = arabic.IsStopword(norm)
			w.stop = w.functionWord || arabic.IsStopword(w.key) || arabic.IsStopword(stripped)
			w.clitic = stripped != norm && wordKey(stripped) == w.key
			w.functionWord = w.functionWord || (w.clitic && arabic.IsStopword(stripped))
			if rest, ok := strings.CutPrefix(norm, "ب"); ok && nameWords()[rest] == nameParticle {
				// ببن قردان (in Ben Guerdane): the lexicon keeps ببن whole, too short to split.
				w.key, w.clitic, w.stop = rest, true, true
				stripped = rest
			}
			switch nameWords()[w.key] {
			case nameParticle:
				w.functionWord, w.particle = false, true
			case nameWhenTagged:
				w.functionWord = false
			}
			w.display = cleanSurface(t.Text)
			if w.clitic {
				w.display = stripSurface(w.display, norm, stripped)
			}
			w.content = !w.stop && utf8.RuneCountInString(w.key) >= 2
		} else {
			w.key = t.Text
		}
		ws[i] = w
	}
	return ws
}

// The stopword list holds words that are parts of names in news (بن قردان, أبو الغيط) or
// names themselves (بان كي مون, ريال مدريد, نيسان, عبدالسلام جمعة, and the currencies, which
// ANERcorp tags MISC). Trimmed off a tagged name as function words, they turned بن قردان into
// the person قردان in a glossary of Tunisian news. They still bound terms.
const (
	nameParticle   = 1 // begins a name or stands inside one, never ends it (بن، أبو)
	nameWhenTagged = 2 // a function or time word in running text, kept at either edge of a tagged name
)

// nameWords maps the keys of those words to their class; built on first use, since Key
// loads the word-frequency lexicon.
var nameWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("بن أبو") {
		m[wordKey(w)] = nameParticle
	}
	for _, w := range strings.Fields("بان نيسان ريال جمعة خميس حبيب صباح دولار درهم دينار جنيه يورو شيكل ليرة") {
		m[wordKey(w)] = nameWhenTagged
	}
	return m
})

// wordKey is arabic.Key, except for splits the glossary does not trust: one that leaves
// fewer than three letters (كين is not ك+ين), and one that takes the rare clitic ك (as, like)
// off a word of four letters (كوفي, كابل are names, not ك+وفي, ك+ابل). Such a word keeps its
// whole normalised form, without the article, as its key.
func wordKey(w string) string {
	k := arabic.Key(w)
	n := arabic.Normalize(w)
	if rest, ok := strings.CutPrefix(n, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
		n = rest
	}
	switch runes := utf8.RuneCountInString(k); {
	case runes < 3:
		return n
	case runes < 4 && strings.HasPrefix(n, "ك") && !strings.HasPrefix(k, "ك") && !strings.HasPrefix(n, "كال"):
		return n
	}
	return k
}

// cleanSurface removes tatweel and invisible controls from a word for display; diacritics
// stay, since they are part of how the text spells the word.
func cleanSurface(s string) string {
	return arabic.NormalizeFolds(s, arabic.Tatweel|arabic.Bidi)
}

// stripSurface removes from the displayed word raw the proclitics that took norm (its
// normalised form) to stripped, keeping the letters of the rest as written. The letters of a
// word map one to one onto its normalised letters; marks and controls are skipped.
func stripSurface(raw, norm, stripped string) string {
	// The common suffix of norm and stripped is the kept part; stripped may begin with an
	// extra alef that the clitic ل had elided (للكويت → الكويت).
	common := 0
	for common < len(norm) && common < len(stripped) {
		r1, n1 := utf8.DecodeLastRuneInString(norm[:len(norm)-common])
		r2, _ := utf8.DecodeLastRuneInString(stripped[:len(stripped)-common])
		if r1 != r2 {
			break
		}
		common += n1
	}
	removed := utf8.RuneCountInString(norm[:len(norm)-common])
	extra := stripped[:len(stripped)-common]
	rest := raw[skipLetters(raw, removed):]
	if rest == "" {
		return raw
	}
	return extra + rest
}

// skipLetters returns the byte offset in raw after its first n letters and the marks that
// follow them (diacritics, tatweel and controls are not letters).
func skipLetters(raw string, n int) int {
	i := 0
	for i < len(raw) && n > 0 {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if arabic.NormalizeFolds(string(r), arabic.MatchFolds) != "" {
			n--
		}
		i += size
	}
	for i < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if arabic.NormalizeFolds(string(r), arabic.MatchFolds) != "" {
			break
		}
		i += size
	}
	return i
}

// cliticPrefixes are the proclitic sequences attachClitics tries, longest first.
var cliticPrefixes = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}

// attachClitics uses the documents as evidence where the clitic guard of the arabic package
// has none: a word unknown to its lexicon keeps a proclitic (لعاصي, وشينك), but when the same
// phrase also occurs without it (عاصي الرحباني), the prefixed candidate is that phrase with a
// clitic, and its occurrences join it, shown without the clitic. The bare first word must keep
// at least four letters (three when more words follow), so that كمال never becomes ك+مال, and
// the phrase must occur without the clitic at least as often as with it: over a corpus a
// misspelling such as الاعب (for اللاعب) or الاريس is enough to give لاعب, باريس or ليبيا a
// bare twin (اعب, اريس, يبيا), and the word itself, which begins with the letter, is the
// more frequent one.
func (c *collector) attachClitics() {
	var keep []string
	for _, k := range c.order {
		first, rest, _ := strings.Cut(k, " ")
		target, n := "", 0
		for _, p := range cliticPrefixes {
			bare, ok := strings.CutPrefix(first, p)
			min := 4
			if rest != "" {
				min = 3
			}
			if !ok || utf8.RuneCountInString(bare) < min {
				continue
			}
			t := bare
			if rest != "" {
				t += " " + rest
			}
			if tc, exists := c.cands[t]; exists && len(tc.occs) >= len(c.cands[k].occs) && c.spelledWith(k, p) {
				target, n = t, utf8.RuneCountInString(p)
				break
			}
		}
		if target == "" {
			keep = append(keep, k)
			continue
		}
		// The two keys differ, so their occurrences are at different places: no duplicates.
		cd := c.cands[k]
		delete(c.cands, k)
		tc := c.cands[target]
		for _, o := range cd.occs {
			sf := c.surfaces[o.surface]
			o.surface = c.intern(sf[skipLetters(sf, n):])
			tc.occs = append(tc.occs, o)
		}
		tc.tagged += cd.tagged
	}
	c.order = keep
}

// spelledWith reports whether every occurrence of the candidate key is written starting
// with prefix (اللكويت has the key لكويت, but its ل follows the article: not a clitic).
func (c *collector) spelledWith(key, prefix string) bool {
	for _, o := range c.cands[key].occs {
		if !strings.HasPrefix(arabic.Normalize(c.surfaces[o.surface]), prefix) {
			return false
		}
	}
	return true
}

// add records an occurrence of key. Each place is added once: addDoc enumerates every
// n-gram once and folds a name into the n-gram at its place.
func (c *collector) add(key string, words int, o occurrence) {
	cd := c.cands[key]
	if cd == nil {
		cd = &candidate{words: words}
		c.cands[key] = cd
		c.order = append(c.order, key)
	}
	cd.occs = append(cd.occs, o)
	if o.nameType != 0 {
		cd.tagged++
	}
}

func (c *collector) addDoc(di int, d Doc, opts Options, maxWords int) {
	text := d.Text
	d = Prepare(d, opts)
	sents := d.Sentences
	ws := analyse(text)
	c.tokens[di] = len(ws)
	c.sents[di] = sents
	for _, w := range ws {
		if w.tok.Kind == arabic.Word {
			c.spellings.add(w.display)
			switch {
			case strings.HasSuffix(w.display, "ى"):
				c.finalYa[w.key]++
			case strings.HasSuffix(w.display, "ي"):
				c.finalYa[w.key]--
			}
		}
	}
	sentOf := func(off int) int {
		i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
		if i == len(sents) {
			return len(sents) - 1
		}
		return i
	}
	var b strings.Builder
	mkOcc := func(from, to int) occurrence {
		b.Reset()
		b.WriteString(ws[from].display)
		for k := from + 1; k < to; k++ {
			b.WriteByte(' ')
			b.WriteString(cleanSurface(ws[k].tok.Text))
		}
		return occurrence{doc: int32(di), sent: int32(sentOf(ws[from].tok.Start)),
			from: int32(from), to: int32(to), start: int32(ws[from].tok.Start), surface: c.intern(b.String())}
	}
	keyOf := func(from, to int) string {
		parts := make([]string, 0, to-from)
		for k := from; k < to; k++ {
			parts = append(parts, ws[k].key)
		}
		return strings.Join(parts, " ")
	}
	// Names from the tagger, as token spans; a name at the place of an n-gram is folded into
	// it below, so every place is counted once.
	names := map[[2]int32]uint8{}
	var nameOrder [][2]int32
	for _, n := range d.Names {
		from := sort.Search(len(ws), func(k int) bool { return ws[k].tok.End > n.Start })
		to := from
		for to < len(ws) && ws[to].tok.Start < n.End {
			to++
		}
		// Trim function words and punctuation at the edges. A name's own words are trusted
		// where a term's are not: كين is not ك+ين.
		for from < to && !ws[from].nameWord() {
			from++
		}
		for to > from && (!ws[to-1].nameWord() || ws[to-1].particle) {
			to--
		}
		if from >= to || to-from > maxNameWords {
			continue
		}
		span := [2]int32{int32(from), int32(to)}
		if _, dup := names[span]; !dup {
			nameOrder = append(nameOrder, span)
		}
		names[span] = entityType(n.Type)
	}
	// Terms: n-grams of runs of content words.
	runStart := 0
	for i := 0; i <= len(ws); i++ {
		boundary := i == len(ws) || !ws[i].content || (i > runStart && ws[i].clitic) ||
			(i > runStart && sentOf(ws[i].tok.Start) != sentOf(ws[i-1].tok.Start))
		if !boundary {
			continue
		}
		for a := runStart; a < i; a++ {
			for b := a + 1; b <= i && b-a <= maxWords; b++ {
				o := mkOcc(a, b)
				span := [2]int32{int32(a), int32(b)}
				if t, ok := names[span]; ok {
					o.nameType = t
					delete(names, span)
				}
				c.add(keyOf(a, b), b-a, o)
			}
		}
		runStart = i
		if i < len(ws) && !ws[i].content {
			runStart = i + 1
		}
	}
	for _, span := range nameOrder {
		if t, ok := names[span]; ok {
			o := mkOcc(int(span[0]), int(span[1]))
			o.nameType = t
			c.add(keyOf(int(span[0]), int(span[1])), int(span[1]-span[0]), o)
		}
	}
}

func segmentSentences(text string) []Sentence {
	ss := segment.Split(text)
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = Sentence{s.Start, s.End}
	}
	return out
}

// mergeVariants groups keys whose words are pairwise close spellings; it returns, for each
// key, the key of its group (the key seen first).
func (c *collector) mergeVariants() map[string]string {
	ev := &variantEvidence{maqsura: map[string]bool{}, named: map[string]bool{}, nameStems: map[string]bool{}}
	for k, n := range c.finalYa {
		if n > 0 && !c.hasNisbaForms(k) {
			ev.maqsura[k] = true
		}
	}
	for _, k := range c.order {
		if cd := c.cands[k]; mostlyNamed(cd.tagged, len(cd.occs)) {
			ev.named[k] = true
			ev.addNameStems(k)
		}
	}
	group := make(map[string]string, len(c.cands))
	// Block by the consonant skeleton of every word so only plausible pairs are compared.
	blocks := map[string][]string{}
	for _, k := range c.order {
		group[k] = k
		sk := skeletonKey(k)
		blocks[sk] = append(blocks[sk], k)
	}
	for _, keys := range blocks {
		for i := 1; i < len(keys); i++ {
			for j := 0; j < i; j++ {
				if group[keys[j]] != keys[j] {
					continue // compare with group heads only
				}
				if closeKeys(keys[i], keys[j], ev) {
					group[keys[i]] = keys[j]
					break
				}
			}
		}
	}
	return group
}

// variantEvidence is what the text says about which spellings may be merged.
type variantEvidence struct {
	maqsura map[string]bool // word keys the text writes with a final ى (see closeWords)
	// named holds the keys the tagger named in a quarter of their occurrences or more, and
	// nameStems the one-word ones less a final ا or يا (أمريكا → أمريك), so that the
	// adjectives of a name (الأمريكية/الأميركية) may follow its spellings.
	named, nameStems map[string]bool
}

// addNameStems records the stems of the named key k when it is one word.
func (ev *variantEvidence) addNameStems(k string) {
	if strings.Contains(k, " ") {
		return
	}
	ev.nameStems[k] = true
	for _, end := range []string{"يا", "ا"} {
		if stem, ok := strings.CutSuffix(k, end); ok && stem != "" {
			ev.nameStems[stem] = true
		}
	}
}

// nameWord reports whether the word key w is a name of the text, less a final ا or يا.
func (ev *variantEvidence) nameWord(w string) bool { return ev.nameStems[w] }

// nameAdjective reports whether the word key w is a nisba adjective of a name of the text
// (أمريكي، أمريكية of أمريكا).
func (ev *variantEvidence) nameAdjective(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ي"); ok && ev.nameStems[stem] {
		return true
	}
	for _, end := range nisbaEndings {
		if stem, ok := strings.CutSuffix(w, end); ok && ev.nameStems[stem] {
			return true
		}
	}
	return false
}

// closeKeys reports whether two multi-word keys are spelling variants word by word. A long
// vowel letter added, dropped or moved is how foreign names vary in Arabic script
// (أمريكا/أميركا, بوليتيكا/بوليتكا), but in Arabic words it changes the word: حكومة/حوكمة
// (government, governance), منظمة/منظومة, تربية/تربوية, قصرين/قصيرين. So such a difference
// merges two keys only when the tagger names both, or names one and the other's spelling is
// unknown to the news lexicon (البرازيل/البرازايل, a misspelling the tagger missed), or when
// the words that differ are both names of the text, or one is the adjective of a name
// (أمريكي/أميركي where the text names أمريكا); a different hamza seat or a final ى written ا
// is a spelling anywhere.
func closeKeys(a, b string, ev *variantEvidence) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) {
		return false
	}
	vowels := false
	unknownA, unknownB := true, true // the differing words of a (b) are all unknown to the news lexicon
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		close, vowel := closeWords(wa[i], wb[i], ev.maqsura)
		if !close {
			return false
		}
		if vowel && !(ev.nameWord(wa[i]) && ev.nameWord(wb[i])) && !ev.nameAdjective(wa[i]) && !ev.nameAdjective(wb[i]) {
			vowels = true
			unknownA = unknownA && arabic.Frequency(wa[i]) == 0
			unknownB = unknownB && arabic.Frequency(wb[i]) == 0
		}
	}
	return !vowels || ev.named[a] && (ev.named[b] || unknownB) || ev.named[b] && unknownA
}

// closeWords is arabic.Variant with a guard against merging a word with a suffixed form of
// itself: both must begin with the same letter and end with the same two letters, so that
// فلسطين/فلسطيني, مسؤول/مسؤولي and السياسة/السياسية (a nisba ي before ة) stay apart while
// أمريكا/أميركا merge; so does a final ى written ا (موسيقى/موسيقا). vowel reports that the
// two differ by a long vowel letter added, dropped or moved (not by a hamza seat alone).
func closeWords(a, b string, maqsura map[string]bool) (close, vowel bool) {
	ra, rb := []rune(a), []rune(b)
	// A final alef maqsura is also written as alef in loanwords: موسيقى/موسيقا. The key has
	// lost ى (folded to ي), so maqsura says which keys the text writes with it: more often
	// with ى than with ي, and never with the endings of a nisba adjective — Egyptian
	// spelling writes الفرنسى for الفرنسي, which is not فرنسا, and the text then also has
	// الفرنسية. أمريكي (with ي) and أمريكا stay apart.
	if len(ra) == len(rb) && len(ra) >= 5 && string(ra[:len(ra)-1]) == string(rb[:len(rb)-1]) {
		la, lb := ra[len(ra)-1], rb[len(rb)-1]
		if (la == 'ا' && lb == 'ي' && maqsura[b]) || (la == 'ي' && lb == 'ا' && maqsura[a]) {
			return true, false
		}
	}
	if len(ra) < 2 || len(rb) < 2 || ra[0] != rb[0] ||
		ra[len(ra)-1] != rb[len(rb)-1] || ra[len(ra)-2] != rb[len(rb)-2] {
		return false, false
	}
	if !arabic.Variant(a, b) {
		return false, false
	}
	return true, !arabic.HamzaVariant(a, b)
}

// hasNisbaForms reports whether the text has the feminine or a plural of k read as a nisba
// adjective in ي (فرنسي: الفرنسية, فرنسيون). Every content word is a one-word candidate.
func (c *collector) hasNisbaForms(k string) bool {
	stem, ok := strings.CutSuffix(k, "ي")
	if !ok || stem == "" {
		return false
	}
	for _, end := range nisbaEndings {
		if _, seen := c.cands[stem+end]; seen {
			return true
		}
	}
	return false
}

// nisbaEndings are the endings, in keys (ة folded to ه), of the feminine and plural forms of a
// nisba adjective in ي: فرنسيه، فرنسيين، فرنسيون، فرنسيات.
var nisbaEndings = []string{"يه", "يين", "يون", "يات"}

func skeletonKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		switch r {
		case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// group is the merged data of one entry before scoring.
type groupData struct {
	key   string
	words int
	occs  []occurrence
	named bool
}

func (c *collector) entries(groupOf map[string]string, docs []Doc, opts Options) []Entry {
	groups := map[string]*groupData{}
	var order []string
	for _, k := range c.order {
		cd := c.cands[k]
		gk := groupOf[k]
		g := groups[gk]
		if g == nil {
			// Most groups hold one key: they take its occurrences without a copy (the
			// candidates are not read again).
			g = &groupData{key: gk, words: cd.words, occs: cd.occs}
			groups[gk] = g
			order = append(order, gk)
		} else {
			g.occs = append(g.occs, cd.occs...)
		}
		g.named = g.named || cd.tagged > 0
	}
	// Longest first, so that the occurrences kept entries cover are known before the entries
	// nested in them are scored.
	sort.SliceStable(order, func(i, j int) bool { return groups[order[i]].words > groups[order[j]].words })
	// covers[doc][i] is the furthest token end of a kept name or definite term that starts at
	// token i (0: none); nameCovers the same for kept names only.
	covers := make([][]int32, len(docs))
	nameCovers := make([][]int32, len(docs))
	for i := range covers {
		covers[i] = make([]int32, c.tokens[i])
		nameCovers[i] = make([]int32, c.tokens[i])
	}
	covered := func(cv [][]int32, o occurrence) bool {
		for s := o.from; s >= 0 && s >= o.from-maxNameWords; s-- {
			if end := cv[o.doc][s]; end >= o.to && (s < o.from || end > o.to) {
				return true
			}
		}
		return false
	}
	mark := func(cv [][]int32, occs []occurrence) {
		for _, o := range occs {
			if o.to > cv[o.doc][o.from] {
				cv[o.doc][o.from] = o.to
			}
		}
	}
	var out []Entry
	for _, gk := range order {
		g := groups[gk]
		approved := opts.Termbase.has(gk)
		if !approved && (len(g.occs) < opts.MinFreq || (opts.MinFreq <= 0 && len(g.occs) < 2 && !g.named)) {
			continue // too rare whatever its kind: skip the work of building it
		}
		e := c.buildEntry(g, docs)
		min := opts.MinFreq
		if min <= 0 {
			min = 2
			if e.Kind != KindTerm {
				min = 1
			}
		}
		shapeOK, isDefinite := nominal(e.Term)
		shapeOK = shapeOK && !hasPronoun(e.Term, c.spellings) && !(g.words == 1 && notATerm()[gk])
		// A single word without the article and without a tag needs three occurrences: at two
		// it is most often a verb or an adjective (غنت, وترية) rather than a missed name —
		// unless the text spells it two ways, as it does foreign names (أمريكا/أميركا).
		if e.Kind == KindTerm && !isDefinite && g.words == 1 && opts.MinFreq <= 0 && !transliterated(e.Forms) {
			min = 3
		}
		if !approved && (e.Frequency < min || (e.Kind == KindTerm && !shapeOK)) {
			continue
		}
		// Termhood: a term is scored by the occurrences that are not part of a longer kept
		// entry (a C-value variant counted per occurrence), a name by those not part of a
		// longer name (المتحدة in الأمم المتحدة; but جورج بوش in الرئيس جورج بوش counts).
		cv := covers
		if e.Kind != KindTerm {
			cv = nameCovers
		}
		free := 0
		for _, o := range g.occs {
			if !covered(cv, o) {
				free++
			}
		}
		f := float64(free)
		e.Score = math.Log2(float64(g.words)+1) * f
		if e.Kind == KindTerm && !isDefinite {
			e.Score *= indefiniteWeight
		}
		if e.Kind != KindTerm && e.Frequency >= 2 {
			e.Score *= nameWeight
		}
		switch {
		case opts.Background != nil:
			e.Score *= meanIDF(e.Term, opts.Background)
		case !opts.NoBackground:
			e.Score *= meanIDF(e.Term, embeddedBackground{})
		}
		if e.Score <= 0 && !approved {
			continue
		}
		// Names and definite terms cover their parts; an indefinite term does not, since it
		// is as often a verb with a name (يغيب إيتو) as a real compound.
		if e.Kind != KindTerm || isDefinite {
			mark(covers, g.occs)
		}
		if e.Kind != KindTerm {
			mark(nameCovers, g.occs)
		}
		first := g.occs[0]
		if first.sent >= 0 {
			sn := c.sents[first.doc][first.sent]
			e.Context = contextOf(docs[first.doc].Text, sn, int(first.start))
		}
		opts.target(&e)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].Frequency != out[j].Frequency {
			return out[i].Frequency > out[j].Frequency
		}
		return out[i].FirstFile == out[j].FirstFile && out[i].FirstSentence < out[j].FirstSentence
	})
	if opts.Top > 0 && len(out) > opts.Top {
		out = out[:opts.Top]
	}
	return out
}

// maxNameWords is the longest name taken from the tagger.
const maxNameWords = 8

// nameWeight raises names the tagger found and the text repeats: they are what a translator
// most needs to render the same way every time, and a repeated name is rarely a tagging
// error. A name seen once keeps its plain score, so that a stray tag does not lead.
var nameWeight = 2.0

// indefiniteWeight scales the score of a term without the article at its end: such a
// phrase is as often a verb or a fragment as a name the tagger missed (نيسان, ريال مدريد).
const indefiniteWeight = 0.5

// nominal reports whether a term has the shape of an Arabic noun phrase — no word without
// the article after one with it (an annexation chain رئيس هيئة الأركان, then agreeing
// adjectives المشتركة), which drops fragments that run across phrase edges (الأركان بحث) —
// and whether it is definite (its last word carries the article). Names come from the
// tagger and are not held to it.
func nominal(term string) (ok, isDefinite bool) {
	seenDefinite := false
	for _, w := range strings.Fields(term) {
		def := definite(w)
		if seenDefinite && !def {
			return false, false
		}
		seenDefinite = seenDefinite || def
	}
	return true, definite(lastField(term))
}

// notATerm holds keys of nouns the stopword list lacks that work as quantifiers, connectives
// or time words (العديد من, على الرغم, بالإضافة إلى, السنة): they are never a term on their
// own, though they may stand inside one.
// Built on first use: its keys need the word-frequency lexicon, which commands without a
// glossary never load.
var notATerm = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("العديد الكثير القليل الرغم رغم الإضافة مجموعة جانب الجانب " +
		"السنة الأسبوع الشهر الساعة الفترة المرة مرة الأمر النسبة نسبة الوقت") {
		m[wordKey(w)] = true
	}
	return m
})

// transliterated reports whether forms hold two spellings that differ in their letters, not
// only in the article, clitics or hamza and diacritics (أمريكا/أميركا): the mark of a name
// borrowed from another language.
func transliterated(forms []Form) bool {
	seen := ""
	for _, f := range forms {
		k := strings.TrimPrefix(arabic.Normalize(f.Text), "ال")
		if seen == "" {
			seen = k
		} else if k != seen {
			return true
		}
	}
	return false
}

// hasPronoun reports whether a word of term carries a possessive or object pronoun (أعمارهم,
// ابنها, أعماله): a glossary term is a name for a thing, never "his works". The suffixes are
// those arabic.SplitClitics splits (its guard keeps names such as سيبويه whole), the plural
// pronouns هم هما هن كم after three letters or more, and ه when the documents also have the
// word without it (أعمالاً beside أعماله).
func hasPronoun(term string, sp *spellings) bool {
	for _, w := range strings.Fields(term) {
		n := arabic.Normalize(w)
		if _, _, suffix := arabic.SplitClitics(n); suffix != "" {
			return true
		}
		for _, p := range []string{"هما", "هم", "هن", "كم"} {
			if stem, ok := strings.CutSuffix(n, p); ok && utf8.RuneCountInString(stem) >= 3 {
				return true
			}
		}
		bare := arabic.NormalizeFolds(w, arabic.Diacritics|arabic.Tatweel)
		if stem, ok := strings.CutSuffix(bare, "ه"); ok && utf8.RuneCountInString(stem) >= 3 && sp.has(strings.TrimPrefix(stem, "ال")) {
			return true
		}
	}
	return false
}

func definite(w string) bool {
	n := arabic.Normalize(w)
	return strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 3
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// meanIDF is the mean background IDF of the words of term, analysed as the background model
// was (idf.Term).
func meanIDF(term string, bg Background) float64 {
	var sum float64
	n := 0
	for _, t := range arabic.Tokens(term) {
		if w, ok := idf.Term(t); ok {
			sum += bg.IDF(w)
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}

// buildEntry turns a group's occurrences into an entry: spellings with counts, per-file
// counts, kind, first occurrence.
func (c *collector) buildEntry(g *groupData, docs []Doc) Entry {
	sort.SliceStable(g.occs, func(i, j int) bool {
		if g.occs[i].doc != g.occs[j].doc {
			return g.occs[i].doc < g.occs[j].doc
		}
		return g.occs[i].from < g.occs[j].from
	})
	e := Entry{Key: g.key, Frequency: len(g.occs), Kind: KindTerm}
	formIdx := map[int32]int{}
	fileIdx := map[int32]int{}
	types := map[string]int{}
	for _, o := range g.occs {
		if i, ok := formIdx[o.surface]; ok {
			e.Forms[i].Count++
		} else {
			formIdx[o.surface] = len(e.Forms)
			e.Forms = append(e.Forms, Form{c.surfaces[o.surface], 1})
		}
		if i, ok := fileIdx[o.doc]; ok {
			e.Files[i].Count++
		} else {
			fileIdx[o.doc] = len(e.Files)
			e.Files = append(e.Files, FileCount{docs[o.doc].Name, 1})
		}
		if o.nameType != 0 {
			types[entityTypes[o.nameType]]++
		}
	}
	// Canonical first (most frequent, earliest on a tie), then by count.
	sort.SliceStable(e.Forms, func(i, j int) bool { return e.Forms[i].Count > e.Forms[j].Count })
	c.spellings.preferHouse(e.Forms)
	e.Term = e.Forms[0].Text
	// Kind: the entity type most often tagged, when the tagger named it at least once for
	// every four occurrences.
	tagged, best := 0, ""
	for _, t := range []string{"PERS", "LOC", "ORG", "MISC"} {
		tagged += types[t]
		if best == "" || types[t] > types[best] {
			best = t
		}
	}
	if mostlyNamed(tagged, len(g.occs)) {
		e.Kind = best
	}
	first := g.occs[0]
	e.FirstFile = docs[first.doc].Name
	e.FirstSentence = int(first.sent) + 1
	return e
}

// mostlyNamed reports whether a candidate the tagger named tagged times in occs occurrences
// counts as a name: once in every four occurrences or more.
func mostlyNamed(tagged, occs int) bool { return tagged > 0 && 4*tagged >= occs }

// spellings counts how the documents spell words, to break ties between spellings.
type spellings struct {
	words    map[string]int // words as written less diacritics, proclitics and article
	prefixes map[string]int // every prefix of four letters or more of those words; built on first use
}

// add counts one word as displayed (proclitics already removed).
func (sp *spellings) add(display string) {
	if sp.words == nil {
		sp.words = map[string]int{}
	}
	sp.words[strings.TrimPrefix(arabic.NormalizeFolds(display, arabic.Diacritics|arabic.Tatweel), "ال")]++
}

// has reports whether the documents have word, bare or with the alef of the accusative
// tanwin (أعمالاً).
func (sp *spellings) has(word string) bool {
	return sp.words[word] > 0 || sp.words[word+"ا"] > 0
}

// count returns how many words of the documents begin with prefix (as written, after
// proclitics and the article).
func (sp *spellings) count(prefix string) int {
	if sp.prefixes == nil {
		sp.prefixes = map[string]int{}
		for w, n := range sp.words {
			r := []rune(w)
			for k := 4; k <= len(r); k++ {
				sp.prefixes[string(r[:k])] += n
			}
		}
	}
	return sp.prefixes[prefix]
}

// preferHouse breaks a tie between the most frequent spellings by the spelling the documents
// use elsewhere: the tied form whose words, less their last letter, begin the most words of
// the text comes first (أمريكا, because the text writes الأمريكية). Without a difference
// the earliest form stays first.
func (sp *spellings) preferHouse(forms []Form) {
	tied := 1
	for tied < len(forms) && forms[tied].Count == forms[0].Count {
		tied++
	}
	if tied == 1 {
		return
	}
	best, bestN := 0, -1
	for i := 0; i < tied; i++ {
		n := 0
		for _, w := range strings.Fields(forms[i].Text) {
			r := []rune(strings.TrimPrefix(w, "ال"))
			if len(r) >= 5 {
				n += sp.count(string(r[:len(r)-1]))
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best != 0 {
		f := forms[best]
		copy(forms[1:best+1], forms[:best])
		forms[0] = f
	}
}

// maxContext is the longest context, in bytes, before it is cut around the occurrence.
const maxContext = 600

// contextOf returns the sentence sn of text on one line; a sentence longer than maxContext
// (a text without punctuation) is cut to a window around the occurrence at byte offset at,
// at spaces, with "…" where it was cut.
func contextOf(text string, sn Sentence, at int) string {
	if sn.End-sn.Start <= maxContext {
		return collapseSpace(text[sn.Start:sn.End])
	}
	from, to := max(sn.Start, at-maxContext/3), min(sn.End, at+2*maxContext/3)
	if i := strings.IndexAny(text[from:at], " \n\t"); from > sn.Start && i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndexAny(text[at:to], " \n\t"); to < sn.End && i > 0 {
		to = at + i
	}
	for from < at && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > at && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	out := collapseSpace(text[from:to])
	if from > sn.Start {
		out = "… " + out
	}
	if to < sn.End {
		out += " …"
	}
	return out
}

// collapseSpace turns runs of white space (including line breaks) into single spaces.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
