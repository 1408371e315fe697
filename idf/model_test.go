package idf

import (
	"strings"
	"testing"
	"unsafe"
)

// TestModelOwnsItsTerms checks that the counts keep no term sliced from a document, also for
// a term seen in an earlier document: such a key kept its whole document alive.
func TestModelOwnsItsTerms(t *testing.T) {
	m := New()
	docs := []string{strings.Clone("الحكومة تعلن الموازنة"), strings.Clone("الحكومة تناقش الموازنة الجديدة")}
	for i, d := range docs {
		if i == 0 {
			m.Add(d)
		} else {
			var terms []string
			Terms(d, func(t string) { terms = append(terms, t) })
			m.AddTerms(terms)
		}
		for term := range m.df {
			p, start := uintptr(unsafe.Pointer(unsafe.StringData(term))), uintptr(unsafe.Pointer(unsafe.StringData(d)))
			if p >= start && p < start+uintptr(len(d)) {
				t.Errorf("after document %d, the term %q is a slice of it", i+1, term)
			}
		}
	}
	if len(m.df) == 0 {
		t.Fatal("no terms counted: the test reads nothing")
	}
}
