package glossary

import (
	"io"
	"strings"

	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// cellString is s as a shared-string cell must hold it: safetext.Cell, and with a literal
// "_xHHHH_" written "_x005F_xHHHH_", since Excel (and excelize) read _xHHHH_ in a cell as
// the character U+HHHH (ECMA-376 ST_Xstring). excelize's stream writer escapes it; the
// SetSheetRow used here does not.
func cellString(s string) string {
	s = safetext.Cell(s)
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && ooxmlEscapeAt(s, i) {
			b.WriteString("_x005F")
		}
		b.WriteByte(s[i])
	}
	return safetext.Cell(b.String()) // the escapes may have pushed it over the cell limit
}

// ooxmlEscapeAt reports whether s[i:] starts with _xHHHH_.
func ooxmlEscapeAt(s string, i int) bool {
	if len(s) < i+7 || s[i+1] != 'x' || s[i+6] != '_' {
		return false
	}
	for _, c := range []byte(s[i+2 : i+6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// Columns written right to left in the sheet (the Arabic ones).
var rtlColumns = map[string]bool{"term": true, "variants": true, "context": true}

// AddSheet writes the glossary into a new sheet of f (or into it, when it already exists):
// the columns of the CSV format, the header row bold and frozen, the Arabic columns (term,
// variants, context) right-to-left and right-aligned.
func AddSheet(f *excelize.File, sheet string, entries []Entry, o WriteOptions) error {
	idx, err := f.GetSheetIndex(sheet)
	if err != nil {
		return err
	}
	if idx < 0 {
		if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
	}
	head := header(o)
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	rtl, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{ReadingOrder: 2, Horizontal: "right", WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	row := make([]any, len(head))
	for i, h := range head {
		row[i] = h
	}
	if err := f.SetSheetRow(sheet, "A1", &row); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(head), 1)
	if err := f.SetCellStyle(sheet, "A1", last, bold); err != nil {
		return err
	}
	for i := range entries {
		e := &entries[i]
		cells := e.row()
		row := make([]any, 0, len(head))
		for j, c := range cells {
			switch columns[j] {
			case "frequency":
				row = append(row, e.Frequency)
			case "first_sentence":
				row = append(row, e.FirstSentence)
			case "score":
				row = append(row, e.Score)
			default:
				row = append(row, cellString(c))
			}
		}
		if o.perFile() {
			for _, n := range e.fileCounts(o.Files) {
				row = append(row, n)
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	for j, name := range columns {
		col, _ := excelize.ColumnNumberToName(j + 1)
		width := 14.0
		switch name {
		case "term", "variants":
			width = 30
		case "context":
			width = 80
		case "target", "target_source", "target_also":
			width = 24
		}
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
		if rtlColumns[name] && len(entries) > 0 {
			top, _ := excelize.CoordinatesToCellName(j+1, 2)
			bottom, _ := excelize.CoordinatesToCellName(j+1, len(entries)+1)
			if err := f.SetCellStyle(sheet, top, bottom, rtl); err != nil {
				return err
			}
		}
	}
	return f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
}

// WriteXLSX writes a workbook whose one sheet, "Glossary", is made by AddSheet.
func WriteXLSX(w io.Writer, entries []Entry, o WriteOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Glossary"); err != nil {
		return err
	}
	if err := AddSheet(f, "Glossary", entries, o); err != nil {
		return err
	}
	return f.Write(w)
}
