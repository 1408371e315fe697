package names

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/arprep/arprep/arabic"
)

// data/lexicon.tsv.gz is made by internal/mklexicon; its sources and licences are in
// data/README.md.
//
//go:embed data/lexicon.tsv.gz
var lexiconGz []byte

// Sources of an English form, as Match.Source gives them.
const (
	SourceCurated     = "curated"          // the hand-written table (internal/mklexicon/curated.tsv)
	SourceCLDR        = "cldr"             // CLDR English name of a country or region
	SourceNationality = "nationality"      // a country or nationality adjective (ArWikiCats)
	SourcePerson      = "wikipedia-person" // an Arabic Wikipedia title of a person (ArWikiCats)
	SourceGeoNames    = "geonames"         // a GeoNames place
	SourcePlace       = "wikipedia-place"  // an Arabic Wikipedia title of a place (ArWikiCats)
	SourceRegion      = "wikipedia-region" // a region, province or historical state (ArWikiCats)
	SourceLanguage    = "cldr-language"    // CLDR English name of a language
	SourceComposed    = "name-words"       // a person's name composed word by word
	SourceAcronym     = "letter-names"     // an acronym spelt as Latin letter names
)

// Match is an English form the lexicon knows for an Arabic name.
type Match struct {
	English string
	Source  string
	// Variant is set when the name matched another spelling of a lexicon name (a long vowel
	// letter or a hamza seat apart: ليبريا for ليبيريا, الهادي for الهادئ).
	Variant bool
	// Headed is set when the name is a generic word and a lexicon name (جمهورية قبرص).
	Headed bool
	// Also is the English of another place the same Arabic names: the capital of a country
	// named as it (عمان: Oman, also Amman; تونس: Tunisia, also Tunis).
	Also string
}

type phraseEntry struct {
	Match
	rank int32 // position in the table: lower is preferred
}

type token struct {
	english      string
	count, total int32
}

var (
	loadOnce sync.Once
	phrases  map[string]phraseEntry // Key(arabic) → English, the preferred source's
	byShape  map[string][]string    // shape(key) → keys, to find spelling variants
	tokens   map[string]token       // normalised word → its most frequent spelling
)

func load() {
	phrases, byShape, tokens = map[string]phraseEntry{}, map[string][]string{}, map[string]token{}
	zr, err := gzip.NewReader(bytes.NewReader(lexiconGz))
	if err != nil {
		return // TestLexiconLoads catches a broken table
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "P" && len(f) == 4:
			k := Key(f[1])
			if _, dup := phrases[k]; !dup && k != "" {
				phrases[k] = phraseEntry{Match{English: f[2], Source: f[3]}, int32(len(phrases))}
				sh := shape(k)
				byShape[sh] = append(byShape[sh], k)
			}
		case f[0] == "A" && len(f) == 3:
			k := Key(f[1])
			if p, ok := phrases[k]; ok {
				p.Also = f[2]
				phrases[k] = p
			}
		case f[0] == "T" && len(f) == 5:
			n, err1 := strconv.Atoi(f[3])
			t, err2 := strconv.Atoi(f[4])
			if err1 == nil && err2 == nil {
				tokens[f[1]] = token{english: f[2], count: int32(n), total: int32(t)}
			}
		}
	}
}

// Load reads the embedded table now rather than at the first lookup, so that a caller can
// overlap its cost (about 0.1 s) with other work: go names.Load().
func Load() { loadOnce.Do(load) }

// Key is the lookup key of an Arabic name: each word normalised and without the article or
// the conjunction و (nameWordKey), a lone و between words dropped, so that الكويت and كويت, and
// "أنتيغوا وباربودا" and "أنتيغوا و باربودا", share a key. A preposition on the first word
// (بواشنطن) is tried off by keys, where the lexicon guards the reading.
func Key(name string) string {
	var parts []string
	for _, t := range arabic.Tokens(name) {
		switch t.Kind {
		case arabic.Word:
			n := arabic.Normalize(t.Text)
			if n == "و" {
				continue
			}
			if k := nameWordKey(n); k != "" {
				parts = append(parts, k)
			}
		case arabic.Punct:
		default:
			parts = append(parts, arabic.Normalize(t.Text))
		}
	}
	return strings.Join(parts, " ")
}

