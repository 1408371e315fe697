package worksheet

import "github.com/arprep/arprep/segment"

// AddText adds a document cut the job's way: by the segment package's sentences (grouped
// into paragraphs in Paragraphs mode) or by lines. It returns the index of the document.
func (j *Job) AddText(name, text string) int {
	if j.Mode == Lines {
		return j.AddLines(name, text)
	}
	return j.AddSentences(name, text, segment.Split(text))
}
