package worksheet

import (
	"fmt"
	"github.com/arprep/arprep/segment"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mode says what one unit is.
type Mode int

const (
	Sentences  Mode = iota // one unit per sentence (the segmenter's spans)
	Lines                  // one unit per non-blank line: input that is already aligned
	Paragraphs             // one unit per paragraph (the segmenter's paragraphs)
)

// ParseMode reads a --units value.
func ParseMode(s string) (Mode, error) {
	switch s {
	case "sentences", "sentence":
		return Sentences, nil
	case "lines", "line":
		return Lines, nil
	case "paragraphs", "paragraph":
		return Paragraphs, nil
	}
	return 0, fmt.Errorf("unknown unit %q (want sentences, lines or paragraphs)", s)
}

func (m Mode) String() string {
	switch m {
	case Lines:
		return "lines"
	case Paragraphs:
		return "paragraphs"
	}
	return "sentences"
}

// unitNoun names one unit of the mode, for messages.
func (m Mode) unitNoun() string {
	switch m {
	case Lines:
		return "line"
	case Paragraphs:
		return "paragraph"
	}
	return "sentence"
}

// Unit is one piece of work for the translator.
type Unit struct {
	ID        int     // 1-based, unique in the job, in reading order
	Doc       int     // index into Job.Docs
	Paragraph int     // 1-based, unique in the job
	Line      int     // 1-based line of the document where the unit starts
	Start     int     // byte offsets of the unit in its document's text
	End       int     //
	Source    string  // the text, line breaks folded to spaces, trimmed
	Target    string  // a translation, when one was supplied
	InSummary bool    // chosen by the summarizer
	Score     float64 // the summarizer's score (0 when no summary was made)
}

// Document is one input of a job.
type Document struct {
	Name  string // file name as given ("-" for stdin)
	Text  string // the decoded text the units' offsets point into
	Lines int    // its number of lines, blank ones included (as SplitLines counts them)
}

// Job is everything one export writes.
type Job struct {
	SrcLang, TgtLang string
	Mode             Mode
	Tool, Version    string // written into file headers ("arprep", version)
	HasSummary       bool   // a summary was computed: summary flags and scores are meaningful
	Docs             []Document
	Units            []Unit
}

// NewJob starts an empty job.
func NewJob(src, tgt string, mode Mode) *Job {
	return &Job{SrcLang: src, TgtLang: tgt, Mode: mode, Tool: "arprep"}
}

// AddSentences adds a document cut into sentences; of each, only Start, End and Paragraph
// (any numbering; a change of value starts a new paragraph) are read. In Paragraphs mode
// consecutive sentences of one paragraph become one unit. Sentences outside the text or empty
// after folding are skipped. It returns the index of the new document.
func (j *Job) AddSentences(name, text string, sents []segment.Sentence) int {
	doc := j.addDoc(name, text)
	para := j.lastParagraph()
	prevPara, first := 0, true
	lines := newLineCounter(text)
	var pending *Unit // Paragraphs mode: the paragraph being gathered
	flush := func() {
		if pending != nil {
			j.addUnit(*pending, text)
			pending = nil
		}
	}
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if invisible(text[s.Start:s.End]) {
			continue
		}
		if first || s.Paragraph != prevPara {
			flush()
			para++
			prevPara, first = s.Paragraph, false
		}
		if j.Mode == Paragraphs {
			if pending == nil {
				pending = &Unit{Doc: doc, Paragraph: para, Line: lines.at(s.Start), Start: s.Start, End: s.End}
			} else {
				pending.End = s.End
			}
			continue
		}
		j.addUnit(Unit{Doc: doc, Paragraph: para, Line: lines.at(s.Start), Start: s.Start, End: s.End}, text)
	}
	flush()
	return doc
}

