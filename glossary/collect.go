package glossary

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/names"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/wordcache"
)

// occurrence is one place a candidate occurs. It is kept small (a corpus has millions):
// the spelling is an index into collector.surfaces, the entity type into entityTypes.
// Its sentence is found from start (collector.sentence), and its span is at most maxSpanWords
// tokens long: 20 bytes.
type occurrence struct {
	doc      int32
	from     int32 // the first token of the span in the document
	start    int32 // byte offset in the document
	surface  int32
	width    uint8 // tokens in the span
	nameType uint8 // 0: the tagger did not name it here
	margin   uint8 // how sure the tagger is of nameType here (see marginOf)
	alias    bool  // a short form credited to a longer name of the document (see creditShortNames)
}

// naming is how the tagger named a span: its type (an index into entityTypes, 0: not named)
// and its margin (marginOf).
type naming struct{ typ, margin uint8 }

// unmeasured is the margin of a name from a tagger that gives none (span.Entity.Margin 0: the
// English tagger, hand-made names), which are all taken as sure.
const unmeasured = 255

// marginOf is a name's margin as an occurrence keeps it: the tagger's (span.Entity.Margin)
// rounded up into 1..254; 0 for a name a rule made (a negative margin); unmeasured for none.
func marginOf(m float32) uint8 {
	switch {
	case m == 0:
		return unmeasured
	case m < 0:
		return 0
	}
	return uint8(min(254, math.Ceil(float64(m))))
}

// end is the token after the occurrence's span.
func (o occurrence) end() int32 { return o.from + int32(o.width) }

// maxSpanWords bounds Options.MaxWords, so that a span's width fits occurrence.width; names
// and organisations have at most maxNameWords words.
const maxSpanWords = 255

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

// candidate is what a key's places add up to; the places themselves are in the collector's
// log (placeLog), with the candidate's id.
type candidate struct {
	key    string // in the collector's arena
	id     int32
	words  int32
	n      int32 // places
	tagged int32 // places the tagger named
	group  int32 // entries: the index of its group
	forms  []formCount
	merged *mergedInto // where the merges sent the places the log files under it (resolve)
}

// attachedAway reports whether attachClitics sent every place of the candidate to another:
// it is no key of its own any more.
func (cd *candidate) attachedAway() bool { return cd.merged != nil && cd.merged.into != nil }

// mergedInto is where attachClitics or splitArticle sent a candidate's places.
type mergedInto struct {
	into      *candidate      // attachClitics: the phrase without its clitic
	respelled map[int32]int32 // attachClitics: each spelling without the clitic
	article   *candidate      // splitArticle: the key of the places written with the article
}

// formCount is what a candidate's places with one spelling add up to.
type formCount struct {
	surface int32
	types   [5]int32 // places by the type the tagger gave (0: not named)
	inName  int32    // places not named but inside a longer name (counted for splitArticle)
	widest  widest
}

// widest is the width of the widest places of a spelling or a group, in tokens, and how many
// there are.
type widest struct {
	width uint8
	n     int32
}

// add counts n places of the given width.
func (w *widest) add(width uint8, n int32) {
	switch {
	case width > w.width:
		w.width, w.n = width, n
	case width == w.width:
		w.n += n
	}
}

func (f formCount) named() int32 { return namedPlaces(f.types) }

// namedPlaces is the sum of places by type (types[0] is untagged) of those the tagger named.
func namedPlaces(types [5]int32) int32 { return types[1] + types[2] + types[3] + types[4] }

func (f formCount) places() int32 { return f.types[0] + f.named() }

// form returns the candidate's count of spelling s, added when new.
func (cd *candidate) form(s int32) *formCount {
	for i := range cd.forms {
		if cd.forms[i].surface == s {
			return &cd.forms[i]
		}
	}
	cd.forms = append(cd.forms, formCount{surface: s})
	return &cd.forms[len(cd.forms)-1]
}

// count adds a place of spelling s to the candidate's counts.
func (cd *candidate) count(s int32, width, nameType uint8) {
	f := cd.form(s)
	f.types[nameType]++
	f.widest.add(width, 1)
	cd.n++
	if nameType != 0 {
		cd.tagged++
	}
}

// takeForm adds the counts of form f, respelled as s, to the candidate.
func (cd *candidate) takeForm(f formCount, s int32) {
	t := cd.form(s)
	for i, n := range f.types {
		t.types[i] += n
	}
	t.inName += f.inName
	t.widest.add(f.widest.width, f.widest.n)
	cd.n += f.places()
	cd.tagged += f.named()
}

// dominantType is the entity type the tagger gave most often to the candidate's places
// ("" if none).
func (cd *candidate) dominantType() string {
	var n [5]int32
	for _, f := range cd.forms {
		for t, k := range f.types {
			n[t] += k
		}
	}
	return dominantOf(n)
}

// The candidates are many (ANT x8: 391k, none pruned), so their store is compact: each
// candidate is a value in blocks, its id its index there and the order in which it was first
// seen; its key and its spellings are in one arena of text, with no allocation and no unused
// capacity of their own (a spelling as scanDoc built it kept twice its length); its first
// spelling's counts are in blocks too; keys and spellings are found through tables of ids
// (stringIndex). A map from key to candidate, a slice of keys for the order and one of
// pointers for the ids took some 80 bytes a candidate more.
type collector struct {
	tokens    []int32 // tokens per document
	spellings *spellings
	byKey     stringIndex       // the candidates by key (see find)
	all       blocks[candidate] // every candidate by id, also those the merges emptied
	firstForm blocks[formCount] // the first spelling of each candidate (candidate.form)
	text      textArena         // the keys and the spellings
	log       placeLog
	surfaces  []string
	surfaceID stringIndex // the index of each spelling in surfaces
	definite  []bool      // by surface: its first word is written with the article (writtenDefinite)
	sentEnds  [][]int32   // per document, the byte end of each sentence (see sentence)
	nameSpans []nameIndex // per document, the token spans of the tagger's names
	finalYa   ownedCounts // per word key ending in ي: times written with a final ى less times with ي
}

func newCollector() *collector {
	return &collector{spellings: &spellings{}, finalYa: ownedCounts{}}
}

