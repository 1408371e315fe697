package english

import (
	"strings"

	"github.com/arprep/arprep/entity"
)

// entityTypes maps prose's labels (OntoNotes style) to arprep's four types.
var entityTypes = map[string]string{
	"PERSON": "PERS",
	"GPE":    "LOC", "LOC": "LOC", "FAC": "LOC",
	"ORG": "ORG",
}

// Entities tags English text with prose's entity model and returns spans with byte offsets
// into text, in order. Labels other than persons, places and organisations become MISC.
func Entities(text string) ([]entity.Span, error) {
	toks, err := analyse(text)
	if err != nil {
		return nil, err
	}
	a := aligner{text: text}
	var spans []entity.Span
	var cur *entity.Span
	closeSpan := func() {
		if cur != nil {
			cur.Text = text[cur.Start:cur.End]
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
		cur = &entity.Span{Start: start, End: end, Type: typ}
	}
	closeSpan()
	return spans, nil
}