// nameWordKey is the key of one normalised word of a name: arabic.Key's, when what it split
// off is the article or the conjunction و, else the word as written. A name's own letters are
// not clitics: arabic.Key reads news words, and would take the ب off بروني (Bruneian) and the ك
// off كمال, as روني (Rooney) and مال (money) are common there, so that the two names shared a
// key and one lost its English form to the other (993 of the lexicon's 21,929 phrases
// were keyed so: باري مانيلو as اري مانيلو, سان برونو as ان برونو).
func nameWordKey(n string) string {
	k := arabic.Key(n)
	prefix, ok := strings.CutSuffix(n, k)
	if !ok {
		return k
	}
	switch prefix {
	case "", "ال", "و", "وال":
		return k
	}
	return n
}

// Lookup returns the English form of a whole name: a country, region, place, person,
// organisation, or a nationality adjective (الكينية → Kenyan). The name may carry clitics and
// the article (بواشنطن → Washington).
func Lookup(name string) (Match, bool) {
	loadOnce.Do(load)
	ks := keys(name)
	for _, k := range ks {
		if p, ok := phrases[k]; ok {
			return p.Match, true
		}
	}
	for _, k := range ks {
		head, rest, ok := strings.Cut(k, " ")
		if !ok {
			continue
		}
		pattern, known := heads[head]
		if p, found := phrases[rest]; known && found && (p.Source == SourceCLDR || p.Source == SourceGeoNames || p.Source == SourcePlace) {
			m := p.Match
			m.English = fmt.Sprintf(pattern, m.English)
			m.Headed, m.Also = true, "" // جمهورية تونس is the country only
			return m, true
		}
	}
	return Match{}, false
}

// Known reports whether the lexicon holds name as written: Lookup also reads its first word
// without a proclitic (بواشنطن), Known does not (بروس ويليس is known, روس ويليس is not).
func Known(name string) bool {
	loadOnce.Do(load)
	_, ok := phrases[Key(name)]
	return ok
}

// heads are the generic words that begin a state's or a place's name before a known name
// (a country or place of CLDR or the place lists, never an adjective: المملكة المغربية is not
// "Kingdom of Moroccan"), keyed by their Key, with
// how English writes them: جمهورية قبرص Republic of Cyprus; a city or an administrative unit
// (مدينة, ولاية, محافظة, إقليم) is left as the bare name, as English text mostly writes it
// (ولاية كاليفورنيا: California). Geographic words (جزيرة, نهر) are left out: the name after
// them is often the region's, not the feature's (جزيرة القرم is Crimea).
var heads = map[string]string{
	"جمهوريه": "Republic of %s", "مملكه": "Kingdom of %s", "دوله": "State of %s",
	"اماره": "Emirate of %s", "سلطنه": "Sultanate of %s",
	"مدينه": "%s", "ولايه": "%s", "اقليم": "%s", "محافظه": "%s", "مقاطعه": "%s",
}

// proclitics are the prefixes a name may carry in running text, shortest first; لل is ل +
// ال. The conjunction ف alone is not one: before a name it is rare, and read off the first
// letter of a foreign name it found another name (فرانس of فرانس 24 read as ف + رانس, Reims;
// الفرات as Pratt, فايكينغ as Ekeng: over ANT all five targets it gave were wrong).
var proclitics = []string{"و", "ب", "ل", "ك", "لل", "وب", "ول", "وك", "فب", "فل", "ولل", "فلل", "بال", "وال", "فال", "كال", "وبال"}

