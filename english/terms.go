package english

import (
	_ "embed"
	"strings"
	"sync"
)

// Term is a glossary candidate: a run of adjectives ending in nouns (JJ* NN+), or a run of
// proper nouns (NNP+), with byte offsets into the text.
type Term struct {
	Text       string
	Start, End int
	Proper     bool // a proper-noun run: a name
}

// maxTermWords bounds candidates, as for Arabic terms.
const maxTermWords = 4

// Terms returns the term candidates of text found by part-of-speech patterns over prose's
// tags. Candidates never start or end with a stopword.
func Terms(text string) ([]Term, error) {
	toks, err := analyse(text)
	if err != nil {
		return nil, err
	}
	type tagged struct {
		start, end int
		tag, word  string
		ok         bool
	}
	a := aligner{text: text}
	tt := make([]tagged, len(toks))
	for i, t := range toks {
		s, e, ok := a.match(t.Text)
		tt[i] = tagged{s, e, t.Tag, t.Text, ok}
	}
	var out []Term
	// A token is a stopword by prose's word or by the text it was aligned to: prose may
	// rewrite characters (‘A becomes 'A, whose text is the stopword A).
	stop := func(k int) bool {
		return stopToken(tt[k].word) || tt[k].ok && stopToken(text[tt[k].start:tt[k].end])
	}
	emit := func(from, to int, proper bool) { // tokens [from, to)
		for from < to && stop(from) {
			from++
		}
		for to > from && stop(to-1) {
			to--
		}
		if from >= to || to-from > maxTermWords {
			return
		}
		for k := from; k < to; k++ {
			if !tt[k].ok {
				return
			}
			// Tokens prose dropped (it drops some quotation marks and what follows them) leave
			// text between two tagged ones: a term is a run of adjacent words.
			if k > from && strings.TrimSpace(text[tt[k-1].end:tt[k].start]) != "" {
				return
			}
		}
		s, e := tt[from].start, tt[to-1].end
		if last := tt[to-1].word; endsWithStop(last) && strings.Count(last, ".") == 1 && len(last) > 2 {
			e-- // a sentence's full stop glued to its last word ("War."), not an abbreviation ("U.S.")
		}
		out = append(out, Term{Text: text[s:e], Start: s, End: e, Proper: proper})
	}
	for i := 0; i < len(tt); {
		switch {
		case isProperNoun(tt[i].tag):
			j := i + 1
			for j < len(tt) && isProperNoun(tt[j].tag) && !endsWithStop(tt[j-1].word) {
				j++
			}
			emit(i, j, true)
			i = j
		case isAdjective(tt[i].tag) || isCommonNoun(tt[i].tag):
			j := i
			for j < len(tt) && isAdjective(tt[j].tag) {
				j++
			}
			k := j
			for k < len(tt) && isCommonNoun(tt[k].tag) {
				k++
			}
			if k > j {
				emit(i, k, false)
			}
			i = max(k, i+1)
		default:
			i++
		}
	}
	return out, nil
}

// endsWithStop reports whether a token ends with a full stop: a run of names ends there
// ("Gulf War." then "Military").
func endsWithStop(w string) bool { return len(w) > 1 && strings.HasSuffix(w, ".") }

// stopToken reports a stopword token, with its full stop ("Mr.", "Dr.") or without: the stop
// is cut from a term's last word, so "Mr." alone must not become the term "Mr".
func stopToken(w string) bool { return IsStopword(w) || IsStopword(strings.TrimSuffix(w, ".")) }

func isProperNoun(tag string) bool { return tag == "NNP" || tag == "NNPS" }
func isCommonNoun(tag string) bool { return tag == "NN" || tag == "NNS" }
func isAdjective(tag string) bool  { return tag == "JJ" || tag == "JJR" || tag == "JJS" }

//go:embed data/stopwords.txt
var stopwordsTxt string

var stopwords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(stopwordsTxt) {
		m[w] = true
	}
	return m
})

// IsStopword reports whether w is an English function word (case-insensitive).
func IsStopword(w string) bool { return stopwords()[strings.ToLower(w)] }
