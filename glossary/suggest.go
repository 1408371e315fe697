package glossary

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/names"
)

// Where a target comes from (Entry.TargetSource). A lexicon target is "lexicon: " and the
// lexicon's source (names.SourceCLDR, names.SourceGeoNames, ...); a TM target is "tm: N
// units" (see TM).
const (
	SourceTermbase = "termbase"
	SourceLexicon  = "lexicon: "
	// SourceRomanize is the note on Entry.TargetGuess.
	SourceRomanize = "romanisation (simplified ALA-LC), a guess"
	// SourceUncertain is the TargetSource of an entry without a target whose TargetGuess is
	// a one-word name composed from name-word spellings on too little evidence (see
	// uncertainComposition), not a romanisation.
	SourceUncertain = SourceLexicon + names.SourceComposed + ", one word seen once, uncertain spelling"
)

// Suggest returns the English form the name lexicon (package names) knows for a term of the
// given kind, and where it comes from, or two empty strings. Names (PERS, LOC, ORG, MISC)
// are looked up whole through arabic's normalisation and clitic stripping (بواشنطن →
// Washington), and a person's name no list knows whole is composed word by word (باراك
// أوباما → Barack Obama), as is one word the news lexicon does not know, tagged or not
// (هيتشكوك → Hitchcock). Other terms only get a country, region or language name or a
// nationality adjective (الكينية → Kenyan): a single common word is too often also a place or
// a name somewhere (الأمن is a town in the Netherlands).
func Suggest(term, kind string) (target, source string) {
	m, source := suggest(term, kind)
	return m.English, source
}

// suggest is Suggest with the lexicon's match, whose Also a plain lexicon target keeps (a
// country named as its capital: عمان Oman, also Amman).
func suggest(term, kind string) (names.Match, string) {
	isName := kind != KindTerm && kind != ""
	// Names, and phrases of two words or more, also match another spelling of a lexicon name
	// (أميركا اللاتينية for أمريكا اللاتينية): every word that differs keeps its first
	// letter and its last two, which one common word rarely matches and a phrase of them
	// hardly ever.
	lookup := names.Lookup
	if isName || strings.Contains(strings.TrimSpace(term), " ") {
		lookup = names.LookupVariant
	}
	if m, ok := lookup(term); ok && (isName || termSource(m.Source)) && trusted(term, kind, m.Source) {
		switch {
		case m.Variant:
			m.Also = ""
			return m, SourceLexicon + m.Source + anotherSpelling
		case m.Headed:
			return m, SourceLexicon + m.Source + " with a generic word"
		}
		return m, SourceLexicon + m.Source
	}
	if isName {
		if m, ok := names.Acronym(term); ok {
			return m, SourceLexicon + m.Source
		}
	}
	// One word the news lexicon does not know is a foreign name: written with the spellings
	// of person-name words (هيتشكوك → Hitchcock, فوكوشيما → Fukushima). Not for MISC, whose
	// one-word names are products and events as often.
	if (kind == KindTerm || kind == "LOC" || kind == "ORG") && unknownWord(term) {
		if m, ok := names.Compose(term); ok {
			return m, SourceLexicon + m.Source
		}
	}
	if kind == "PERS" {
		if m, ok := names.Compose(term); ok {
			return m, SourceLexicon + m.Source
		}
	}
	return names.Match{}, ""
}

// anotherSpelling ends the TargetSource of a lexicon name matched in another spelling
// (ليبريا for ليبيريا: "lexicon: cldr, another spelling").
const anotherSpelling = ", another spelling"

// lexiconSource returns the lexicon source a TargetSource names, read the same whether the
// name matched as written or in another spelling, and whether the target is the lexicon's.
func lexiconSource(targetSource string) (src string, ok bool) {
	src, ok = strings.CutPrefix(targetSource, SourceLexicon)
	return strings.TrimSuffix(src, anotherSpelling), ok
}

// unknownWord reports whether a term is one word, without the article, that the news lexicon
// of package arabic does not know, with or without a conjunction: a foreign name the tagger
// missed (هيتشكوك, فوكوشيما, ومونتسيرات) rather than an Arabic word that is also a name
// somewhere (نظام Nizam, أكبر Akbar, وأرجو). A feminine ending (عظيمة, فلورية) marks an
// Arabic word whatever the lexicon says.
func unknownWord(term string) bool {
	raw := strings.TrimSpace(term)
	w := arabic.Normalize(raw)
	if w == "" || strings.Contains(w, " ") || strings.HasPrefix(w, "ال") || strings.HasSuffix(raw, "ة") {
		return false
	}
	forms := []string{w, arabic.Key(w)}
	if rest, ok := strings.CutPrefix(w, "و"); ok {
		forms = append(forms, rest)
	} else if rest, ok := strings.CutPrefix(w, "ف"); ok {
		forms = append(forms, rest)
	}
	for _, f := range forms {
		if arabic.Frequency(f) > 0 {
			return false
		}
	}
	return true
}

