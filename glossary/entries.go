package glossary

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/names"
)

// group is the merged data of one entry before scoring.
type groupData struct {
	key string
	// words is the number of words of its most frequent key (wordsOf: that key's places): a
	// compound the text spells apart more often than not is two words (تدور عشية), whichever
	// spelling came first (see spacedCompound)
	words   int
	wordsOf int32
	n       int      // places
	types   [5]int32 // places by the type the tagger gave, before the short names moved
	named   bool
	tokens  widest // its longest places, in tokens
	// needTokens: a short name took the group's last place of its longest (narrow)
	needTokens bool
	occs       []occurrence // its places, read from the log for its entry
}

// narrow takes a place of the given width from the group's longest.
func (g *groupData) narrow(width uint8) {
	if width == g.tokens.width {
		if g.tokens.n--; g.tokens.n == 0 {
			g.needTokens = true
		}
	}
}

// entries builds the entries of the groups; keepPlaces keeps each entry's occurrences in it
// (for Build's callers' tests), which otherwise go once it is made.
func (c *collector) entries(head []int32, docs *docStore, opts Options, keepPlaces bool) ([]Entry, error) {
	ndocs := len(c.tokens)
	var groups []*groupData // in the order of their first keys, the heads (mergeVariants)
	c.keys(func(cd *candidate) {
		if h := head[cd.id]; h != cd.id {
			cd.group = c.byID(h).group
		} else {
			cd.group = int32(len(groups))
			groups = append(groups, &groupData{key: cd.key, words: int(cd.words)})
		}
		g := groups[cd.group]
		if cd.n > g.wordsOf {
			g.words, g.wordsOf = int(cd.words), cd.n
		}
		g.n += int(cd.n)
		for _, f := range cd.forms {
			addTypes(&g.types, f.types)
			g.tokens.add(f.widest.width, f.widest.n)
		}
		g.named = g.named || cd.tagged > 0
		cd.forms = nil
	})
	// The groups hold the counts now; the spellings' index is read no more, the keys only
	// to find the groups of names' endings.
	c.surfaceID = stringIndex{}
	groupOfKey := func(k string) (int32, bool) {
		cd := c.find(k)
		if cd == nil || head[cd.id] != cd.id {
			return 0, false
		}
		return cd.group, true
	}
	nameWordEnds := personNameEnds(groups)
	moves, err := c.creditShortNames(groups, groupOfKey, nameWordEnds)
	c.byKey = stringIndex{}
	if err != nil {
		return nil, err
	}
	if err := c.mendTokens(groups, moves); err != nil {
		return nil, err
	}
	// Longest first (in tokens: عبد العزيز is one word of two tokens), so that the places
	// kept entries cover are known before the entries nested in them are scored.
	order := make([]int32, len(groups))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		gi, gj := groups[i], groups[j]
		return cmp.Or(cmp.Compare(gj.tokens.width, gi.tokens.width), cmp.Compare(gj.words, gi.words))
	})
	kept := newKeptIndex(c.tokens)
	// made holds the entries made, in blocks, so that it grows without copying (ANT x8: 156k
	// entries, and as much again while append copied them), and as madeEntry, half an
	// Entry's size; indefinite[i] tells whether made[i] is an indefinite term, dropped[i]
	// whether it was dropped afterwards for an entry inside it.
	var made blocks[madeEntry]
	var indefinite, dropped []bool
	fileCounts := !opts.NoFileCounts || ndocs <= MaxFileColumns
	// makeEntry makes the entry of group g, if it is listed.
	makeEntry := func(g *groupData) {
		approved := opts.Termbase.has(g.key)
		inLongerName := func(o occurrence) bool { return kept.covered(o, true) }
		e, tagged := c.buildEntry(g, docs, fileCounts, nameWordEnds[g.key].mostlyFirst(), inLongerName)
		// A name the tagger is not sure of the kind of (see kindVote.sure) is listed as a name
		// is, without a kind; the rules for a single word a translator knows (commonWord,
		// verbForm) apply to it as to a term.
		named := tagged != ""
		// A person's name of one word needs two occurrences: news introduces a person by two
		// names or more, and a one-word name seen once is most often a piece of a longer name
		// the tagger cut (ميلر, عبدالرحمن) or a verb it named (نوّه, وراوغه). A kunya (أبو
		// الغيط) names a person by itself.
		min := opts.MinFreq
		if min <= 0 {
			min = 2
			if named && !(tagged == "PERS" && g.words == 1 && !kunya(g.key)) {
				min = 1
			}
		}
		shapeOK, isDefinite := nominal(e.Term)
		shapeOK = shapeOK && !hasPronoun(e.Term, c.spellings) && !(g.words == 1 && notATerm()[g.key]) &&
			!(g.words > 1 && clauseVerb(e.Term))
		// A single word without the article and without a tag needs three occurrences: at two
		// it is most often a verb or an adjective (غنت, وترية) rather than a missed name —
		// unless the text spells it two ways, as it does foreign names (أمريكا/أميركا).
		if !named && !isDefinite && g.words == 1 && opts.MinFreq <= 0 && !transliterated(e.Forms) {
			min = 3
		}
		if !approved && (e.Frequency < min || (!named && !shapeOK)) {
			return
		}
		// Nor, for a given name (one that begins two other persons' names and ends none), do its
		// places inside longer names: حسن in حسن نصر الله and حسن نجمي is a piece of each, not
		// a person of its own; a family name alone (عباس of محمود عباس) is a short name.
		if !approved && opts.MinFreq <= 0 && e.Kind == "PERS" && g.tokens.width == 1 && !kunya(g.key) && nameWordEnds[g.key].given() &&
			len(g.occs)-countFunc(g.occs, inLongerName) < 2 {
			return
		}
		// A single word the tagger did not name and that news uses everywhere (داخل, القرب,
		// العسكرية) is a word a translator knows, not a term — unless it is a country's
		// adjective (الفلسطينية → Palestinian), whose English a translator must get right.
		if e.Kind == KindTerm && g.words == 1 && opts.MinFreq <= 0 && !opts.NoBackground && commonWord(e.Term) && !placeAdjective(e.Term) {
			return
		}
		// A letter's name alone (سي, إس, آر: a piece of سي إن إن) is neither name nor term.
		if g.words == 1 && names.IsLetterName(e.Term) {
			return
		}
		// A verb is no term (يوجد, تحتوي, ضربت: see verbForm).
		if e.Kind == KindTerm && g.words == 1 && opts.MinFreq <= 0 && verbForm(e.Term) {
			return
		}
		// A term that cuts through a name wherever it occurs is a fragment (منطقة الشرق of
		// منطقة الشرق الأوسط, قالت وزارة of قالت وزارة الدفاع, مدريد الإسباني of ريال مدريد
		// الإسباني; see doc.go).
		if !named && !approved && c.cutsNames(g.occs) {
			return
		}
		// Termhood: a term is scored by the occurrences that are not part of a longer kept
		// entry (a C-value variant counted per occurrence), a name by those not part of a
		// longer name (المتحدة in الأمم المتحدة; but جورج بوش in الرئيس جورج بوش counts).
		free := 0
		for _, o := range g.occs {
			if !kept.covered(o, named) {
				free++
			}
		}
		e.Score = arabicScoring.score(g.words, float64(free), e.Frequency, named, !isDefinite, e.Term, opts)
		if e.Score <= 0 && !approved {
			return
		}
		// An entry whose occurrences all lie inside one longer entry is listed once: see
		// wraps for which of the two stays.
		if in := kept.within(g.occs); len(in) > 0 {
			if slices.ContainsFunc(in, func(i int32) bool { return !wraps(made.at(i).entry(docs), indefinite[i], g.key, named) }) {
				if len(in) == 1 {
					namePlaceWhole(made.ref(in[0]), g.key, e.Kind)
				}
				return
			}
			for _, i := range in {
				dropped[i] = true
			}
		}
		e.firstDoc, e.firstStart = g.occs[0].doc, g.occs[0].start
		opts.targetOf(&e, tagged)
		// Names and definite terms cover their parts; an indefinite term does not, since it
		// is as often a verb with a name (يغيب إيتو) as a real compound. One word spelt apart
		// (فيس بوك of فيسبوك) covers its parts.
		covering := named || isDefinite || g.words == 1
		for _, o := range g.occs {
			// A place of one token contains no place but itself, so around never finds it
			// (ANT: 230k of the 467k places of kept entries are longer than a token).
			if o.width > 1 {
				kept.add(o, made.n, covering, named)
			}
		}
		indefinite = append(indefinite, !named && !isDefinite)
		dropped = append(dropped, false)
		if keepPlaces {
			e.places = g.occs
		}
		made.add(packEntry(e))
	}
	// Too rare whatever its kind: the group is not read nor built.
	tooRare := func(g *groupData) bool {
		return g.n == 0 || !opts.Termbase.has(g.key) && (g.n < opts.MinFreq || (opts.MinFreq <= 0 && g.n < 2 && !g.named))
	}
	// The places of the groups are read in batches of up to Options.PlaceMemory.
	if batches := planBatches(groups, order, tooRare, opts.PlaceMemory); len(batches) > 0 {
		bf, err := c.distribute(groups, moves, batches, opts.TempDir)
		if err != nil {
			return nil, err
		}
		defer bf.close()
		// Every place is filed under its batch: the candidates and the log are read no more
		// (ANT x8: 30 MB of candidates).
		c.all = blocks[candidate]{}
		c.firstForm = blocks[formCount]{}
		if err := c.log.close(); err != nil {
			return nil, err
		}
		for b, batch := range batches {
			if b > 0 {
				if err := bf.load(groups, batch, b); err != nil {
					return nil, err
				}
			}
			for _, gi := range batch {
				// A group is read once: its places go as its entry is made.
				makeEntry(groups[gi])
				groups[gi] = nil
			}
		}
	}
	kept = nil // the entries are all made
	out := listAs(&made, func(i int32) bool { return !dropped[i] }, func(m madeEntry) Entry { return m.entry(docs) })
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
	if fileCounts {
		for i := range out {
			e := &out[i]
			e.Files = make([]FileCount, len(e.docCounts))
			for k, dc := range e.docCounts {
				e.Files[k] = FileCount{docs.names[dc.doc], int(dc.n)}
			}
			e.docCounts = nil
		}
	}
	return out, addContexts(out, docs)
}

