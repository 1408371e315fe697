package arabic

import (
	"strings"
	"unicode/utf8"
)

// stemSuffixes are Light10's suffixes (Larkey et al.) after folding (ة→ه, ية→يه), tried in order.
var stemSuffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"}

// Stem returns a light stem of a normalised word for matching: guarded proclitics and the
// article off (see [SplitClitics]), a pronoun suffix off, then Light10's suffix list applied
// once in order, each only if three letters or more remain (Light10 allows two; three keeps
// short roots apart; ان only when the remainder is a known word at least a quarter as
// frequent: a dual, not لبنان). Stopwords and the words SplitClitics never splits are returned
// whole.
func Stem(w string) string {
	_, rest := splitProclitics(w)
	return stemOf(w, rest)
}

// Forms returns StripProclitics(w), Key(w) and Stem(w) of a normalised word, finding its
// clitics once: for callers that need all three, such as the entity tagger.
func Forms(w string) (bare, key, stem string) {
	prefix, rest := splitProclitics(w)
	return stripped(w, prefix, rest), rest, stemOf(w, rest)
}

// stemOf is Stem(w), given the word without its proclitics.
func stemOf(w, rest string) string {
	if neverSplit[w] || IsStopword(w) {
		return w
	}
	stem, suffix := splitEnclitic(rest)
	if suffix != "" && strings.HasSuffix(stem, "ت") {
		// حكومتها → حكومه: the ta marbuta is written ت before a pronoun suffix.
		if alt := strings.TrimSuffix(stem, "ت") + "ه"; wordCount(alt) > wordCount(stem) {
			stem = alt
		}
	}
	for _, s := range stemSuffixes {
		if !strings.HasSuffix(stem, s) || utf8.RuneCountInString(stem)-utf8.RuneCountInString(s) < 3 {
			continue
		}
		rest := stem[:len(stem)-len(s)]
		if s == "ان" && hostFactor*familyCount(rest) < familyCount(stem) {
			continue // لبنان, سلطان, برلمان: names and nouns ending in ان, not duals
		}
		stem = rest
	}
	return stem
}