// termSource reports whether a lexicon source is trusted for a term the tagger did not name.
func termSource(src string) bool {
	switch src {
	case names.SourceCLDR, names.SourceNationality, names.SourceLanguage, names.SourceCurated:
		return true
	}
	return false
}

// trusted reports whether a lexicon match of a given source is trusted for a term of a
// given kind. A one-word place of GeoNames or Wikipedia is not trusted for a person (ميليس is
// also Millis, Massachusetts), for a miscellaneous name (an event or a product: البوينغ), or
// when it has fewer than four letters (دير, بول are villages somewhere and words or names
// here) unless the tagger took it for a place and GeoNames, which lists cities, has it (غزة). A nationality adjective the tagger did not name must carry the article (الكينية):
// without it the word is as often another word (مالية, financial, is not Malian).
func trusted(term, kind, src string) bool {
	oneWord := !strings.Contains(strings.TrimSpace(term), " ")
	if placeSource(src) && oneWord {
		if kind == "PERS" || kind == "MISC" ||
			utf8.RuneCountInString(wordKey(term)) < 4 && (kind != "LOC" || src != names.SourceGeoNames) {
			return false
		}
	}
	if src == names.SourceLanguage && (kind == "PERS" || kind == "LOC" || kind == "ORG") {
		return false // a language name tagged as a person or place is another word (كومي, Komi)
	}
	if kind == KindTerm && src == names.SourceNationality && oneWord {
		return strings.HasPrefix(arabic.StripProclitics(arabic.Normalize(term)), "ال")
	}
	return true
}

// placeSource reports whether a lexicon source lists places only: a one-word person's name
// found there is most often a namesake town (ميليس, Millis).
func placeSource(src string) bool {
	switch src {
	case names.SourceGeoNames, names.SourcePlace, names.SourceRegion:
		return true
	}
	return false
}

// Guess is the last resort for a person's or place's name that no list knows: a
// romanisation (arabic.Romanize), kept apart from the target so that a translator can tell a known
// English form from a guess. Other terms get no guess.
func Guess(term, kind string) string {
	if kind != "PERS" && kind != "LOC" {
		return ""
	}
	return arabic.Romanize(term)
}

// termKey is the key of a phrase: the wordKey of each word, space-separated.
func termKey(s string) string {
	var parts []string
	for _, t := range arabic.Tokens(s) {
		if t.Kind == arabic.Word {
			parts = append(parts, wordKey(t.Text))
		} else if t.Kind != arabic.Punct {
			parts = append(parts, arabic.Normalize(t.Text))
		}
	}
	return strings.Join(parts, " ")
}

// preloadNames starts reading the name lexicon in the background, once, so that its cost
// overlaps the tagging and collection that come before the first target.
var preloadNames = sync.OnceFunc(func() { go names.Load() })

// targetOf fills e's target as target does. tagged is the type the tagger mostly gave the
// entry (see buildEntry): a name whose kind the glossary left out, the tagger being unsure of
// it, is looked up as that type (الموصل → Mosul), except that a single word with the article
// is not composed from name words, as a common word the tagger took for a name would be
// (الكمان, "the violin", as Mann). On UN dev and PUD (scripts/glossary_targets.py) that
// leaves out 1 and 2 right targets of 371 and 248, and 1 and 2 of 420 and 291 suggestions.
func (o Options) targetOf(e *Entry, tagged string) {
	if e.Kind != KindTerm || tagged == "" {
		o.target(e)
		return
	}
	e.Kind = tagged
	o.target(e)
	e.Kind = KindTerm
	if strings.HasPrefix(e.TargetSource, SourceLexicon+names.SourceComposed) && definite(e.Term) && !strings.Contains(e.Term, " ") {
		e.Target, e.TargetSource, e.TargetAlso, e.TargetGuess = "", "", "", ""
	}
}

