package worksheet

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/arprep/arprep/safetext"
)

// Dropped is a character an XML or XLSX export leaves out because XML 1.0 forbids it.
type Dropped struct {
	Doc    string // document name
	Unit   int    // unit ID
	Offset int    // byte offset in the document (source), or in the target line (target)
	Target bool   // found in the unit's target rather than its source
	Rune   rune   // utf8.RuneError for a byte that is not UTF-8
}

func (d Dropped) String() string {
	what := fmt.Sprintf("U+%04X", d.Rune)
	if d.Rune == utf8.RuneError {
		what = "an invalid UTF-8 byte"
	}
	if d.Target {
		return fmt.Sprintf("%s: unit %d: target: dropped %s (not allowed in XML 1.0)", d.Doc, d.Unit, what)
	}
	return fmt.Sprintf("%s: byte %d (unit %d): dropped %s (not allowed in XML 1.0)", d.Doc, d.Offset, d.Unit, what)
}

// XMLDropped lists the characters of the units that the XML and XLSX writers drop.
// Line-break characters are not listed: units fold them to spaces.
func (j *Job) XMLDropped() []Dropped {
	var out []Dropped
	for _, u := range j.Units {
		name := ""
		if u.Doc < len(j.Docs) {
			name = j.Docs[u.Doc].Name
		}
		if name == "-" {
			name = "<stdin>"
		}
		src := u.Source
		base := -1 // offsets are exact only when the source is the document's span unchanged
		if u.Doc < len(j.Docs) && u.End <= len(j.Docs[u.Doc].Text) && u.Start <= u.End {
			src = j.Docs[u.Doc].Text[u.Start:u.End]
			base = u.Start
		}
		for i, r := range safetext.Dropped(src) {
			if isBreak(r) {
				continue
			}
			off := i
			if base >= 0 {
				off += base
			}
			out = append(out, Dropped{Doc: name, Unit: u.ID, Offset: off, Rune: r})
		}
		for i, r := range safetext.Dropped(u.Target) {
			out = append(out, Dropped{Doc: name, Unit: u.ID, Offset: i, Target: true, Rune: r})
		}
	}
	return out
}

// xmlWriter writes XML text with every escape it needs and keeps the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

// close flushes the document, or returns the first write error.
func (x *xmlWriter) close() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// eachStart calls fn with every start element of the XML in r, in document order; fn may
// decode the element (and its children) from dec.
func eachStart(r io.Reader, fn func(dec *xml.Decoder, se xml.StartElement) error) error {
	dec := xml.NewDecoder(r)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(dec, se); err != nil {
				return err
			}
		}
	}
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// text writes character data (safetext.XMLText).
func (x *xmlWriter) text(s string) {
	if x.err == nil {
		x.err = safetext.WriteXMLText(x.w, s)
	}
}

// attr writes an attribute value (safetext.XMLAttr).
func (x *xmlWriter) attr(s string) {
	if x.err == nil {
		x.err = safetext.WriteXMLAttr(x.w, s)
	}
}

// element writes <name>text</name>.
func (x *xmlWriter) element(name, text string) {
	x.raw("<" + name + ">")
	x.text(text)
	x.raw("</" + name + ">")
}
