package command

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/worksheet"
	"github.com/xuri/excelize/v2"
)

// ExportOptions are export's options; the job's In.Output is -o.
type ExportOptions struct {
	Job                          JobOptions
	Format                       string // empty: from the -o extension, else txt
	Target                       string // the translated aligned file, one line per unit
	SummaryOnly, Excel, Glossary bool
}

// exportFormat is --format, or the format the -o extension names, or txt.
func exportFormat(format, out string) (string, error) {
	formats := strings.Join(worksheet.Formats, ", ")
	if format != "" {
		if f, ok := worksheet.ParseFormat(format); ok {
			return f, nil
		}
		return "", usagef("export: --format must be one of %s, not %q", formats, format)
	}
	f, ok := worksheet.FormatOfPath(out)
	if !ok && out != "-" && !output.IsSpecial(out) {
		return "", usagef("export: -o %s: %s is not an export format; name the file .txt, .tsv, .csv, .xlf, .xliff, .tmx, .xlsx or .jsonl, a folder without an extension, or give --format %s", out, strings.ToLower(filepath.Ext(out)), formats)
	}
	if !ok {
		f = "txt"
	}
	return f, nil
}

// readTargets pairs the job's units with the lines of the --target file.
func readTargets(s *IO, j *worksheet.Job, name string) error {
	text, err := s.readAll(name)
	if err != nil {
		return fmt.Errorf("--target: %w", err)
	}
	err = j.SetTargets(worksheet.SplitLines(text))
	var ce *worksheet.CountError
	if errors.As(err, &ce) {
		if ce.Lines > 0 && ce.Lines != ce.Units {
			return fmt.Errorf("--target %s has %d lines but the source has %d units (%d lines with the blank ones); one target line per unit or per source line is needed",
				name, ce.Targets, ce.Units, ce.Lines)
		}
		return fmt.Errorf("--target %s has %d lines but the source has %d units (%s); one target line per unit is needed",
			name, ce.Targets, ce.Units, j.Mode)
	}
	if err != nil {
		return fmt.Errorf("--target %s: %w", name, err)
	}
	return err
}