// AddLines adds a document whose every non-blank line is one unit (aligned corpora). A blank
// line starts a new paragraph.
func (j *Job) AddLines(name, text string) int {
	doc := j.addDoc(name, text)
	para := j.lastParagraph() + 1
	blank := false
	line := 0
	for start := 0; start < len(text); {
		line++
		end := strings.IndexByte(text[start:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += start
			next = end + 1
		}
		s, e := trimSpan(text, start, end)
		if invisible(text[s:e]) {
			blank = true
		} else {
			if blank && j.countDoc(doc) > 0 {
				para++
			}
			blank = false
			j.addUnit(Unit{Doc: doc, Paragraph: para, Line: line, Start: s, End: e}, text)
		}
		start = next
	}
	return doc
}

// invisible reports text with nothing a translator could see or translate: white space,
// control and format characters only (a stray U+202C POP DIRECTIONAL FORMATTING, a byte order
// mark). Such a unit would be an empty-looking segment in a CAT tool, so it is left out, as a
// blank line is.
func invisible(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

func (j *Job) addDoc(name, text string) int {
	j.Docs = append(j.Docs, Document{Name: name, Text: text, Lines: len(SplitLines(text))})
	return len(j.Docs) - 1
}

// lineCounter gives the line numbers of increasing byte offsets.
type lineCounter struct {
	text      string
	pos, line int
}

func newLineCounter(text string) *lineCounter { return &lineCounter{text: text, line: 1} }

func (c *lineCounter) at(off int) int {
	if off < c.pos { // offsets go backwards only for bad spans: count again
		c.pos, c.line = 0, 1
	}
	c.line += strings.Count(c.text[c.pos:off], "\n")
	c.pos = off
	return c.line
}

func (j *Job) countDoc(doc int) int {
	n := 0
	for i := len(j.Units) - 1; i >= 0 && j.Units[i].Doc == doc; i-- {
		n++
	}
	return n
}

func (j *Job) lastParagraph() int {
	if len(j.Units) == 0 {
		return 0
	}
	return j.Units[len(j.Units)-1].Paragraph
}

func (j *Job) addUnit(u Unit, text string) {
	u.Source = Fold(text[u.Start:u.End])
	if u.Source == "" {
		return
	}
	u.ID = len(j.Units) + 1
	j.Units = append(j.Units, u)
}

// trimSpan narrows text[start:end] to exclude leading and trailing white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// isBreak reports characters that end a line: they become spaces, so that a unit is one line
// of the aligned text files. A tab is kept (only the TSV writer, where it ends a cell, turns it
// into a space), so the source stays the input's text.
func isBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Fold turns s into one line: every run of line breaks and the spaces around them becomes
// one space, and the ends are trimmed. Other characters, bidi controls included, are
// kept as they are; invalid UTF-8 becomes U+FFFD.
func Fold(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, isBreak) {
		return strings.TrimFunc(s, unicode.IsSpace)
	}
	buf := make([]byte, 0, len(s))
	pending := false // a break was seen: one space goes before the next character
	for _, r := range s {
		if isBreak(r) {
			for len(buf) > 0 && buf[len(buf)-1] == ' ' {
				buf = buf[:len(buf)-1]
			}
			pending = true
			continue
		}
		if pending {
			if r == ' ' {
				continue
			}
			buf = append(buf, ' ')
			pending = false
		}
		buf = utf8.AppendRune(buf, r)
	}
	return strings.TrimFunc(string(buf), unicode.IsSpace)
}

// SetTargets pairs the lines of a translated aligned file with the units. With as many
// lines as units, line N goes to unit N. In Lines mode the file may instead have as many
// lines as the sources, blank ones included: line N then goes to the unit of source line N,
// and a target line with text where the source line is blank is an error. A count that fits
// neither is a *CountError naming the counts; nothing is changed on error.
func (j *Job) SetTargets(lines []string) error {
	switch {
	case len(lines) == len(j.Units):
		for i := range j.Units {
			j.Units[i].Target = Fold(lines[i])
		}
		return nil
	case j.Mode == Lines && len(lines) == j.sourceLines():
		first := make([]int, len(j.Docs)) // global index of each document's first line
		for d := 1; d < len(j.Docs); d++ {
			first[d] = first[d-1] + j.Docs[d-1].Lines
		}
		used := make([]bool, len(lines))
		for _, u := range j.Units {
			used[first[u.Doc]+u.Line-1] = true
		}
		for i, l := range lines {
			if !used[i] && strings.TrimSpace(l) != "" {
				return fmt.Errorf("target line %d has text but source line %d is blank", i+1, i+1)
			}
		}
		for i := range j.Units {
			u := &j.Units[i]
			u.Target = Fold(lines[first[u.Doc]+u.Line-1])
		}
		return nil
	}
	ce := &CountError{Targets: len(lines), Units: len(j.Units)}
	if j.Mode == Lines {
		ce.Lines = j.sourceLines()
	}
	return ce
}

func (j *Job) sourceLines() int {
	n := 0
	for _, d := range j.Docs {
		n += d.Lines
	}
	return n
}

// CountError is a --target file whose line count fits neither the number of source units
// nor (in Lines mode) the number of source lines.
type CountError struct{ Targets, Units, Lines int }

func (e *CountError) Error() string {
	if e.Lines > 0 && e.Lines != e.Units {
		return fmt.Sprintf("%d target lines for %d source units (%d source lines with the blank ones): one line per unit or per source line is needed", e.Targets, e.Units, e.Lines)
	}
	return fmt.Sprintf("%d target lines for %d source units (one line per unit is needed)", e.Targets, e.Units)
}

// SplitLines cuts text into lines the way aligned files are read: "\n" or "\r\n" ends a
// line, and a final line break does not start another line.
func SplitLines(text string) []string {
	if text == "" {
		return nil
	}
	text = strings.TrimSuffix(text, "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// Paragraphs returns the units grouped by paragraph, in order. The slices share the job's
// backing array.
func (j *Job) paragraphs(units []Unit) [][]Unit {
	var out [][]Unit
	for i := 0; i < len(units); {
		k := i + 1
		for k < len(units) && units[k].Paragraph == units[i].Paragraph {
			k++
		}
		out = append(out, units[i:k])
		i = k
	}
	return out
}

// docUnits returns the units of document d (units are stored in document order).
func (j *Job) docUnits(d int) []Unit {
	lo := 0
	for lo < len(j.Units) && j.Units[lo].Doc < d {
		lo++
	}
	hi := lo
	for hi < len(j.Units) && j.Units[hi].Doc == d {
		hi++
	}
	return j.Units[lo:hi]
}

// HasTargets reports whether any unit carries a target.
func (j *Job) HasTargets() bool {
	for _, u := range j.Units {
		if u.Target != "" {
			return true
		}
	}
	return false
}

// Scored is a summarizer's verdict on a span of a document.
type Scored struct {
	Start, End int
	Score      float64
	Chosen     bool
}

// MarkSummary sets the summary flag and score of document doc's units from the
// summarizer's sentences: a unit is in the summary when a chosen sentence overlaps it, and
// its score is the best score among the sentences it overlaps (a paragraph or a line may
// hold several). It sets HasSummary.
func (j *Job) MarkSummary(doc int, sents []Scored) {
	j.HasSummary = true
	units := j.docUnits(doc)
	k := 0
	for i := range units {
		u := &units[i]
		for k < len(sents) && sents[k].End <= u.Start {
			k++
		}
		for m := k; m < len(sents) && sents[m].Start < u.End; m++ {
			if sents[m].End <= u.Start {
				continue
			}
			u.InSummary = u.InSummary || sents[m].Chosen
			u.Score = max(u.Score, sents[m].Score)
		}
	}
}
