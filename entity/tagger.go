package entity

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/names"
	"github.com/arprep/arprep/names/cldr"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/wordcache"
)

// Tagger tags named entities in two stages: a first pass with sentence-local features, then
// a second pass that also sees what the first pass found in the surrounding sentences (a
// name tagged once is usually the same entity when it recurs alone). It is safe for
// concurrent use.
type Tagger struct {
	local, doc *weights
	pair       *stagePair // both stages' rows, for tagging
	brown      map[string]brownPath
	profiles   map[string]profile
	gaz        *gazetteer // CLDR names and the training data's entities
	auto       *gazetteer // the self-tagged lexicon of the unlabelled corpus

	ready     sync.Once
	edge      [5][2 * nTags]float32                // word-feature sums past the sentence ends, by offset
	brownRows map[brownPath]*[5][2 * nTags]float32 // Brown-feature sums by path and offset
	words     *wordcache.Cache[*wordEntry]
}

// maxCachedWords bounds the tagger's word cache (some 25 MB). News text repeats its frequent
// words so much that this many types cover most tokens: the 32,768 most frequent spellings of
// the ANT news corpus make 94% of its words.
const maxCachedWords = 1 << 15

// wordEntry is what the tagger keeps of a word type: its analysis, and the weights its
// word features add at each offset, summed once, so that tagging a token costs a few
// additions instead of looking up some sixty feature weights.
type wordEntry struct {
	tok  token
	term string // the word's content term when it is an Arabic word (see wordTerm), for Analyse
	wordSums
}

// wordSums are a word's sums of both stages' weights of its word features (see
// appendWordFeatures) at offsets −2..+2, and its entries in the tagger's fixed gazetteers.
type wordSums struct {
	rows      [5][2 * nTags]float32
	gaz, auto gazEntry
}

//go:embed model.bin
var embeddedModel []byte

var defaultTagger struct {
	sync.Mutex
	t *Tagger
}

// Default returns the tagger trained on ANERcorp that is embedded in the binary (see the
// package documentation). The model is decoded on first use, and again after ReleaseDefault.
func Default() (*Tagger, error) {
	defaultTagger.Lock()
	defer defaultTagger.Unlock()
	if defaultTagger.t == nil {
		t, err := ReadModel(embeddedModel)
		if err != nil {
			return nil, fmt.Errorf("embedded entity model: %w", err)
		}
		defaultTagger.t = t
	}
	return defaultTagger.t, nil
}

// ReleaseDefault lets the garbage collector take the default tagger, its model and its word
// cache (some 45 MB), once its callers hold it no more: a glossary tags its documents first
// and has no use for it while it builds. A later Default decodes the model again.
func ReleaseDefault() {
	defaultTagger.Lock()
	defer defaultTagger.Unlock()
	defaultTagger.t = nil
}

// TagTokens returns one IOB2 tag per token (O, B-PERS, I-PERS, ...) of a single sentence.
// The tags are always well-formed: an I- tag only follows a B- or I- tag of its own type.
func (t *Tagger) TagTokens(tokens []string) []string {
	return t.TagSentences([][]string{tokens})[0]
}

// TagSentences tags the sentences of one document, each as TagTokens does, letting each
// sentence's tags draw on the sentences around it.
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	t.prepareToTag()
	buf := new(tagBuffer)
	buf.reset()
	doc := make([][]token, len(sents))
	an := analyser{t: t, buf: buf}
	for i, s := range sents {
		doc[i] = make([]token, len(s))
		for j, w := range s {
			doc[i][j] = an.analyse(w)
		}
	}
	ids, _ := t.tagDocument(doc, buf, false) // tags only: no margins
	out := make([][]string, len(ids))
	for i, s := range ids {
		out[i] = make([]string, len(s))
		for j, id := range s {
			out[i][j] = tagNames[id]
		}
	}
	return out
}

func analyseAll(words []string) []token {
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i] = analyse(w)
	}
	return toks
}

// analyser looks up the words of one document in the tagger's cache, and keeps the words
// that do not go there (words met for the first time, or all new words once the cache is
// full) in its buffer, for the rest of the document.
type analyser struct {
	t   *Tagger
	buf *tagBuffer
}

func (a *analyser) analyse(w string) token { return a.entry(w).tok }

// entry returns the entry of word w.
func (a *analyser) entry(w string) *wordEntry {
	if e, ok := a.t.words.Get(w); ok {
		return e
	}
	if e, ok := a.buf.local[w]; ok {
		return e
	}
	if !a.t.words.WantsCommon(w, commonWord) {
		e := a.buf.spare()
		a.t.fillEntry(e, w)
		a.buf.local[w] = e
		return e
	}
	// A copy of w: the cached analysis must not hold on to the document.
	e, ok := a.t.words.Add(w, a.t.newEntry(strings.Clone(w)))
	if !ok { // the cache filled up meanwhile
		a.buf.local[w] = e
	}
	return e
}

// commonWord reports whether w is a frequent word of news (by the word-frequency lexicon of
// package arabic), which the word cache then takes at its first offer.
func commonWord(w string) bool {
	return arabic.Frequency(arabic.Normalize(w)) >= commonWordCount
}

// commonWordCount is the lexicon count from which a word is common: 22,470 of the 31,779
// spellings the lexicon lists (counted on ANT, with and without the article) reach it.
const commonWordCount = 5

// newEntry analyses word w and sums its weights.
func (t *Tagger) newEntry(w string) *wordEntry {
	e := new(wordEntry)
	t.fillEntry(e, w)
	return e
}

// fillEntry sets *e to the analysis and summed weights of word w.
func (t *Tagger) fillEntry(e *wordEntry, w string) {
	e.tok = analyse(w)
	e.term = wordTerm(&e.tok)
	t.lookUp(&e.tok)
	e.tok.sums = &e.wordSums
	var feats [64]uint32
	brown := t.brownRows[e.tok.br]
	for d := -2; d <= 2; d++ {
		fs := appendOwnFeatures(feats[:0], &e.tok, d, 64-t.local.bits)
		e.rows[d+2] = brown[d+2]
		t.pair.sum(fs, &e.rows[d+2])
	}
	e.gaz, e.auto = t.gaz.entry(e.tok.key), t.auto.entry(e.tok.key)
}

