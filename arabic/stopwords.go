package arabic

import (
	_ "embed"
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
// forms of its entries (و+في, ف+إن...).
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

func loadStopwords() {
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
		if strings.Contains(n, " ") {
			continue
		}
		for _, c := range []string{"و", "ف"} {
			if _, listed := stopwords[c+n]; !listed {
				stopwords[c+n] = n
			}
		}
	}
}