// keys returns the name's Key, then the keys with a proclitic taken off its first word. The
// arabic package splits a clitic only from a word its news lexicon knows, and most foreign
// names are unknown to it (وروتردام stays whole); here the name lexicon is the guard: a
// reading counts only when it is a name of the lexicon.
func keys(name string) []string {
	k := Key(name)
	out := []string{k}
	first, rest, _ := strings.Cut(k, " ")
	n := []rune(first)
	for _, p := range proclitics {
		pr := []rune(p)
		if len(n)-len(pr) < 3 || string(n[:len(pr)]) != p {
			continue
		}
		w := string(n[len(pr):])
		if strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل") {
			w = nameWordKey("ال" + w)
		}
		if rest != "" {
			w += " " + rest
		}
		out = append(out, w)
	}
	return out
}

// LookupVariant is Lookup that also accepts another spelling of a country, nationality,
// person or curated name (not of the long place lists), as foreign names vary in Arabic script: a long vowel letter added or dropped (ليبريا, ليبيريا), a hamza
// seat (الهادي, الهادئ). Every word that differs must keep its first letter and its last two,
// so that a word never matches its nisba adjective or another word of the same root. Meant
// for text the tagger marked as a name: on common words it would also match other words.
func LookupVariant(name string) (Match, bool) {
	if m, ok := Lookup(name); ok {
		return m, true
	}
	best := phraseEntry{rank: -1}
	for _, k := range keys(name) {
		for _, other := range byShape[shape(k)] {
			p := phrases[other]
			if (best.rank < 0 || p.rank < best.rank) && !placeList(p.Source) && variantKeys(k, other) {
				best = p
			}
		}
		if best.rank >= 0 {
			break
		}
	}
	if best.rank < 0 {
		return Match{}, false
	}
	best.Variant = true
	return best.Match, true
}

// placeList reports whether a source is one of the long place lists, whose many small
// places would match another spelling of a different name (نينوى is not Nnewi).
func placeList(src string) bool {
	return src == SourceGeoNames || src == SourcePlace || src == SourceRegion
}

// shape is a key without its long vowel letters and hamzas: the consonants spelling variants
// share.
func shape(k string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ', 'ى':
			return -1
		}
		return r
	}, k)
}

// variantKeys reports whether two keys with one shape are spellings of one name, word by word.
func variantKeys(a, b string) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		ra, rb := []rune(wa[i]), []rune(wb[i])
		if len(ra) < 5 || len(rb) < 5 || ra[0] != rb[0] ||
			ra[len(ra)-1] != rb[len(rb)-1] && !hamzaSeats(ra[len(ra)-1], rb[len(rb)-1]) ||
			ra[len(ra)-2] != rb[len(rb)-2] {
			return false
		}
		if !arabic.Variant(wa[i], wb[i]) && !sameButHamza(ra, rb) {
			return false
		}
	}
	return true
}

// hamzaSeats reports whether two letters are a hamza seat and its bare letter (ئ ي, ؤ و).
func hamzaSeats(a, b rune) bool {
	seat := func(r rune) rune {
		switch r {
		case 'ئ', 'ى':
			return 'ي'
		case 'ؤ':
			return 'و'
		}
		return r
	}
	return seat(a) == seat(b)
}

// sameButHamza reports whether two words differ only in hamza seats written or not.
func sameButHamza(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !hamzaSeats(a[i], b[i]) {
			return false
		}
	}
	return true
}

// Minimum evidence for a word of a composed person's name: the spelling must make at least
// minShare of the word's spellings, and be seen minCount times unless it is the only spelling
// the lists give (a rare surname seen once: Nikiforov).
const (
	minCount = 2
	minShare = 0.7
)