// lookUp sets the word's Brown cluster and profile.
func (t *Tagger) lookUp(tk *token) {
	tk.br = t.brownOf(tk)
	tk.prof, tk.known = t.profiles[tk.key]
	tk.lexed = true
}

// addBrownRows sums the weights of the Brown features of path br at each offset.
func (t *Tagger) addBrownRows(br brownPath) {
	if t.brownRows[br] != nil {
		return
	}
	rows := new([5][2 * nTags]float32)
	var feats []uint32
	for d := -2; d <= 2; d++ {
		feats = appendBrownFeatures(feats[:0], br, d, 64-t.local.bits)
		t.pair.sum(feats, &rows[d+2])
	}
	t.brownRows[br] = rows
}

// prepareToTag builds what tagging needs beyond the model file: both stages' rows side by
// side, and the sums of the word features past the sentence ends.
func (t *Tagger) prepareToTag() {
	t.ready.Do(func() {
		if t.pair == nil {
			t.pair = pairStages(t.local, t.doc) // a freshly trained tagger
		}
		t.words = wordcache.New[*wordEntry](maxCachedWords)
		var feats []uint32
		for d := -2; d <= 2; d++ {
			if d != 0 {
				feats = appendWordFeatures(feats[:0], nil, d, 64-t.local.bits)
				t.pair.sum(feats, &t.edge[d+2])
			}
		}
		t.brownRows = map[brownPath]*[5][2 * nTags]float32{}
		for _, br := range t.brown {
			t.addBrownRows(br)
		}
		t.addBrownRows(brownPath{}) // words of no cluster
	})
}

// tagDocument returns tag ids for sentences of tokens from an analyser, and with withMargins
// for each token the second stage's margin for its type (see weights.margins; 0 where the
// second stage tagged O, as on the tokens spreadEntities tags).
func (t *Tagger) tagDocument(doc [][]token, buf *tagBuffer, withMargins bool) ([][]int, [][]float32) {
	sc := &buf.sc
	var ctxFeats []uint32
	first := make([][]tokenSpan, len(doc))
	second := make([][]float32, len(doc)) // second-stage scores of the shared features
	n := 0
	for _, toks := range doc {
		n += len(toks)
	}
	buf.scores = slices.Grow(buf.scores[:0], n*nTags)[:n*nTags]
	flat := buf.scores
	for i, toks := range doc {
		t.gaz.markFrom(toks, func(tk *token) gazEntry { return tk.sums.gaz })
		sc.grow(len(toks))
		second[i], flat = flat[:len(toks)*nTags:len(toks)*nTags], flat[len(toks)*nTags:]
		ctxFeats = t.emissions(toks, sc.emit, second[i], ctxFeats)
		first[i] = tokenSpans(t.local.decode(len(toks), nil, sc))
	}
	out := make([][]int, len(doc))
	var margins [][]float32
	var flatMargins []float32
	if withMargins {
		margins = make([][]float32, len(doc))
		flatMargins = make([]float32, 0, n)
	}
	ctx := docContext{doc: doc, first: first}
	var near []nearPlace
	for i, toks := range doc {
		t.auto.markFrom(toks, func(tk *token) gazEntry { return tk.sums.auto })
		ctx.mark(i)
		sc.grow(len(toks))
		copy(sc.emit, second[i])
		for k := range toks {
			ctxFeats = appendDocFeatures(ctxFeats[:0], toks, k, t.doc.bits)
			t.pair.addSecond(ctxFeats, sc.emit[k*nTags:(k+1)*nTags])
		}
		out[i] = t.doc.decode(len(toks), nil, sc)
		// The backward pass from the first token that needs it: a rare word, for its gap, or
		// with margins the first entity.
		from := slices.IndexFunc(toks, func(tk token) bool { return tk.rare })
		if withMargins {
			if e := slices.IndexFunc(out[i], func(tag int) bool { return tag != tagO }); e >= 0 && (from < 0 || e < from) {
				from = e
			}
		}
		if from >= 0 {
			nearBefore := len(near)
			t.doc.backward(len(toks), from, sc)
			t.doc.nearest(out[i], from, sc, nearGap, func(k, typ int, _ float32) {
				if toks[k].rare {
					near = append(near, nearPlace{int32(i), int32(k), uint8(typ)})
				}
			})
			if len(near) > nearBefore {
				copy(second[i], sc.emit) // the sentence's scores whole, should redecode need them
			}
		}
		if withMargins {
			start := len(flatMargins)
			flatMargins = t.doc.margins(out[i], sc, flatMargins)
			margins[i] = flatMargins[start:len(flatMargins):len(flatMargins)]
		}
	}
	t.redecode(doc, recurringNames(doc, out, near), second, sc, out, margins)
	titles := map[string]bool{}
	for i := range doc {
		markOutlets(doc[i], out[i])
		markTitles(doc[i], out[i], titles)
		markTitleLists(doc[i], out[i], titles)
	}
	if len(titles) > 0 {
		for i := range doc {
			markQuotedTitles(doc[i], out[i], titles)
		}
	}
	spreadEntities(doc, out)
	for i := range doc {
		var m []float32
		if withMargins {
			m = margins[i]
		}
		joinOrgHeads(doc[i], out[i], m)
		joinParticleNames(doc[i], out[i], m)
		dropLeadingDemonyms(doc[i], out[i], m)
		namesAfterHeads(doc[i], out[i])
		clubsAfterTeams(doc[i], out[i], m)
		placesAfterInnerHeads(doc[i], out[i], m)
		splitRepeatedNames(doc[i], out[i])
		dropMonthsInDates(doc[i], out[i], m)
	}
	unifyTypes(doc, out, margins) // margins is nil without withMargins
	return out, margins
}

