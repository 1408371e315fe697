package arabic

import (
	"strings"
	"unicode/utf8"
)

// proclitics lists the prefix sequences SplitClitics tries, longest first. "لل" is ل + ال with
// the article's alef dropped.
var proclitics = []string{
	"وبال", "وكال", "فبال", "فكال", "وللل", "فلل", "ولل",
	"وال", "فال", "بال", "كال", "لل", "وس", "فس",
	"ال", "وب", "وك", "ول", "فب", "فك", "فل",
	"و", "ف", "ب", "ك", "ل", "س",
}

// enclitics are the pronoun suffixes split for matching. ه and ي are left alone: after
// folding, ه is also the ta marbuta (مدرسه) and ي the nisba ending (عربي).
var enclitics = []string{"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا"}

// neverSplit holds words whose first letters look like clitics but are not.
var neverSplit = map[string]bool{
	"الله": true, "اللهم": true, "لله": true, "بالله": false, "الذي": true, "التي": true,
	"الذين": true, "اللذين": true, "اللتين": true, "اللاتي": true, "اللواتي": true, "اللتان": true, "اللذان": true,
}

// SplitClitics splits a normalised word (see [Normalize]) into its proclitics, its stem and a
// pronoun suffix. A prefix is split only when the remainder is long enough and the embedded
// lexicon knows the remainder at least a quarter as well as the whole word; the article is
// split when at least three letters remain (two when the definite form is a known word). The
// parts always concatenate back to w.
func SplitClitics(w string) (prefix, stem, suffix string) {
	prefix, stem = splitProclitics(w)
	stem, suffix = splitEnclitic(stem)
	return prefix, stem, suffix
}

// StripProclitics removes conjunction, preposition and future clitics but keeps the article:
// "والكويت" → "الكويت", "للكويت" → "الكويت". The word must be normalised.
func StripProclitics(w string) string {
	prefix, stem := splitProclitics(w)
	switch {
	case prefix == "":
		return w
	case strings.HasSuffix(prefix, "لل"):
		return "ال" + stem
	case strings.HasSuffix(prefix, "ال"):
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
	if neverSplit[w] || IsStopword(w) {
		return "", w
	}
	whole := familyCount(w)
	for _, p := range proclitics {
		if len(w) <= len(p) || !strings.HasPrefix(w, p) {
			continue
		}
		rest := w[len(p):]
		n := utf8.RuneCountInString(rest)
		if strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل") {
			if n >= 3 || (n == 2 && wordCount("ال"+rest) >= 3) {
				return p, rest
			}
			continue
		}
		if n < 2 || strings.HasPrefix(rest, "ال") {
			// و+الد is والد, not a clitic: an article after the clitic is tried above.
			continue
		}
		if strings.HasSuffix(p, "س") && !hasImperfectPrefix(rest) {
			continue // the future marker only comes before an imperfect verb prefix
		}
		if known := familyCount(rest); known >= 3 && 4*known >= whole {
			return p, rest
		}
	}
	return "", w
}

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
		if known >= 3 && 4*known >= whole {
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
	return wordCount(w) + wordCount("ال"+w)
}

func hasImperfectPrefix(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r == 'ي' || r == 'ت' || r == 'ن' || r == 'ا'
}
