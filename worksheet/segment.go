package worksheet

import "github.com/arprep/arprep/segment"

// AddText adds a document cut the job's way: by the segment package's sentences (grouped
// into paragraphs in Paragraphs mode) or by lines. It returns the index of the document.
func (j *Job) AddText(name, text string) int {
	if j.Mode == Lines {
		return j.AddLines(name, text)
	}
	return j.AddSpans(name, text, SentenceSpans(segment.Split(text)))
}

// SentenceSpans converts the segmenter's sentences to spans.
func SentenceSpans(sents []segment.Sentence) []Span {
	spans := make([]Span, len(sents))
	for i, s := range sents {
		spans[i] = Span{Start: s.Start, End: s.End, Paragraph: s.Paragraph}
	}
	return spans
}