// dropMonthsInDates leaves untagged a month's name that the tagger named alone in a date:
// next to a number (30 نيسان, نيسان 1998) or to a slash and another month's name (ابريل /
// نيسان, as Levantine news gives both). In ANERcorp's training part a month's name so placed is
// outside any name 236 times of 238 (one is of the city 6 أكتوبر, one ابريل / نيسان tagged as
// the car maker), while the tagger reads نيسان, Nissan, as an organisation. margins may be nil.
func dropMonthsInDates(toks []token, ids []int, margins []float32) {
	for k := range toks {
		if ids[k] == tagO || isInside(ids[k]) || k+1 < len(toks) && isInside(ids[k+1]) || !monthKeys()[toks[k].key] {
			continue
		}
		if numberAt(toks, k-1) || numberAt(toks, k+1) || slashedMonth(toks, k, -1) || slashedMonth(toks, k, 1) {
			untag(ids, margins, k)
		}
	}
}

// numberAt reports whether the token at k holds a digit.
func numberAt(toks []token, k int) bool {
	return k >= 0 && k < len(toks) && strings.IndexFunc(toks[k].raw, unicode.IsDigit) >= 0
}

// slashedMonth reports whether a slash and then a month's name lie in direction dir of k.
func slashedMonth(toks []token, k, dir int) bool {
	s, m := k+dir, k+2*dir
	return m >= 0 && m < len(toks) && toks[s].raw == "/" && monthKeys()[toks[m].key]
}

// monthKeys are the keys of arabic.MonthNames.
var monthKeys = keySet(strings.Join(arabic.MonthNames(), " "))

// redecode decodes again the sentences of the places recurringNames kept (in document order),
// each place with its type's tags nearGap better, so that the word is named there; second
// holds the second-stage scores of the sentences with a nearly named word (tagDocument copies
// no others), and margins (nil without them) are measured again.
func (t *Tagger) redecode(doc [][]token, places []nearPlace, second [][]float32, sc *scratch, out [][]int, margins [][]float32) {
	for len(places) > 0 {
		i := int(places[0].sent)
		sc.grow(len(doc[i]))
		copy(sc.emit, second[i])
		for len(places) > 0 && int(places[0].sent) == i {
			row := sc.emit[int(places[0].tok)*nTags:]
			row[1+2*int(places[0].typ)] += nearGap
			row[2+2*int(places[0].typ)] += nearGap
			places = places[1:]
		}
		out[i] = t.doc.decode(len(doc[i]), out[i][:0], sc)
		if margins != nil {
			t.doc.backward(len(doc[i]), 0, sc)
			margins[i] = t.doc.margins(out[i], sc, margins[i][:0])
		}
	}
}

// orgHeads are the heads that an organisation's name always begins with in ANERcorp's
// training part when it follows them (حزب الليكود, منظمة الأمم المتحدة, مجلس الأمن, اتحاد
// الكرة: 188 of 188 times, each head 10 times or more), unlike شركة or نادي (the name alone, 32
// of 38 times).
var orgHeads = keySet("حزب منظمة مجلس اتحاد")

// joinOrgHeads makes an organisation's name begin at the head the tagger left out before it
// (حزب before الليكود, where recurringNames named الليكود alone): the head, without the
// article, joins the name with the name's margin (margins may be nil).
func joinOrgHeads(toks []token, ids []int, margins []float32) {
	org := 1 + 2*typeIndex("ORG")
	for k := 1; k < len(toks); k++ {
		if ids[k] != org || ids[k-1] != tagO || toks[k-1].article || !orgHeads()[toks[k-1].key] {
			continue
		}
		ids[k-1], ids[k] = org, org+1
		if margins != nil {
			margins[k-1] = margins[k]
		}
	}
}

// nameParticles are the words that continue a person's name (بن, أبو, آل, ولد: "son of",
// "father of", "family of"), written without a clitic; a clitic (وأبو) begins the next name.
var nameParticles = map[string]bool{"بن": true, "ابن": true, "أبو": true, "ابو": true, "أبي": true, "ابي": true,
	"آل": true, "ولد": true, "بنت": true}

// joinParticleNames makes one person's name of a person's name and the person's name the
// tagger began right after it at a name particle (منصور | أبو حميد), and has a person's name
// that the tagger ended at a particle take the word after it (عمرو بن | ود, فاطمة بنت | أسد).
// In ANERcorp's training part, a particle in a name right after a person's name continues
// that name 179 times of 180 (أبو الحسن أبو تراب, two by-names, is the one), and a particle
// in a person's name is followed by more of it 232 times of 235. The word taken in gets the
// particle's margin (margins may be nil), as the name's.
func joinParticleNames(toks []token, ids []int, margins []float32) {
	pers := 1 + 2*typeIndex("PERS")
	for k := 1; k < len(toks); k++ {
		if ids[k-1] != pers && ids[k-1] != pers+1 {
			continue
		}
		switch {
		case ids[k] == tagO && linkParticles[toks[k].raw] && k+1 < len(toks) &&
			(ids[k+1] == pers || ids[k+1] == tagO && (personWord(toks[k+1]) || linked(toks, ids, k) && nameWord(toks[k+1]))):
			ids[k], ids[k+1] = pers+1, pers+1
			if margins != nil {
				margins[k], margins[k+1] = margins[k-1], margins[k-1]
			}
		case ids[k] == pers && nameParticles[toks[k].raw]:
			ids[k] = pers + 1
		case ids[k] == tagO && nameParticles[toks[k-1].raw] && nameWord(toks[k]):
			ids[k] = pers + 1
			if margins != nil {
				margins[k] = margins[k-1]
			}
		}
	}
}

// linkParticles are the particles that, left out of a person's name the tagger ended just
// before them, still join it to the name word after them (سعيد | ولد محمد, Mauritanian
// names): after a person's name in ANERcorp's training part بن, آل, ولد, بنت and أبو are inside
// it 124 times and outside it once (فينسنزو ولد عام 1606, "was born"); ابن is outside it 4
// times of 7 (ابن عمه, his cousin), so it is not one.
var linkParticles = map[string]bool{"بن": true, "آل": true, "ولد": true, "بنت": true, "أبو": true, "ابو": true}

// linked reports whether the person's name ending before k already holds a link particle:
// then the particle at k goes on a chain of them (حضية ولد سلامة ولد النفاع) whatever word follows.
func linked(toks []token, ids []int, k int) bool {
	for j := k - 1; j >= 0 && ids[j] != tagO; j-- {
		if linkParticles[toks[j].raw] {
			return true
		}
		if !isInside(ids[j]) {
			break
		}
	}
	return false
}

