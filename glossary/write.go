package glossary

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/arprep/arprep/safetext"
)

// WriteOptions describes a glossary for the writers.
type WriteOptions struct {
	// Files are the input names in order; with more than one (and at most MaxFileColumns),
	// CSV and XLSX get a count column per file and every format lists the per-file counts.
	Files []string
	// SourceLang and TargetLang are BCP 47 tags ("ar" and "en" when empty).
	SourceLang, TargetLang string
	// Excel starts CSV output with a UTF-8 byte order mark, so Excel reads it as UTF-8.
	Excel bool
}

// MaxFileColumns is the most inputs that get a count column each in CSV and XLSX, and are
// listed one by one in TSV comments and TBX notes; a corpus of thousands of documents gets
// its per-document counts in JSON only.
const MaxFileColumns = 50

// perFile reports whether the per-input counts are written beside the totals.
func (o WriteOptions) perFile() bool { return len(o.Files) > 1 && len(o.Files) <= MaxFileColumns }

func (o WriteOptions) langs() (string, string) {
	src, tgt := o.SourceLang, o.TargetLang
	if src == "" {
		src = "ar"
	}
	if tgt == "" {
		tgt = "en"
	}
	return src, tgt
}

// oneLine makes a field safe for one line of a tab-separated file: tabs, line breaks and
// other control characters become spaces, runs of spaces collapse.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r < 0x20 || r == 0x7f ||
			r == '\u2028' || r == '\u2029' || r == '\u0085'
	}), " ")
}

// formList writes spellings with their counts: "أمريكا (1), أميركا (1)".
func formList(forms []Form) string {
	parts := make([]string, len(forms))
	for i, f := range forms {
		parts[i] = fmt.Sprintf("%s (%d)", f.Text, f.Count)
	}
	return strings.Join(parts, ", ")
}

func fileList(files []FileCount) string {
	parts := make([]string, len(files))
	for i, f := range files {
		parts[i] = fmt.Sprintf("%s: %d", f.Name, f.Count)
	}
	return strings.Join(parts, ", ")
}

// Location is where an entry first occurs: "FILE:SENTENCE".
func (e *Entry) Location() string {
	return fmt.Sprintf("%s:%d", e.FirstFile, e.FirstSentence)
}

// Comment is the one-line description OmegaT shows beside a term: kind, frequency, variant
// spellings, where the target comes from (or the romanisation of a name no list knows, a
// guess), per-file counts and the first context.
func (e *Entry) Comment(multiFile bool) string {
	parts := []string{e.Kind, fmt.Sprintf("frequency %d", e.Frequency)}
	if v := e.Variants(); len(v) > 0 {
		parts = append(parts, "variants: "+formList(v))
	}
	if e.Target != "" {
		parts = append(parts, e.targetNote())
	}
	if e.TargetGuess != "" {
		parts = append(parts, e.guessNote())
	}
	if multiFile {
		parts = append(parts, "files: "+fileList(e.Files))
	}
	parts = append(parts, "first: "+e.Location(), "context: "+e.Context)
	return oneLine(strings.Join(parts, "; "))
}

// WriteTSV writes an OmegaT glossary: one line per entry, "source<TAB>target<TAB>comment",
// no header. The target is empty when no suggestion is known.
func WriteTSV(w io.Writer, entries []Entry, o WriteOptions) error {
	multi := o.perFile()
	for i := range entries {
		e := &entries[i]
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\n", oneLine(e.Term), oneLine(e.Target), e.Comment(multi)); err != nil {
			return err
		}
	}
	return nil
}

// Columns of the CSV and XLSX glossaries, before the per-file count columns.
var columns = []string{"term", "target", "target_source", "target_guess", "target_also", "kind", "frequency", "variants", "first_file", "first_sentence", "context", "score"}