// Export writes the job in one format.
func Export(o ExportOptions, s *IO) error {
	out := o.Job.In.Output
	format, err := exportFormat(o.Format, out)
	if err != nil {
		return err
	}
	target := o.Target
	if format == "tmx" && target == "" {
		return usagef("export: tmx needs translations: give the translated aligned file with --target FILE")
	}
	if o.Excel && format != "csv" {
		s.warnf("--excel only changes csv output")
	}
	if o.SummaryOnly && format != "xliff" && format != "xliff2" {
		s.warnf("--summary-only only changes xliff and xliff2 output")
	}
	if o.SummaryOnly && o.Job.NoSummary {
		return usagef("export: --summary-only needs the summary that --no-summary turns off")
	}
	if o.Glossary && format != "xlsx" {
		s.warnf("--glossary only changes xlsx output")
	}
	if target != "" {
		if _, err := os.Stat(target); err != nil && target != "-" {
			return fmt.Errorf("--target: %w", err)
		}
		if target == "-" && slices.Contains(o.Job.In.Names, "-") {
			return usagef("export: --target - and the source cannot both be stdin")
		}
		// the translations are an input too: -o over them would replace them with the export
		if err := refuseOutputAsInput(Inputs{Output: out}.with(target)); err != nil {
			return err
		}
	}
	o.Job.In = o.Job.In.with(target)
	job, err := buildJob(o.Job, s, o.Glossary)
	if err != nil {
		return err
	}
	j := job.Sheet
	if target != "" {
		if err := readTargets(s, j, target); err != nil {
			return err
		}
	}
	if len(j.Units) == 0 {
		s.warnf("no text to export: the input has no sentences")
	}
	switch format {
	case "xliff", "xliff2", "tmx", "xlsx":
		s.warnDropped(j)
	}
	xo := worksheet.XLIFFOptions{SummaryOnly: o.SummaryOnly}
	stream := func(write func(io.Writer) error) error {
		err := s.writeTo(out, write)
		s.wroteExport(out, format, j, err)
		return err
	}
	switch format {
	case "txt":
		if out != "" && out != "-" && !strings.EqualFold(filepath.Ext(out), ".txt") && !output.IsSpecial(out) {
			err := output.WriteFolder(context.Background(), out, s.Force, []output.FolderFile{
				{Name: "source.txt", Write: func(w io.Writer) error { return worksheet.WriteSource(w, j) }},
				{Name: "target.txt", Write: func(w io.Writer) error { return worksheet.WriteTarget(w, j) }},
			})
			if errors.Is(err, output.ErrFolderExists) {
				return UsageError{err.Error()}
			}
			if err == nil {
				s.wrote(out+string(filepath.Separator), "source.txt and target.txt, %d %s", len(j.Units), j.Mode)
			}
			return err
		}
		return stream(func(w io.Writer) error { return worksheet.WriteSource(w, j) })
	case "tsv":
		return stream(func(w io.Writer) error { return worksheet.WriteTSV(w, j) })
	case "csv":
		return stream(func(w io.Writer) error { return worksheet.WriteCSV(w, j, worksheet.CSVOptions{Excel: o.Excel}) })
	case "jsonl":
		return stream(func(w io.Writer) error { return worksheet.WriteJSONL(w, j) })
	case "xliff":
		return stream(func(w io.Writer) error { return worksheet.WriteXLIFF(w, j, xo) })
	case "xliff2":
		return stream(func(w io.Writer) error { return worksheet.WriteXLIFF2(w, j, xo) })
	case "tmx":
		var skipped int
		err := stream(func(w io.Writer) error {
			var err error
			skipped, err = worksheet.WriteTMX(w, j)
			if errors.Is(err, worksheet.ErrNoTargets) {
				return fmt.Errorf("--target %s: every line is empty; a TMX needs translations", target)
			}
			return err
		})
		if err == nil && skipped > 0 {
			s.warnf("%d of %d units have an empty target line and were left out of the TMX", skipped, len(j.Units))
		}
		return err
	case "xlsx":
		return exportXLSX(o, s, job)
	}
	return nil
}

// wroteExport prints the one-line summary of an export written to -o FILE.
func (s *IO) wroteExport(out, format string, j *worksheet.Job, err error) {
	if err == nil && out != "" && out != "-" && !output.IsSpecial(out) {
		s.wrote(out, "%s, %d %s from %s", format, len(j.Units), j.Mode, plural(len(j.Docs), "document"))
	}
}

// exportXLSX builds the workbook and writes it to -o FILE, or to stdout when that is not a
// terminal.
func exportXLSX(o ExportOptions, s *IO, job *pipeline.Job) error {
	j := job.Sheet
	var xo worksheet.XLSXOptions
	if o.Glossary {
		entries, err := glossaryEntries(o.Job, job, 0)
		if err != nil {
			return err
		}
		xo.AddSheets = func(f *excelize.File) error {
			return glossary.AddSheet(f, "Glossary", entries, job.GlossaryOptions())
		}
	}
	out := o.Job.In.Output
	if err := s.refuseXLSXToTerminal("export", out); err != nil {
		return err
	}
	f, err := worksheet.XLSX(j, xo)
	if err != nil {
		return err
	}
	defer f.Close()
	if out == "" || out == "-" {
		bw := bufio.NewWriter(s.Out)
		if err := f.Write(bw); err != nil {
			return output.WriteError(err)
		}
		if err := bw.Flush(); err != nil {
			return output.WriteError(err)
		}
		return nil
	}
	err = output.WriteFile(out, s.Force, func(w io.Writer) error { return f.Write(w) })
	if errors.Is(err, output.ErrExists) {
		return UsageError{err.Error()}
	}
	s.wroteExport(out, "xlsx", j, err)
	return err
}
