package english

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/segment"
)

// Split segments English text into sentences with prose's Punkt model, with byte offsets
// into text. As in the Arabic segmenter, a blank line ends a paragraph and a line that ends
// without terminal punctuation (a headline, a list item) ends its sentence. prose runs once
// over the whole text (it loads its model on every call); the line rules then add cuts.
func Split(text string) ([]segment.Sentence, error) {
	sents, err := sentenceTexts(text)
	if err != nil {
		return nil, err
	}
	// Each sentence ends where its last character aligns; what lies between two ends
	// belongs to the later sentence, so no character is lost or counted twice.
	var cuts []int
	a := aligner{text: text}
	for _, s := range sents {
		if _, end, ok := a.match(s); ok {
			cuts = append(cuts, end)
		}
	}
	bl := blocks(text)
	for _, b := range bl {
		cuts = append(cuts, b.end)
	}
	cuts = append(cuts, len(text))
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	cuts = keepListMarkers(text, cuts)

	var out []segment.Sentence
	from, bi, paragraph := 0, 0, 0
	for _, cut := range cuts {
		start, stop := trimSpan(text, from, cut)
		from = cut
		if start >= stop {
			continue
		}
		for bi < len(bl) && bl[bi].end <= start {
			bi++
		}
		if bi < len(bl) && bl[bi].start <= start && (bl[bi].newParagraph || paragraph == 0) && !bl[bi].counted {
			paragraph++
			bl[bi].counted = true
		}
		out = append(out, segment.Sentence{Text: text[start:stop], Start: start, End: stop, Paragraph: max(paragraph, 1)})
	}
	return out, nil
}

// keepListMarkers moves cuts so that list numbering stays with its item, as in the Arabic
// segmenter: Punkt ends a sentence after "51." at the start of an item ("51. The working
// group ...") and leaves a marker at the end of the sentence before it ("... at 12.40 p.m.
// 61."). A cut right after a lone marker is dropped; a marker that ends a sentence after a
// full stop is moved to the next sentence.
func keepListMarkers(text string, cuts []int) []int {
	out := cuts[:0:0]
	from := 0
	for i, cut := range cuts {
		start, end := trimSpan(text, from, cut)
		sent := text[start:end]
		last := i == len(cuts)-1
		switch {
		case !last && isListMarker(sent):
			continue // the marker joins the item after it
		case !last && endsInShortAbbreviation(sent) && startsWithDigit(text[cut:]):
			continue // "para. 4", "(p. 31)", "No. 5": a reference, not a boundary
		case !last:
			if sp := strings.LastIndexAny(sent, " \t\n"); sp > 0 && isListMarker(sent[sp+1:]) && endsSentence(strings.TrimSpace(sent[:sp])) {
				cut = start + sp + 1 // the marker begins the next sentence
			}
		}
		out = append(out, cut)
		from = cut
	}
	return out
}

// endsInShortAbbreviation reports whether s ends with a short lower-case abbreviation such as
// "para." "p." "pp." "art." "no." (letters only, at most four).
func endsInShortAbbreviation(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	word := s[strings.LastIndexAny(s, " \t\n(")+1 : len(s)-1]
	if word == "" || len(word) > 4 {
		return false
	}
	for i := 0; i < len(word); i++ {
		c := word[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return word[0] >= 'a' || word == "No" || word == "Art" || word == "Vol"
}

func startsWithDigit(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// isListMarker reports whether s is list numbering: 1. 12) IV. b) D. — up to three digits, a
// Roman numeral or one letter, then a full stop or a closing bracket.
func isListMarker(s string) bool {
	if len(s) < 2 || (s[len(s)-1] != '.' && s[len(s)-1] != ')') {
		return false
	}
	body := s[:len(s)-1]
	switch {
	case len(body) <= 3 && strings.Trim(body, "0123456789") == "":
		return true
	case len(body) == 1 && (body[0] >= 'a' && body[0] <= 'z' || body[0] >= 'A' && body[0] <= 'Z'):
		return true
	case len(body) <= 6 && strings.Trim(body, "IVXLC") == "":
		return true
	}
	return false
}

type block struct {
	start, end   int
	newParagraph bool
	counted      bool // its paragraph number has been given out
}

// blocks cuts text where a sentence must end whatever Punkt says: after a line that ends
// without terminal punctuation, and at blank lines (which also start a paragraph).
func blocks(text string) []block {
	var out []block
	start, blank := 0, false
	lineStart := 0
	flush := func(end int) {
		if !isBlank(text[start:end]) {
			out = append(out, block{start: start, end: end, newParagraph: blank})
			blank = false
		}
		start = end
	}
	for lineStart < len(text) {
		nl := strings.IndexAny(text[lineStart:], "\n\r")
		lineEnd, next := len(text), len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
			next = lineEnd + 1
			if text[lineEnd] == '\r' && next < len(text) && text[next] == '\n' {
				next++
			}
		}
		line := strings.TrimSpace(text[lineStart:lineEnd])
		switch {
		case line == "":
			flush(lineStart)
			if len(out) > 0 {
				blank = true
			}
		case !endsSentence(line):
			flush(next)
		}
		lineStart = next
	}
	flush(len(text))
	return out
}

// endsSentence reports whether a line ends with terminal punctuation, possibly followed by
// closing quotes or brackets.
func endsSentence(line string) bool {
	for line != "" {
		r, size := utf8.DecodeLastRuneInString(line)
		switch r {
		case '"', '\'', '”', '’', ')', ']', '»':
			line = line[:len(line)-size]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}