// Compose writes a person's name word by word, each word with its most frequent English
// spelling among the person names of the lexicon (باراك أوباما → Barack Obama). It fails
// when a word is unknown or its spelling uncertain: a composed name is only as good as its
// least certain word.
func Compose(name string) (Match, bool) {
	loadOnce.Do(load)
	var out []string
	for _, t := range arabic.Tokens(name) {
		if t.Kind == arabic.Punct {
			continue
		}
		if t.Kind != arabic.Word {
			return Match{}, false
		}
		n := arabic.Normalize(t.Text)
		tok, ok := tokens[n]
		if !ok && len(out) == 0 { // a clitic on the first word: وأوباما, لأوباما
			tok, ok = procliticToken(n)
		}
		if !ok {
			return Match{}, false
		}
		if tok.count < minCount && tok.count < tok.total || float64(tok.count) < minShare*float64(tok.total) {
			return Match{}, false
		}
		e := tok.english
		if len(out) == 0 {
			e = upperFirst(e)
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return Match{}, false
	}
	return Match{English: strings.Join(out, " "), Source: SourceComposed}, true
}

// WordEvidence returns, for one word of a person's name, how often the lists spell it with
// the English spelling Compose gives it and how many spellings they give it in all: the
// evidence behind a one-word composition (a surname seen once, a word the lists rarely
// agree on). ok is false when the lists do not know the word.
func WordEvidence(word string) (count, total int, ok bool) {
	loadOnce.Do(load)
	n := arabic.Normalize(strings.TrimSpace(word))
	tok, ok := tokens[n]
	if !ok {
		tok, ok = procliticToken(n)
	}
	return int(tok.count), int(tok.total), ok
}

// procliticToken looks a normalised word up with a proclitic taken off (keys), for a word
// not found as it is.
func procliticToken(n string) (token, bool) {
	for _, k := range keys(n)[1:] {
		if tok, ok := tokens[k]; ok {
			return tok, true
		}
	}
	return token{}, false
}

func upperFirst(s string) string {
	for i, r := range s {
		if r >= 'a' && r <= 'z' {
			return s[:i] + string(r-'a'+'A') + s[i+1:]
		}
		return s
	}
	return s
}

// letterNames are the Arabic spellings of the names of Latin letters, as Arabic writes
// acronyms read aloud (بي بي سي BBC, سي إن إن CNN, إف بي آي FBI), normalised. بي is read
// B (P is rarer in acronyms).
var letterNames = map[string]string{
	"اي": "A", "ايه": "A", "بي": "B", "سي": "C", "دي": "D", "اف": "F", "جي": "G", "اتش": "H",
	"اش": "H", "جاي": "J", "جيه": "J", "كي": "K", "كيه": "K", "كاي": "K", "ال": "L", "ام": "M", "ان": "N",
	"كيو": "Q", "ار": "R", "اس": "S", "تي": "T", "يو": "U", "دبليو": "W", "اكس": "X", "واي": "Y",
	"زد": "Z",
}

// alefLetterNames are the letter names told apart by their alef: آي I, إي E, أي A.
var alefLetterNames = map[string]string{"آي": "I", "إي": "E", "أي": "A", "إيه": "A", "أو": "O"}

// IsLetterName reports whether word is the Arabic name of a Latin letter (إف F, أم M), as an
// acronym read aloud spells it.
func IsLetterName(word string) bool {
	_, ok := letterName(word)
	return ok
}

// letterName returns the Latin letter that word names. ال as written, without the hamza of
// إل (L), is the article written apart from the name it defines (الـ بي بي سي: the BBC).
func letterName(word string) (string, bool) {
	if l, ok := alefLetterNames[arabic.NormalizeFolds(word, arabic.MatchFolds&^arabic.Alef)]; ok {
		return l, true
	}
	if arabic.NormalizeFolds(word, arabic.Tatweel|arabic.Diacritics) == "ال" {
		return "", false
	}
	l, ok := letterNames[arabic.Normalize(word)]
	return l, ok
}

// Acronym reads a name spelt as Latin letter names (بي بي سي → BBC, سي إن إن → CNN). Three
// letters at least; words that are also common Arabic words (في, أو, إن alone) never make an
// acronym by themselves, since the run must be all letter names.
func Acronym(name string) (Match, bool) {
	var b strings.Builder
	n := 0
	for _, t := range arabic.Tokens(name) {
		if t.Kind == arabic.Punct {
			continue
		}
		l, ok := letterName(t.Text)
		if t.Kind != arabic.Word || !ok {
			return Match{}, false
		}
		b.WriteString(l)
		n++
	}
	if n < 3 { // two letter names (جي سي) are as often initials or a misreading
		return Match{}, false
	}
	return Match{English: b.String(), Source: SourceAcronym}, true
}