// intern returns the index of a spelling in c.surfaces.
func (c *collector) intern(s string) int32 {
	if id, ok := c.surfaceID.find(s, c.surface); ok {
		return id
	}
	id := int32(len(c.surfaces))
	s = c.text.add(s)
	c.surfaces = append(c.surfaces, s)
	c.surfaceID.set(s, id, c.surface)
	return id
}

// surface returns spelling id.
func (c *collector) surface(id int32) string { return c.surfaces[id] }

// keyOf returns the key of candidate id.
func (c *collector) keyOf(id int32) string { return c.all.ref(id).key }

// find returns the candidate of key: nil when there is none, or when attachClitics sent it
// away (it is no key of its own any more).
func (c *collector) find(key string) *candidate {
	id, ok := c.byKey.find(key, c.keyOf)
	if !ok {
		return nil
	}
	if cd := c.all.ref(id); !cd.attachedAway() {
		return cd
	}
	return nil
}

// word is an analysed token.
type word struct {
	tok          arabic.Token
	key          string // wordKey
	stop         bool   // a function word, also when read without its clitics (بما)
	functionWord bool   // a function word as written or after a trusted clitic split (وأم)
	particle     bool   // a name particle (بن، أبو): begins or continues a name, never ends one
	ordinal      bool   // an ordinal (الثاني، عشر): ends or continues a name, never begins one
	clitic       bool   // carries a proclitic
	display      string // the surface with proclitics removed (for the first word of a candidate)
	bare         string // normalised, proclitics removed, article kept (العزيز)
	content      bool   // an Arabic content word that may be part of a term
	notAlone     bool   // a noun the stopword list holds under its key, with the article: in a term, never one alone
	adjective    bool   // العام, العامة, الخاص, الخاصة: in a term, never at its start
}

// nameWord reports whether w may begin or end a name from the tagger.
func (w word) nameWord() bool {
	return w.tok.Kind == arabic.Word && !w.functionWord && utf8.RuneCountInString(w.key) >= 2
}

func analyse(text string) []word {
	toks := arabic.Tokens(text)
	ws := make([]word, len(toks))
	for i, t := range toks {
		if t.Kind != arabic.Word {
			ws[i] = word{tok: t, key: t.Text}
			continue
		}
		ws[i] = analyseWord(t.Text)
		ws[i].tok = t
		if ws[i].particle && ws[i].key == "ام" && i > 0 && names.IsLetterName(ws[i-1].tok.Text) {
			// أم after a letter name is the letter M (الجوهرة أف أم), not "mother of".
			ws[i].particle, ws[i].functionWord = false, true
		}
	}
	return ws
}

// analysedWords remembers the analyses of the words met twice, up to maxAnalysedWords (some
// 2 MB): the same few thousand spellings make most of a corpus's tokens, and analysing one
// (normalising it, splitting its clitics, looking it up in the stopword list and the
// lexicon) costs more than the rest of its scan. The analysis depends on the word's text
// only; other words are analysed each time, with the same result.
var analysedWords = wordcache.New[word](maxAnalysedWords)

const maxAnalysedWords = 1 << 13

// analyseWord is the analysis of the Arabic word text (an arabic.Word token's text), its
// tok left for the caller to set.
func analyseWord(text string) word {
	if w, ok := analysedWords.Get(text); ok {
		return w
	}
	w := newWord(text)
	if analysedWords.Wants(text) {
		// Clones: a string of the analysis may be a slice of its document, which the cache
		// would keep alive.
		c := w
		c.key, c.display, c.bare = strings.Clone(w.key), strings.Clone(w.display), strings.Clone(w.bare)
		analysedWords.Add(text, c)
	}
	return w
}

// newWord analyses the Arabic word text.
func newWord(text string) word {
	var w word
	norm := arabic.Normalize(text)
	w.key = wordKey(text)
	stripped := arabic.StripProclitics(norm)
	if key, ok := arabic.SinOfTheWord(norm); ok {
		stripped = key // وسامراء: و + سامراء, not و + س + امراء
	}
	w.functionWord = arabic.IsStopword(norm)
	w.stop = w.functionWord || arabic.IsStopword(w.key) || arabic.IsStopword(stripped)
	w.clitic = stripped != norm && wordKey(stripped) == w.key
	w.functionWord = w.functionWord || (w.clitic && arabic.IsStopword(stripped))
	if art, ok := listedWithClitic(norm); ok {
		// للأمم is on the stopword list, a noun behind ل: read it as ل + الأمم.
		w.key, w.clitic, w.functionWord, w.stop = wordKey(art), true, false, false
		stripped = art
	}
	if rest, ok := particleBehindClitic(text, norm); ok {
		// ببن قردان (in Ben Guerdane), وابو حميد (and Abu Hamid): the lexicon keeps ببن and
		// وابو whole, too short to split, and the stopword list holds وابو, وبن, وآل.
		w.key, w.clitic, w.stop = rest, true, true
		stripped = rest
	}
	class := nameWords()[w.key]
	if spelledAsName[w.key] && !strings.HasSuffix(arabic.NormalizeFolds(text, arabic.MatchFolds&^(arabic.Alef|arabic.Ya)), w.key) {
		class = 0 // فإن, على: the function word, not the name part it normalises to
	}
	switch class {
	case nameParticle:
		// آل (the family of) with its madda; ال written apart is the article (ال بي بي سي).
		if w.key != "ال" || strings.Contains(text, "آ") { // آل, وآل
			w.functionWord, w.particle = false, true
		}
	case nameWhenTagged:
		w.functionWord = false
	case nameOrdinal:
		w.functionWord, w.ordinal = false, true
	}
	w.display = cleanSurface(text)
	w.bare = norm
	if w.clitic {
		w.bare = stripped
		w.display = stripSurface(w.display, norm, stripped)
	}
	w.content = !w.stop && utf8.RuneCountInString(w.key) >= 2
	switch {
	case w.clitic: // behind a clitic the word keeps its reading (والعامة bounds a term)
	case termAdjectives[w.bare]:
		w.content, w.notAlone, w.adjective = true, true, true
	case w.stop && !w.functionWord && strings.HasPrefix(stripped, "ال") && !arabic.IsStopword(stripped) &&
		class == 0 && !stopWithArticle()[w.key] && utf8.RuneCountInString(w.key) >= 3:
		w.content, w.notAlone = true, true
	}
	return w
}

