package summarize

import (
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/segment"
)

// joinWrapped merges the lines of hard-wrapped text back into sentences. Newspaper text is
// often wrapped at a fixed width with single line breaks inside sentences; a segmenter that
// honours line breaks then yields line fragments, which make poor summary units. Text counts
// as hard-wrapped when at least half of its non-blank lines (and at least three) end without a
// sentence terminator. In such text a sentence is joined to the next when the two are in the
// same paragraph, separated by one line break, the first does not end with a terminator, and
// its last line is at least wrapShare of the longest line (a short unterminated line, such as
// a headline, stays alone).
func joinWrapped(text string, sents []segment.Sentence) []segment.Sentence {
	if len(sents) < 2 {
		return sents
	}
	width, lines, open := 0, 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		width = max(width, utf8.RuneCountInString(line))
		lines++
		if !segment.EndsSentence(line) {
			open++
		}
	}
	if lines < 3 || 2*open < lines {
		return sents
	}
	out := make([]segment.Sentence, 0, len(sents))
	cur := sents[0]
	for _, next := range sents[1:] {
		if wrapped(text, cur, next, width) {
			cur.End = next.End
			cur.Text = text[cur.Start:cur.End]
			continue
		}
		out = append(out, cur)
		cur = next
	}
	return append(out, cur)
}

const wrapShare = 0.6

func wrapped(text string, cur, next segment.Sentence, width int) bool {
	if cur.Paragraph != next.Paragraph || cur.End > next.Start || next.Start > len(text) || cur.Kind != next.Kind {
		return false
	}
	if strings.Count(text[cur.End:next.Start], "\n") != 1 || segment.EndsSentence(cur.Text) {
		return false
	}
	last := cur.Text[strings.LastIndexByte(cur.Text, '\n')+1:]
	return float64(utf8.RuneCountInString(last)) >= wrapShare*float64(width)
}
