package arabic

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/lexicon.txt.gz
var lexiconGz []byte

var (
	lexiconOnce sync.Once
	lexicon     map[string]int32
	// hamzaLamWords holds normalised words starting with ال that the corpus spells with a
	// hamza-alef (ألمانيا → المانيا): their ال is part of the word, not the article.
	hamzaLamWords map[string]bool
)

// wordCount returns how often the normalised word w occurred in the lexicon's corpus (0 when
// unknown). The lexicon is parsed on first use.
func wordCount(w string) int32 {
	lexiconOnce.Do(loadLexicon)
	return lexicon[w]
}

// hamzaLam reports whether the normalised word w is spelt أل/إل/آل in the corpus.
func hamzaLam(w string) bool {
	lexiconOnce.Do(loadLexicon)
	return hamzaLamWords[w]
}

// loadLexicon parses lines "WORD<TAB>COUNT[<TAB>h]" written by internal/mklexicon.
func loadLexicon() {
	lexicon = make(map[string]int32, 32000)
	hamzaLamWords = make(map[string]bool, 64)
	zr, err := gzip.NewReader(bytes.NewReader(lexiconGz))
	if err != nil {
		return // the embedded file is built by mklexicon; a broken build fails lexicon_test
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		lexicon[fields[0]] = int32(n)
		if len(fields) > 2 && fields[2] == "h" {
			hamzaLamWords[fields[0]] = true
		}
	}
}

// Frequency returns how often the normalised word w, bare or with the article, occurred in
// the news corpus the embedded lexicon was counted on (the ANT corpus; words seen fewer than
// three times are not listed and give 0). A spelling the news never uses is most often a
// misspelling or a rare transliteration.
func Frequency(w string) int { return int(familyCount(w)) }