// A noun or adjective with the article whose key the stopword list holds for another word or
// for the word without it is a content word of terms (scan), though never a term alone: الأمين
// (its key is that of آمين, "amen") in الأمين العام, الإطار in الإطار الطبي, الدينار in الدينار
// التونسي. The list holds the article forms it means as function words (الذي, الآن, الماضي).
// Over ANT, reading every such word as content listed الأمين العام ×265, المدير العام ×152,
// الرأي العام ×96 and اليمين المتطرف, but also days, dates and counts (غد الأحد, السنة الماضية,
// المركز الثالث): those keys stay stopwords (stopWithArticle).
//
// termAdjectives are "general, public" and "special, private", which end the terms a translator
// most needs (الأمين العام, المدير العام, الرأي العام, القطاع العام, الجمعية العامة, النيابة
// العامة, القطاع الخاص, القوات الخاصة, المبعوث الخاص) and never begin one.
var termAdjectives = map[string]bool{"العام": true, "العامه": true, "الخاص": true, "الخاصه": true}

// stopWithArticle are the keys of the stopwords that stay function words with the article:
// days, time words, numbers, ordinals and quantifiers (الأحد, السنة, الثلاثة, الثالث, الجميع),
// and the letters' names, which with the article are more often names (الكاف, El Kef; العين,
// Al Ain) than terms. Name words the list holds (الحبيب) are left to the tagger (nameWords).
var stopWithArticle = wordKeySet("أحد احد اثنين إثنين ثلاثاء أربعاء خميس جمعة سبت " +
	"سنة سنوات عام عاما أيام ايام يوم ساعة وقت مرة صباح مساء أمس غد " +
	"ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين " +
	"ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين " +
	"اثنان اثنا اثني واحد ألف الف مئة مائة مليون مليار " +
	"أول اول ثان ثاني ثانية ثالث رابع خامس سادس سابع ثامن تاسع عاشر حادي " +
	"جميع بعض كل غير آخر اخرى أخرى أكثر اكثر عدد عدة معظم نفس قليل كثير أجمع " +
	strings.Join(arabic.LetterNames(), " "))

// particleBehindClitic returns the name particle (ابو, بن, ام, آل) behind the conjunction و
// or ف or the preposition ب in the normalised word norm, written text: وابو, فبن, ببن, وآل.
// ال with no madda is the article (وال, بال).
func particleBehindClitic(text, norm string) (string, bool) {
	for _, clitic := range []string{"و", "ف", "ب"} {
		rest, ok := strings.CutPrefix(norm, clitic)
		if !ok || nameWords()[rest] != nameParticle {
			continue
		}
		if rest == "ال" && !strings.HasPrefix(strings.TrimPrefix(text, clitic), "آ") {
			return "", false
		}
		return rest, true
	}
	return "", false
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

// The stopword list holds words that are parts of names in news (بن قردان, أبو الغيط, آل
// ثاني, أم درمان — ام is also "or" — فان, which normalises as فإن: رود فان نيستلروي, and برس
// of the agencies فرانس برس and أسوشيتد برس) or names themselves (بان كي مون, ريال مدريد,
// نيسان, عبدالسلام جمعة, علي بن أبي طالب — علي is also على as ANERcorp and much Egyptian news
// spell it — and the currencies, which ANERcorp tags MISC), and the ordinals that end the
// names of rulers and events (إليزابيث الثانية, بنديكت السادس عشر, الحرب العالمية الأولى).
// Trimmed off a tagged name as function words, they turned بن قردان into the person قردان in
// a glossary of Tunisian news, تميم بن حمد آل ثاني into تميم بن حمد, زين العابدين بن علي
// into زين العابدين, and فرانس برس into فرانس (with the target Reims). They still bound terms.
const (
	nameParticle   = 1 // begins a name or stands inside one, never ends it (بن، أبو، آل، أم)
	nameWhenTagged = 2 // a function or time word in running text, kept at either edge of a tagged name
	nameOrdinal    = 3 // an ordinal, kept at the end of a tagged name (a person's after a name of the lists), never at its start
)

// spelledAsName holds the name words whose normalised form also spells a function word (فان:
// فإن; علي: على): only their own spelling, hamza and final ya as written, is the name word.
var spelledAsName = map[string]bool{"فان": true, "علي": true}

// nameWords maps the keys of those words to their class; built on first use, since Key
// loads the word-frequency lexicon.
var nameWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("بن أبو أم آل فان") {
		m[wordKey(w)] = nameParticle
	}
	for _, w := range strings.Fields("بان نيسان ريال جمعة خميس حبيب صباح ثاني علي برس دولار درهم دينار جنيه يورو شيكل ليرة") {
		m[wordKey(w)] = nameWhenTagged
	}
	for _, w := range strings.Fields("الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس " +
		"السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة عشر") {
		m[wordKey(w)] = nameOrdinal
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

// wordKeySet returns the set of the wordKey of the space-separated words, built on first use:
// the keys need the word-frequency lexicon, which commands without a glossary never load.
func wordKeySet(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[wordKey(w)] = true
		}
		return m
	})
}

// wordKey is arabic.Key, except for splits the glossary does not trust: one that leaves
// fewer than three letters (كين is not ك+ين), one that takes the rare clitic ك (as, like)
// off a word of four letters (كوفي, كابل are names, not ك+وفي, ك+ابل) or off a word news uses
// whole when it never uses the rest (كاليفورنيا, not ك+اليفورنيا), and one that takes a
// proclitic and the article off a name (nameOfTheWord: فالنسيا) or leaves what the name
// lexicon does not know while it knows the word whole (بابل, فيفي, فالكون), and one that takes the
// future marker off a noun (arabic.SinOfTheWord: سنار, سامراء, ساهم). Such a word keeps its
// whole normalised form, without the article (or the conjunction before a future marker), as
// its key.
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
	case strings.HasPrefix(n, "ك") && !strings.HasPrefix(k, "ك") && kafOfTheWord(n):
		return n
	case k != n && (nameOfTheWord(n, k) || names.Known(n) && !names.Known(k)):
		return n
	}
	if key, ok := arabic.SinOfTheWord(n); ok {
		return key // سنار, not نار
	}
	return k
}

