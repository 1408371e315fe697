package idf

import (
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// Analyser names the analysis [Terms] applies; it is written into model files and must match
// when a model is read. Change it whenever Terms changes what it returns.
const Analyser = "arabic-stem-1"

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
		n := arabic.Normalize(t.Text)
		if arabic.IsStopword(n) {
			return "", false
		}
		s := arabic.Stem(n)
		if utf8.RuneCountInString(s) < 2 || arabic.IsStopword(s) {
			return "", false
		}
		return s, true
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
