package worksheet

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/arprep/arprep/safetext"
)

// WriteSource writes the source, one unit per line (aligned plain text).
func WriteSource(w io.Writer, j *Job) error {
	bw := bufio.NewWriter(w)
	for _, u := range j.Units {
		bw.WriteString(u.Source)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteTarget writes the target side aligned with WriteSource: one line per unit, empty
// where there is no target yet, so the translator fills line N for source line N.
func WriteTarget(w io.Writer, j *Job) error {
	bw := bufio.NewWriter(w)
	for _, u := range j.Units {
		bw.WriteString(u.Target)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// tableHeader is the column list of the TSV, CSV and XLSX exports.
var tableHeader = []string{"id", "paragraph", "source", "target", "in_summary", "score"}

func (u Unit) row() []string {
	return []string{strconv.Itoa(u.ID), strconv.Itoa(u.Paragraph), u.Source, u.Target,
		strconv.FormatBool(u.InSummary), formatScore(u.Score)}
}

func formatScore(s float64) string { return strconv.FormatFloat(s, 'f', 4, 64) }

// WriteTSV writes a header and one row per unit: id, paragraph, source, target, in_summary,
// score. Units carry no tabs or line breaks (they are folded), so no quoting is needed.
func WriteTSV(w io.Writer, j *Job) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(strings.Join(tableHeader, "\t"))
	bw.WriteByte('\n')
	for _, u := range j.Units {
		row := u.row()
		for i, cell := range row {
			row[i] = strings.ReplaceAll(cell, "\t", " ") // a tab would end the cell
		}
		bw.WriteString(strings.Join(row, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// CSVOptions shape a CSV export.
type CSVOptions struct {
	// Excel adds a UTF-8 byte order mark and CRLF line ends, which Excel needs to read
	// Arabic UTF-8 correctly.
	Excel bool
}

// WriteCSV writes the TSV's columns as RFC 4180 CSV. Text cells that a spreadsheet would
// read as a formula (starting with = + - @, tab or CR) are neutralised with a leading
// apostrophe, whatever the options.
func WriteCSV(w io.Writer, j *Job, o CSVOptions) error {
	bw := bufio.NewWriter(w)
	if o.Excel {
		bw.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = o.Excel
	cw.Write(tableHeader)
	for _, u := range j.Units {
		row := u.row()
		row[2] = safetext.NoFormula(row[2])
		row[3] = safetext.NoFormula(row[3])
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// jsonUnit is the JSON Lines form of a unit.
type jsonUnit struct {
	ID        int     `json:"id"`
	Doc       string  `json:"doc"`
	Paragraph int     `json:"paragraph"`
	Line      int     `json:"line"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	InSummary bool    `json:"in_summary"`
	Score     float64 `json:"score"`
}

// WriteJSONL writes one JSON object per unit: id, doc, paragraph, line, start, end (byte
// offsets into the document), source, target, in_summary, score.
func WriteJSONL(w io.Writer, j *Job) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, u := range j.Units {
		name := ""
		if u.Doc < len(j.Docs) {
			name = docName(j.Docs[u.Doc].Name)
		}
		if err := enc.Encode(jsonUnit{u.ID, name, u.Paragraph, u.Line, u.Start, u.End, u.Source, u.Target, u.InSummary, roundScore(u.Score)}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func roundScore(s float64) float64 {
	v, _ := strconv.ParseFloat(formatScore(s), 64)
	return v
}

// WriteSummary writes the units in the summary, one per line, in document order.
func WriteSummary(w io.Writer, j *Job) error {
	bw := bufio.NewWriter(w)
	for _, u := range j.Units {
		if u.InSummary {
			bw.WriteString(u.Source)
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