// nameOfTheWord reports whether n, a normalised word whose key k (arabic.Key) took a
// proclitic off it, is a name that begins with the clitic's letter: news uses n whole at
// least as often as the rest k and never k with the article, and the name lexicon's English
// for it begins with that letter. فالنسيا is Valencia, not ف + ال + نسيا, باليرمو Palermo, and
// بكين Beijing (12 times in the news lexicon, كين 6); بالمنامة stays ب + المنامة (Manama) and
// للتنديد ل + ال + تنديد, which the lexicon does not hold.
func nameOfTheWord(n, k string) bool {
	if arabic.Frequency(n) == 0 || arabic.Frequency(k) > arabic.Frequency(n) || arabic.Frequency("ال"+k) > 0 {
		return false
	}
	m, ok := names.Lookup(n)
	if !ok || m.Headed || m.English == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(n)
	return strings.ContainsRune(cliticLetters[first], unicode.ToLower(rune(m.English[0])))
}

// cliticLetters are the Latin letters that begin the English of a name whose first Arabic
// letter is that of a proclitic (و ف ب ك ل).
var cliticLetters = map[rune]string{'و': "wv", 'ف': "fv", 'ب': "bp", 'ك': "ckq", 'ل': "l"}

// kafOfTheWord reports whether the ك that begins the normalised word n (its article off) is
// its own letter: taking the clitic ك off leaves a word news never uses, while news uses n
// whole. كاليفورنيا is California, not ك + اليفورنيا; كالعادة is ك + العادة, كمدير ك + مدير.
func kafOfTheWord(n string) bool {
	rest := strings.TrimPrefix(n, "ك")
	return arabic.Frequency(n) > 0 && arabic.Frequency(rest) == 0
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

// add records a place of key. Each place is added once: addDoc enumerates every n-gram once
// and folds a name into the n-gram at its place.
func (c *collector) add(key string, o occurrence) {
	cd := c.candidate(key)
	cd.count(o.surface, o.width, o.nameType)
	c.log.add(cd.id, o)
}

// candidate returns the candidate of key, made when new.
func (c *collector) candidate(key string) *candidate {
	cd := c.find(key)
	if cd == nil {
		key = c.text.add(key) // a key of one word may be a slice of the document
		id := c.all.add(candidate{key: key, id: c.all.n, words: int32(strings.Count(key, " ") + 1)})
		cd = c.all.ref(id)
		cd.forms = c.firstForm.room(c.firstForm.add(formCount{}))
		c.byKey.set(key, id, c.keyOf)
	}
	return cd
}

// byID returns candidate id.
func (c *collector) byID(id int32) *candidate { return c.all.ref(id) }

// keys calls fn with each candidate that is a key of its own (not attachedAway), in the order
// they were first seen.
func (c *collector) keys(fn func(cd *candidate)) {
	for id := range c.all.n {
		if cd := c.all.ref(id); !cd.attachedAway() {
			fn(cd)
		}
	}
}

// wordCount is what one word adds to the collector's spellings and final-ى counts.
type wordCount struct {
	spelling string // as spellings.add counts it
	key      string // the word key, when the word ends in ى (finalYa +1) or ي (-1)
	finalYa  int8
}

// countWords calls count with what each word of ws adds to the spellings and final-ى counts.
func countWords(ws []word, count func(wordCount)) {
	for _, w := range ws {
		if w.tok.Kind == arabic.Word {
			wc := wordCount{spelling: spellingKey(w.display)}
			switch {
			case strings.HasSuffix(w.display, "ى"):
				wc.key, wc.finalYa = w.key, 1
			case strings.HasSuffix(w.display, "ي"):
				wc.key, wc.finalYa = w.key, -1
			}
			count(wc)
		}
	}
}

// addWord adds a word's counts.
func (c *collector) addWord(wc wordCount) {
	c.spellings.add(wc.spelling)
	if wc.finalYa != 0 {
		c.finalYa.add(wc.key, int(wc.finalYa))
	}
}

// sentenceIndex returns the function that gives the index of the sentence of sents holding
// byte offset off (the last sentence past the end; -1 without sentences).
func sentenceIndex(sents []sentenceSpan) func(off int) int {
	return func(off int) int {
		return sentenceAt(len(sents), func(i int) int { return int(sents[i].end) }, off)
	}
}

// sentenceAt is the index of the first of n sentences that ends after byte offset off (the
// last when none does), given each sentence's end.
func sentenceAt(n int, end func(i int) int, off int) int {
	i := sort.Search(n, func(i int) bool { return end(i) > off })
	if i == n {
		return n - 1
	}
	return i
}

// pieceBytes is the most text of a document analysed at once: a longer document is read a
// piece at a time (docPieces), so that the words of a 30 MB document are never all held.
var pieceBytes = 256 << 10

// docPiece is a part of a document analysed on its own: Text[start:end] and the names that
// begin in it.
type docPiece struct {
	start, end int
	names      []span.Entity
}

// docPieces cuts d into pieces of pieceBytes or more where a scan of the whole document
// stops anyway, so that scanning the pieces in turn finds the places it finds: at the start
// of a sentence that only white space separates from the one before (no token between
// them, the tokens on either side in different sentences), when no name runs across it. A
// document whose sentences overlap or are out of order, or whose names are, is one piece.
func docPieces(d Doc) []docPiece {
	whole := []docPiece{{0, len(d.Text), d.Names}}
	sents := d.spans
	if len(d.Text) <= pieceBytes ||
		!slices.IsSortedFunc(d.Names, func(a, b span.Entity) int { return cmp.Compare(a.Start, b.Start) }) {
		return whole
	}
	for i := 1; i < len(sents); i++ {
		if sents[i-1].end > sents[i].start || sents[i-1].start > sents[i-1].end {
			return whole
		}
	}
	var pieces []docPiece
	start, firstName, nextName, namesEnd := 0, 0, 0, 0
	for i := 1; i < len(sents); i++ {
		cut := int(sents[i].start)
		for nextName < len(d.Names) && d.Names[nextName].Start < cut {
			namesEnd = max(namesEnd, d.Names[nextName].End)
			nextName++
		}
		if cut-start < pieceBytes || namesEnd > cut || int(sents[i-1].end) == cut || !blank(d.Text[sents[i-1].end:cut]) {
			continue
		}
		pieces = append(pieces, docPiece{start, cut, d.Names[firstName:nextName]})
		start, firstName = cut, nextName
	}
	if len(pieces) == 0 {
		return whole
	}
	return append(pieces, docPiece{start, len(d.Text), d.Names[firstName:]})
}

// blank reports whether s is ASCII white space and control characters only, which separate
// tokens (arabic.Tokens).
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] > ' ' {
			return false
		}
	}
	return true
}

