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
	stopwords     map[string]bool
)

// IsStopword reports whether w (raw or normalised) is a function word: the embedded
// mohataher/arabic-stop-words list, compared after normalisation, plus the clitic-prefixed
// forms of its entries (و+في, ف+إن...).
func IsStopword(w string) bool {
	stopwordsOnce.Do(loadStopwords)
	return stopwords[w] || stopwords[Normalize(w)]
}

func loadStopwords() {
	stopwords = make(map[string]bool, 2400)
	for _, line := range strings.Split(stopwordsTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		n := Normalize(line)
		stopwords[n] = true
		if !strings.Contains(n, " ") && !strings.HasPrefix(n, "و") && !strings.HasPrefix(n, "ف") {
			stopwords["و"+n] = true
			stopwords["ف"+n] = true
		}
	}
}