func (e *Entry) row() []string {
	return []string{
		e.Term, e.Target, e.TargetSource, e.TargetGuess, e.TargetAlso, e.Kind, strconv.Itoa(e.Frequency), formList(e.Variants()),
		e.FirstFile, strconv.Itoa(e.FirstSentence), e.Context, strconv.FormatFloat(e.Score, 'f', 3, 64),
	}
}

// fileCounts returns the entry's count in each of files, in order.
func (e *Entry) fileCounts(files []string) []int {
	out := make([]int, len(files))
	for _, fc := range e.Files {
		for i, f := range files {
			if f == fc.Name {
				out[i] = fc.Count
				break
			}
		}
	}
	return out
}

func header(o WriteOptions) []string {
	h := append([]string(nil), columns...)
	if o.perFile() {
		for _, f := range o.Files {
			h = append(h, "count: "+f)
		}
	}
	return h
}

// WriteCSV writes a header row and one row per entry (RFC 4180). Every cell is neutralised
// against formula injection; with o.Excel the file starts with a UTF-8 byte order mark.
func WriteCSV(w io.Writer, entries []Entry, o WriteOptions) error {
	if o.Excel {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	rec := header(o)
	for i := range rec {
		rec[i] = safetext.NoFormula(rec[i])
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		rec := e.row()
		if o.perFile() {
			for _, n := range e.fileCounts(o.Files) {
				rec = append(rec, strconv.Itoa(n))
			}
		}
		for j := range rec {
			rec[j] = safetext.NoFormula(rec[j])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// jsonGlossary is the JSON document: the languages, the inputs and the entries.
type jsonGlossary struct {
	SourceLang string      `json:"source_language"`
	TargetLang string      `json:"target_language"`
	Files      []string    `json:"files"`
	Entries    []jsonEntry `json:"entries"`
}

type jsonEntry struct {
	Entry
	Variants []Form `json:"variants"`
}

// WriteJSON writes the glossary as one JSON object with an "entries" array; each entry has
// its canonical term, every form with its count, the variants (forms other than the
// canonical one), per-file counts, kind, score, first occurrence, context and the suggested
// target with its source.
func WriteJSON(w io.Writer, entries []Entry, o WriteOptions) error {
	src, tgt := o.langs()
	g := jsonGlossary{SourceLang: src, TargetLang: tgt, Files: o.Files, Entries: []jsonEntry{}}
	if g.Files == nil {
		g.Files = []string{}
	}
	// The entries are encoded one at a time, as the encoder would indent them inside the
	// array, rather than the whole glossary at once: encoding/json builds its whole output in
	// memory, which for a corpus glossary was a few hundred MB on top of the entries.
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		return err
	}
	const emptyTail = "[]\n}\n" // Entries is the last field
	if !bytes.HasSuffix(head.Bytes(), []byte(emptyTail)) {
		return fmt.Errorf("glossary: JSON head %q does not end with the entries", head.Bytes())
	}
	if len(entries) == 0 {
		_, err := w.Write(head.Bytes())
		return err
	}
	bw := bufio.NewWriter(w)
	bw.Write(head.Bytes()[:head.Len()-len(emptyTail)])
	bw.WriteString("[\n")
	var one bytes.Buffer
	enc = json.NewEncoder(&one)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	for i, e := range entries {
		v := e.Variants()
		if v == nil {
			v = []Form{}
		}
		one.Reset()
		if err := enc.Encode(jsonEntry{Entry: e, Variants: v}); err != nil {
			return err
		}
		bw.WriteString("    ")
		bw.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n")))
		if i < len(entries)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("  ]\n}\n")
	return bw.Flush()
}

// guessNote is the note on an entry's TargetGuess: a romanisation, or a one-word composition
// from name-word spellings on too little evidence (SourceUncertain).
func (e *Entry) guessNote() string {
	if e.TargetSource == SourceUncertain {
		return "no certain English form; name-word spelling (a guess, one word seen once): " + e.TargetGuess
	}
	return "no known English form; romanisation (a guess): " + e.TargetGuess
}