// analysePiece analyses the piece p of text, its tokens' offsets into text.
func analysePiece(text string, p docPiece) []word {
	ws := analyse(text[p.start:p.end])
	if p.start > 0 {
		for i := range ws {
			ws[i].tok.Start += p.start
			ws[i].tok.End += p.start
		}
	}
	return ws
}

// addDoc records the occurrences of the candidates of document di (prepared: its sentences
// found) for which keep is above 0, with room for that many occurrences (the first pass's
// count), a piece at a time (docPieces). Counting (see keyCounts) and collecting enumerate the
// same places through scan, and in the order of a scan of the whole document: the terms, then
// the organisations, then the names.
func (c *collector) addDoc(di int32, d Doc, maxWords int, keep func(key string) bool) {
	t := c.taker()
	spans, tokens := scanDoc(di, d, maxWords, keep, t.take)
	t.finish(d, spans, tokens)
}

// placeFound is a place of a candidate that scanDoc found and keep kept.
type placeFound struct {
	key, surface string
	o            occurrence // its surface is interned when the collector takes it
	kind         placeKind
}

// scanDoc calls found with each place of document di (prepared) whose key keep keeps, in the
// order of a scan of the whole document, a piece at a time (docPieces). It returns the token
// spans of the document's names and its number of tokens. It does not touch the collector, so
// documents may be scanned in parallel.
func scanDoc(di int32, d Doc, maxWords int, keep func(key string) bool, found func(placeFound)) (nameSpans [][2]int32, tokens int) {
	sentOf := sentenceIndex(d.spans)
	var b strings.Builder
	long := docLongNames(d)
	for _, p := range docPieces(d) {
		ws := analysePiece(d.Text, p)
		base := tokens
		spans := scan(ws, sentOf, p.names, long, maxWords, func(key string, from, to int, named naming, kind placeKind) {
			if !keep(key) {
				return
			}
			b.Reset()
			b.WriteString(ws[from].display)
			for k := from + 1; k < to; k++ {
				b.WriteByte(' ')
				b.WriteString(cleanSurface(ws[k].tok.Text))
			}
			o := occurrence{doc: di, from: int32(base + from), width: uint8(to - from),
				start: int32(ws[from].tok.Start), nameType: named.typ, margin: named.margin}
			found(placeFound{key: key, surface: b.String(), o: o, kind: kind})
		})
		for _, s := range spans {
			nameSpans = append(nameSpans, [2]int32{s[0] + int32(base), s[1] + int32(base)})
		}
		tokens += len(ws)
	}
	return nameSpans, tokens
}

// docTaker adds the places of one document to the collector in scan order: a term's place at
// once, the organisations' and the names' after all the terms.
type docTaker struct {
	c           *collector
	orgs, names []placeFound
}

func (c *collector) taker() *docTaker { return &docTaker{c: c} }

func (t *docTaker) take(pf placeFound) {
	pf.o.surface = t.c.intern(pf.surface)
	pf.surface = "" // interned: the copy would stay until finish
	switch pf.kind {
	case termPlace:
		t.c.add(pf.key, pf.o)
	case orgPlace:
		t.orgs = append(t.orgs, pf)
	default:
		t.names = append(t.names, pf)
	}
}

// finish adds the organisations and names and the document's tokens, name spans and sentence
// ends.
func (t *docTaker) finish(d Doc, nameSpans [][2]int32, tokens int) {
	c := t.c
	for _, l := range t.orgs {
		c.add(l.key, l.o)
	}
	for _, l := range t.names {
		c.add(l.key, l.o)
	}
	c.tokens = append(c.tokens, int32(tokens))
	c.nameSpans = append(c.nameSpans, newNameIndex(nameSpans))
	ends := make([]int32, len(d.spans))
	for i, sn := range d.spans {
		ends[i] = sn.end
	}
	c.sentEnds = append(c.sentEnds, ends)
}

// sentence returns the index of the sentence of o's document that holds o, as sentenceIndex
// gives it (-1 when the document has no sentences).
func (c *collector) sentence(o occurrence) int32 {
	ends := c.sentEnds[o.doc]
	return int32(sentenceAt(len(ends), func(i int) int { return int(ends[i]) }, int(o.start)))
}

// placeKind is which part of scan found a place.
type placeKind uint8

const (
	termPlace placeKind = iota // an n-gram of a run of content words
	orgPlace                   // an organisation that runs past a clitic
	namePlace                  // a tagger's name no n-gram or organisation covered
)