// target fills e's target: from the termbase, else the translation memory, else the name
// lexicon (Suggest); a name with none of these gets a romanisation as its TargetGuess. A
// one-word name composed from name-word spellings on too little evidence
// (uncertainComposition) gets that composition as its TargetGuess instead of its target,
// with TargetSource SourceUncertain.
func (o Options) target(e *Entry) {
	forms := make([]string, len(e.Forms)+1)
	forms[0] = e.Term
	for i, f := range e.Forms {
		forms[i+1] = f.Text
	}
	if t, ok := o.Termbase.Target(forms...); ok {
		e.Target, e.TargetSource = t, SourceTermbase
		return
	}
	if t, n, ok := o.TM.Target(forms...); ok {
		e.Target, e.TargetSource = t, fmt.Sprintf("tm: %d units", n)
		return
	}
	m, source := suggest(e.Term, e.Kind)
	e.Target, e.TargetSource, e.TargetAlso = m.English, source, m.Also
	if uncertainComposition(e) {
		e.TargetGuess, e.Target, e.TargetSource = e.Target, "", SourceUncertain
		return
	}
	if e.Target == "" {
		e.Target, e.TargetSource = formTarget(e)
	}
	if e.Target == "" {
		e.TargetGuess = Guess(e.Term, e.Kind)
	}
}

// formTarget is, for a person's name the lexicon cannot write whole, the English of the
// short form by which the text also names them, and where it comes from, marked with the
// form: ملادينوف in a text about نيكولاي ملادينوف, whose given name has no certain English
// spelling, gives "Mladenov", "lexicon: name-words, of the short form ملادينوف". Short forms
// are tried most frequent first; another spelling of the whole term is not tried, as a term's
// form without the article would be read as a foreign name (البنات, بنات: Beñat). Nor is a
// short form that follows a name particle in the term: in سمير بن عمر the family name is بن
// عمر, and "Omar" would name someone else.
func formTarget(e *Entry) (target, source string) {
	if e.Kind != "PERS" {
		return "", ""
	}
	termWords := strings.Fields(e.Term)
	for _, f := range e.Forms {
		fw := strings.Fields(f.Text)
		if len(fw) >= len(termWords) {
			continue
		}
		if before := termWords[len(termWords)-len(fw)-1]; strings.HasSuffix(e.Term, " "+f.Text) && nameWords()[wordKey(before)] == nameParticle {
			continue
		}
		if t, src := Suggest(f.Text, e.Kind); t != "" {
			return t, src + ", of the short form " + f.Text
		}
	}
	return "", ""
}

// placeName reports whether a lexicon source names countries and regions (the nationality
// lists hold some: فلسطين → Palestine).
func placeName(src string) bool {
	return src == names.SourceCLDR || src == names.SourceCurated || src == names.SourceNationality
}

// placeAdjective reports whether a single word is the nisba adjective of a country or region
// that the name lexicon knows (الفلسطينية of فلسطين, الروسي of روسيا, الصينيون of الصين,
// الأوروبية of أوروبا) and that the lexicon translates as an adjective of its own. English
// writes such a word with a capital and a translator must spell it as the country's
// adjective, so it is a term however common it is in news. The word must be read as the
// adjective of a name of the lexicon's country lists, not as another word that shares its
// letters: المالية is "financial" far more often than "Malian", and مال is no place.
func placeAdjective(term string) bool {
	w := arabic.Normalize(strings.TrimSpace(term))
	if w == "" || strings.Contains(w, " ") {
		return false
	}
	adj, ok := names.Lookup(w)
	if !ok || adj.Source != names.SourceNationality && adj.Source != names.SourceCurated {
		return false
	}
	bare := strings.TrimPrefix(w, "ال")
	for _, end := range []string{"يون", "يين", "يه", "ي"} {
		stem, ok := strings.CutSuffix(bare, end)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		for _, base := range []string{stem, stem + "ا", stem + "يا", "ال" + stem} {
			if m, ok := names.Lookup(base); ok && !m.Headed && m.English != adj.English && placeName(m.Source) {
				return true
			}
		}
		return false
	}
	return false
}

// Minimum evidence for a one-word name composed from name-word spellings and seen once in the
// text: its spelling must be seen oneWordMinCount times in the name lists and make
// oneWordMinShare of the word's spellings there. A name of several words is checked by each
// of them and by the words agreeing on one person; a single word has nothing else behind it,
// and a tagger that names it once may have named an ordinary word, a misspelling or a
// namesake: فوزة is Fawza once in the lists, سيندي is Cindy in about four spellings of five.
const (
	oneWordMinCount = 3
	oneWordMinShare = 0.85
)

// uncertainComposition reports whether e's target is a one-word name composed from
// name-word spellings (names.Compose) on too little evidence to stand as a target: the
// text names it once, and the lists spell the word that way rarely (fewer than
// oneWordMinCount times) or disagree on its spelling (less than oneWordMinShare).
func uncertainComposition(e *Entry) bool {
	if e.TargetSource != SourceLexicon+names.SourceComposed || e.Frequency > 1 ||
		strings.Contains(strings.TrimSpace(e.Term), " ") {
		return false
	}
	n, total, ok := names.WordEvidence(e.Term)
	return !ok || n < oneWordMinCount || float64(n) < oneWordMinShare*float64(total)
}
