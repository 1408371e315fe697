package arabic

import (
	"strings"
	"unicode/utf8"
)

// proclitics lists the prefix sequences SplitClitics tries, longest first. "لل" is ل + ال with
// the article's alef dropped.
var proclitics = []string{
	"وبال", "وكال", "فبال", "فكال", "فلل", "ولل",
	"وال", "فال", "بال", "كال", "لل", "وس", "فس",
	"ال", "وب", "وك", "ول", "فب", "فك", "فل",
	"و", "ف", "ب", "ك", "ل", "س",
}

// enclitics are the pronoun suffixes split for matching. ه and ي are left alone: after
// folding, ه is also the ta marbuta (مدرسه) and ي the nisba ending (عربي).
var enclitics = []string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا"}

// neverSplit holds words whose first letters look like clitics but are not: the name of God
// and the relative pronouns, which are written with a fused article.
var neverSplit = map[string]bool{
	"الله": true, "اللهم": true, "لله": true, "الذي": true, "التي": true,
	"الذين": true, "اللذين": true, "اللتين": true, "اللاتي": true, "اللواتي": true, "اللتان": true, "اللذان": true,
}

// shortFunctionWords are the two-letter words a proclitic may leave behind (normalised). The
// stopword list is not used here: it also holds fragments such as ين.
var shortFunctionWords = map[string]bool{
	"ما": true, "من": true, "لا": true, "لم": true, "لن": true, "له": true, "لي": true,
	"لك": true, "هو": true, "هي": true, "هم": true, "هن": true, "كم": true, "كل": true,
	"قد": true, "عن": true, "في": true, "مع": true, "ذا": true, "نا": true, "ها": true,
	"ان": true, "او": true, "اي": true, "ثم": true, "بل": true, "هل": true, "لو": true,
}

// Thresholds of the lexicon guard. minKnown is the count from which a word counts as known
// (the lexicon keeps words seen at least 3 times). A proclitic is split off only when the
// remainder is at least a quarter as frequent as the whole word (with and without the article):
// a real clitic form is rarer than its host (ووزير 78 times, وزير 1,776).
const (
	minKnown   = 3
	hostFactor = 4
)

// SplitClitics splits a normalised word (see [Normalize]) into its proclitics, its stem and a
// pronoun suffix; the parts always concatenate back to w. The guard, in order:
//   - stopwords, the name of God and the relative pronouns are never split (a stopword behind
//     و or ف loses only the conjunction: وفي → و + في);
//   - a word the corpus also shows with the article is a word, not clitic + word: وطن (الوطن),
//     بحر (البحر), فكره (الفكره); a stopword behind و/ف yields to this only when the definite
//     form is at least a quarter as frequent (والي, governor, stays whole as الوالي is common);
//   - the article needs three letters after it (two when the definite form is known), and is
//     not split from words spelt with a hamza-alef (ألمانيا، ألعاب: the lexicon marks them);
//   - the article is not split off when what it leaves is unknown and the word is a known
//     word with a pronoun suffix, which never follows the article (والدتها: والدة + ها);
//   - لل is ل + ال unless news knows the rest only with the ل kept: للجنة is ل + لجنة (for the
//     committee), not ل + ال + جنة (paradise), and so are للاجئين، للاعب، لليبيا، لليلة;
//   - other proclitics need a known remainder at least a quarter as frequent as the whole word,
//     of three letters or more unless it is a function word (بما → ب + ما, but كين stays
//     whole), and the future marker س needs an imperfect verb after it;
//   - و or ف followed by a word that is itself unsplittable stays a bare conjunction: ولبنان is
//     و + لبنان, not ول + بنان.
func SplitClitics(w string) (prefix, stem, suffix string) {
	prefix, stem = splitProclitics(w)
	stem, suffix = splitEnclitic(stem)
	return prefix, stem, suffix
}

// StripProclitics removes conjunction, preposition and future clitics but keeps the article:
// "والكويت" → "الكويت", "للكويت" → "الكويت". The word must be normalised.
func StripProclitics(w string) string {
	prefix, stem := splitProclitics(w)
	return stripped(w, prefix, stem)
}

// stripped is StripProclitics(w) given w's proclitics and the rest.
func stripped(w, prefix, stem string) string {
	switch {
	case prefix == "":
		return w
	case strings.HasSuffix(prefix, "لل"), strings.HasSuffix(prefix, "ال"):
		return "ال" + stem
	}
	return stem
}

// Key is the matching key of a word: normalised, without proclitics or the article, so that
// الكويت, والكويت, بالكويت and كويت share one key. Suffixes are kept (see [Stem] for a looser key).
func Key(word string) string {
	_, stem := splitProclitics(Normalize(word))
	return stem
}