// scan calls emit for every place of a candidate in a document (ws its words, sentOf its
// sentence index, names its tagger's names), each place once and always in the same order: the
// n-grams of runs of content words, the organisations that run past a clitic, then the names
// no n-gram covered. named is the tagger's naming of exactly those words (its type 0: none);
// kind says which of the three found it. It returns the token spans of the names.
func scan(ws []word, sentOf func(int) int, docNames []span.Entity, long longNames, maxWords int, emit func(key string, from, to int, named naming, kind placeKind)) [][2]int32 {
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
	names := map[[2]int32]naming{}
	var nameOrder [][2]int32
	for _, n := range docNames {
		margin := marginOf(n.Margin)
		if quotedTitle(ws, n) {
			margin = unmeasured // the quotation's kind, not a guess of the model's
		}
		for _, part := range nameParts(ws, n) {
			span := [2]int32{int32(part[0]), int32(part[1])}
			if _, dup := names[span]; !dup {
				nameOrder = append(nameOrder, span)
			}
			names[span] = naming{entityType(n.Type), margin}
		}
	}
	nameOrder = completeNames(ws, sentOf, long, names, nameOrder)
	// emitTaking emits the words [from, to) with the tagger's naming of exactly those words,
	// which is then taken from names so that the loop over nameOrder below emits only the
	// names no term or organisation covered.
	emitTaking := func(from, to int, kind placeKind) {
		span := [2]int32{int32(from), int32(to)}
		n, ok := names[span]
		if ok {
			delete(names, span)
		}
		emit(keyOf(from, to), from, to, n, kind)
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
			if ws[a].adjective {
				continue
			}
			for b := a + 1; b <= i && b-a <= maxWords; b++ {
				if b == a+1 && ws[a].notAlone {
					continue
				}
				emitTaking(a, b, termPlace)
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
			emitTaking(i, to, orgPlace)
		}
	}
	for _, span := range nameOrder {
		if n, ok := names[span]; ok {
			emit(keyOf(int(span[0]), int(span[1])), int(span[0]), int(span[1]), n, namePlace)
		}
	}
	return nameOrder
}

// commonNotName reports whether w, the last word of a tagged person's name, is an Arabic
// word the tagger ran the name on into — a noun or adjective of the news lexicon with an
// ending that names do not take on a stem news also uses: a pronoun (طلعت زكريا حلمه, "his
// dream"; أحمد خليل مرماه, "his goal"), the accusative alef (أحمد برنامجا, "a programme") or
// a nisba (طاهر عبدالعزيز اداري, "administrative") — and that no person's name of the name
// lists holds. A reader leaves it out. Surnames with such endings are in the lists (حمدي) or
// unknown stems (بنزيمة, روزيكي), and family names with the article (الديوان) are never cut.
func commonNotName(w word) bool {
	if w.clitic || strings.HasPrefix(w.bare, "ال") || arabic.Frequency(w.bare) == 0 || !suffixedWord(w.bare) {
		return false
	}
	_, _, known := names.WordEvidence(w.tok.Text)
	return !known
}

// listedName reports whether the name lists hold w as a word of a person's name, or as the
// parts of a compound given name written as one word (عبدالله, عبدالعزيز: the lists hold
// عبد and الله).
func listedName(w word) bool {
	if _, _, known := names.WordEvidence(w.tok.Text); known {
		return true
	}
	return joinedGivenName(arabic.Normalize(w.tok.Text))
}

// joinedGivenName reports whether the normalised word w is a compound given name written as
// one word whose parts the name lists hold (عبدالحليم: عبد and الحليم).
func joinedGivenName(w string) bool {
	rest, ok := strings.CutPrefix(w, "عبد")
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	_, _, known := names.WordEvidence(rest)
	return known
}

// suffixedWord reports whether the normalised word w is a stem of the news lexicon with a
// pronoun (ه, ها), the accusative alef or a nisba ي (its stem may end in ة: اداري, اداره).
// A stem's final ى is written ا before a suffix (مرماه, مرمى).
func suffixedWord(w string) bool {
	for _, suffix := range []string{"ها", "ه", "ا", "ي"} {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		stems := []string{stem}
		if suffix == "ي" {
			stems = append(stems, stem+"ه")
		}
		if s, ok := strings.CutSuffix(stem, "ا"); ok {
			stems = append(stems, s+"ي")
		}
		for _, s := range stems {
			if arabic.Frequency(s) > 0 {
				return true
			}
		}
	}
	return false
}

// nameParts returns the token spans of ws that the tagger's name n gives: its words less
// function words and punctuation at its edges (a name's own words are trusted where a term's
// are not: كين is not ك+ين) and a last word it ran on into (commonNotName), cut at its
// conjunctions (splitAtConjunction).
func nameParts(ws []word, n span.Entity) [][2]int {
	from, to := nameTokens(ws, n)
	if quotedName(ws, n) {
		// A title («الناس وأنا», «مع نور») is a phrase of the language: its function words
		// and conjunctions are its own.
		return [][2]int{{from, to}}
	}
	for from < to && (!ws[from].nameWord() || ws[from].ordinal) && !spelledAcronym(ws, from, to, n.Type) {
		from++
	}
	for to > from && (!ws[to-1].nameWord() || ws[to-1].particle || n.Type == "PERS" && to-from >= 2 && commonNotName(ws[to-1]) ||
		n.Type == "PERS" && ws[to-1].ordinal && !(to-from >= 2 && (ws[to-2].ordinal || listedName(ws[to-2])))) &&
		!endsInLetters(ws, from, to, n.Type) {
		to--
	}
	if from >= to || to-from > maxNameWords || to-from == 1 && letterName(ws[from]) {
		return nil // nothing left, too long, or one letter of an acronym (سي of سي إن إن)
	}
	keepNameLetter(ws, from, to)
	markConjunctions(ws, from, to)
	return splitAtConjunction(ws, from, to, n.Type)
}

// keepNameLetter reads the first word of the name ws[from:to] whole where the clitic split
// took a letter of the name: the name lexicon knows the name with the letter and not without
// it. بروس ويليس is Bruce Willis, not ب + روس ويليس; سيرينا ويليامز is not the future marker
// on يرينا ("shows us"); بيونغ يانغ is Pyongyang. A conjunction before it still goes (وبروس).
func keepNameLetter(ws []word, from, to int) {
	w := &ws[from]
	if !w.clitic {
		return
	}
	var rest strings.Builder
	for k := from + 1; k < to; k++ {
		rest.WriteByte(' ')
		rest.WriteString(ws[k].bare)
	}
	if names.Known(w.bare + rest.String()) {
		return
	}
	norm := arabic.Normalize(w.tok.Text)
	for _, whole := range []string{norm, strings.TrimPrefix(norm, "و"), strings.TrimPrefix(norm, "ف")} {
		if len(whole) <= len(w.bare) || !names.Known(whole+rest.String()) {
			continue
		}
		w.key, w.bare, w.clitic = whole, whole, whole != norm
		w.display = stripSurface(cleanSurface(w.tok.Text), norm, whole)
		w.stop, w.functionWord, w.content = false, false, true
		return
	}
}

