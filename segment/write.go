package segment

import (
	"fmt"
	"io"

	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/news"
	"github.com/arprep/arprep/textout"
)

// Record is one sentence in the tsv, json and jsonl formats of arprep segment.
type Record struct {
	Doc       string    `json:"doc,omitempty"` // empty inside a JSONL result, which names its document once
	Paragraph int       `json:"paragraph"`
	Sentence  int       `json:"sentence"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Forced    bool      `json:"forced,omitempty"`
	Lang      lang.Code `json:"lang,omitempty"`
	Kind      news.Kind `json:"kind,omitempty"` // dateline, credit, furniture; omitted for a sentence
}

// Records numbers a document's sentences from 1; doc and used go into every record (empty:
// left out of JSON).
func Records(doc string, used lang.Code, sents []Sentence) []Record {
	recs := make([]Record, len(sents))
	for i, s := range sents {
		recs[i] = Record{Doc: doc, Lang: used, Paragraph: s.Paragraph, Sentence: i + 1, Start: s.Start, End: s.End,
			Text: s.Text, Forced: s.Forced, Kind: s.Kind}
	}
	return recs
}

// Document is one input line of segment's JSONL contract: its sentences (with Doc and Lang
// left empty), or the error that stopped it, with an empty list.
type Document struct {
	ID        string    `json:"id,omitempty"`
	Doc       string    `json:"doc"`
	Lang      lang.Code `json:"lang,omitempty"`
	Sentences []Record  `json:"sentences"`
	Error     string    `json:"error,omitempty"`
}

// Writer writes sentence records across documents in one format:
//
//	text   one sentence a line
//	tsv    a header, then doc, paragraph, sentence, start, end, text, kind (text and doc escaped)
//	json   one array of Records, one a line
//	jsonl  one Record a line
type Writer struct {
	w      io.Writer
	format string
	// Headers (text) puts a line "==> DOC <==" before each document's sentences, as head(1)
	// does with several files.
	Headers bool
	// Number (text), when set, writes a sentence's number before it.
	Number  func(w io.Writer, n int) error
	written int
	lastDoc string // the document of the last sentence written
	array   *textout.Array
}

// NewWriter starts the output: tsv's header, json's "[".
func NewWriter(w io.Writer, format string) (*Writer, error) {
	x := &Writer{w: w, format: format}
	var err error
	switch format {
	case "tsv":
		_, err = io.WriteString(w, "doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n")
	case "json":
		x.array, err = textout.NewArray(w)
	}
	return x, err
}

// Write writes one record.
func (x *Writer) Write(rec Record) error {
	w := x.w
	var err error
	switch x.format {
	case "text":
		if x.Headers && (x.written == 0 || rec.Doc != x.lastDoc) {
			if x.written > 0 {
				io.WriteString(w, "\n")
			}
			fmt.Fprintf(w, "==> %s <==\n", docLabel(rec.Doc))
		}
		x.lastDoc = rec.Doc
		if x.Number != nil {
			err = x.Number(w, rec.Sentence)
		}
		if err == nil {
			_, err = fmt.Fprintln(w, rec.Text)
		}
	case "tsv":
		_, err = fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%s\t%s\n", textout.TSVEscape(rec.Doc), rec.Paragraph, rec.Sentence,
			rec.Start, rec.End, textout.TSVEscape(rec.Text), rec.Kind)
	case "json":
		err = x.array.Add(rec)
	case "jsonl":
		var line []byte
		if line, err = textout.JSONLine(rec); err == nil {
			_, err = w.Write(line)
		}
	}
	x.written++
	return err
}

// Close ends the output: json's "]".
func (x *Writer) Close() error {
	if x.format != "json" {
		return nil
	}
	return x.array.Close()
}

// docLabel names a document in a text header: standard input is "<stdin>".
func docLabel(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return textout.OneLine(name)
}
