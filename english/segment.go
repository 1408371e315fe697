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
		case '.', '!', '?', '…', ':', ';':
			return true
		}
		return false
	}
	return false
}
