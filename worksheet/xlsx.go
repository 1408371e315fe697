package worksheet

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// SheetTranslate is the name of the worksheet's main sheet.
const SheetTranslate = "Translate"

// LongUnitWords is the length from which a unit gets a "long sentence" note: past it,
// sentences are hard to translate as one and CAT tools' matching degrades.
const LongUnitWords = 60

// XLSXOptions shape a workbook.
type XLSXOptions struct {
	// AddSheets, when set, adds further sheets (the glossary) to the workbook.
	AddSheets func(*excelize.File) error
}

// XLSX builds a workbook with a "Translate" sheet: id, paragraph, the source (right to left,
// wrapped), an empty target column (left to right, wrapped), the summary flag and score, and
// notes; the header row is frozen and columns have widths fit for sentences. Cells are
// written as strings and numbers, never formulas, so text starting with "=" stays text.
// Characters XML 1.0 forbids are dropped (Job.XMLDropped lists them). The caller writes the
// file (f.Write) and closes it.
func XLSX(j *Job, o XLSXOptions) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", SheetTranslate); err != nil {
		return nil, err
	}
	header, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "center"}})
	if err != nil {
		return nil, err
	}
	rtl, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", ReadingOrder: 2, WrapText: true, Vertical: "top"}})
	if err != nil {
		return nil, err
	}
	ltr, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", ReadingOrder: 1, WrapText: true, Vertical: "top"},
		Protection: &excelize.Protection{Locked: false}})
	if err != nil {
		return nil, err
	}
	top, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return nil, err
	}
	srcAlign, trgAlign := rtl, ltr
	if lang.Direction(j.SrcLang) == "ltr" {
		srcAlign = ltr
	}
	if lang.Direction(j.TgtLang) == "rtl" {
		trgAlign = rtl
	}
	sw, err := f.NewStreamWriter(SheetTranslate)
	if err != nil {
		return nil, err
	}
	widths := []float64{7, 10, 70, 70, 11, 8, 30}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "D2", ActiveCell: "D2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	titles := []string{"id", "paragraph", "source (" + j.SrcLang + ")", "target (" + j.TgtLang + ")", "in summary", "score", "notes"}
	row := make([]any, len(titles))
	for i, t := range titles {
		row[i] = excelize.Cell{StyleID: header, Value: t}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return nil, err
	}
	for i, u := range j.Units {
		summary := ""
		if u.InSummary {
			summary = "yes"
		}
		var score any = ""
		if j.HasSummary {
			score = u.Score
		}
		row := []any{
			excelize.Cell{StyleID: top, Value: u.ID},
			excelize.Cell{StyleID: top, Value: u.Paragraph},
			excelize.Cell{StyleID: srcAlign, Value: safetext.Cell(u.Source)},
			excelize.Cell{StyleID: trgAlign, Value: safetext.Cell(u.Target)},
			excelize.Cell{StyleID: top, Value: summary},
			excelize.Cell{StyleID: top, Value: score},
			excelize.Cell{StyleID: ltr, Value: unitNote(u)},
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row, excelize.RowOpts{Height: rowHeight(u, widths[2])}); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	if o.AddSheets != nil {
		if err := o.AddSheets(f); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// rowHeight estimates the height (points) a row needs to show its wrapped source and target
// whole: Excel does not fit the height of rows written by a program until they are edited.
// A line of the default font is 15 points; a column of width w holds about 1.1·w characters.
func rowHeight(u Unit, width float64) float64 {
	chars := max(utf8.RuneCountInString(u.Source), utf8.RuneCountInString(u.Target))
	perLine := int(width * 1.1)
	lines := max(1, (chars+perLine-1)/perLine)
	return min(409, 15*float64(lines)+3)
}

// unitNote is the notes cell: warnings a translator should see.
func unitNote(u Unit) string {
	if n := arabic.CountWords(u.Source); n >= LongUnitWords {
		return fmt.Sprintf("long: %d words", n)
	}
	return ""
}

// ReadXLSX reads the units of the "Translate" sheet back: id, source and target, in order.
func ReadXLSX(f *excelize.File) ([]ReadUnit, error) {
	rows, err := f.GetRows(SheetTranslate)
	if err != nil {
		return nil, err
	}
	var out []ReadUnit
	for i, r := range rows {
		if i == 0 {
			continue
		}
		for len(r) < 4 {
			r = append(r, "")
		}
		if _, err := strconv.Atoi(r[0]); err != nil {
			return out, fmt.Errorf("row %d: id %q is not a number", i+1, r[0])
		}
		out = append(out, ReadUnit{ID: r[0], Source: r[2], Target: r[3], Translate: true})
	}
	return out, nil
}