// nameWord reports whether a word can be a word of a name: Arabic, with no clitic, no stopword.
func nameWord(t token) bool {
	return arabicWord(t.key) && t.bare == t.norm && !arabic.IsStopword(t.norm)
}

// personWord reports whether an O-tagged word can go on a person's name: a nameWord seen in
// a person's name in the training lists.
func personWord(t token) bool {
	const personBits = 1<<gazPart | 1<<gazFirst | 1<<gazLast // types[0] is PERS
	return nameWord(t) && (t.gazB|t.gazI)&personBits != 0
}

// dropLeadingDemonyms leaves out of a person's or place's name the nationality adjective the
// tagger began it with (الكيني بونغي ويلفريد, الأذربيجاني إلهام علييف), or named alone
// (للكيني | كيبلاغات): ANERcorp's training part never begins a name with one, and names one
// alone once (266 times it stands before a person's or a place's name, outside it). margins
// may be nil.
func dropLeadingDemonyms(toks []token, ids []int, margins []float32) {
	for k := range toks {
		typ := typeOf(ids[k])
		if isInside(ids[k]) || ids[k] == tagO || types[typ] != "PERS" && types[typ] != "LOC" ||
			!toks[k].article || !demonym(toks[k].key) {
			continue
		}
		if k+1 < len(toks) && ids[k+1] == ids[k]+1 {
			ids[k+1] = ids[k]
		}
		untag(ids, margins, k)
	}
}

// splitRepeatedNames makes two names of a name whose second half repeats its first: a page
// header or a caption written twice without punctuation (سيغموند فرويد سيغموند فرويد) is the
// name twice, as ANERcorp tags it; its training part has no name whose halves are the same.
// Halves of one word are left: محمود محمود is a name (a son named as his father).
func splitRepeatedNames(toks []token, ids []int) {
	for start := 0; start < len(ids); {
		end := start + 1
		if ids[start] != tagO && !isInside(ids[start]) {
			end = nameEnd(ids, start)
		}
		if n := end - start; n >= 4 && n%2 == 0 && sameKeys(toks[start:start+n/2], toks[start+n/2:end]) {
			ids[start+n/2] = ids[start]
		}
		start = end
	}
}

// sameKeys reports whether two runs of tokens are the same words.
func sameKeys(a, b []token) bool {
	return slices.EqualFunc(a, b, func(x, y token) bool { return x.key == y.key })
}

// nameHeads maps the nouns that a name of one type follows in ANERcorp's training part to
// that type: a town or an administrative area (مدينة, بلدية, معتمدية...) is followed by a place
// 175 times and by a person 3 (مدينة أولم, Ulm; بلدة إبراهيم; محافظة صلاح الدين, a
// governorate); a club, company, newspaper, agency, channel or university (نادي, شركة,
// صحيفة, وكالة, قناة, جامعة) by an organisation 64 times and by a person never. ولاية is left
// out, as a term of office too (ولاية صالح), and so is فريق: فريق ترامب is Trump's team.
var nameHeads = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("مدينة بلدية معتمدية منطقة محافظة قرية بلدة") {
		m[arabic.Key(w)] = typeIndex("LOC")
	}
	for _, w := range strings.Fields("نادي شركة صحيفة وكالة قناة جامعة") {
		m[arabic.Key(w)] = typeIndex("ORG")
	}
	return m
})

// namesAfterHeads gives the head's type to a person's name the tagger found right after it
// (مدينة بن قردان, نادي سبورتينغ: the particle بن or a foreign word led the model to a person).
// The head's name follows it without a clitic; where the tagger read one (بلدة باغا, Baga, as
// ب + اغا) the name is left as it is.
func namesAfterHeads(toks []token, ids []int) {
	pers := 1 + 2*typeIndex("PERS")
	for k := 1; k < len(toks); k++ {
		if ids[k] != pers || ids[k-1] != tagO || toks[k-1].article || toks[k].bare != toks[k].norm {
			continue
		}
		typ, ok := nameHeads()[toks[k-1].key]
		if !ok {
			continue
		}
		tagName(ids, k, nameEnd(ids, k), 1+2*typ)
	}
}

// clubsAfterTeams names ORG the club after an indefinite فريق or نادي (فريق العربي, بنادي
// الغرافة, لفريق الشمال): a word the model left untagged that the club lists hold
// (NameLists' clubs, gazExtOrg), or a place it named there (فريق أسيك and فريق قطر read as
// places). In ANERcorp's training part the word after such a head begins or continues an
// organisation's name 42 times of 59, a place once (the rest function words and adjectives,
// فريق كبير, which the lists lack); منتخب, a national team, is a place (منتخب فرنسا) and is
// left out. margins may be nil.
func clubsAfterTeams(toks []token, ids []int, margins []float32) {
	const clubBits = 1 << gazExtOrg
	org, loc := 1+2*typeIndex("ORG"), 1+2*typeIndex("LOC")
	for k := 1; k < len(toks); k++ {
		place, club := ids[k] == loc, ids[k] == tagO && toks[k].gazB&clubBits != 0
		if !place && !club || ids[k-1] != tagO || toks[k-1].article || !teamHeads()[toks[k-1].key] {
			continue // the head looked up last: most words are neither
		}
		switch {
		case place:
			tagName(ids, k, nameEnd(ids, k), org)
		case !arabic.IsStopword(toks[k].norm):
			end := k + 1
			for end < len(toks) && ids[end] == tagO && toks[end].gazI&clubBits != 0 {
				end++
			}
			tagName(ids, k, end, org)
			if margins != nil {
				clear(margins[k:end])
			}
		}
	}
}

// teamHeads are the keys of the nouns a club's name follows: team, club.
var teamHeads = keySet("فريق نادي")

