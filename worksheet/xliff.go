package worksheet

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// XLIFFOptions shape the XLIFF exports.
type XLIFFOptions struct {
	// SummaryOnly marks the units outside the summary translate="no", so a CAT tool shows
	// them as context but does not ask for their translation.
	SummaryOnly bool
}

// WriteXLIFF writes XLIFF 1.2 (strict schema): one <file> per document, a <group
// restype="x-paragraph"> per paragraph, a <trans-unit> per unit with its source, its target
// (the translation, state="translated", when there is one; else a copy of the source,
// state="needs-translation", the form OmegaT needs to load the unit at all), a note with the summary flag and score when a summary was made, and its
// file, line and byte span as a location context.
func WriteXLIFF(w io.Writer, j *Job, o XLIFFOptions) error {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">` + "\n")
	docs := j.Docs
	if len(docs) == 0 { // the schema needs a file
		docs = []Document{{Name: "-"}}
	}
	for d, doc := range docs {
		x.raw(`  <file original="`)
		x.attr(docName(doc.Name))
		x.raw(`" source-language="`)
		x.attr(j.SrcLang)
		x.raw(`" target-language="`)
		x.attr(j.TgtLang)
		x.raw(`" datatype="plaintext">` + "\n")
		x.raw(`    <header>` + "\n")
		x.raw(`      <tool tool-id="`)
		x.attr(j.Tool)
		x.raw(`" tool-name="`)
		x.attr(j.Tool)
		if j.Version != "" {
			x.raw(`" tool-version="`)
			x.attr(j.Version)
		}
		x.raw(`"/>` + "\n")
		x.raw(`    </header>` + "\n")
		x.raw(`    <body>` + "\n")
		for _, para := range j.paragraphs(j.docUnits(d)) {
			fmt.Fprintf(x, `      <group id="p%d" restype="x-paragraph">`+"\n", para[0].Paragraph)
			for _, u := range para {
				// xml:space: a sentence keeps its runs of spaces, which XLIFF 1.2's default
				// lets a tool collapse.
				x.raw(`        <trans-unit id="` + strconv.Itoa(u.ID) + `" xml:space="preserve"`)
				if o.SummaryOnly && !u.InSummary {
					x.raw(` translate="no"`)
				}
				x.raw(">\n")
				x.raw("          ")
				x.element("source", u.Source)
				x.raw("\n")
				// Every unit has a target: OmegaT's XLIFF filter translates the text of <target>
				// and loads no segment from a unit without one (or with an empty one), so an
				// untranslated unit carries a copy of its source marked needs-translation.
				if u.Target != "" {
					x.raw(`          <target state="translated">`)
					x.text(u.Target)
				} else {
					x.raw(`          <target state="needs-translation">`)
					x.text(u.Source)
				}
				x.raw("</target>\n")
				x.raw(`          <context-group purpose="location"><context context-type="sourcefile">`)
				x.text(docName(doc.Name))
				fmt.Fprintf(x, `</context><context context-type="linenumber">%d</context><context context-type="x-byte-span">%d-%d</context></context-group>`+"\n", u.Line, u.Start, u.End)
				if j.HasSummary {
					x.raw(`          <note from="`)
					x.attr(j.Tool)
					x.raw(`">`)
					x.text(summaryNote(u))
					x.raw("</note>\n")
				}
				x.raw("        </trans-unit>\n")
			}
			x.raw("      </group>\n")
		}
		x.raw("    </body>\n  </file>\n")
	}
	x.raw("</xliff>\n")
	return x.close()
}

// Write lets fmt.Fprintf write markup that needs no escaping.
func (x *xmlWriter) Write(p []byte) (int, error) {
	x.raw(string(p))
	return len(p), x.err
}

func summaryNote(u Unit) string {
	if u.InSummary {
		return "in summary; score " + formatScore(u.Score)
	}
	return "not in summary; score " + formatScore(u.Score)
}

// docName is the name written for a document: stdin has none.
func docName(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	return name
}

// ReadUnit is a unit as read back from a file arprep wrote.
type ReadUnit struct {
	ID        string
	Source    string
	Target    string
	State     string // the target's state attribute (XLIFF 1.2)
	Translate bool
}

// ReadXLIFF reads the trans-units of an XLIFF 1.2 file in document order. Inline markup is
// not expected (arprep writes none); its text content is kept.
func ReadXLIFF(r io.Reader) ([]ReadUnit, error) {
	var out []ReadUnit
	err := eachStart(r, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "trans-unit" {
			return nil
		}
		var tu struct {
			ID        string    `xml:"id,attr"`
			Translate string    `xml:"translate,attr"`
			Source    innerText `xml:"source"`
			Target    innerText `xml:"target"`
		}
		if err := dec.DecodeElement(&tu, &se); err != nil {
			return err
		}
		out = append(out, ReadUnit{ID: tu.ID, Source: tu.Source.String(), Target: tu.Target.String(), State: tu.Target.state, Translate: tu.Translate != "no"})
		return nil
	})
	return out, err
}

// innerText gathers the character data of an element and its descendants.
type innerText struct {
	parts       []string
	noTranslate bool   // a descendant has translate="no"
	state       string // the element's state attribute
}

func (t *innerText) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		if a.Name.Local == "state" {
			t.state = a.Value
		}
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch v := tok.(type) {
		case xml.CharData:
			t.parts = append(t.parts, string(v))
		case xml.StartElement:
			for _, a := range v.Attr {
				if a.Name.Local == "translate" && a.Value == "no" {
					t.noTranslate = true
				}
			}
		case xml.EndElement:
			if v.Name == start.Name {
				return nil
			}
		}
	}
}

func (t innerText) String() string {
	n := 0
	for _, p := range t.parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for _, p := range t.parts {
		b = append(b, p...)
	}
	return string(b)
}
