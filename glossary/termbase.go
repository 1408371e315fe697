package glossary

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Termbase is a client's approved terminology: Arabic terms with their approved English
// targets. An entry of the glossary found in it takes its target, whatever the lexicon says,
// and a termbase term that occurs in the text is listed even below the minimum frequency.
// Terms match by the glossary's key (normalised words without clitics or the article), and
// spellings that differ by a hamza seat or a final ى written ا match too, as the glossary
// merges them.
type Termbase struct {
	targets map[string]string   // key → target
	byShape map[string][]string // skeletonKey → keys, to find spelling variants
}

// TermbaseError is a termbase file that cannot be read, with where.
type TermbaseError struct {
	File string
	Line int // 1-based; 0 when unknown
	Err  error
}

func (e *TermbaseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *TermbaseError) Unwrap() error { return e.Err }

// Add records an approved target for an Arabic term; the first target of a term wins. The
// target is kept on one line without control characters (a DEL a CSV cell carried), as the
// glossary writes targets.
func (tb *Termbase) Add(term, target string) {
	term, target = strings.TrimSpace(term), strings.Join(strings.Fields(oneLine(target)), " ")
	k := termKey(term)
	if k == "" || target == "" {
		return
	}
	if tb.targets == nil {
		tb.targets, tb.byShape = map[string]string{}, map[string][]string{}
	}
	if _, dup := tb.targets[k]; dup {
		return
	}
	tb.targets[k] = target
	sk := skeletonKey(k)
	tb.byShape[sk] = append(tb.byShape[sk], k)
}

// Len is the number of terms.
func (tb *Termbase) Len() int {
	if tb == nil {
		return 0
	}
	return len(tb.targets)
}

// has reports whether the glossary key k is a termbase term.
func (tb *Termbase) has(k string) bool {
	if tb == nil {
		return false
	}
	_, ok := tb.targets[k]
	return ok
}

// Target returns the approved target of a term written in any of its spellings.
func (tb *Termbase) Target(forms ...string) (string, bool) {
	if tb == nil || len(tb.targets) == 0 {
		return "", false
	}
	keys := make([]string, len(forms))
	for i, f := range forms {
		keys[i] = termKey(f)
		if t, ok := tb.targets[keys[i]]; ok {
			return t, true
		}
	}
	for _, k := range keys {
		for _, other := range tb.byShape[skeletonKey(k)] {
			if closeKeys(k, other, &variantEvidence{}) {
				return tb.targets[other], true
			}
		}
	}
	return "", false
}

// ReadTermbase reads a termbase file: TBX 2 (<martif>) or TBX 3 (<tbx>), a TSV or CSV file
// with a header naming the Arabic and English columns, or an XLSX workbook whose first sheet
// has such a header (as arprep glossary writes it: term, target). The format follows the
// name's extension (.tbx .xml .tsv .txt .csv .xlsx), else the content. Errors name the file
// and, where known, the line.
func ReadTermbase(name string, r io.Reader) (*Termbase, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &TermbaseError{File: name, Err: err}
	}
	var tb *Termbase
	switch ext := strings.ToLower(filepath.Ext(name)); {
	case ext == ".xlsx" || bytes.HasPrefix(b, []byte("PK\x03\x04")):
		tb, err = readTermbaseXLSX(name, b)
	case ext == ".tbx" || ext == ".xml" || bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n"), []byte("<")):
		tb, err = readTBX(name, b)
	case ext == ".csv":
		tb, err = readTermbaseTable(name, b, ',')
	default:
		tb, err = readTermbaseTable(name, b, '\t')
	}
	if err != nil {
		return nil, err
	}
	if tb.Len() == 0 {
		return nil, &TermbaseError{File: name, Err: errors.New("no term with a target")}
	}
	return tb, nil
}

// Header names of the Arabic and English columns of a TSV, CSV or XLSX termbase.
var (
	sourceColumns = []string{"term", "source", "source term", "arabic", "ar", "ar-sa", "ar_sa", "src"}
	targetColumns = []string{"target", "target term", "translation", "english", "en", "en-us", "en-gb", "en_us", "tgt"}
)

func columnOf(header []string, names []string) int {
	for _, want := range names {
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), want) {
				return i
			}
		}
	}
	return -1
}

func termbaseColumns(name string, header []string) (src, tgt int, err error) {
	src, tgt = columnOf(header, sourceColumns), columnOf(header, targetColumns)
	if src < 0 || tgt < 0 {
		return 0, 0, &TermbaseError{File: name, Line: 1, Err: fmt.Errorf(
			"the header must name an Arabic column (%s) and an English one (%s); it has %q",
			strings.Join(sourceColumns[:4], ", "), strings.Join(targetColumns[:4], ", "), header)}
	}
	return src, tgt, nil
}