func splitProclitics(w string) (prefix, stem string) {
	if neverSplit[w] {
		return "", w
	}
	definite := int32(0) // how often the whole word appears with the article
	if !strings.HasPrefix(w, "ال") {
		definite = definiteCount(w)
	}
	if isStop, base := stopwordForm(w); isStop {
		if base != w && hostFactor*definite < wordCount(w) {
			return w[:len(w)-len(base)], base // وفي → و + في
		}
		return "", w
	}
	if definite >= minKnown {
		return "", w // the word itself takes the article
	}
	whole := familyCount(w)
	for _, p := range proclitics {
		if len(w) <= len(p) || !strings.HasPrefix(w, p) {
			continue
		}
		rest := w[len(p):]
		n := utf8.RuneCountInString(rest)
		if strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل") {
			if hamzaLamDefinite(rest) {
				continue // ألمانيا: the ال belongs to the word
			}
			if !knownHost(rest) {
				if strings.HasSuffix(p, "لل") && knownHost(w[len(p)-len("ل"):]) {
					continue // للجنة is ل + لجنة (for the committee), not ل + ال + جنة (paradise)
				}
				if knownWithPronoun(w) {
					continue // والدتها is والدة + ها (her mother), not و + ال + دتها
				}
			}
			if n >= 3 || (p == "ال" && n == 2 && definiteCount(rest) >= minKnown) {
				return p, rest
			}
			continue
		}
		if n < 2 || (strings.HasPrefix(rest, "ال") && !hamzaLam(rest) && !neverSplit[rest]) {
			// و+الد is والد, not a clitic: an article after the clitic is tried above.
			continue
		}
		if n == 2 && !shortFunctionWords[rest] {
			continue // two letters left: only a function word (بما → ب + ما), not كين → ك + ين
		}
		if strings.HasSuffix(p, "س") && !hasImperfectPrefix(rest) {
			continue // the future marker only comes before an imperfect verb prefix
		}
		known := hostCount(rest)
		if known < minKnown || hostFactor*known < whole {
			continue
		}
		if len(p) > len("و") && (p[:len("و")] == "و" || p[:len("ف")] == "ف") {
			// ول+بنان or و+لبنان: keep the longer prefix only if what follows the
			// conjunction splits on its own.
			alt := w[len("و"):]
			if ap, _ := splitProclitics(alt); ap == "" && familyCount(alt) >= known {
				return p[:len("و")], alt
			}
		}
		return p, rest
	}
	return "", w
}

// hostCount is how often news uses rest, what a proclitic leaves of a word, bare or with the
// article; when rest is rare, its stem's count without a pronoun suffix (وحكومتها: clitic and
// suffix together are rare; the remainder is judged by حكومة).
func hostCount(rest string) int32 {
	known := familyCount(rest)
	if known < minKnown {
		if stem, suffix := splitEnclitic(rest); suffix != "" {
			known = stemCount(stem)
		}
	}
	return known
}

// stemCount is how often news uses stem, a word less its pronoun suffix, whose ta marbuta is
// written ت before the suffix (حكومت: حكومة).
func stemCount(stem string) int32 {
	return max(familyCount(stem), familyCount(strings.TrimSuffix(stem, "ت")+"ه"))
}

// knownWithPronoun reports whether w is a word news knows followed by a pronoun suffix
// (والدتها: والدة + ها). ه counts here after ت (والدته: والدة + ه), where it cannot be a
// ta marbuta; not after ي, where it is the nisba's (الإلهية).
func knownWithPronoun(w string) bool {
	for _, s := range enclitics {
		if stem, ok := strings.CutSuffix(w, s); ok && utf8.RuneCountInString(stem) >= 3 && stemCount(stem) >= minKnown {
			return true
		}
	}
	stem, ok := strings.CutSuffix(w, "ته")
	return ok && utf8.RuneCountInString(stem) >= 2 && familyCount(stem+"ه") >= minKnown
}

// knownHost reports whether news uses rest (see hostCount).
func knownHost(rest string) bool { return hostCount(rest) >= minKnown }

func splitEnclitic(w string) (stem, suffix string) {
	if IsStopword(w) {
		return w, ""
	}
	whole := wordCount(w)
	for _, s := range enclitics {
		if !strings.HasSuffix(w, s) {
			continue
		}
		rest := w[:len(w)-len(s)]
		if utf8.RuneCountInString(rest) < 3 {
			continue
		}
		known := wordCount(rest)
		if strings.HasSuffix(rest, "ت") {
			// حكومتها: the ta marbuta is written ت before a suffix.
			known = max(known, wordCount(strings.TrimSuffix(rest, "ت")+"ه"))
		}
		if known >= minKnown && hostFactor*known >= whole {
			return rest, s
		}
	}
	return w, ""
}

// familyCount counts a word with and without the article: وطن is rare in news but الوطن is
// not, and that is what shows و+طن to be a false split.
func familyCount(w string) int32 {
	if strings.HasPrefix(w, "ال") {
		return wordCount(w)
	}
	return wordCount(w) + definiteCount(w)
}

// definiteCount is wordCount("ال"+w) without building the string on the heap.
func definiteCount(w string) int32 {
	var buf [64]byte
	b := append(append(buf[:0], "ال"...), w...)
	lexiconOnce.Do(loadLexicon)
	return lexicon[string(b)]
}

// hamzaLamDefinite is hamzaLam("ال"+w) without building the string on the heap.
func hamzaLamDefinite(w string) bool {
	var buf [64]byte
	b := append(append(buf[:0], "ال"...), w...)
	lexiconOnce.Do(loadLexicon)
	return hamzaLamWords[string(b)]
}

// SinOfTheWord returns the key of the normalised word w when [Key] takes the future marker س
// off a noun: what it leaves begins as a first person's verb would (ا, ن) but news uses it with
// the article, as verbs never are (سنار is the town, not س + نار "fire"; ساهم "contributed",
// not س + أهم; سامراء). The key is the word less a conjunction before it (سامراء for
// وسامراء). Key itself keeps its reading: the entity tagger's model was trained with it, and
// retraining it moved names of the news the tagger is used on (see entity/doc.go).
func SinOfTheWord(w string) (key string, ok bool) {
	if !strings.HasPrefix(w, "س") && !strings.HasPrefix(w, "وس") && !strings.HasPrefix(w, "فس") {
		return "", false // no proclitic ends in س (see proclitics): spare splitProclitics
	}
	prefix, rest := splitProclitics(w)
	if !strings.HasSuffix(prefix, "س") || !strings.HasPrefix(rest, "ا") && !strings.HasPrefix(rest, "ن") ||
		definiteCount(rest) < minKnown {
		return "", false
	}
	return w[len(prefix)-len("س"):], true
}

func hasImperfectPrefix(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا'
}
