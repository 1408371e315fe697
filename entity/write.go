package entity

import (
	"fmt"
	"io"
	"strings"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/textout"
)

// Record is one entity in the tsv and json formats of arprep entities.
type Record struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

// Writer writes the entities of documents in one format:
//
//	text   start-end, type and text, one entity a line
//	tsv    a header, then doc, start, end, type, text
//	json   one array of Records, written by Close
//	conll  every token with its IOB2 tag, a blank line after each line of the text
type Writer struct {
	w       io.Writer
	format  string
	label   func(typ string) string
	records []Record
}

// NewWriter starts the output; label renders a type in the text format (colour, say).
func NewWriter(w io.Writer, format string, label func(typ string) string) (*Writer, error) {
	x := &Writer{w: w, format: format, label: label}
	if format == "tsv" {
		_, err := io.WriteString(w, "doc\tstart\tend\ttype\ttext\n")
		return x, err
	}
	return x, nil
}

// Write writes the entities spans of the document doc, whose text is text.
func (x *Writer) Write(doc, text string, spans []span.Entity) error {
	if x.format == "conll" {
		return writeTextTags(x.w, text, spans)
	}
	for _, sp := range spans {
		rec := Record{Doc: doc, Start: sp.Start, End: sp.End, Type: sp.Type, Text: text[sp.Start:sp.End]}
		var err error
		switch x.format {
		case "json":
			x.records = append(x.records, rec)
		case "tsv":
			_, err = fmt.Fprintf(x.w, "%s\t%d\t%d\t%s\t%s\n", textout.TSVEscape(rec.Doc), rec.Start, rec.End, rec.Type, textout.TSVEscape(rec.Text))
		case "text":
			_, err = fmt.Fprintf(x.w, "%d-%d\t%s\t%s\n", rec.Start, rec.End, x.label(rec.Type), textout.OneLine(rec.Text))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Close ends the output: the json format's array.
func (x *Writer) Close() error {
	if x.format != "json" {
		return nil
	}
	a, err := textout.NewArray(x.w)
	for _, rec := range x.records {
		if err != nil {
			return err
		}
		err = a.Add(rec)
	}
	if err != nil {
		return err
	}
	return a.Close()
}

// writeTextTags writes the tokens of a text in CoNLL form, tagged from its entity spans; a
// line break in the text ends a sentence.
func writeTextTags(w io.Writer, text string, spans []span.Entity) error {
	toks := arabic.Tokens(text)
	k := 0
	for i, tk := range toks {
		if i > 0 && strings.Contains(text[toks[i-1].End:tk.Start], "\n") {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		for k < len(spans) && spans[k].End <= tk.Start {
			k++
		}
		tag := "O"
		if k < len(spans) && spans[k].Start < tk.End {
			if tk.Start <= spans[k].Start {
				tag = "B-" + spans[k].Type
			} else {
				tag = "I-" + spans[k].Type
			}
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\n", tk.Text, tag); err != nil {
			return err
		}
	}
	if len(toks) > 0 {
		_, err := io.WriteString(w, "\n")
		return err
	}
	return nil
}