// placesAfterInnerHeads takes out of a person's or organisation's name the head of a place
// the tagger began it with, and names the rest a place: جزيرة قرقنة (Kerkennah island), ولاية
// القصرين (Kasserine governorate) and ولاية بن عروس, which the tagger read as an organisation or
// a person (over ANT 65 such names, 42 of them ولاية القصرين). ANERcorp's training part leaves
// such a head outside the place's name after it 195 times, and begins a name with one 3
// times (قرية بوادي, an organisation, twice). margins may be nil.
func placesAfterInnerHeads(toks []token, ids []int, margins []float32) {
	loc := 1 + 2*typeIndex("LOC")
	for k := 0; k+1 < len(toks); k++ {
		if ids[k] == tagO || isInside(ids[k]) || ids[k] == loc || ids[k+1] != ids[k]+1 ||
			toks[k].article || !innerPlaceHeads()[toks[k].key] {
			continue
		}
		end := nameEnd(ids, k)
		untag(ids, margins, k)
		tagName(ids, k+1, end, loc)
	}
}

// innerPlaceHeads are the keys of the heads placesAfterInnerHeads takes out: islands, towns,
// villages and administrative areas (بلدية, a municipality, is also its council, an
// organisation).
var innerPlaceHeads = keySet("جزيرة مدينة بلدة قرية محافظة منطقة معتمدية ولاية")

// demonym reports whether the key (article and clitics off) is the adjective of a country
// or region CLDR names in one word: كيني (كينيا), أذربيجاني (أذربيجان), جزائري (الجزائر),
// أمريكية (أمريكا).
func demonym(key string) bool {
	for _, suffix := range []string{"يه", "ي"} {
		stem, ok := strings.CutSuffix(key, suffix)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		for _, region := range []string{stem, stem + "ا", stem + "يا", stem + "ان"} {
			if regionKeys()[region] {
				return true
			}
		}
		return false
	}
	return false
}

// regionKeys are the keys of the one-word names CLDR gives countries and regions.
var regionKeys = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for n := range cldr.Names() {
		if keys := phraseKeys(n.Arabic); n.Kind != cldr.Language && len(keys) == 1 {
			m[keys[0]] = true
		}
	}
	return m
})

// emissions sets the scores of each tag at each token of a sentence from all the features
// of the first stage (appendFeatures without doc): the first stage's into first, the
// second's into second (each len(toks)*nTags). The word features come summed from the
// tokens' cache entries; buf is scratch space, returned for reuse.
func (t *Tagger) emissions(toks []token, first, second []float32, buf []uint32) []uint32 {
	for k := range toks {
		var acc [2 * nTags]float32
		for d := -2; d <= 2; d++ {
			row := &t.edge[d+2]
			if j := k + d; j >= 0 && j < len(toks) {
				row = &toks[j].sums.rows[d+2]
			}
			for x := range acc {
				acc[x] += row[x]
			}
		}
		buf = appendContextFeatures(buf[:0], toks, k, 64-t.local.bits)
		t.pair.sum(buf, &acc)
		copy(first[k*nTags:(k+1)*nTags], acc[:nTags])
		copy(second[k*nTags:(k+1)*nTags], acc[nTags:])
	}
	return buf
}

// institutionHeads are nouns that, followed by a definite genitive, name a public body
// (وزارة الدفاع, هيئة الأركان, وكالة الأنباء الفرنسية). ANERcorp leaves such names untagged
// (وزارة X is O all 43 times in its training part), so the model cannot learn them; Tag
// adds them by rule for readers of running text. TagTokens and TagSentences keep to the
// ANERcorp convention they are scored against (on the dev slice the rule costs 0.006 F1).
var institutionHeads = keySet("وزارة هيئة وكالة جامعة منظمة مؤسسة سلطة مديرية مفوضية")

// adjectiveEnding reports whether a normalised word ends as an adjective of an institution's
// name does: feminine, as its head is (الثقافية, المشتركة), or a nisba (الداخلي).
func adjectiveEnding(norm string) bool {
	return strings.HasSuffix(norm, "ه") || strings.HasSuffix(norm, "ي")
}

