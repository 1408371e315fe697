package worksheet

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/arprep/arprep/safetext"
)

// ErrNoTargets is returned when a TMX is asked for but no unit has a target.
var ErrNoTargets = errors.New("TMX needs targets: give a translated aligned file with --target")

// WriteTMX writes a TMX 1.4b translation memory: one <tu> per unit that has a target, with
// the source and target as <tuv xml:lang> variants and the paragraph and byte span as
// properties. It returns how many units were left out for want of a target.
func WriteTMX(w io.Writer, j *Job) (skipped int, err error) {
	if !j.HasTargets() {
		return 0, ErrNoTargets
	}
	segtype := map[Mode]string{Sentences: "sentence", Lines: "block", Paragraphs: "paragraph"}[j.Mode]
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<tmx version="1.4">` + "\n")
	x.raw(`  <header creationtool="`)
	x.attr(j.Tool)
	x.raw(`" creationtoolversion="`)
	x.attr(j.Version)
	x.raw(`" segtype="` + segtype + `" o-tmf="`)
	x.attr(j.Tool)
	x.raw(`" adminlang="en" srclang="`)
	x.attr(j.SrcLang)
	x.raw(`" datatype="plaintext"/>` + "\n")
	x.raw("  <body>\n")
	for _, u := range j.Units {
		if u.Target == "" || safetext.XML(u.Target) == "" || safetext.XML(u.Source) == "" {
			skipped++
			continue
		}
		x.raw(`    <tu tuid="` + strconv.Itoa(u.ID) + `">`)
		if len(j.Docs) > 1 && u.Doc < len(j.Docs) {
			x.raw(`<prop type="x-document">`)
			x.text(docName(j.Docs[u.Doc].Name))
			x.raw(`</prop>`)
		}
		fmt.Fprintf(x, `<prop type="x-paragraph">%d</prop><prop type="x-byte-span">%d-%d</prop>`, u.Paragraph, u.Start, u.End)
		x.raw(`<tuv xml:lang="`)
		x.attr(j.SrcLang)
		x.raw(`"><seg>`)
		x.text(u.Source)
		x.raw(`</seg></tuv><tuv xml:lang="`)
		x.attr(j.TgtLang)
		x.raw(`"><seg>`)
		x.text(u.Target)
		x.raw("</seg></tuv></tu>\n")
	}
	x.raw("  </body>\n</tmx>\n")
	return skipped, x.close()
}

// TMXUnit is a translation unit read back from a TMX file: its segments by language.
type TMXUnit struct {
	ID   string
	Segs map[string]string
}

// ReadTMX reads the translation units of a TMX file in order.
func ReadTMX(r io.Reader) ([]TMXUnit, error) {
	var out []TMXUnit
	err := eachStart(r, func(dec *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "tu" {
			return nil
		}
		var tu struct {
			ID  string `xml:"tuid,attr"`
			TUV []struct {
				Lang string    `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  innerText `xml:"seg"`
			} `xml:"tuv"`
		}
		if err := dec.DecodeElement(&tu, &se); err != nil {
			return err
		}
		u := TMXUnit{ID: tu.ID, Segs: map[string]string{}}
		for _, v := range tu.TUV {
			u.Segs[v.Lang] = v.Seg.String()
		}
		out = append(out, u)
		return nil
	})
	return out, err
}
