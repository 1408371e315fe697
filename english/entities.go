package english

import (
	"strings"

	"github.com/arprep/arprep/span"
)

// entityTypes maps prose's labels (OntoNotes style) to arprep's four types.
var entityTypes = map[string]string{
	"PERSON": "PERS",
	"GPE":    "LOC", "LOC": "LOC", "FAC": "LOC",
	"ORG": "ORG",
}

// Entities tags English text with prose's entity model and returns spans with byte offsets
// into text, in order. Labels other than persons, places and organisations become MISC.
func Entities(text string) ([]span.Entity, error) {
	toks, err := analyse(text)
	if err != nil {
		return nil, err
	}
	a := aligner{text: text}
	var spans []span.Entity
	var cur *span.Entity
	closeSpan := func() {
		if cur != nil {
			spans = append(spans, *cur)
			cur = nil
		}
	}
	for _, t := range toks {
		start, end, ok := a.match(t.Text)
		prefix, label, _ := strings.Cut(t.Label, "-")
		if !ok || t.Label == "O" || label == "" {
			closeSpan()
			continue
		}
		typ, known := entityTypes[label]
		if !known {
			typ = "MISC"
		}
		if prefix == "I" && cur != nil && cur.Type == typ {
			cur.End = end
			continue
		}
		closeSpan()
		cur = &span.Entity{Start: start, End: end, Type: typ}
	}
	closeSpan()
	return spans, nil
}