// addContexts sets the context of each entry, the sentence of its first occurrence, once the
// entries are known: the candidates are gone by then, and each document is read once. The
// entries first seen in a sentence share its string (a sentence longer than maxContext is
// cut around each).
func addContexts(out []Entry, docs *docStore) error {
	byDoc := make([]int, len(out))
	for i := range byDoc {
		byDoc[i] = i
	}
	slices.SortStableFunc(byDoc, func(i, j int) int { return cmp.Compare(out[i].firstDoc, out[j].firstDoc) })
	contexts := map[int]string{} // by sentence, in the document read last
	long := map[int]string{}     // the text of its sentences longer than maxContext
	read := int32(-1)
	for _, i := range byDoc {
		e := &out[i]
		sent := e.FirstSentence - 1
		if sent < 0 {
			continue
		}
		ds, err := docs.sentences(e.firstDoc)
		if err != nil {
			return err
		}
		if e.firstDoc != read {
			clear(contexts)
			clear(long)
			read = e.firstDoc
		}
		sn := ds.spans[sent]
		if ctx, ok := contexts[sent]; ok {
			e.Context = ctx
			continue
		}
		text, ok := long[sent]
		if !ok {
			if text, err = ds.sentence(sn); err != nil {
				return err
			}
		}
		// The sentence alone, offsets from its start: contextOf reads no text outside it. A
		// long sentence is cut around each entry's place; a short one is every entry's context.
		e.Context = contextOf(text, sentenceSpan{0, sn.end - sn.start}, int(e.firstStart-sn.start))
		if sn.end-sn.start > maxContext {
			long[sent] = text
		} else {
			contexts[sent] = e.Context
		}
	}
	return nil
}

