package arabic

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed data/stopwords.txt
var stopwordsTxt string

var (
	stopwordsOnce sync.Once
	// stopwords maps every normalised stopword, and its forms behind و and ف, to the listed
	// (base) form.
	stopwords map[string]string
)

// IsStopword reports whether w (raw or normalised) is a function word: the embedded
// mohataher/arabic-stop-words list, compared after normalisation, plus the clitic-prefixed
// forms of its entries (و+في, ف+إن...) but those of the letters' names.
func IsStopword(w string) bool {
	stopwordsOnce.Do(loadStopwords)
	if _, ok := stopwords[w]; ok {
		return true
	}
	_, ok := stopwords[Normalize(w)]
	return ok
}

// stopwordForm reports whether the normalised word w is a stopword and returns its listed form
// (w itself, or w without a leading و/ف).
func stopwordForm(w string) (bool, string) {
	stopwordsOnce.Do(loadStopwords)
	base, ok := stopwords[w]
	return ok, base
}

// LetterNames returns the names of the letters as the stopword list spells them, ب to ي (باء,
// تاء... ياء); ألف, also "thousand", aside.
func LetterNames() []string { return slices.Clone(letterNames) }

var letterNames = strings.Fields("باء تاء ثاء جيم حاء خاء دال ذال راء زاي سين شين صاد ضاد طاء ظاء عين غين فاء قاف كاف لام ميم نون هاء واو ياء")

func loadStopwords() {
	// The letters' names take no و or ف: behind the conjunction they spell words and names
	// (وباء, an epidemic; وفاء, fulfilment and the name Wafaa; فنون, arts; وعين, and he
	// appointed), hardly ever "and the letter". راء keeps them: وراء is the preposition
	// "behind", which the list lacks.
	bare := map[string]bool{}
	for _, w := range letterNames {
		if w != "راء" {
			bare[Normalize(w)] = true
		}
	}
	stopwords = make(map[string]string, 2400)
	for _, line := range strings.Split(stopwordsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n := Normalize(line)
		if n == "" {
			continue
		}
		stopwords[n] = n
		if strings.Contains(n, " ") || bare[n] {
			continue
		}
		for _, c := range []string{"و", "ف"} {
			if _, listed := stopwords[c+n]; !listed {
				stopwords[c+n] = n
			}
		}
	}
}
