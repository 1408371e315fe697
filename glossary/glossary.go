package glossary

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/names"
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
	// Agency is the English name of the news agency or outlet the entry names, when the entry
	// was found in a dateline or a credit ("واس - الرياض:", "(أ ف ب)"; see package news).
	Agency string `json:"agency,omitempty"`
	Key    string `json:"-"`

	// places are the entry's occurrences (tests check that no entry lies inside another).
	places []occurrence
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
	c.splitArticle()
	groups := c.mergeVariants()
	entries := c.entries(groups, docs, opts)
	markAgencies(entries, docs)
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
	alias     bool  // a short form credited to a longer name of the document (see creditShortNames)
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
	definite  []bool         // by surface: its first word is written with the article (writtenDefinite)
	nameSpans [][][2]int32   // per document, the token spans of the tagger's names
	finalYa   map[string]int // per word key ending in ي: times written with a final ى less times with ي
}

func newCollector(ndocs int) *collector {
	return &collector{cands: map[string]*candidate{}, spellings: &spellings{},
		tokens: make([]int, ndocs), sents: make([][]Sentence, ndocs), surfaceID: map[string]int32{},
		nameSpans: make([][][2]int32, ndocs),
		finalYa:   map[string]int{}}
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
	bare         string // normalised, proclitics removed, article kept (العزيز)
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
			if art, ok := listedWithClitic(norm); ok {
				// للأمم is on the stopword list, a noun behind ل: read it as ل + الأمم.
				w.key, w.clitic, w.functionWord, w.stop = wordKey(art), true, false, false
				stripped = art
			}
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
			w.bare = norm
			if w.clitic {
				w.bare = stripped
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

// listedWithClitic reports whether the normalised word w is on the stopword list only as a
// noun behind the preposition ل and the article (the list, taken from news text, has للامم),
// and returns that noun with its article (الامم).
func listedWithClitic(w string) (string, bool) {
	rest, ok := strings.CutPrefix(w, "لل")
	if !ok || utf8.RuneCountInString(rest) < 3 || !arabic.IsStopword(w) {
		return "", false
	}
	art := "ال" + rest
	return art, !arabic.IsStopword(art) && !arabic.IsStopword(rest)
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

// compoundHead reports whether the word key head and the next word (normalised, article
// kept) make one compound name that is written with or without a space: عبد العزيز and
// عبدالعزيز, أبو بكر and أبوبكر, نور الدين and نورالدين. Their key is one word, the two
// written together (عبدالعزيز), so that both spellings are one entry.
func compoundHead(head, next string) bool {
	if next == "" {
		return false
	}
	switch head {
	case "عبد", "ابو":
		return utf8.RuneCountInString(next) >= 2
	}
	return next == "الدين" && dinNames[head]
}

// dinNames are the first parts of the given names in الدين (نور الدين، صلاح الدين).
var dinNames = map[string]bool{}

func init() {
	for _, w := range strings.Fields("نور صلاح عز علاء شمس بدر سيف محيي محي جمال كمال عماد نصر فخر خير تاج زين حسام ضياء بهاء شهاب شرف نجم قطب ناصر معين تقي سعد") {
		dinNames[arabic.Normalize(w)] = true
	}
}

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

// writtenDefinite reports whether the first word of o is written with the article, or with
// an alef and lam that look like it (ألاباما), while its key has none.
func (c *collector) writtenDefinite(o occurrence) bool {
	for int(o.surface) >= len(c.definite) {
		first, _, _ := strings.Cut(c.surfaces[len(c.definite)], " ")
		c.definite = append(c.definite, definite(first))
	}
	return c.definite[o.surface]
}

// splitArticle keeps apart a name and the noun its key also spells with the article: جدة
// (Jeddah) and الجدة (the grandmother) share the key جده. When the occurrences written
// without the article are mostly named (tagged, or part of a tagged name: جمال in جمال
// سليمان) and at most half of those with it are, the article's occurrences become a key of
// their own (الجده), which merges with no name: a name does not alternate with the article.
// A name the tagger also names with the article (الكويت, والكويت, كويت) stays one.
func (c *collector) splitArticle() {
	for _, k := range c.order {
		cd := c.cands[k]
		if strings.HasPrefix(k, "ال") {
			continue
		}
		var def, bare []occurrence
		defNamed, bareNamed, bareTagged := 0, 0, 0
		for _, o := range cd.occs {
			named := o.nameType != 0 || c.insideName(o)
			if c.writtenDefinite(o) {
				def = append(def, o)
				if named {
					defNamed++
				}
			} else {
				bare = append(bare, o)
				if named {
					bareNamed++
				}
				if o.nameType != 0 {
					bareTagged++
				}
			}
		}
		if len(def) == 0 || len(bare) == 0 {
			continue
		}
		if !mostlyNamed(bareNamed, len(bare)) || 2*defNamed > len(def) {
			continue
		}
		cd.occs, cd.tagged = bare, bareTagged
		nk := "ال" + k
		for _, o := range def {
			c.add(nk, o)
		}
	}
}

// insideName reports whether o lies inside a longer name the tagger found in its document.
func (c *collector) insideName(o occurrence) bool {
	for _, s := range c.nameSpans[o.doc] {
		if s[0] <= o.from && o.to <= s[1] && s[1]-s[0] > o.to-o.from {
			return true
		}
	}
	return false
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
func (c *collector) add(key string, o occurrence) {
	cd := c.cands[key]
	if cd == nil {
		cd = &candidate{words: strings.Count(key, " ") + 1}
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
			if k+1 < to && compoundHead(ws[k].key, ws[k+1].bare) {
				parts = append(parts, ws[k].key+ws[k+1].bare)
				k++
				continue
			}
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
		for _, part := range splitAtConjunction(ws, from, to, n.Type) {
			span := [2]int32{int32(part[0]), int32(part[1])}
			if _, dup := names[span]; !dup {
				nameOrder = append(nameOrder, span)
			}
			names[span] = entityType(n.Type)
		}
	}
	c.nameSpans[di] = nameOrder
	// takeName makes the occurrence of words [from, to) and gives it the tagged name's type when
	// the tagger found a name over exactly those words, which is then taken from names so that
	// the loop over nameOrder below adds only the names no term or organisation covered.
	takeName := func(from, to int) occurrence {
		o := mkOcc(from, to)
		span := [2]int32{int32(from), int32(to)}
		if t, ok := names[span]; ok {
			o.nameType = t
			delete(names, span)
		}
		return o
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
				c.add(keyOf(a, b), takeName(a, b))
			}
		}
		runStart = i
		if i < len(ws) && !ws[i].content {
			runStart = i + 1
		}
	}
	// Organisations: an institution with its complements behind ل and و (الهيئة العامة للشباب
	// والرياضة), which the runs above cut at the clitics.
	for i := range ws {
		if !ws[i].content || !institutions()[ws[i].key] {
			continue
		}
		if to := institutionEnd(ws, i, sentOf); to > 0 {
			c.add(keyOf(i, to), takeName(i, to))
		}
	}
	for _, span := range nameOrder {
		if t, ok := names[span]; ok {
			o := mkOcc(int(span[0]), int(span[1]))
			o.nameType = t
			c.add(keyOf(int(span[0]), int(span[1])), o)
		}
	}
}

// splitAtConjunction splits a tagged name at an inner word that carries the conjunction و or
// ف: a person's or a place's name does not hold one, so the tagger joined two names or a name
// and what follows it (ايمانويل ايبواه ودراماني ديابي, اندرسون وسكنت, شوفكوفسكيي فاحتسب). The
// first part stays a name; a later part is one when it has two words or more, or names a
// place (فرنسا وألمانيا). An organisation that begins with an institution keeps its
// complements (الهيئة العامة للشباب والرياضة).
func splitAtConjunction(ws []word, from, to int, typ string) [][2]int {
	if typ == "ORG" && institutions()[ws[from].key] {
		return [][2]int{{from, to}}
	}
	if typ != "PERS" && knownPlace(ws, from, to) {
		return [][2]int{{from, to}}
	}
	var parts [][2]int
	start := from
	for k := from + 1; k <= to; k++ {
		if k < to && !conjoined(ws[k]) {
			continue
		}
		end := k
		for end > start && (!ws[end-1].nameWord() || ws[end-1].particle) {
			end--
		}
		if end > start && (start == from || end-start >= 2 || typ == "LOC") {
			parts = append(parts, [2]int{start, end})
		}
		start = k
	}
	return parts
}

// knownPlace reports whether ws[from:to] holds a conjunction and the name lexicon knows it
// whole as a country or region of its own (البوسنة والهرسك, أنتيغوا وبربودا, ترينيداد
// وتوباغو), which a conjunction does not cut.
func knownPlace(ws []word, from, to int) bool {
	var parts []string
	conj := false
	for k := from; k < to; k++ {
		conj = conj || k > from && conjoined(ws[k])
		parts = append(parts, ws[k].tok.Text)
	}
	if !conj {
		return false
	}
	m, ok := names.Lookup(strings.Join(parts, " "))
	return ok && !m.Headed && m.Source != names.SourceComposed && m.Source != names.SourcePerson
}

// conjoined reports whether w carries the conjunction و or ف.
func conjoined(w word) bool {
	if !w.clitic {
		return false
	}
	first, _ := utf8.DecodeRuneInString(arabic.Normalize(w.tok.Text))
	return first == 'و' || first == 'ف'
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
	ev := &variantEvidence{maqsura: map[string]bool{}, kind: map[string]string{},
		nameStems: map[string]string{}, article: map[string]int8{}}
	for k, n := range c.finalYa {
		if n > 0 && !c.hasNisbaForms(k) {
			ev.maqsura[k] = true
		}
	}
	for _, k := range c.order {
		cd := c.cands[k]
		if mostlyNamed(cd.tagged, len(cd.occs)) {
			ev.kind[k] = dominantType(cd.occs)
			ev.addNameStems(k)
		}
		def := 0
		for _, o := range cd.occs {
			if c.writtenDefinite(o) {
				def++
			}
		}
		switch def {
		case 0:
			ev.article[k] = -1
		case len(cd.occs):
			ev.article[k] = 1
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

// dominantType is the entity type the tagger gave most often among occs ("" if none).
func dominantType(occs []occurrence) string {
	var n [5]int
	for _, o := range occs {
		n[o.nameType]++
	}
	best := 0
	for t := 1; t < len(n); t++ {
		if n[t] > 0 && (best == 0 || n[t] > n[best]) {
			best = t
		}
	}
	return entityTypes[best]
}

// variantEvidence is what the text says about which spellings may be merged.
type variantEvidence struct {
	maqsura map[string]bool // word keys the text writes with a final ى (see closeWords)
	// kind holds the keys the tagger named in a quarter of their occurrences or more, with
	// the type it gave them most, and nameStems the one-word ones and the same less a final
	// ا or يا (أمريكا → أمريك), so that the adjectives of a name (الأمريكية/الأميركية) may
	// follow its spellings.
	kind, nameStems map[string]string
	// article is 1 for keys whose occurrences are all written with the article (or an ال of
	// their own: ألاباما), -1 for keys never written with it.
	article map[string]int8
}

// addNameStems records the stems of the named key k when it is one word.
func (ev *variantEvidence) addNameStems(k string) {
	if strings.Contains(k, " ") {
		return
	}
	add := func(stem string) {
		if old, seen := ev.nameStems[stem]; seen && old != ev.kind[k] {
			ev.nameStems[stem] = "?" // names of two kinds: no evidence for either
			return
		}
		ev.nameStems[stem] = ev.kind[k]
	}
	add(k)
	for _, end := range []string{"يا", "ا"} {
		if stem, ok := strings.CutSuffix(k, end); ok && stem != "" {
			add(stem)
		}
	}
}

// sameKindNames reports whether the word keys a and b are both names of the text (less a
// final ا or يا) of one kind.
func (ev *variantEvidence) sameKindNames(a, b string) bool {
	ka, kb := ev.nameStems[a], ev.nameStems[b]
	return ka != "" && ka != "?" && ka == kb
}

// nameAdjective reports whether the word key w is a nisba adjective of a name of the text
// (أمريكي، أمريكية of أمريكا).
func (ev *variantEvidence) nameAdjective(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ي"); ok && ev.nameStems[stem] != "" {
		return true
	}
	for _, end := range nisbaEndings {
		if stem, ok := strings.CutSuffix(w, end); ok && ev.nameStems[stem] != "" {
			return true
		}
	}
	return false
}

// closeKeys reports whether two keys are spelling variants word by word. A long vowel letter
// added, dropped or moved is how foreign names vary in Arabic script (أمريكا/أميركا,
// نتنياهو/نتانياهو), but in Arabic words it changes the word: حكومة/حوكمة (government,
// governance), منظمة/منظومة, قصرين/قصيرين, السعودية/السعدية, سليمان/سلمان. Two words the
// news lexicon knows about as often (see establishedPair) never merge by an added or dropped
// letter; otherwise such a difference merges two keys only when
//   - the words that differ are names of the text of one kind (both tagged LOC: أمريكا and
//     أميركا), or the adjective of a name with a letter moved (الأمريكية/الأميركية);
//   - the whole keys are names of one kind;
//   - one is a name and the other a spelling the news lexicon does not know, with the letter
//     moved or doubling a long vowel (البرازيل/البرازايل): a misspelling, never a word of
//     its own as السعدية is for السعودية.
//
// A key always written with the article (or an alef and lam of its own, ألاباما) never
// merges with one never written with it (أوباما), and a different hamza seat or a final ى
// written ا is a spelling anywhere.
func closeKeys(a, b string, ev *variantEvidence) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) || int(ev.article[a])*int(ev.article[b]) < 0 {
		return false
	}
	vowels, misspelt := false, true
	unknownA, unknownB := true, true // the differing words of a (b) are all unknown to the news lexicon
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		close, vowel := closeWords(wa[i], wb[i], ev.maqsura)
		if !close {
			return false
		}
		if !vowel {
			continue
		}
		moved := arabic.VowelMoved(wa[i], wb[i])
		if !moved && establishedPair(wa[i], wb[i]) {
			return false
		}
		if ev.sameKindNames(wa[i], wb[i]) {
			continue
		}
		if moved && (ev.nameAdjective(wa[i]) || ev.nameAdjective(wb[i])) {
			continue
		}
		vowels = true
		misspelt = misspelt && (moved || vowelDoubled(wa[i], wb[i]))
		unknownA = unknownA && arabic.Frequency(wa[i]) == 0
		unknownB = unknownB && arabic.Frequency(wb[i]) == 0
	}
	if !vowels {
		return true
	}
	ka, kb := ev.kind[a], ev.kind[b]
	switch {
	case ka != "" && kb != "":
		return ka == kb
	case ka != "":
		return misspelt && unknownB
	case kb != "":
		return misspelt && unknownA
	}
	return false
}

// establishedPair reports whether the news lexicon knows both words well, the rarer at least
// a third as often as the other: two names of their own (سليمان 70, سلمان 34), not a name
// and its minority spelling (نتنياهو 34, نتانياهو 9; كلينتون 19, كلنتون unseen).
func establishedPair(a, b string) bool {
	fa, fb := arabic.Frequency(a), arabic.Frequency(b)
	return fa > 0 && fb > 0 && 3*min(fa, fb) >= max(fa, fb)
}

// vowelDoubled reports whether one of the word keys a and b is the other with one long vowel
// letter added next to another (البرازيل/البرازايل): Arabic patterns do not put two long
// vowels together, a misspelt transliteration does.
func vowelDoubled(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == len(rb)+1 {
		ra, rb = rb, ra
	}
	if len(rb) != len(ra)+1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if string(ra[i:]) != string(rb[i+1:]) || !longVowel(rb[i]) {
		return false
	}
	return i > 0 && longVowel(rb[i-1]) || i+1 < len(rb) && longVowel(rb[i+1])
}

func longVowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

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

// creditShortNames resolves a person's short name as a reader does: in a document that names
// ديفيد كاميرون, كاميرون alone is David Cameron, not Cameroon, and بن دغر is أحمد عبيد بن دغر.
// An occurrence of the last word or words of a person's name (a name of two words or more the
// tagger names PERS) outside that name and after its first occurrence joins the name's entry,
// with its kind, when the document names one such person only; the entry shows the short form
// among its spellings.
// The occurrence counts when the tagger named it (as anything), or named the short form
// elsewhere in the document and its words are not common in news (see commonWord): كاميرون,
// but not نور in a text about نور الشريف, nor برنامجا after a stray tag أحمد برنامجا. A name
// particle alone (بن) is never a short name, and a person named inside a longer person's
// name (عبيد بن دغر in أحمد عبيد بن دغر) is that person.
func creditShortNames(groups map[string]*groupData, order []string, ndocs int) {
	// The persons named in each document.
	persons := make([][]person, ndocs)
	for _, gk := range order {
		g := groups[gk]
		if g.words < 2 || !g.named {
			continue
		}
		tagged := 0
		for _, o := range g.occs {
			if o.nameType != 0 {
				tagged++
			}
		}
		if !mostlyNamed(tagged, len(g.occs)) || dominantType(g.occs) != "PERS" {
			continue
		}
		p := person{g, strings.Split(gk, " ")}
		seen := map[int32]bool{}
		for _, o := range g.occs {
			if !seen[o.doc] {
				seen[o.doc] = true
				persons[o.doc] = append(persons[o.doc], p)
			}
		}
	}
	// short[doc][key] is the one longest person of the document whose name ends in key (nil
	// when two do).
	short := make([]map[string]*groupData, ndocs)
	for d, ps := range persons {
		if len(ps) == 0 {
			continue
		}
		short[d] = map[string]*groupData{}
		for _, p := range ps {
			if endsIn(ps, p.words) {
				continue // a shorter form of another person of the document
			}
			for i := 1; i < len(p.words); i++ {
				k := strings.Join(p.words[i:], " ")
				if old, seen := short[d][k]; seen && old != p.g {
					short[d][k] = nil
				} else {
					short[d][k] = p.g
				}
			}
		}
	}
	// Only the groups whose key is the ending of a person's name can be short names. Longer
	// short forms first: بن دغر takes its places before دغر could.
	var byLength []string
	for _, gk := range order {
		for _, o := range groups[gk].occs {
			if m := short[o.doc]; m != nil && m[gk] != nil {
				byLength = append(byLength, gk)
				break
			}
		}
	}
	sort.SliceStable(byLength, func(i, j int) bool { return groups[byLength[i]].words > groups[byLength[j]].words })
	for _, gk := range byLength {
		g := groups[gk]
		if onlyParticles(gk) {
			continue
		}
		common := commonWord(gk)
		taggedIn := map[int32]bool{} // documents where the tagger names the short form itself
		for _, o := range g.occs {
			if o.nameType != 0 {
				taggedIn[o.doc] = true
			}
		}
		var keep []occurrence
		moved := false
		for _, o := range g.occs {
			var long *groupData
			if m := short[o.doc]; m != nil {
				long = m[gk]
			}
			if long == nil || long == g || (o.nameType == 0 && (common || !taggedIn[o.doc])) ||
				!after(long.occs, o) || inside(long.occs, o) {
				keep = append(keep, o)
				continue
			}
			o.alias, o.nameType = true, entityType("PERS")
			long.occs = append(long.occs, o)
			moved = true
		}
		if moved {
			g.occs = keep
		}
	}
}

// person is a person's name of a document, for creditShortNames.
type person struct {
	g     *groupData
	words []string
}

// endsIn reports whether words are the last words of a longer name of ps.
func endsIn(ps []person, words []string) bool {
	for _, p := range ps {
		n := len(p.words)
		if n > len(words) && strings.Join(p.words[n-len(words):], " ") == strings.Join(words, " ") {
			return true
		}
	}
	return false
}

// after reports whether the full name (occs) occurs in o's document before o: a reader
// resolves كاميرون by the ديفيد كاميرون already read.
func after(occs []occurrence, o occurrence) bool {
	for _, l := range occs {
		if l.doc == o.doc && !l.alias && l.start < o.start {
			return true
		}
	}
	return false
}

// inside reports whether o lies within one of occs, in the same document.
func inside(occs []occurrence, o occurrence) bool {
	for _, l := range occs {
		if l.doc == o.doc && l.from <= o.from && o.to <= l.to {
			return true
		}
	}
	return false
}

// onlyParticles reports whether every word of the key is a name particle (بن، أبو) or
// shorter than three letters.
func onlyParticles(key string) bool {
	for _, w := range strings.Split(key, " ") {
		if nameWords()[w] != nameParticle && utf8.RuneCountInString(w) >= 3 {
			return false
		}
	}
	return true
}

// group is the merged data of one entry before scoring.
type groupData struct {
	key    string
	words  int
	tokens int32 // the longest occurrence in tokens
	occs   []occurrence
	named  bool
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
	creditShortNames(groups, order, len(docs))
	// Longest first (in tokens: عبد العزيز is one word of two tokens), so that the occurrences
	// kept entries cover are known before the entries nested in them are scored.
	for _, g := range groups {
		for _, o := range g.occs {
			g.tokens = max(g.tokens, o.to-o.from)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		gi, gj := groups[order[i]], groups[order[j]]
		if gi.tokens != gj.tokens {
			return gi.tokens > gj.tokens
		}
		return gi.words > gj.words
	})
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
	// kept[doc][start] holds the spans of the kept entries starting at token start, to find
	// an entry whose occurrences all lie inside one longer entry; indefinite[i] tells
	// whether out[i] is an indefinite term, dropped[i] whether it was dropped afterwards for
	// an entry inside it.
	type keptSpan struct {
		end int32
		idx int
	}
	kept := make([]map[int32][]keptSpan, len(docs))
	var indefinite, dropped []bool
	within := func(occs []occurrence) []int {
		var in []int
		for n, o := range occs {
			var here []int
			for s := o.from; s >= 0 && s >= o.from-maxNameWords; s-- {
				for _, k := range kept[o.doc][s] {
					if k.end >= o.to && (s < o.from || k.end > o.to) && (n == 0 || slices.Contains(in, k.idx)) && !slices.Contains(here, k.idx) {
						here = append(here, k.idx)
					}
				}
			}
			if in = here; len(in) == 0 {
				return nil
			}
		}
		return in
	}
	for _, gk := range order {
		g := groups[gk]
		approved := opts.Termbase.has(gk)
		if len(g.occs) == 0 || !approved && (len(g.occs) < opts.MinFreq || (opts.MinFreq <= 0 && len(g.occs) < 2 && !g.named)) {
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
		// A single word the tagger did not name and that news uses everywhere (داخل, القرب,
		// العسكرية) is a word a translator knows, not a term — unless it is a country's
		// adjective (الفلسطينية → Palestinian), whose English a translator must get right.
		if e.Kind == KindTerm && g.words == 1 && opts.MinFreq <= 0 && !opts.NoBackground && commonWord(e.Term) && !placeAdjective(e.Term) {
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
		// An entry whose occurrences all lie inside one longer entry is listed once: see
		// wraps for which of the two stays.
		if in := within(g.occs); len(in) > 0 {
			if slices.ContainsFunc(in, func(i int) bool { return !wraps(out[i], indefinite[i], gk, e.Kind != KindTerm) }) {
				continue
			}
			for _, i := range in {
				dropped[i] = true
			}
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
		for _, o := range g.occs {
			if kept[o.doc] == nil {
				kept[o.doc] = map[int32][]keptSpan{}
			}
			kept[o.doc][o.from] = append(kept[o.doc][o.from], keptSpan{o.to, len(out)})
		}
		indefinite = append(indefinite, e.Kind == KindTerm && !isDefinite)
		dropped = append(dropped, false)
		e.places = g.occs
		out = append(out, e)
	}
	n := 0
	for i, e := range out {
		if !dropped[i] {
			out[n] = e
			n++
		}
	}
	out = out[:n]
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

// wraps decides between an entry l and a shorter entry (key inner, a name when isName) whose
// occurrences all lie inside l's: it reports whether l only wraps the shorter one, which then
// stays while l goes. The shorter one goes when l is a name (المتحدة in الأمم المتحدة) or
// names an organisation, beginning with an institution (المنافسة in مجلس حماية المنافسة) or
// holding words foreign to the news lexicon around it (كييف in دينامو كييف); when l is a
// definite term and the shorter one a term too (استراتيجية مكافحة in استراتيجية مكافحة
// التطرف). Otherwise l stays out: a definite term around a name adds a title or an
// adjective (تشلسي الإنجليزي, توقيت مكة المكرمة), and an indefinite term is as often a verb or
// a noun before a word as a compound (يغيب إيتو, وفد أريزوني, بطل كوت ديفوار).
func wraps(l Entry, lIndefinite bool, inner string, isName bool) bool {
	if l.Kind != KindTerm || !isName && !lIndefinite || knownWhole(l) {
		return false
	}
	words := strings.Split(l.Key, " ")
	if institutions()[words[0]] {
		return false
	}
	inInner := map[string]bool{}
	for _, w := range strings.Split(inner, " ") {
		inInner[w] = true
	}
	for _, w := range words {
		if !inInner[w] && arabic.Frequency(w) > 0 {
			return true
		}
	}
	return false
}

// knownWhole reports whether the termbase or the name lexicon knows a term as a whole, not
// by a generic word before a name: a country or region (جمهورية أفريقيا الوسطى, بابوا غينيا
// الجديدة, جزر فوكلاند) is one name, and the name inside it (أفريقيا الوسطى, بابوا) its part.
func knownWhole(e Entry) bool {
	if e.TargetSource == SourceTermbase {
		return true
	}
	src, ok := strings.CutPrefix(e.TargetSource, SourceLexicon)
	return ok && src != names.SourceComposed && src != names.SourceAcronym && !strings.Contains(src, ",") && !strings.Contains(src, " with ")
}

// institutions holds the keys of the nouns that begin the names of organisations and
// institutions (مجلس حماية المنافسة, الهيئة العامة للشباب والرياضة, وزارة الخارجية).
var institutions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("مجلس هيئة وزارة منظمة اتحاد جمعية لجنة مؤسسة بنك مصرف جامعة حزب شركة " +
		"وكالة مركز معهد محكمة جبهة صندوق سلطة ديوان رابطة نقابة غرفة مفوضية مديرية أكاديمية مجمع " +
		"كلية مستشفى برلمان نادي منتدى دار مكتب بلدية") {
		m[wordKey(w)] = true
	}
	return m
})

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

// nisba reports whether the normalised word w ends as a nisba adjective (التقليدية, الوطني).
func nisba(w string) bool {
	return strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")
}

func definite(w string) bool {
	n := arabic.StripProclitics(arabic.Normalize(w)) // للشباب, والرياضة inside an organisation's name
	return strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 3
}

// institutionEnd returns the end of the name of an organisation that begins with the
// institution ws[i] and continues past a complement behind ل or و, as the runs of terms do
// not: الهيئة العامة للشباب والرياضة, المنظمة العربية للتربية والثقافة والعلوم. The name is an
// annexation chain and its adjectives (words without the article, then words with it), and
// after ل or و a definite noun that is no institution itself (and after و only another such
// complement or a nisba adjective), up to maxNameWords words in one sentence; it ends on a
// definite word; العام and العامة, on the stopword list, may stand in it (الهيئة العامة, الاتحاد
// العام). It returns 0 when no clitic is crossed (the runs have that phrase already).
func institutionEnd(ws []word, i int, sentOf func(int) int) int {
	end, crossed, seenDefinite, afterWaw := 0, false, false, false
	sent := sentOf(ws[i].tok.Start)
	for j := i; j < len(ws) && j-i < maxNameWords && (ws[j].content || ws[j].bare == "العام" || ws[j].bare == "العامه") && sentOf(ws[j].tok.Start) == sent; j++ {
		def := strings.HasPrefix(ws[j].bare, "ال") && utf8.RuneCountInString(ws[j].bare) > 3
		if j > i && ws[j].clitic {
			first, _ := utf8.DecodeRuneInString(arabic.Normalize(ws[j].tok.Text))
			if !def || first != 'ل' && first != 'و' || first == 'و' && institutions()[ws[j].key] {
				break // والبنك: a second institution, not a complement
			}
			crossed, afterWaw = true, first == 'و'
		} else if seenDefinite && !def || afterWaw && !nisba(ws[j].bare) {
			// After a complement behind و only its nisba adjective continues the name
			// (والصناعات التقليدية); another word begins a new phrase (والعلوم الدول).
			break
		}
		seenDefinite = seenDefinite || def
		if def {
			end = j + 1
		}
	}
	if !crossed || end == 0 {
		return 0
	}
	return end
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
	perDoc := map[int32]*[5]int{} // tagged types per document
	for _, o := range g.occs {
		if o.nameType != 0 && perDoc[o.doc] == nil {
			perDoc[o.doc] = &[5]int{}
		}
	}
	short := map[string]bool{} // the short forms credited to a person's name
	for _, o := range g.occs {
		if i, ok := formIdx[o.surface]; ok {
			e.Forms[i].Count++
		} else {
			formIdx[o.surface] = len(e.Forms)
			e.Forms = append(e.Forms, Form{c.surfaces[o.surface], 1})
		}
		if o.alias {
			short[c.surfaces[o.surface]] = true
		}
		if i, ok := fileIdx[o.doc]; ok {
			e.Files[i].Count++
		} else {
			fileIdx[o.doc] = len(e.Files)
			e.Files = append(e.Files, FileCount{docs[o.doc].Name, 1})
		}
		if o.nameType != 0 {
			types[entityTypes[o.nameType]]++
			perDoc[o.doc][o.nameType]++
		}
	}
	// Canonical first (most frequent, earliest on a tie), then by count.
	// A short form of a name (كاميرون for ديفيد كاميرون) is only ever a variant.
	sort.SliceStable(e.Forms, func(i, j int) bool {
		if si, sj := short[e.Forms[i].Text], short[e.Forms[j].Text]; si != sj {
			return sj
		}
		return e.Forms[i].Count > e.Forms[j].Count
	})
	c.spellings.preferHouse(e.Forms)
	e.Term = e.Forms[0].Text
	var docTypes []string
	for _, n := range perDoc {
		best := 1
		for t := 2; t < len(n); t++ {
			if n[t] > n[best] {
				best = t
			}
		}
		docTypes = append(docTypes, entityTypes[best])
	}
	// Kind: when the tagger named the entry at least once for every four occurrences, the
	// type most documents give it (each votes with the type it tagged most there), then the
	// type tagged most over all: one long document does not outvote the others.
	votes := map[string]int{}
	for _, t := range docTypes {
		votes[t]++
	}
	tagged, best := 0, ""
	for _, t := range []string{"PERS", "LOC", "ORG", "MISC"} {
		tagged += types[t]
		if best == "" || votes[t] > votes[best] || votes[t] == votes[best] && types[t] > types[best] {
			best = t
		}
	}
	if mostlyNamed(tagged, len(g.occs)) && !(g.words == 1 && months()[g.key]) {
		e.Kind = best
	}
	first := g.occs[0]
	e.FirstFile = docs[first.doc].Name
	e.FirstSentence = int(first.sent) + 1
	return e
}

// months holds the keys of the names of the months, Hijri, Gregorian and Levantine: alone, رمضان
// is the month, whatever the tagger says, as a reader takes it (a person named رمضان has a
// longer name in the document). نيسان is left out: news names the car maker more.
var months = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة " +
		"يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر " +
		"جانفي فيفري أفريل ماي جوان جويلية أوت " +
		"كانون شباط آذار أيار حزيران تموز آب أيلول تشرين") {
		m[wordKey(w)] = true
	}
	return m
})

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