func readTermbaseTable(name string, b []byte, sep rune) (*Termbase, error) {
	if !utf8.Valid(b) {
		return nil, &TermbaseError{File: name, Err: errors.New("not UTF-8 text")}
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	if sep == '\t' {
		cr.LazyQuotes = true
	}
	header, err := cr.Read()
	if err != nil {
		return nil, tableError(name, err)
	}
	src, tgt, err := termbaseColumns(name, header)
	if err != nil {
		return nil, err
	}
	tb := &Termbase{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, tableError(name, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		line, _ := cr.FieldPos(0)
		if src >= len(rec) || tgt >= len(rec) {
			return nil, &TermbaseError{File: name, Line: line, Err: fmt.Errorf("%d fields, the header has %d", len(rec), len(header))}
		}
		tb.Add(rec[src], rec[tgt])
	}
	return tb, nil
}

func tableError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &TermbaseError{File: name, Line: pe.Line, Err: pe.Err}
	}
	if err == io.EOF {
		return &TermbaseError{File: name, Err: errors.New("empty file")}
	}
	return &TermbaseError{File: name, Err: err}
}

func readTermbaseXLSX(name string, b []byte) (*Termbase, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return nil, &TermbaseError{File: name, Err: fmt.Errorf("not an XLSX workbook: %w", err)}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, &TermbaseError{File: name, Err: errors.New("no sheet")}
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, &TermbaseError{File: name, Err: err}
	}
	if len(rows) == 0 {
		return nil, &TermbaseError{File: name, Err: errors.New("empty sheet " + sheets[0])}
	}
	src, tgt, err := termbaseColumns(name, rows[0])
	if err != nil {
		return nil, err
	}
	tb := &Termbase{}
	for _, row := range rows[1:] {
		if src < len(row) && tgt < len(row) {
			tb.Add(row[src], row[tgt])
		}
	}
	return tb, nil
}

// readTBX reads TBX 2 (martif/text/body/termEntry/langSet/tig/term) and TBX 3
// (tbx/text/body/conceptEntry/langSec/termSec/term): in each entry, the first term in an
// Arabic language section is the source and the first in any other language the target.
func readTBX(name string, b []byte) (*Termbase, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	tb := &Termbase{}
	var (
		root       string
		inEntry    bool
		lang       string // language of the current langSet/langSec
		entryLang  string // the entry's own xml:lang, for a langSet without one
		inTerm     bool
		term       strings.Builder
		src, tgt   string
		line       = func() int { l, _ := d.InputPos(); return l }
		entryStart int
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			l, err := xmlErrorAt(d, err)
			return nil, &TermbaseError{File: name, Line: l, Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = t.Name.Local
				if root != "martif" && root != "tbx" {
					return nil, &TermbaseError{File: name, Line: line(), Err: fmt.Errorf("<%s> is not a TBX document (<martif> or <tbx>)", root)}
				}
			}
			switch t.Name.Local {
			case "termEntry", "conceptEntry":
				inEntry, src, tgt, entryLang, entryStart = true, "", "", xmlLang(t), line()
			case "langSet", "langSec":
				lang = xmlLang(t)
				if lang == "" {
					lang = entryLang
				}
			case "term":
				if inEntry {
					inTerm = true
					term.Reset()
				}
			}
		case xml.CharData:
			if inTerm {
				term.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "term":
				if inTerm {
					inTerm = false
					s := strings.TrimSpace(term.String())
					arabicLang := strings.HasPrefix(strings.ToLower(lang), "ar")
					if arabicLang && src == "" {
						src = s
					} else if !arabicLang && lang != "" && tgt == "" {
						tgt = s
					}
				}
			case "termEntry", "conceptEntry":
				if src == "" && tgt != "" {
					return nil, &TermbaseError{File: name, Line: entryStart, Err: errors.New("an entry without an Arabic (xml:lang=\"ar\") term")}
				}
				tb.Add(src, tgt)
				inEntry = false
			}
		}
	}
	if root == "" {
		return nil, &TermbaseError{File: name, Err: errors.New("no XML element")}
	}
	return tb, nil
}

func xmlLang(t xml.StartElement) string {
	for _, a := range t.Attr {
		if a.Name.Local == "lang" {
			return a.Value
		}
	}
	return ""
}

// xmlErrorAt gives the line a decoder error belongs to and the error to report: a syntax
// error's own line and message (without the "XML syntax error on line N" prefix the file's
// error adds again), any other error at the decoder's position.
func xmlErrorAt(d *xml.Decoder, err error) (int, error) {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Line, errors.New(se.Msg)
	}
	l, _ := d.InputPos()
	return l, err
}