// markInstitutions tags as ORG an institution head that the model left outside any entity,
// with the definite words after it (at most three; a one-word place name may end it): its
// complement, then adjectives (adjectiveEnding: وزارة الشؤون الثقافية, وزارة الأمن الداخلي);
// another definite word begins what follows the name (نعت وزارة الشؤون الثقافية المنشد, "the
// ministry mourned the singer").
func markInstitutions(toks []token, ids []int) {
	orgB := 1 + 2*typeIndex("ORG")
	loc := typeIndex("LOC")
	for i := 0; i < len(toks); i++ {
		if ids[i] != tagO || toks[i].article || !institutionHeads()[toks[i].key] {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 {
			t := &toks[j]
			if ids[j] == tagO && t.article && !arabic.IsStopword(t.norm) && strings.TrimFunc(t.raw, isEdgePunct) == t.raw &&
				(j == i+1 || adjectiveEnding(t.norm)) {
				j++
				continue
			}
			if ids[j] != tagO && typeOf(ids[j]) == loc && !isInside(ids[j]) && (j+1 == len(toks) || !isInside(ids[j+1])) {
				j++
			}
			break
		}
		if j == i+1 {
			continue
		}
		ids[i] = orgB
		for k := i + 1; k < j; k++ {
			ids[k] = orgB + 1
		}
		i = j - 1
	}
}

// docContext marks each sentence with the first-stage entities around it: those of its
// block of docBlock sentences and of the blocks either side. Each block's gazetteer is
// built once, as sentences are visited in order.
type docContext struct {
	doc   [][]token
	first [][]tokenSpan
	block int
	g     *gazetteer
}

const docBlock = 20

// docBits are the document categories.
const docBits = (1<<(docPart+len(types)) - 1) &^ (1<<docPhrase - 1)

func (c *docContext) mark(i int) {
	if b := i / docBlock; c.g == nil || b != c.block {
		c.block, c.g = b, newGazetteer()
		for j := max(0, (b-1)*docBlock); j < min(len(c.doc), (b+2)*docBlock); j++ {
			c.g.addEntities(c.doc[j], c.first[j], docPhrase, docPart)
		}
	}
	for k := range c.doc[i] {
		c.doc[i][k].gazB &^= docBits
		c.doc[i][k].gazI &^= docBits
		c.doc[i][k].first = 0
	}
	for _, sp := range c.first[i] {
		ty := uint8(typeIndex(sp.typ))
		for k := sp.start; k < sp.end; k++ {
			c.doc[i][k].first = 1 + 2*ty
			if k > sp.start {
				c.doc[i][k].first++
			}
		}
	}
	c.g.mark(c.doc[i])
}

// prepare sets the cluster and gazetteer fields of analysed tokens.
func (t *Tagger) prepare(toks []token, gaz *gazetteer) {
	for i := range toks {
		if !toks[i].lexed {
			t.lookUp(&toks[i])
		}
	}
	gaz.mark(toks)
}

func (t *Tagger) brownOf(tk *token) brownPath {
	if p, ok := t.brown[tk.bare]; ok {
		return p
	}
	for _, r := range tk.norm {
		switch {
		case r >= '0' && r <= '9':
			return t.brown["<num>"]
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			return t.brown["<lat>"]
		}
	}
	return brownPath{}
}

// featureLists computes the feature buckets of every token; flat is the backing store.
func featureLists(toks []token, bits uint8, doc bool, feats [][]uint32, flat []uint32) ([][]uint32, []uint32) {
	flat = flat[:0]
	ends := make([]int, len(toks))
	for i := range toks {
		flat = appendFeatures(flat, toks, i, bits, doc)
		ends[i] = len(flat)
	}
	feats = feats[:0]
	start := 0
	for _, e := range ends {
		feats = append(feats, flat[start:e:e])
		start = e
	}
	return feats, flat
}

// maxChunk bounds the tokens decoded at once when a text has no sentence punctuation.
const maxChunk = 256

// Tag finds the named entities of text, in order. Any input is accepted; invalid UTF-8 is
// skipped by the tokeniser. The text is one document: a name recognised in one sentence
// helps recognise it in the sentences near it.
func (t *Tagger) Tag(text string) []span.Entity {
	spans, _ := t.tag(text, false)
	return spans
}

// tag is Tag, and with withWords the tokens of text with their terms too (see Analyse).
func (t *Tagger) tag(text string, withWords bool) ([]span.Entity, []idf.Word) {
	t.prepareToTag()
	buf := tagBuffers.Get().(*tagBuffer)
	defer func() {
		if cap(buf.toks) <= maxPooledTokens && buf.used <= maxPooledTokens/8 { // not a huge text's
			tagBuffers.Put(buf)
		}
	}()
	buf.words = arabic.AppendTokens(buf.words[:0], text)
	chunks := sentenceChunks(text, buf.words)
	buf.toks = slices.Grow(buf.toks[:0], len(buf.words))[:len(buf.words)]
	buf.reset()
	doc := make([][]token, len(chunks))
	an := analyser{t: t, buf: buf}
	var words []idf.Word
	if withWords {
		words = make([]idf.Word, 0, len(buf.words))
	}
	next := 0
	for i, c := range chunks {
		doc[i] = buf.toks[next : next+len(c) : next+len(c)]
		next += len(c)
		for j, tk := range c {
			e := an.entry(tk.Text)
			doc[i][j] = e.tok
			if withWords {
				words = append(words, wordOf(tk, e))
			}
		}
	}
	var spans []span.Entity
	tagged, margins := t.tagDocument(doc, buf, true)
	for i, ids := range tagged {
		markInstitutions(doc[i], ids)
		for _, sp := range tokenSpans(ids) {
			s, e := chunks[i][sp.start].Start, chunks[i][sp.end-1].End
			s += procliticBytes(text[s:e], &doc[i][sp.start])
			spans = append(spans, span.Entity{Start: s, End: e, Type: sp.typ, Margin: spanMargin(margins[i][sp.start:sp.end])})
		}
	}
	return spans, words
}

// ruleMargin is the margin of an entity that a rule made where the model tagged none of its
// words, or not all (spreadEntities, markInstitutions, markTitles, markQuotedTitles): negative, as span.Entity
// says. The glossary reads it: a quoted MISC with it is a title of markTitles'
// (glossary.quotedTitle).
const ruleMargin = -1

// spanMargin is an entity's margin: the least of its words' (the weakest word decides how
// sure the tagger is of the whole), or ruleMargin when the model left a word of it untagged.
func spanMargin(words []float32) float32 {
	m := words[0]
	for _, w := range words {
		if w <= 0 {
			return ruleMargin
		}
		m = min(m, w)
	}
	return m
}

// tagBuffer holds a document's tokens while Tag works on it; the buffers are reused, as a
// corpus run tags one document after another.
type tagBuffer struct {
	words  []arabic.Token
	toks   []token
	scores []float32 // second-stage scores
	sc     scratch
	local  map[string]*wordEntry // the document's words that are not in the tagger's cache
	spares [][]wordEntry         // storage for them, in blocks that never move
	used   int                   // entries of spares in use
}

const spareBlock = 256

// reset readies the buffer for a new document. The last document's spare entries are
// zeroed, so that a pooled buffer keeps no document's text alive through them.
func (b *tagBuffer) reset() {
	if b.local == nil {
		b.local = map[string]*wordEntry{}
	}
	clear(b.local)
	for k := 0; k*spareBlock < b.used; k++ {
		clear(b.spares[k][:min(spareBlock, b.used-k*spareBlock)])
	}
	b.used = 0
}

// spare returns storage for a word entry that lives as long as the document.
func (b *tagBuffer) spare() *wordEntry {
	k := b.used / spareBlock
	if k == len(b.spares) {
		b.spares = append(b.spares, make([]wordEntry, spareBlock))
	}
	b.used++
	return &b.spares[k][(b.used-1)%spareBlock]
}

var tagBuffers = sync.Pool{New: func() any { return new(tagBuffer) }}

const maxPooledTokens = 1 << 16

// procliticBytes returns the length in bytes of the conjunction or preposition clitics
// that begin the entity's first word (و in والكويت), so that spans hold the name alone.
// raw starts with the token tk.
func procliticBytes(raw string, tk *token) int {
	if tk.bare == tk.norm || !strings.HasSuffix(tk.norm, tk.bare) {
		return 0 // no clitic, or one fused with the article (للكويت)
	}
	clitics := tk.norm[:len(tk.norm)-len(tk.bare)]
	// The future marker comes before verbs, not names: what the analyser read as one belongs
	// to the name (سان فرانسيسكو is no س + إن; وسامراء is و + سامراء).
	clitics, _, _ = strings.Cut(clitics, "س")
	letters := utf8.RuneCountInString(clitics)
	if letters == 0 {
		return 0
	}
	if nameLetter(raw, letters) {
		letters--
	}
	i := afterLetters(raw, letters)
	if i >= len(raw) {
		return 0
	}
	return i
}

// nameLetter reports whether the last letter the analyser read as a clitic, ب ك ف or ل,
// begins the name: the name lexicon knows the name, or its first word, with the letter and
// not without it (names.OwnFirstLetter: كاليفورنيا, not ك + اليفورنيا; فالنسيا, كابل, بيونغ يانغ;
// وكاليفورنيا is still و + كاليفورنيا). A hamza's alef after the letter begins a word of its own
// (بأنيس is ب + أنيس, not Banes). Over ANT 67 names had lost a letter so, in 16 spellings.
func nameLetter(raw string, letters int) bool {
	whole := raw[afterLetters(raw, letters-1):]
	letter, _ := utf8.DecodeRuneInString(whole)
	if !strings.ContainsRune("بكفل", letter) {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(whole[afterLetters(whole, 1):]); next == 'أ' || next == 'إ' || next == 'آ' {
		return false
	}
	first, _, _ := strings.Cut(whole, " ")
	return names.OwnFirstLetter(whole) || names.OwnFirstLetter(first)
}

// afterLetters returns the byte offset in raw after its first n Arabic letters and the marks
// and tatweel attached to the last of them.
func afterLetters(raw string, n int) int {
	i := 0
	for i < len(raw) && n > 0 {
		r, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		if arabic.IsArabicLetter(r) {
			n--
		}
	}
	for i < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if arabic.IsArabicLetter(r) {
			break
		}
		i += size
	}
	return i
}

// sentenceChunks groups the tokens of text into sentences of at most maxChunk tokens.
func sentenceChunks(text string, toks []arabic.Token) [][]arabic.Token {
	var chunks [][]arabic.Token
	for start := 0; start < len(toks); {
		end := start
		for end < len(toks) && end-start < maxChunk {
			end++
			if endsSentence(text, toks, end-1) {
				break
			}
		}
		chunks = append(chunks, toks[start:end])
		start = end
	}
	return chunks
}

// endsSentence reports whether toks[i] closes a sentence: final punctuation, or a line
// break before the next token.
func endsSentence(text string, toks []arabic.Token, i int) bool {
	switch toks[i].Text {
	case ".", "!", "?", "؟", "...", "…":
		return true
	}
	if i+1 < len(toks) {
		for _, c := range []byte(text[toks[i].End:toks[i+1].Start]) {
			if c == '\n' {
				return true
			}
		}
	}
	return false
}

// workNouns are the nouns a title of a work follows in quotation marks: برنامج «الناس وأنا»,
// رواية "أولاد حارتنا", بعنوان «حوار من القلب». ANERcorp tags such titles MISC; the model,
// which has no feature spanning a quotation, missed 11 of the 13 in the dev slice.
var workNouns = keySet("برنامج رواية فيلم كتاب مسلسل مسرحية أغنية ألبوم ديوان قصيدة بعنوان عنوان")

// outletNouns are the nouns a news outlet's name follows in quotation marks: صحيفة "الشرق
// الأوسط", مجلة "نيوزويك", وكالة "يونهاب", قناة "تي في 5", موقع «غوغل». In ANERcorp's training
// part the quotation right after them is an organisation's name, whole, 26 times of 26.
var outletNouns = keySet("صحيفة جريدة مجلة وكالة قناة موقع إذاعة")

// markOutlets tags as one ORG name the words between quotation marks right after an outlet
// noun (see outletNouns), within maxTitle words, none of them punctuation alone: untagged ones
// as a rule's name (margin -1, as markTitles'), and one name of another type that fills the
// quotation as that name with the type ORG (the model read صحيفة « الشرق الأوسط » as the
// region).
func markOutlets(toks []token, ids []int) {
	org := 1 + 2*typeIndex("ORG")
	for k := 0; k+2 < len(toks); k++ {
		if _, quote := arabic.ClosingQuote(toks[k+1].raw); !quote || toks[k].article || !outletNouns()[toks[k].key] {
			continue // الصحيفة « ... »: what the newspaper said
		}
		if end, ok := untaggedQuotation(toks, ids, k+1); ok {
			tagName(ids, k+2, end, org)
		} else if end, ok := quotedName(toks, ids, k+1); ok && ids[k+2] != org {
			tagName(ids, k+2, end, org)
		}
	}
}

// quotedName reports whether toks[open] opens a quotation, closing at end within maxTitle
// words, that one name the model found fills.
func quotedName(toks []token, ids []int, open int) (end int, ok bool) {
	closing, ok := arabic.ClosingQuote(toks[open].raw)
	if !ok || open+1 >= len(toks) || ids[open+1] == tagO || isInside(ids[open+1]) {
		return 0, false
	}
	end = open + 2
	for end < len(toks) && end <= open+maxTitle && ids[end] == ids[open+1]+1 {
		end++
	}
	if end >= len(toks) || toks[end].raw != closing {
		return 0, false
	}
	return end, true
}

// maxTitle bounds the words of a title markTitles takes between quotation marks.
const maxTitle = 6

// markTitles tags as MISC the words between quotation marks right after a work noun (see
// workNouns), when the model left them all untagged and the quotation closes within maxTitle
// words, none of them punctuation alone. In ANERcorp's training part the words so quoted are a
// whole MISC title 21 times of 32 (the rest: a quoted phrase or a name of another type). The
// titles it tags are added to titles (their words' bare forms, space-joined), for
// markQuotedTitles.
func markTitles(toks []token, ids []int, titles map[string]bool) {
	for k := 0; k+2 < len(toks); k++ {
		if !workNouns()[toks[k].key] {
			continue
		}
		if end, ok := untaggedQuotation(toks, ids, k+1); ok {
			tagTitle(ids, k+2, end)
			titles[quotedWords(toks[k+2:end])] = true
		}
	}
}

// markTitleLists tags as MISC the untagged quotations of a list of quoted titles: quotations
// joined by و, أو or commas (a year between them aside: " عبث الأقدار " 1939 و " رادوبيس ")
// that a work noun, singular or plural, introduces (روايات " اللص والكلاب " و " الطريق " و
// " ثرثرة فوق النيل ": three novels, where markTitles takes the first; a quotation one name
// fills is left as it is, one the model named a part of, النيل, is the title whole), or of
// which one is a title markTitles found in the document and none a name of another type (a
// list of newspapers, ORG). The model's MISC alone is no evidence: over ANT, lists of metals,
// pastries and towns in quotation marks held one. The titles it tags are added to titles, as
// markTitles'.
func markTitleLists(toks []token, ids []int, titles map[string]bool) {
	var list [][2]int // the quotations of the list being read: open and close
	anchored, titled, other := false, false, false
	flush := func() {
		if len(list) >= 2 && (anchored || titled && !other) {
			for _, q := range list {
				_, untagged := untaggedQuotation(toks, ids, q[0])
				words := toks[q[0]+1 : q[1]]
				if _, filled := quotedName(toks, ids, q[0]); untagged || anchored && len(words) > 0 && !filled && !punctuated(words) {
					tagTitle(ids, q[0]+1, q[1])
					titles[quotedWords(words)] = true
				}
			}
		}
		list, anchored, titled, other = list[:0], false, false, false
	}
	for k := 0; k < len(toks); k++ {
		closing, ok := arabic.ClosingQuote(toks[k].raw)
		if !ok {
			continue
		}
		end := k + 1
		for end < len(toks) && toks[end].raw != closing {
			end++
		}
		if end >= len(toks) {
			break
		}
		if len(list) > 0 && !listJoint(toks[list[len(list)-1][1]+1:k]) {
			flush()
		}
		if end-k-1 > maxTitle {
			flush() // a quotation, not a title: it ends the list
			k = end
			continue
		}
		anchored = anchored || len(list) == 0 && workNounBefore(toks, k)
		titled = titled || titles[quotedWords(toks[k+1:end])]
		if slices.ContainsFunc(ids[k+1:end], func(t int) bool { return t != tagO && typeOf(t) != typeIndex("MISC") }) {
			other = true
		}
		list = append(list, [2]int{k, end})
		k = end
	}
	flush()
}

// workNounBefore reports whether a work noun (workNouns, or its plural or dual: روايات,
// فيلمين) comes before the quotation that opens at k, next to it or one word away
// (فيلمين وثائقيين "...").
func workNounBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if workNouns()[toks[j].key] || workNounPlurals()[toks[j].key] {
			return true
		}
	}
	return false
}

