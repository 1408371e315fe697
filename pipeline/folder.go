package pipeline

import (
	"io"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/view"
	"github.com/arprep/arprep/worksheet"
	"github.com/xuri/excelize/v2"
)

// Folder lists the files of the job folder (arprep prep) with what writes each: the aligned
// text, XLIFF, the workbook with the glossary sheet, the glossary (TBX too when it has
// entries: a TBX file cannot be empty), the summary, and the report as a page and as
// Markdown. generator names the program in the page.
func (j *Job) Folder(entries []glossary.Entry, generator string) []output.FolderFile {
	sheet, gopts := j.Sheet, j.GlossaryOptions()
	glossaryLine := "`glossary.utf8` (OmegaT, spreadsheets), `glossary-tbx2.tbx` (TBX 2: OmegaT, memoQ), `glossary.tbx` (TBX 3): the glossary"
	if len(entries) == 0 {
		glossaryLine = "`glossary.utf8`: the glossary (no terms were found, and a TBX file cannot be empty, so there is no TBX)"
	}
	listing := []string{
		"`source.txt`: the source, one unit per line",
		"`target.txt`: empty, one line per unit, for the translation",
		"`job.xlf`: XLIFF 1.2 for CAT tools",
		"`worksheet.xlsx`: sheets Translate and Glossary",
		glossaryLine,
		"`summary.txt`: the summary",
		"`report.html`: this report as a page, with the text, its summary, entities and glossary",
	}
	files := []output.FolderFile{
		{Name: "source.txt", Write: func(w io.Writer) error { return worksheet.WriteSource(w, sheet) }},
		{Name: "target.txt", Write: func(w io.Writer) error { return worksheet.WriteTarget(w, sheet) }},
		{Name: "job.xlf", Write: func(w io.Writer) error { return worksheet.WriteXLIFF(w, sheet, worksheet.XLIFFOptions{}) }},
		{Name: "worksheet.xlsx", Write: func(w io.Writer) error {
			f, err := worksheet.XLSX(sheet, worksheet.XLSXOptions{AddSheets: func(f *excelize.File) error {
				return glossary.AddSheet(f, "Glossary", entries, gopts)
			}})
			if err != nil {
				return err
			}
			defer f.Close()
			return f.Write(w)
		}},
		{Name: "glossary.utf8", Write: func(w io.Writer) error { return glossary.WriteTSV(w, entries, gopts) }},
		{Name: "summary.txt", Write: func(w io.Writer) error { return worksheet.WriteSummary(w, sheet) }},
	}
	if len(entries) > 0 {
		// TBX 2 (<martif>) is what OmegaT, memoQ and translate-toolkit read; TBX 3 is the
		// current standard, and what glossary -o FILE.tbx writes.
		files = append(files, output.FolderFile{Name: "glossary-tbx2.tbx", Write: func(w io.Writer) error {
			return glossary.WriteTBX2(w, entries, gopts)
		}}, output.FolderFile{Name: "glossary.tbx", Write: func(w io.Writer) error {
			return glossary.WriteTBX(w, entries, gopts)
		}})
	}
	return append(files, output.FolderFile{Name: "report.html", Write: func(w io.Writer) error {
		page, err := j.Page(entries, generator)
		if err != nil {
			return err
		}
		return view.Write(w, page)
	}}, output.FolderFile{Name: "report.md", Write: func(w io.Writer) error {
		return worksheet.WriteReport(w, sheet, j.Report(entries, listing))
	}})
}
