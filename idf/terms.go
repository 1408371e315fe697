package idf

import (
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/wordcache"
)

// analyserName names the analysis [Terms] applies. Change it whenever Terms changes by design.
const analyserName = "arabic-stem-1"

// probe holds words whose terms change when the normaliser, clitic splitter, stemmer or
// stopword list underneath Terms changes: clitics, the article, suffixes, ta marbuta, hamza
// forms, Persian letters, digits and stopwords.
const probe = "والكويت بالكويت للكويت الكويتي وأميركا أمريكا الإستراتيجية الاستراتيجيات والمعلمون " +
	"بمدرستها فسيكتبونها والد لبنان كتاب فلسطين الله المدينة مدينتهم الپنتاغون ٢٠٢٤ سيارات " +
	"المتحدة والولايات لشؤون وزارة بزيارة الدفاعية في من إلى على عن مع هذا التي الذي وقد كانت " +
	"The Gulf NATO"

var (
	analyserOnce sync.Once
	analyserID   string
)

// Analyser identifies the analysis [Terms] applies: its name and a CRC-32 of the terms of a
// fixed probe text, so that a change in package arabic underneath (a stemmer or stopword
// update) changes it too. It is written into model files, and a model made by another analyser
// is refused: its counts are keyed by different terms.
func Analyser() string {
	analyserOnce.Do(func() {
		h := crc32.NewIEEE()
		Terms(probe, func(t string) { h.Write([]byte(t + "\n")) })
		analyserID = fmt.Sprintf("%s+%08x", analyserName, h.Sum32())
	})
	return analyserID
}

// Terms calls fn with each content term of text, in order (repeats included). See the package
// documentation for what a term is.
func Terms(text string, fn func(term string)) {
	for _, t := range arabic.Tokens(text) {
		if term, ok := Term(t); ok {
			fn(term)
		}
	}
}

// Term returns the term of one token, or false when the token is not a content word.
func Term(t arabic.Token) (string, bool) {
	switch t.Kind {
	case arabic.Word:
		if w, seen := wordTerms.Get(t.Text); seen {
			return w.term, w.ok
		}
		term, ok := arabicTerm(t.Text)
		if wordTerms.Wants(t.Text) {
			// A clone: the term may be a slice of its document, which the table would keep alive.
			wordTerms.Add(t.Text, wordTerm{strings.Clone(term), ok})
		}
		return term, ok
	case arabic.Latin:
		if utf8.RuneCountInString(t.Text) < 2 {
			return "", false
		}
		return strings.ToLower(t.Text), true
	case arabic.Number:
		return arabic.Normalize(t.Text), true
	}
	return "", false
}

// wordTerms remembers the term of Arabic words met twice, up to maxWordTerms of them (some
// 10 MB, room for the spellings of a large news corpus): normalising, stemming and checking
// stopwords cost ten times as much as tokenising, and in news the most frequent spellings
// make most of the words. Other words are analysed each time; the answer is the same.
var wordTerms = wordcache.New[wordTerm](maxWordTerms)

const maxWordTerms = 1 << 17

type wordTerm struct {
	term string
	ok   bool
}

// arabicTerm is the term of an Arabic word, or false for a stopword or a stem under two letters.
func arabicTerm(word string) (string, bool) {
	n := arabic.Normalize(word)
	if arabic.IsStopword(n) {
		return "", false
	}
	return stemTerm(arabic.Stem(n))
}

// StemTerm is the term of an Arabic word (a [arabic.Word] token) that an analyser has taken
// apart already: norm is arabic.Normalize of the word and stem is arabic.Stem(norm). It is
// [Term] without the analysis, for a caller such as the entity tagger, whose word entries hold
// both forms.
func StemTerm(norm, stem string) (string, bool) {
	if arabic.IsStopword(norm) {
		return "", false
	}
	return stemTerm(stem)
}

// stemTerm is the term of a word that is no stopword, given its stem: false for a stem under
// two letters or a stopword.
func stemTerm(stem string) (string, bool) {
	if utf8.RuneCountInString(stem) < 2 || arabic.IsStopword(stem) {
		return "", false
	}
	return stem, true
}

// Word is a token of a text with its term: text[Start:End], and Term as [Term] gives it, ""
// when the token is not a content word (no term is empty).
type Word struct {
	Start, End int
	Term       string
}

// Words returns every token of text ([arabic.Tokens]) with its term, in order. A spelling that
// recurs is analysed once.
func Words(text string) []Word {
	toks := arabic.Tokens(text)
	words := make([]Word, len(toks))
	seen := make(map[string]string, len(toks)/2+1) // the terms of the text's Arabic words
	for i, t := range toks {
		words[i] = Word{Start: t.Start, End: t.End}
		if t.Kind == arabic.Word {
			term, ok := seen[t.Text]
			if !ok {
				term, _ = Term(t)
				seen[t.Text] = term
			}
			words[i].Term = term
		} else {
			words[i].Term, _ = Term(t)
		}
	}
	return words
}
