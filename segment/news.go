package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/news"
)

// layout marks the units of a news article: a dateline or byline at its start becomes a unit of
// its own (never glued to the first sentence), and credits and page furniture are marked
// wherever they stand as a unit. See package news for the recognisers.
type layout struct {
	plain bool // Options.Plain: no marking
	done  bool // the article's lead is over: running text has begun
	texts int  // running-text units seen in the lead
}

// units appends the units of sentence s to dst: s itself, marked, or s cut into furniture,
// dateline and text.
func (l *layout) units(dst []Sentence, s Sentence) []Sentence {
	if l.plain {
		return append(dst, s)
	}
	if l.done {
		s.Kind = news.Classify(s.Text)
		return append(dst, s)
	}
	if n := news.LeadingFurniture(s.Text); n > 0 {
		f := head(s, n)
		f.Kind = news.Furniture
		dst = append(dst, f)
		s = tail(s, n)
	}
	if n := news.DatelineEnd(s.Text); n > 0 {
		if n == len(s.Text) { // a byline or date line: the dateline may go on in the next unit
			s.Kind = news.Dateline
			return append(dst, s)
		}
		d := head(s, n)
		d.Kind = news.Dateline
		l.done = true
		return append(dst, d, tail(s, n))
	}
	s.Kind = news.Classify(s.Text)
	if s.Kind == news.Text {
		// A headline (a line without final punctuation) may stand before the dateline; the
		// first real sentence ends the lead.
		if l.texts++; l.texts >= 2 || endsSentence(s.Text) {
			l.done = true
		}
	}
	return append(dst, s)
}

// head is s[:n] without the white space before n; tail is s[n:] (n is followed by no white space).
func head(s Sentence, n int) Sentence {
	t := strings.TrimRightFunc(s.Text[:n], unicode.IsSpace)
	s.Text, s.End = t, s.Start+len(t)
	s.Forced = false
	return s
}

func tail(s Sentence, n int) Sentence {
	s.Text = s.Text[n:]
	s.Start += n
	return s
}

// endsSentence reports whether s ends with a terminator, possibly followed by closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"'”’»)]}")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '؟', '…', '۔':
		return true
	}
	return false
}

// MarkNews marks the news units of sentences that another splitter found (English text split by
// prose, say), as Split does for its own: the dateline at the start cut off as a unit of kind
// news.Dateline, credits and page furniture marked. Offsets stay offsets into the same text.
func MarkNews(sents []Sentence) []Sentence {
	var l layout
	out := make([]Sentence, 0, len(sents)+2)
	for _, s := range sents {
		s.Kind = news.Text
		out = l.units(out, s)
	}
	return out
}
