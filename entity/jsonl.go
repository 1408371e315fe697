package entity

import (
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/span"
)

// JSONLEntity is one entity in a line of arprep entities --jsonl.
type JSONLEntity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

// JSONLResult is one line of arprep entities --jsonl: a document's entities, or the error
// that stopped it.
type JSONLResult struct {
	ID       string        `json:"id,omitempty"`
	Doc      string        `json:"doc"`
	Lang     lang.Code     `json:"lang,omitempty"`
	Entities []JSONLEntity `json:"entities"`
	Error    string        `json:"error,omitempty"`
}

// NewJSONLResult is the line of the document doc (id, language code), whose text is text,
// with its entities spans.
func NewJSONLResult(id, doc string, code lang.Code, text string, spans []span.Entity) JSONLResult {
	res := JSONLResult{ID: id, Doc: doc, Lang: code, Entities: make([]JSONLEntity, len(spans))}
	for i, sp := range spans {
		res.Entities[i] = JSONLEntity{sp.Start, sp.End, sp.Type, text[sp.Start:sp.End]}
	}
	return res
}