// buildEntry turns a group's occurrences into an entry: spellings with counts, per-file
// counts, kind, first occurrence. inName tells an occurrence inside a longer kept name;
// firstName a word that mostly begins persons' names (nameEnds.mostlyFirst).
// tagged is the type the tagger mostly gave the entry ("" for none), which is its kind only
// when the tagger is sure of it.
func (c *collector) buildEntry(g *groupData, docs *docStore, fileCounts, firstName bool, inName func(occurrence) bool) (e Entry, tagged string) {
	sort.SliceStable(g.occs, func(i, j int) bool {
		if g.occs[i].doc != g.occs[j].doc {
			return g.occs[i].doc < g.occs[j].doc
		}
		return g.occs[i].from < g.occs[j].from
	})
	e = Entry{Key: g.key, Frequency: len(g.occs), Kind: KindTerm}
	formIdx := map[int32]int{}
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
		if !fileCounts {
			continue
		}
		if n := len(e.docCounts); n > 0 && e.docCounts[n-1].doc == o.doc { // the places are in document order
			e.docCounts[n-1].n++
		} else {
			e.docCounts = append(e.docCounts, docCount{o.doc, 1})
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
	// Kind: when the tagger named the entry at least once for every four occurrences, the
	// type it votes for. Occurrences inside a longer name (مدريد in ريال مدريد) are that
	// name's: the occurrences outside longer names vote alone when the lexicon knows the
	// entry whole as a name of its own (مدريد tagged LOC once in its three places alone), or
	// when it is one word that the tagger named at two places alone and that does not mostly
	// begin persons' names (nameEnds.mostlyFirst): a family name, ترامب of دونالد ترامب and
	// إيفانكا ترامب — with the article only when the name lists hold it mostly as a name word
	// (الغنوشي; المحيط, the ocean, is none). A given name (محمد, tagged where the tagger split
	// a longer name) is no such name.
	prefer, known := lexiconName(e.Term)
	v := voteKind(g.occs, prefer, func(occurrence) bool { return true })
	familyName := g.words == 1 && v.tagged >= 2 && !firstName && (!definite(e.Term) || personWord(e.Term))
	if !mostlyNamed(v.tagged, v.n) && (known || familyName) {
		alone := voteKind(g.occs, prefer, func(o occurrence) bool { return !inName(o) })
		if known || alone.tagged >= 2 {
			v = alone
		}
	}
	if mostlyNamed(v.tagged, v.n) && !(g.words == 1 && (months()[g.key] || commonInstitution(g.key) || placeHead(g.key, e.Term))) {
		tagged = v.kind
		// The name lexicon's type agreeing is evidence too, for a name seen twice that is no
		// common word (a place the tagger named once with a small margin: القدس, البصرة).
		if v.sure() || v.kind == prefer && len(g.occs) >= 2 && !commonWord(e.Term) {
			e.Kind = v.kind
		}
	}
	first := g.occs[0]
	e.FirstFile = docs.names[first.doc]
	e.FirstSentence = int(c.sentence(first)) + 1
	return e, tagged
}

// kindVote is what voteKind found.
type kindVote struct {
	kind      string
	tagged, n int // the occurrences named, and all the occurrences voting
	margins   int // the sum of the margins of the occurrences named kind (see marginOf)
	modelled  int // the occurrences the tagger's model named kind (a rule's names have margin 0)
}

// kindMargin is how sure the tagger must be of a name's kind for the glossary to give it: the
// sum of the margins of the places it named with the kind, in the tagger's score units (see
// span.Entity.Margin; a retrained model may need it measured again). See doc.go for how 60
// was chosen.
const kindMargin = 60

// sure reports whether the tagger is sure enough of the kind: its margins add up to
// kindMargin, or its model named the kind at two places, or a tagger gave no margins.
func (v kindVote) sure() bool {
	return v.margins >= kindMargin || v.modelled >= 2
}

// voteKind returns the type the tagger gives the occurrences for which use is true, the
// number of them it named and their number: the type most documents give them (each votes
// with the type it tagged most there), then the type tagged most over all, so that one long
// document does not outvote the others, then on a tie the type prefer (the lexicon's: كابل
// tagged once LOC and once PERS is Kabul).
func voteKind(occs []occurrence, prefer string, use func(occurrence) bool) kindVote {
	var types, margins, modelled [5]int
	var tagged, n int
	perDoc := map[int32]*[5]int{} // tagged types per document
	for _, o := range occs {
		if !use(o) {
			continue
		}
		n++
		if o.nameType == 0 {
			continue
		}
		if perDoc[o.doc] == nil {
			perDoc[o.doc] = &[5]int{}
		}
		perDoc[o.doc][o.nameType]++
		types[o.nameType]++
		tagged++
		if o.margin == unmeasured {
			margins[o.nameType] += kindMargin
		} else {
			margins[o.nameType] += int(o.margin)
		}
		if o.margin > 0 {
			modelled[o.nameType]++
		}
	}
	p := entityType(prefer)
	var docVotes [5]int
	for _, c := range perDoc {
		best := 1
		for t := 2; t < len(c); t++ {
			if c[t] > c[best] {
				best = t
			}
		}
		if prefer != "" && c[p] == c[best] {
			best = int(p)
		}
		docVotes[best]++
	}
	best := 1
	for t := 2; t < len(types); t++ {
		if docVotes[t] > docVotes[best] || docVotes[t] == docVotes[best] && types[t] > types[best] {
			best = t
		}
	}
	if prefer != "" && docVotes[p] == docVotes[best] && types[p] == types[best] {
		best = int(p)
	}
	return kindVote{kind: entityTypes[best], tagged: tagged, n: n, margins: margins[best], modelled: modelled[best]}
}

// maxContext is the longest context, in bytes, before it is cut around the occurrence.
const maxContext = 600

// contextOf returns the sentence sn of text on one line; a sentence longer than maxContext
// (a text without punctuation) is cut to a window around the occurrence at byte offset at,
// at spaces, with "…" where it was cut.
func contextOf(text string, sn sentenceSpan, at int) string {
	start, end := int(sn.start), int(sn.end)
	if end-start <= maxContext {
		return collapseSpace(text[start:end])
	}
	from, to := max(start, at-maxContext/3), min(end, at+2*maxContext/3)
	if i := strings.IndexAny(text[from:at], " \n\t"); from > start && i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndexAny(text[at:to], " \n\t"); to < end && i > 0 {
		to = at + i
	}
	for from < at && !utf8.RuneStart(text[from]) {
		from++
	}
	for to > at && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	out := collapseSpace(text[from:to])
	if from > start {
		out = "… " + out
	}
	if to < end {
		out += " …"
	}
	return out
}

// collapseSpace turns runs of white space (including line breaks) into single spaces. The
// result is never a slice of s, which an entry would keep alive with its document.
func collapseSpace(s string) string {
	f := strings.Fields(s)
	if len(f) == 1 {
		return strings.Clone(f[0])
	}
	return strings.Join(f, " ")
}

// cutsNames reports whether every one of occs cuts through a name the tagger found: the name
// begins inside the occurrence and ends after it, or begins before it and ends inside it
// (مدريد الإسباني, cut from ريال مدريد الإسباني where the tagger named ريال مدريد).
func (c *collector) cutsNames(occs []occurrence) bool {
	for _, o := range occs {
		if !c.nameSpans[o.doc].cuts(o.from, o.end()) {
			return false
		}
	}
	return len(occs) > 0
}

// cuts reports whether a span overlaps [from, to) without containing it or lying inside it.
func (ix nameIndex) cuts(from, to int32) bool {
	i, _ := slices.BinarySearchFunc(ix.spans, from+1, func(s [2]int32, t int32) int { return cmp.Compare(s[0], t) })
	// spans[i:] start after from: one that starts before to and ends after it
	for j := i; j < len(ix.spans) && ix.spans[j][0] < to; j++ {
		if ix.spans[j][1] > to {
			return true
		}
	}
	// spans[:i] start at or before from: one that starts before from and ends inside
	for j := i - 1; j >= 0 && ix.maxEnd[j] > from; j-- {
		if s := ix.spans[j]; s[0] < from && s[1] > from && s[1] < to {
			return true
		}
	}
	return false
}

// namePlaceWhole gives the kind LOC to a term the name lexicon knows whole as a place, when
// a place's name it begins with (key, of kind) lies inside it wherever it occurs: the tagger
// named أميركا in أميركا اللاتينية, which is Latin America, a place of its own, as a reader
// reads it. The curated list is left out: it holds organisations too, and مكة المكرمة, where
// ANERcorp names مكة alone (on the fold from 2400 that entry read as no entity).
func namePlaceWhole(l *madeEntry, key, kind string) {
	if l.kind != KindTerm || kind != "LOC" || l.target == nil || !strings.HasPrefix(l.key, key+" ") {
		return
	}
	src, ok := lexiconSource(l.target.source)
	if ok && (src == names.SourceCLDR || src == names.SourceNationality || placeSource(src)) {
		l.kind = kind
	}
}

// madeEntry is an Entry as entries holds it until all are made and ranked: the fields set by
// then, the rare suggestions apart and the file's name as its document's index (152 bytes,
// where an Entry has 288).
type madeEntry struct {
	key, term, kind string
	forms           []Form
	docCounts       []docCount
	places          []occurrence
	score           float64
	frequency       int32
	firstSentence   int32
	firstDoc        int32
	firstStart      int32
	target          *entryTarget // nil without a suggestion
}

// entryTarget is an entry's suggestions (Entry.Target and the fields after it).
type entryTarget struct{ target, source, also, guess string }

// packEntry returns e as entries holds it; entry gives it back.
func packEntry(e Entry) madeEntry {
	m := madeEntry{key: e.Key, term: e.Term, kind: e.Kind, forms: e.Forms, docCounts: e.docCounts,
		places: e.places, score: e.Score, frequency: int32(e.Frequency), firstSentence: int32(e.FirstSentence),
		firstDoc: e.firstDoc, firstStart: e.firstStart}
	if t := (entryTarget{e.Target, e.TargetSource, e.TargetAlso, e.TargetGuess}); t != (entryTarget{}) {
		m.target = &t
	}
	return m
}

// entry is the Entry of m, its first file named from docs.
func (m madeEntry) entry(docs *docStore) Entry {
	e := Entry{Key: m.key, Term: m.term, Kind: m.kind, Forms: m.forms, docCounts: m.docCounts,
		places: m.places, Score: m.score, Frequency: int(m.frequency), FirstSentence: int(m.firstSentence),
		FirstFile: docs.names[m.firstDoc], firstDoc: m.firstDoc, firstStart: m.firstStart}
	if t := m.target; t != nil {
		e.Target, e.TargetSource, e.TargetAlso, e.TargetGuess = t.target, t.source, t.also, t.guess
	}
	return e
}

// nameEnds counts the persons' names (groups of two words or more mostly tagged PERS) a word
// begins and ends.
type nameEnds struct{ begins, ends int }

// given reports whether the word is a given name, which alone names no one a reader can tell:
// it begins two persons' names or more and ends none (حسن of حسن نصر الله and حسن نجمي).
func (n nameEnds) given() bool { return n.begins >= 2 && n.ends == 0 }

// mostlyFirst reports whether the word begins two persons' names or more and ends no more, as
// a given name does that also ends some as a father's name (سعيد أحمد, بن محمد) in a long text
// or a corpus, where a family name ends most of its own (السبسي, ترامب).
func (n nameEnds) mostlyFirst() bool { return n.begins >= 2 && n.begins >= n.ends }

// personNameEnds returns the nameEnds of the words that begin or end persons' names. The
// words are the key's: a compound spelt apart more often than not (بن قردان) counts two words
// but may have the joined key of its first spelling (بنقردان), which begins and ends nothing.
func personNameEnds(groups []*groupData) map[string]nameEnds {
	m := map[string]nameEnds{}
	for _, g := range groups {
		first, _, multi := strings.Cut(g.key, " ")
		if multi && g.named && dominantOf(g.types) == "PERS" {
			last := g.key[strings.LastIndexByte(g.key, ' ')+1:]
			f := m[first]
			f.begins++
			m[first] = f
			l := m[last]
			l.ends++
			m[last] = l
		}
	}
	return m
}

// countFunc returns how many of s f is true for.
func countFunc[T any](s []T, f func(T) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}

// personWord reports whether the name lists hold a word mostly as a word of persons' names.
func personWord(w string) bool {
	n, total, ok := names.WordEvidence(w)
	return ok && 2*n >= total
}