// letterName reports whether w is the name of a Latin letter, as acronyms are read aloud
// (إل جي LG, كي جي KG, اي بي ام IBM): in a run of two or more such letters is no function
// word (إل is not the article, كي not "so that", أم not "or").
func letterName(w word) bool { return w.tok.Kind == arabic.Word && names.IsLetterName(w.tok.Text) }

// wholeAcronym reports whether a name of n letter names alone, of type typ, is a name: three
// letters or more (سي آي إيه), or two that name an organisation (إل جي). Two letters of
// another type are most often a generic abbreviation the tagger named alone (أف أم, FM: 828
// times over ANT).
func wholeAcronym(n int, typ string) bool { return n >= 3 || n == 2 && typ == "ORG" }

// endsInLetters reports whether the name ws[from:to] of type typ ends in letter names that
// trimming its function words would cut: a run of two or more after a word of the name
// (الجوهرة أف أم), or the whole name (اي بي ام, see wholeAcronym).
func endsInLetters(ws []word, from, to int, typ string) bool {
	start := to
	for start > from && letterName(ws[start-1]) {
		start--
	}
	return to-start >= 2 && (start > from || wholeAcronym(to-from, typ))
}

// spelledAcronym reports whether the name ws[from:to] of type typ begins with an acronym read
// aloud (two letter names or more) that is the whole name (see wholeAcronym) or comes before
// a word foreign to the news lexicon: كي آر سي جينك (KRC Genk), تي بي مازيمبي. After a
// radio's أف أم the tagger often runs on into the reporter's name or the town (أف أم ماهر,
// أف أم بجربة), words news knows.
func spelledAcronym(ws []word, from, to int, typ string) bool {
	end := from
	for end < to && letterName(ws[end]) {
		end++
	}
	if end-from < 2 {
		return false
	}
	return end == to && wholeAcronym(end-from, typ) || end < to && arabic.Frequency(ws[end].bare) == 0
}

// nameTokens returns the tokens [from, to) of ws that the name n touches.
func nameTokens(ws []word, n span.Entity) (from, to int) {
	from = sort.Search(len(ws), func(k int) bool { return ws[k].tok.End > n.Start })
	to = from
	for to < len(ws) && ws[to].tok.Start < n.End {
		to++
	}
	return from, to
}

// quotedTitle reports whether n is a title or an outlet the tagger's rule found
// (entity.markTitles: MISC; entity.markOutlets: ORG; a rule's negative margin) standing alone
// between quotation marks in ws (برنامج «الناس وأنا», صحيفة "ذا صن"), of up to maxNameWords
// Arabic words of two letters or more. The model's own names in quotation marks (a radio
// station, «الجوهرة أف أم») are read as names are.
func quotedTitle(ws []word, n span.Entity) bool {
	return n.Margin < 0 && quotedName(ws, n)
}

// quotedName reports whether n is a MISC or ORG name that fills a quotation in ws («بداية
// ونهاية», «الناس وأنا», "ذا صن", « لا ريبوبليكا »): a title or an outlet, whose function words
// and conjunctions are its own (ذا is The, not "this"). Letter names alone (الجوهرة «اف ام») are
// read as acronyms are (see wholeAcronym).
func quotedName(ws []word, n span.Entity) bool {
	if n.Type != "MISC" && n.Type != "ORG" {
		return false
	}
	from, to := nameTokens(ws, n)
	if from == 0 || to >= len(ws) || from >= to || to-from > maxNameWords {
		return false
	}
	closing, ok := arabic.ClosingQuote(ws[from-1].tok.Text)
	if !ok || ws[to].tok.Text != closing {
		return false
	}
	letters := 0
	for _, w := range ws[from:to] {
		if w.tok.Kind != arabic.Word || utf8.RuneCountInString(w.key) < 2 {
			return false
		}
		if letterName(w) {
			letters++
		}
	}
	return letters < to-from
}

// longNames holds a document's names of two words or more (their words' keys and type) under
// each of their words' keys, for completeNames.
type longNames map[string][]longName

type longName struct {
	keys []string
	typ  uint8
}

// docLongNames finds the names of two words or more that the tagger gives anywhere in d, each
// read from the words around it as scan reads it, so that every piece of a long document
// completes its names from the whole document's.
func docLongNames(d Doc) longNames {
	long := longNames{}
	seen := map[string]bool{}
	for _, n := range d.Names {
		if n.Start < 0 || n.End > len(d.Text) || n.Start >= n.End {
			continue
		}
		// The words the name touches, whole, then the word either side (a quotation mark
		// written apart makes the name a title: quotedTitle).
		a, b := n.Start, n.End
		for pass := range 2 {
			if pass == 1 {
				for a > 0 && d.Text[a-1] <= ' ' {
					a--
				}
				for b < len(d.Text) && d.Text[b] <= ' ' {
					b++
				}
			}
			for a > 0 && d.Text[a-1] > ' ' {
				a--
			}
			for b < len(d.Text) && d.Text[b] > ' ' {
				b++
			}
		}
		ws := analysePiece(d.Text, docPiece{start: a, end: b})
		for _, part := range nameParts(ws, n) {
			if part[1]-part[0] < 2 {
				continue
			}
			keys := make([]string, 0, part[1]-part[0])
			for k := part[0]; k < part[1]; k++ {
				keys = append(keys, ws[k].key)
			}
			joined := strings.Join(keys, " ")
			if seen[joined] {
				continue
			}
			seen[joined] = true
			for _, k := range keys {
				long[k] = append(long[k], longName{keys, entityType(n.Type)})
			}
		}
	}
	return long
}

