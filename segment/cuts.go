package segment

import "fmt"

// Cuts reports the sentences of one document that were cut at the length limit (Forced):
// the first few one by one, then how many more, each as one message to Warn.
type Cuts struct {
	Doc   string // the document, as messages name it
	Limit int    // the limit the sentences were cut at (Options.MaxSentenceBytes)
	Warn  func(msg string)
	cut   int
}

// maxCutMessages bounds the messages about single cut sentences of one document.
const maxCutMessages = 3

// Note looks at sentence n (from 1) of the document.
func (c *Cuts) Note(n int, s Sentence) {
	if !s.Forced {
		return
	}
	if c.cut++; c.cut <= maxCutMessages {
		c.Warn(fmt.Sprintf("%s: sentence %d (bytes %d-%d) has no boundary within %d bytes; cut at white space", c.Doc, n, s.Start, s.End, c.Limit))
	}
}

// Done reports how many more sentences were cut than Note reported one by one.
func (c *Cuts) Done() {
	if c.cut > maxCutMessages {
		c.Warn(fmt.Sprintf("%s: %d more sentences cut at %d bytes", c.Doc, c.cut-maxCutMessages, c.Limit))
	}
}

// WarnCuts reports the cut sentences of a document split whole.
func WarnCuts(doc string, limit int, sents []Sentence, warn func(msg string)) {
	c := Cuts{Doc: doc, Limit: limit, Warn: warn}
	for i, s := range sents {
		c.Note(i+1, s)
	}
	c.Done()
}
