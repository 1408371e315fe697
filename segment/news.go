package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/news"
)

// layout marks the units of a news article: a dateline or byline at its start becomes a unit of
// its own (never glued to the first sentence), and credits and page furniture are marked
// wherever they stand as a unit. See package news for the recognisers.
//
// The lead — where a dateline may stand — is the start of a line among the article's first
// lines: after page furniture and after a headline (a line of at most maxHeadlineWords words
// that ends with neither a terminator nor a colon, "جزيرة "زمبرة".. محمية بيئية" included), and it ends
// with the first line of running text, or once a dateline has been cut from a sentence.
type layout struct {
	plain bool // Options.Plain: no marking
	done  bool // the lead is over
	lines int  // lines of running text seen in the lead
	words int  // words of running text in the current line
	open  bool // the current line's last running text does not end with a terminator
	ended int  // units of running text seen that end with a terminator (sentences)
}

// maxHeadlineWords is the longest line of running text the lead may pass over as a headline.
const maxHeadlineWords = 20

// units appends the units of sentence s to dst: s itself, marked, or s cut into furniture,
// dateline and text. lineStart says that s begins a line.
func (l *layout) units(dst []Sentence, s Sentence, lineStart bool) []Sentence {
	if l.plain {
		return append(dst, s)
	}
	if !l.done && lineStart && l.words > 0 {
		// A line of running text has ended: it was a headline or the lead is over.
		if l.lines++; l.lines >= 2 || !l.open || l.words > maxHeadlineWords {
			l.done = true
		}
		l.words = 0
	}
	if l.done {
		return l.classify(dst, s)
	}
	if lineStart {
		if n := news.LeadingFurniture(s.Text); n > 0 {
			f := head(s, n)
			f.Kind = news.Furniture
			dst = append(dst, f)
			s = tail(s, n)
		}
		if n := news.DatelineEnd(s.Text); n > 0 {
			if n == len(s.Text) { // a byline or date line: the dateline may go on in the next line
				s.Kind = news.Dateline
				return append(dst, s)
			}
			d := head(s, n)
			d.Kind = news.Dateline
			l.done = true
			t := tail(s, n)
			if EndsSentence(t.Text) {
				l.ended++
			}
			return append(dst, d, t)
		}
	}
	n := len(dst)
	dst = l.classify(dst, s)
	if t := dst[n]; t.Kind == news.Text {
		l.words += arabic.CountWords(t.Text)
		l.open = !EndsSentence(t.Text) && !strings.HasSuffix(t.Text, ":")
	}
	return dst
}

// classify appends s marked as a whole credit or furniture unit, or as text with a trailing
// bracketed credit cut off as a unit of its own.
func (l *layout) classify(dst []Sentence, s Sentence) []Sentence {
	if s.Kind = news.Classify(s.Text); s.Kind != news.Text {
		return append(dst, s)
	}
	// After the article's first sentence, a credit before a sentence's full stop is cut too
	// ("… تستمر (واس)."); the first sentence keeps its text whole.
	credit := news.TrailingCredit
	if l.ended > 0 {
		credit = news.ClosingCredit
	}
	if cut, kind := credit(s.Text); cut > 0 {
		c := tail(s, cut)
		c.Kind = kind
		return append(dst, head(s, cut), c)
	}
	if EndsSentence(s.Text) {
		l.ended++
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

// EndsSentence reports whether s ends with a sentence terminator, possibly followed by closing
// quotes or brackets (a line without one is a headline or a line wrapped inside a sentence).
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"'”’»)]}")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '؟', '…', '۔':
		return true
	}
	return false
}

// MarkNews marks the news units of sentences of text that another splitter found (English text
// split by prose, say), as Split does for its own: the dateline at the start cut off as a unit of
// kind news.Dateline, credits and page furniture marked. Offsets stay offsets into text.
func MarkNews(text string, sents []Sentence) []Sentence {
	var l layout
	out := make([]Sentence, 0, len(sents)+2)
	prev := 0
	for i, s := range sents {
		s.Kind = news.Text
		lineStart := i == 0
		if !lineStart && prev <= s.Start && s.Start <= len(text) {
			lineStart = strings.ContainsAny(text[prev:s.Start], "\n\r")
		}
		out = l.units(out, s, lineStart)
		prev = s.End
	}
	return out
}