// completeNames reads a name the tagger cut short in one place as the longer name it tagged
// elsewhere in the document (long) when the words around it are that name's: in a text that
// names عبدالسلام جمعة, "وتحدث عبدالسلام جمعة" tagged only on عبدالسلام is عبدالسلام جمعة, as a
// reader reads it, with that name's type. The longest such name wins; a conjunction or a
// sentence end never lies inside it. names (span to naming) and order are the tagger's names;
// it returns the new order, updating names.
func completeNames(ws []word, sentOf func(int) int, long longNames, names map[[2]int32]naming, order [][2]int32) [][2]int32 {
	if len(long) == 0 {
		return order
	}
	matches := func(from, to int, keys []string) bool {
		if from < 0 || to > len(ws) || sentOf(ws[from].tok.Start) != sentOf(ws[to-1].tok.Start) {
			return false
		}
		for k := from; k < to; k++ {
			if ws[k].key != keys[k-from] || k > from && conjoined(ws[k]) {
				return false
			}
		}
		return true
	}
	out := order[:0:0]
	for _, sp := range order {
		from, to := int(sp[0]), int(sp[1])
		best, named := sp, names[sp]
		for _, l := range long[ws[from].key] {
			if len(l.keys) <= to-from || len(l.keys) <= int(best[1]-best[0]) {
				continue
			}
			for j := 0; j+to-from <= len(l.keys); j++ {
				if start := from - j; matches(start, start+len(l.keys), l.keys) {
					best, named.typ = [2]int32{int32(start), int32(start + len(l.keys))}, l.typ
					break
				}
			}
		}
		if best != sp {
			delete(names, sp)
			if _, dup := names[best]; dup {
				continue
			}
			names[best] = named
		}
		out = append(out, best)
	}
	return out
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
		for end > start && (!ws[end-1].nameWord() || ws[end-1].particle) && !endsInLetters(ws, start, end, typ) {
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

// markConjunctions reads the conjunction و on the inner words of a tagged name ws[from:to]
// where the lexicon could not split it (see conjunctionOnName): the word is then a word behind
// a clitic, which splitAtConjunction cuts the name at and a term may only begin with.
func markConjunctions(ws []word, from, to int) {
	for k := from + 1; k < to; k++ {
		w := &ws[k]
		if !conjunctionOnName(*w) {
			continue
		}
		norm := arabic.Normalize(w.tok.Text)
		rest := strings.TrimPrefix(norm, "و")
		w.key, w.bare, w.clitic = wordKey(rest), rest, true
		w.display = stripSurface(w.display, norm, rest)
	}
}

// conjunctionOnName reports whether w, a word inside a tagged name that the lexicon did not
// split, begins with the conjunction و before a word: the name lists do not hold it as it is
// written, the rest is a name of the lists or a word of news, and it is not a transliteration
// beginning with two و (وولفويتز, Wolfowitz). ايمانويل ايبواه ودراماني ديابي and غلين ميلر
// وجيري غراي are two names; وليد and ويليام are names the lists know, and ويندوارد (جزر
// ويندوارد) holds no known word behind its و; in عمرو زكي وعبدالحليم علي it stands before a
// given name written as one word. ف is left alone: it begins more foreign names the lists lack
// (فرنانديش, فيغاس) than it joins a verb to a name.
func conjunctionOnName(w word) bool {
	n := arabic.Normalize(w.tok.Text)
	rest, ok := strings.CutPrefix(n, "و")
	if !ok || w.clitic || utf8.RuneCountInString(rest) < 3 || strings.HasPrefix(rest, "و") {
		return false
	}
	// WordEvidence reads a word it does not know behind a proclitic: the same evidence for the
	// word as for the rest means the lists know only the rest (ودراماني: دراماني).
	c, t, restName := names.WordEvidence(rest)
	count, total, known := names.WordEvidence(n)
	if known && !(restName && c == count && t == total) {
		return false
	}
	return restName || arabic.Frequency(rest) > 0 || joinedGivenName(rest)
}

// institutions holds the keys of the nouns that begin the names of organisations and
// institutions (مجلس حماية المنافسة, الهيئة العامة للشباب والرياضة, وزارة الخارجية).
var institutions = wordKeySet("مجلس هيئة وزارة منظمة اتحاد جمعية لجنة مؤسسة بنك مصرف جامعة حزب شركة " +
	"وكالة مركز معهد محكمة جبهة صندوق سلطة ديوان رابطة نقابة غرفة مفوضية مديرية أكاديمية مجمع " +
	"كلية مستشفى برلمان نادي منتدى دار مكتب بلدية")

// maxNameWords is the longest name taken from the tagger.
const maxNameWords = 8

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

// spellings counts how the documents spell words, to break ties between spellings.
type spellings struct {
	words    ownedCounts    // words as written less diacritics, proclitics and article
	prefixes map[string]int // every prefix of four letters or more of those words; built on first use
}

// spellingKey is how spellings counts a word as displayed (proclitics already removed).
func spellingKey(display string) string {
	return strings.TrimPrefix(arabic.NormalizeFolds(display, arabic.Diacritics|arabic.Tatweel), "ال")
}

// add counts one word by its spellingKey.
func (sp *spellings) add(key string) {
	if sp.words == nil {
		sp.words = ownedCounts{}
	}
	sp.words.add(key, 1)
}

// ownedCounts counts strings that may be slices of a document, owning its keys: a key sliced
// from a document would keep the whole document alive as long as the map. A plain map cannot
// do it: Go's map assignment stores the key it is given even when the key is there already,
// so m[k] += n with k a slice of the current document replaces the copy made when k was new
// (that kept each spelling's latest document alive: a 30 MB document through the whole
// build). Counts are therefore changed through a pointer, and a key is only ever stored once,
// copied.
type ownedCounts map[string]*int

// add adds n to the count of key.
func (m ownedCounts) add(key string, n int) {
	if p := m[key]; p != nil {
		*p += n
		return
	}
	m[strings.Clone(key)] = &n
}

// get is the count of key (0 when it was never added).
func (m ownedCounts) get(key string) int {
	if p := m[key]; p != nil {
		return *p
	}
	return 0
}

// has reports whether the documents have word, bare or with the alef of the accusative
// tanwin (أعمالاً).
func (sp *spellings) has(word string) bool {
	return sp.words.get(word) > 0 || sp.words.get(word+"ا") > 0
}

// count returns how many words of the documents begin with prefix (as written, after
// proclitics and the article).
func (sp *spellings) count(prefix string) int {
	if sp.prefixes == nil {
		sp.prefixes = map[string]int{}
		for w, n := range sp.words {
			r := []rune(w)
			for k := 4; k <= len(r); k++ {
				sp.prefixes[string(r[:k])] += *n
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
