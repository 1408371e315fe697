package worksheet

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/arprep/arprep/lang"
)

// WriteXLIFF2 writes XLIFF 2.1: one <file> per document, a <unit> per paragraph (srcDir
// from the source language, rtl for Arabic) with a <segment> per unit and the white space
// between sentences as <ignorable>, so that joined targets keep their spacing. Byte spans,
// summary flags and scores go into the Metadata module; summary sentences are named in a
// note. With SummaryOnly, paragraphs without a summary sentence get translate="no" and the
// other sentences of mixed paragraphs are marked with <mrk translate="no">.
func WriteXLIFF2(w io.Writer, j *Job, o XLIFFOptions) error {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="`)
	x.attr(j.SrcLang)
	x.raw(`" trgLang="`)
	x.attr(j.TgtLang)
	x.raw(`">` + "\n")
	srcDir, trgDir := lang.Direction(j.SrcLang), lang.Direction(j.TgtLang)
	docs := j.Docs
	if len(docs) == 0 { // the schema needs a file
		docs = []Document{{Name: "-"}}
	}
	for d, doc := range docs {
		fmt.Fprintf(x, `  <file id="f%d" original="`, d+1)
		x.attr(docName(doc.Name))
		x.raw(`" srcDir="` + srcDir + `" trgDir="` + trgDir + `">` + "\n")
		if len(j.docUnits(d)) == 0 {
			// a file needs a unit or a group: an empty group says there was nothing to translate
			x.raw(`    <notes><note>no text to translate</note></notes>` + "\n")
			x.raw(`    <group id="empty"/>` + "\n")
		}
		for _, para := range j.paragraphs(j.docUnits(d)) {
			anySummary := false
			for _, u := range para {
				anySummary = anySummary || u.InSummary
			}
			fmt.Fprintf(x, `    <unit id="p%d" srcDir="%s" trgDir="%s"`, para[0].Paragraph, srcDir, trgDir)
			if o.SummaryOnly && !anySummary {
				x.raw(` translate="no"`)
			}
			x.raw(">\n")
			x.raw(`      <mda:metadata>` + "\n")
			for _, u := range para {
				fmt.Fprintf(x, `        <mda:metaGroup category="sentence" appliesTo="source"><mda:meta type="segment">s%d</mda:meta><mda:meta type="start">%d</mda:meta><mda:meta type="end">%d</mda:meta>`, u.ID, u.Start, u.End)
				if j.HasSummary {
					fmt.Fprintf(x, `<mda:meta type="in_summary">%t</mda:meta><mda:meta type="score">%s</mda:meta>`, u.InSummary, formatScore(u.Score))
				}
				x.raw("</mda:metaGroup>\n")
			}
			x.raw(`      </mda:metadata>` + "\n")
			if j.HasSummary && anySummary {
				x.raw(`      <notes>` + "\n")
				for _, u := range para {
					if u.InSummary {
						x.raw(`        <note category="summary" appliesTo="source">`)
						x.text(fmt.Sprintf("s%d is in the summary; score %s", u.ID, formatScore(u.Score)))
						x.raw("</note>\n")
					}
				}
				x.raw(`      </notes>` + "\n")
			}
			for i, u := range para {
				if i > 0 {
					if gap := gapText(doc.Text, para[i-1].End, u.Start); gap != "" {
						x.raw(`      <ignorable><source xml:space="preserve">`)
						x.text(gap)
						x.raw("</source></ignorable>\n")
					}
				}
				fmt.Fprintf(x, `      <segment id="s%d"`, u.ID)
				if u.Target != "" {
					x.raw(` state="translated"`)
				}
				x.raw("><source>")
				if o.SummaryOnly && anySummary && !u.InSummary {
					fmt.Fprintf(x, `<mrk id="m%d" translate="no">`, u.ID)
					x.text(u.Source)
					x.raw("</mrk>")
				} else {
					x.text(u.Source)
				}
				x.raw("</source>")
				if u.Target != "" {
					x.element("target", u.Target)
				}
				x.raw("</segment>\n")
			}
			x.raw("    </unit>\n")
		}
		x.raw("  </file>\n")
	}
	x.raw("</xliff>\n")
	return x.close()
}

// gapText is what separates two sentences of a paragraph: one space for any run of white
// space, and any other text the segmenter left out, kept as it is.
func gapText(text string, end, start int) string {
	if end < 0 || start > len(text) || end >= start {
		return ""
	}
	var b strings.Builder
	space := false
	for _, r := range text[end:start] {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// ReadXLIFF2 reads the segments of an XLIFF 2 file in document order (ignorables are
// skipped). ID is the segment id; Translate is false when the unit or a marker says no.
func ReadXLIFF2(r io.Reader) ([]ReadUnit, error) {
	var out []ReadUnit
	unitTranslate := true
	err := eachStart(r, func(dec *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "unit":
			unitTranslate = true
			for _, a := range se.Attr {
				if a.Name.Local == "translate" && a.Value == "no" {
					unitTranslate = false
				}
			}
		case "segment":
			var seg struct {
				ID     string    `xml:"id,attr"`
				Source innerText `xml:"source"`
				Target innerText `xml:"target"`
			}
			if err := dec.DecodeElement(&seg, &se); err != nil {
				return err
			}
			translate := unitTranslate && !seg.Source.noTranslate
			out = append(out, ReadUnit{ID: seg.ID, Source: seg.Source.String(), Target: seg.Target.String(), Translate: translate})
		}
		return nil
	})
	return out, err
}