// workNounPlurals are the plural and dual forms of workNouns that introduce lists of titles.
var workNounPlurals = keySet("برامج برنامجين برنامجي روايات روايتين أفلام فيلمين فيلمي كتابين مسلسلات مسلسلين " +
	"مسرحيات مسرحيتين أغاني أغنيات أغنيتين ألبومات دواوين قصائد")

// listJoint reports whether the tokens between two quotations join them in a list: و, أو or
// a comma, with at most a year and عام besides.
func listJoint(between []token) bool {
	joined := false
	for _, tk := range between {
		switch {
		case tk.raw == "و" || tk.raw == "أو" || tk.raw == "،" || tk.raw == ",":
			joined = true
		case strings.IndexFunc(tk.raw, unicode.IsDigit) >= 0 || yearWord()[tk.key]:
		default:
			return false
		}
	}
	return joined
}

// yearWord is عام, "year", as a list of titles with their years writes it before one.
var yearWord = keySet("عام")

// markQuotedTitles tags as MISC the words between quotation marks that spell a title
// markTitles found in the document (رواية « أولاد حارتنا », then « أولاد حارتنا » alone):
// the writer quotes a work's title the same way each time.
func markQuotedTitles(toks []token, ids []int, titles map[string]bool) {
	for k := 0; k+1 < len(toks); k++ {
		if end, ok := untaggedQuotation(toks, ids, k); ok && titles[quotedWords(toks[k+1:end])] {
			tagTitle(ids, k+1, end)
		}
	}
}

