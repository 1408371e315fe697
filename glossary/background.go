package glossary

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
)

// data/background.tsv.gz holds, for each term (see BackgroundKeys), the number of documents of the ANT news
// corpus v1.1 (Chouigui et al. 2017, Apache-2.0; data/background.LICENSE) that contain it,
// made by internal/mkbackground. It is the default background: words that news uses
// everywhere (المناقشات, الجهود) weigh less than those particular to a text.
//
//go:embed data/background.tsv.gz
var backgroundGz []byte

var (
	backgroundOnce sync.Once
	backgroundDF   map[string]int32
	backgroundDocs float64
)

func loadBackground() {
	backgroundDF = map[string]int32{}
	zr, err := gzip.NewReader(bytes.NewReader(backgroundGz))
	if err != nil {
		return // a broken table only means no weighting; TestBackgroundTable catches it
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "\t")
		n, err := strconv.Atoi(v)
		if !ok || err != nil {
			continue
		}
		if k == "documents" {
			backgroundDocs = float64(n)
			continue
		}
		backgroundDF[k] = int32(n)
	}
}

// BackgroundKeys returns the set of terms of text that the default background counts: the
// terms idf.Terms finds (normalised, clitic-split, light-stemmed content words), so that
// plural and singular (مناقشات, مناقشة) share a count. internal/mkbackground uses it, so that
// the table and the lookups analyse words the same way; if the arabic package's analysis
// changes, words whose stem moved only lose their weight, nothing breaks.
func BackgroundKeys(text string) map[string]struct{} {
	keys := map[string]struct{}{}
	idf.Terms(text, func(t string) { keys[t] = struct{}{} })
	return keys
}

// defaultIDF is the smoothed IDF of a term in the embedded background:
// ln((1+N)/(1+df)) + 1, the form idf.Model uses, so unseen terms weigh the most.
func defaultIDF(term string) float64 {
	backgroundOnce.Do(loadBackground)
	if backgroundDocs == 0 {
		return 1
	}
	return math.Log((1+backgroundDocs)/(1+float64(backgroundDF[term]))) + 1
}

// embeddedBackground is the default Background.
type embeddedBackground struct{}

func (embeddedBackground) IDF(term string) float64 { return defaultIDF(term) }

// backgroundShare is the share of the embedded background's documents that contain term (as
// idf.Term analyses a word): 0 for a word news never uses, near 1 for في.
func backgroundShare(term string) float64 {
	backgroundOnce.Do(loadBackground)
	if backgroundDocs == 0 {
		return 0
	}
	return float64(backgroundDF[term]) / backgroundDocs
}

// commonShare is the share of news articles from which a word counts as common: a single
// word the tagger did not name is no glossary entry when one news article in commonShare⁻¹
// uses it (داخل, القرب, التصدي, العسكرية), and a short name in such words is only credited
// to a longer name where the tagger named it.
const commonShare = 0.01

// commonWord reports whether every word of text is common in news (see commonShare).
func commonWord(text string) bool {
	n := 0
	for _, t := range arabic.Tokens(text) {
		w, ok := idf.Term(t)
		if !ok {
			continue
		}
		if _, own := arabic.SinOfTheWord(arabic.Normalize(t.Text)); own {
			return false // سنار: the background counted it as نار (fire)
		}
		if backgroundShare(w) < commonShare {
			return false
		}
		n++
	}
	return n > 0
}
