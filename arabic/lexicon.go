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
)

// wordCount returns how often the normalised word w occurred in the lexicon's corpus (0 when
// unknown). The lexicon is parsed on first use.
func wordCount(w string) int32 {
	lexiconOnce.Do(loadLexicon)
	return lexicon[w]
}

func loadLexicon() {
	lexicon = make(map[string]int32, 32000)
	zr, err := gzip.NewReader(bytes.NewReader(lexiconGz))
	if err != nil {
		return // the embedded file is built by mklexicon; a broken build fails lexicon_test
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		word, count, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(count)
		if err == nil {
			lexicon[word] = int32(n)
		}
	}
}
