package glossary

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/arprep/arprep/safetext"
)

// ErrEmptyTBX is returned by WriteTBX and WriteTBX2 for a glossary without entries: the TBX
// 2 DTD and the TBX-Basic schema require at least one entry in <body>.
var ErrEmptyTBX = errors.New("glossary: a TBX file needs at least one entry")

// XMLDropped counts the characters of entries and file names that the TBX writers drop
// because XML 1.0 forbids them (controls, U+FFFE, U+FFFF, invalid UTF-8), so that a caller can
// say so.
func XMLDropped(entries []Entry, o WriteOptions) int {
	n := 0
	count := func(s string) {
		for range safetext.Dropped(s) {
			n++
		}
	}
	for _, f := range o.Files {
		count(f)
	}
	for i := range entries {
		e := &entries[i]
		for _, f := range e.Forms {
			count(f.Text)
		}
		count(e.Context)
		count(e.Target)
		count(e.FirstFile)
	}
	return n
}

// xmlLine escapes s as XML character data on one line.
func xmlLine(s string) string { return safetext.XMLText(oneLine(s)) }

type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) line(indent int, format string, args ...any) {
	if x.err != nil {
		return
	}
	x.w.WriteString(strings.Repeat("  ", indent))
	if _, err := fmt.Fprintf(x.w, format, args...); err != nil {
		x.err = err
	}
	x.w.WriteByte('\n')
}

func (x *xmlWriter) close() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

func sourceNote(files []string) string {
	if len(files) == 0 {
		return "arprep glossary"
	}
	return "arprep glossary of " + strings.Join(files, ", ")
}

// entryNote is the concept-level note: kind, frequency and per-file counts.
func (e *Entry) entryNote(o WriteOptions) string {
	s := fmt.Sprintf("kind: %s; frequency: %d; first: %s", e.Kind, e.Frequency, e.Location())
	if e.TargetGuess != "" {
		s += "; " + e.guessNote()
	}
	if o.perFile() {
		s += "; files: " + fileList(e.Files)
	}
	return s
}

// targetNote says where a target comes from; only a termbase target is approved.
func (e *Entry) targetNote() string {
	if e.TargetSource == SourceTermbase {
		return "target from the termbase"
	}
	note := "target from " + e.TargetSource + "; a suggestion, not verified"
	if e.TargetAlso != "" {
		note += "; or " + e.TargetAlso + ", named the same in Arabic"
	}
	return note
}

// partOfSpeech is the TBX-Basic part of speech of every entry: names and terms are nouns or
// noun phrases.
const partOfSpeech = "noun"

// WriteTBX writes a TBX v3 document in the TBX-Basic dialect (style "dca", namespace
// urn:iso:std:iso:30042:ed-2). Each entry is a conceptEntry with a langSec in the source
// language holding the canonical term (preferred) and each variant spelling (admitted,
// termType variant), with the context sentence on the canonical term; a suggested target goes
// into a langSec in the target language with a note saying it is an unverified suggestion.
// It returns ErrEmptyTBX for an empty glossary.
func WriteTBX(w io.Writer, entries []Entry, o WriteOptions) error {
	return writeTBX(w, entries, o, tbx3)
}

// WriteTBX2 writes a TBX 2 (ISO 30042:2008) <martif> document, the TBX that OmegaT and older
// tools read: a termEntry per entry with a langSet per language and a tig per spelling. It
// returns ErrEmptyTBX for an empty glossary (the DTD requires a termEntry).
func WriteTBX2(w io.Writer, entries []Entry, o WriteOptions) error {
	return writeTBX(w, entries, o, tbx2)
}

// tbxDialect names the elements of one TBX version: both have the same shape.
type tbxDialect struct {
	root, rootAttrs, header, entry, lang, term string
}

var (
	tbx3 = tbxDialect{root: "tbx", rootAttrs: ` type="TBX-Basic" style="dca" xml:lang="%s" xmlns="urn:iso:std:iso:30042:ed-2"`,
		header: "tbxHeader", entry: "conceptEntry", lang: "langSec", term: "termSec"}
	tbx2 = tbxDialect{root: "martif", rootAttrs: ` type="TBX" xml:lang="%s"`,
		header: "martifHeader", entry: "termEntry", lang: "langSet", term: "tig"}
)

func writeTBX(w io.Writer, entries []Entry, o WriteOptions, d tbxDialect) error {
	if len(entries) == 0 {
		return ErrEmptyTBX
	}
	src, tgt := o.langs()
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.line(0, `<?xml version="1.0" encoding="UTF-8"?>`)
	x.line(0, `<`+d.root+d.rootAttrs+`>`, safetext.XMLAttr(src))
	x.line(1, `<%s>`, d.header)
	x.line(2, `<fileDesc>`)
	x.line(3, `<sourceDesc>`)
	x.line(4, `<p>%s</p>`, xmlLine(sourceNote(o.Files)))
	x.line(3, `</sourceDesc>`)
	x.line(2, `</fileDesc>`)
	x.line(1, `</%s>`, d.header)
	x.line(1, `<text>`)
	x.line(2, `<body>`)
	for i := range entries {
		e := &entries[i]
		x.line(3, `<%s id="c%d">`, d.entry, i+1)
		x.line(4, `<note>%s</note>`, xmlLine(e.entryNote(o)))
		x.line(4, `<%s xml:lang="%s">`, d.lang, safetext.XMLAttr(src))
		for j, f := range e.Forms {
			x.line(5, `<%s>`, d.term)
			x.line(6, `<term>%s</term>`, xmlLine(f.Text))
			x.line(6, `<termNote type="partOfSpeech">%s</termNote>`, partOfSpeech)
			if j == 0 {
				x.line(6, `<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>`)
				x.line(6, `<descrip type="context">%s</descrip>`, xmlLine(e.Context))
			} else {
				x.line(6, `<termNote type="termType">variant</termNote>`)
				x.line(6, `<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>`)
			}
			x.line(6, `<note>occurrences: %d</note>`, f.Count)
			x.line(5, `</%s>`, d.term)
		}
		x.line(4, `</%s>`, d.lang)
		if e.Target != "" {
			x.line(4, `<%s xml:lang="%s">`, d.lang, safetext.XMLAttr(tgt))
			x.line(5, `<%s>`, d.term)
			x.line(6, `<term>%s</term>`, xmlLine(e.Target))
			x.line(6, `<note>%s</note>`, xmlLine(e.targetNote()))
			x.line(5, `</%s>`, d.term)
			x.line(4, `</%s>`, d.lang)
		}
		x.line(3, `</%s>`, d.entry)
	}
	x.line(2, `</body>`)
	x.line(1, `</text>`)
	x.line(0, `</%s>`, d.root)
	return x.close()
}
