package main

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
	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"
)

func init() {
	register(&cli.Command{
		Name:      "export",
		Usage:     "export sentence-aligned translator worksheets (txt, tsv, csv, xliff, xliff2, tmx, xlsx, jsonl)",
		ArgsUsage: "[FILE...|-]",
		Description: "One unit per sentence (--units sentences), per line of already aligned input (lines) or\n" +
			"per paragraph (paragraphs); units are numbered across all inputs. Formats:\n" +
			"  txt     the source, one unit per line; with -o DIR a folder holding source.txt and an\n" +
			"          empty, aligned target.txt for the translator to fill\n" +
			"  tsv     id, paragraph, source, target, in_summary, score\n" +
			"  csv     the same columns; cells a spreadsheet would run as formulas (= + - @) are\n" +
			"          neutralised with a leading '; --excel adds a byte order mark and CRLF\n" +
			"  xliff   XLIFF 1.2: a group per paragraph, a trans-unit per unit, summary notes; every unit\n" +
			"          has a target: the --target line (state translated), else a copy of the source\n" +
			"          (state needs-translation: OmegaT loads no unit without it); --summary-only marks\n" +
			"          the other units translate=\"no\"\n" +
			"  xliff2  XLIFF 2.1: a unit per paragraph (srcDir rtl), a segment per sentence\n" +
			"  tmx     TMX 1.4b translation memory; needs --target (one translated line per unit)\n" +
			"  xlsx    Excel workbook: sheet Translate (source right to left, empty target column,\n" +
			"          summary flag, notes), and sheet Glossary with --glossary\n" +
			"  jsonl   one JSON object per unit (with byte offsets)\n" +
			"Without --format the format follows the -o extension (.txt .tsv .csv .xlf .xliff .tmx .xlsx\n" +
			".jsonl; none: a txt folder; another is refused), else txt. Folders given as inputs give\n" +
			"their .txt files. Text is written in logical order and no bidi controls are added. XML\n" +
			"formats drop the characters XML 1.0 forbids and say so on stderr.",
		Flags: append(jobFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "txt, tsv, csv, xliff, xliff2, tmx, xlsx or jsonl"},
			&cli.StringFlag{Name: "target", Usage: "pair the units with the translated aligned `FILE` (one line per unit)"},
			&cli.BoolFlag{Name: "summary-only", Usage: "xliff, xliff2: mark units outside the summary as not to translate"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: byte order mark and CRLF for Excel"},
			&cli.BoolFlag{Name: "glossary", Usage: "xlsx: add a Glossary sheet of the inputs' terms"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `PATH` (a folder for txt without a .txt extension; atomically; stdout when absent)"},
		),
		Action: action(exportOptionsOf, exportRun),
	})
}

// exportOptions are export's flags.
type exportOptions struct {
	job                                 jobOptions
	format, output, target              string
	summaryOnly, excel, glossary, force bool
}

func exportOptionsOf(c *cli.Context) (exportOptions, error) {
	job, err := jobOptionsOf(c, c.String("target"))
	return exportOptions{job: job, format: c.String("format"), output: c.String("output"), target: c.String("target"),
		summaryOnly: c.Bool("summary-only"), excel: c.Bool("excel"), glossary: c.Bool("glossary"), force: c.Bool("force")}, err
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
func readTargets(s *streams, j *worksheet.Job, name string) error {
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

// exportRun writes the job in one format.
func exportRun(o exportOptions, s *streams) error {
	format, err := exportFormat(o.format, o.output)
	if err != nil {
		return err
	}
	target := o.target
	if format == "tmx" && target == "" {
		return usagef("export: tmx needs translations: give the translated aligned file with --target FILE")
	}
	if o.excel && format != "csv" {
		s.warnf("--excel only changes csv output")
	}
	if o.summaryOnly && format != "xliff" && format != "xliff2" {
		s.warnf("--summary-only only changes xliff and xliff2 output")
	}
	if o.summaryOnly && o.job.noSummary {
		return usagef("export: --summary-only needs the summary that --no-summary turns off")
	}
	if o.glossary && format != "xlsx" {
		s.warnf("--glossary only changes xlsx output")
	}
	if target != "" {
		if _, err := os.Stat(target); err != nil && target != "-" {
			return fmt.Errorf("--target: %w", err)
		}
		if target == "-" && slices.Contains(o.job.in.names, "-") {
			return usagef("export: --target - and the source cannot both be stdin")
		}
		// the translations are an input too: -o over them would replace them with the export
		if err := refuseOutputAsInput(inputs{output: o.output, also: []string{target}}); err != nil {
			return err
		}
	}
	o.job.needNames = o.glossary
	job, err := buildJob(o.job, s)
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
	xo := worksheet.XLIFFOptions{SummaryOnly: o.summaryOnly}
	stream := func(write func(io.Writer) error) error {
		err := s.withSink(o.output, func(w *sink) error {
			if err := write(w); err != nil {
				return output.WriteError(err)
			}
			return nil
		})
		o.wroteExport(s, format, j, err)
		return err
	}
	switch format {
	case "txt":
		if out := o.output; out != "" && out != "-" && !strings.EqualFold(filepath.Ext(out), ".txt") && !output.IsSpecial(out) {
			err := output.WriteFolder(context.Background(), out, o.force, []output.FolderFile{
				{Name: "source.txt", Write: func(w io.Writer) error { return worksheet.WriteSource(w, j) }},
				{Name: "target.txt", Write: func(w io.Writer) error { return worksheet.WriteTarget(w, j) }},
			})
			if errors.Is(err, output.ErrFolderExists) {
				return usageError{err.Error()}
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
		return stream(func(w io.Writer) error { return worksheet.WriteCSV(w, j, worksheet.CSVOptions{Excel: o.excel}) })
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
func (o exportOptions) wroteExport(s *streams, format string, j *worksheet.Job, err error) {
	if out := o.output; err == nil && out != "" && out != "-" && !output.IsSpecial(out) {
		s.wrote(out, "%s, %d %s from %s", format, len(j.Units), j.Mode, plural(len(j.Docs), "document"))
	}
}

// exportXLSX builds the workbook and writes it to -o FILE, or to stdout when that is not a
// terminal.
func exportXLSX(o exportOptions, s *streams, job *pipeline.Job) error {
	j := job.Sheet
	var xo worksheet.XLSXOptions
	if o.glossary {
		entries, err := glossaryEntries(o.job, job, 0)
		if err != nil {
			return err
		}
		xo.AddSheets = func(f *excelize.File) error {
			return glossary.AddSheet(f, "Glossary", entries, job.GlossaryOptions())
		}
	}
	out := o.output
	if err := s.refuseXLSXToTerminal("export", out); err != nil {
		return err
	}
	f, err := worksheet.XLSX(j, xo)
	if err != nil {
		return err
	}
	defer f.Close()
	if out == "" || out == "-" {
		bw := bufio.NewWriter(s.out)
		if err := f.Write(bw); err != nil {
			return output.WriteError(err)
		}
		if err := bw.Flush(); err != nil {
			return output.WriteError(err)
		}
		return nil
	}
	err = output.WriteFile(out, o.force, func(w io.Writer) error { return f.Write(w) })
	if errors.Is(err, output.ErrExists) {
		return usageError{err.Error()}
	}
	o.wroteExport(s, "xlsx", j, err)
	return err
}