// punctuated reports whether one of toks is punctuation alone.
func punctuated(toks []token) bool {
	return slices.ContainsFunc(toks, func(tk token) bool { return strings.TrimFunc(tk.raw, isEdgePunct) == "" })
}

// untaggedQuotation reports whether toks[open] opens a quotation that closes at end within
// maxTitle words, none of them tagged nor punctuation alone: a name the model found inside,
// or punctuation, makes it a quotation, not a title.
func untaggedQuotation(toks []token, ids []int, open int) (end int, ok bool) {
	closing, ok := arabic.ClosingQuote(toks[open].raw)
	if !ok {
		return 0, false
	}
	end = open + 1
	for end < len(toks) && end <= open+maxTitle && toks[end].raw != closing {
		end++
	}
	if end == open+1 || end >= len(toks) || toks[end].raw != closing ||
		slices.ContainsFunc(ids[open+1:end], func(t int) bool { return t != tagO }) || punctuated(toks[open+1:end]) {
		return 0, false
	}
	return end, true
}

// tagTitle tags the tokens [from, to) as one MISC name.
func tagTitle(ids []int, from, to int) { tagName(ids, from, to, 1+2*typeIndex("MISC")) }

// nameEnd returns the end of the name that begins at k: the first token after its inside tags.
func nameEnd(ids []int, k int) int {
	end := k + 1
	for end < len(ids) && ids[end] == ids[k]+1 {
		end++
	}
	return end
}

// untag leaves token k outside any name, with no margin (margins may be nil).
func untag(ids []int, margins []float32, k int) {
	ids[k] = tagO
	if margins != nil {
		margins[k] = 0
	}
}

// keySet returns the set of the arabic.Key of the space-separated words, built on first use.
func keySet(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[arabic.Key(w)] = true
		}
		return m
	})
}

// tagName tags the tokens [from, to) as one name, begin being its type's B tag.
func tagName(ids []int, from, to, begin int) {
	ids[from] = begin
	for j := from + 1; j < to; j++ {
		ids[j] = begin + 1
	}
}

// quotedWords is the bare forms of toks, space-joined.
func quotedWords(toks []token) string {
	words := make([]string, len(toks))
	for i, tk := range toks {
		words[i] = tk.bare
	}
	return strings.Join(words, " ")
}
