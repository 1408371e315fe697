package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/worksheet"
	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"
)

func init() {
	register(&cli.Command{
		Name:      "prep",
		Usage:     "make a translator's job folder: aligned text, XLIFF, worksheet, glossary, summary, report",
		ArgsUsage: "FILE...|DIR...|- -o DIR",
		Description: "Writes into DIR:\n" +
			"  source.txt      the source, one unit per line\n" +
			"  target.txt      an empty file with as many lines, for the translation\n" +
			"  job.xlf         XLIFF 1.2 for CAT tools (summary flag and score in notes)\n" +
			"  worksheet.xlsx  sheets Translate and Glossary\n" +
			"  glossary.utf8   the glossary as tab-separated source, target, comment in UTF-8: the name\n" +
			"                  OmegaT (3.6 and later) reads from its glossary/ folder; any spreadsheet opens it\n" +
			"  glossary-tbx2.tbx  the glossary as TBX 2 (<martif>): OmegaT, memoQ, translate-toolkit\n" +
			"  glossary.tbx    the glossary as TBX 3 (ISO 30042:2019, TBX-Basic), as glossary -o FILE.tbx\n" +
			"                  writes it, for TBX 3 readers (OmegaT 3.6 cannot read it: use the two above)\n" +
			"  summary.txt     the summary sentences\n" +
			"  report.md       counts, top terms and warnings (very long sentences, repeats, ...)\n" +
			"  report.html     the same as a page: the text with summary, entities and glossary\n" +
			"The folder appears whole or not at all: it is built beside DIR under a temporary name\n" +
			"and renamed when complete; an interrupt removes it. An existing DIR needs --force.\n" +
			"Several inputs (files, or folders of .txt files) make one job: units numbered across\n" +
			"them, one <file> per document in job.xlf, one glossary and one summary of them all.",
		Flags: append(exportFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the job folder `DIR` to create"},
		),
		Action: prepAction,
	})
}

// prepFault, when set by a test, is called before each file of the folder is written; an
// error it returns fails the run there.
var prepFault func(name string) error

func prepAction(c *cli.Context) error {
	dir := c.String("output")
	if dir == "" || dir == "-" {
		return usagef("prep: give the job folder to create with -o DIR")
	}
	if info, err := os.Stat(dir); err == nil && !c.Bool("force") {
		if !info.IsDir() {
			return usagef("prep: %s exists and is not a folder", dir)
		}
		return usagef("prep: %s: %v", dir, output.ErrFolderExists)
	}
	j, err := buildJob(c)
	if err != nil {
		return err
	}
	if len(j.Units) == 0 {
		warnf(c, "prep: %s has no text to translate; the job folder's files are empty", jobTitle(j))
	}
	warnDropped(c, j)
	entries, err := glossaryEntries(c, j, 0)
	if err == nil && len(entries) == 0 { // a short text: take terms seen once rather than none
		entries, err = glossaryEntries(c, j, 1)
	}
	if err != nil {
		return err
	}
	gopts := glossaryOptions(j)
	words := 0
	for _, d := range j.Docs {
		for _, t := range arabic.Tokens(d.Text) {
			if t.Kind == arabic.Word || t.Kind == arabic.Number || t.Kind == arabic.Latin {
				words++
			}
		}
	}
	terms := make([]worksheet.Term, 0, min(len(entries), worksheet.TopTerms))
	for i := 0; i < len(entries) && i < worksheet.TopTerms; i++ {
		e := entries[i]
		terms = append(terms, worksheet.Term{Text: e.Term, Kind: e.Kind, Frequency: e.Frequency, Target: e.Target})
	}
	files := []output.FolderFile{
		{Name: "source.txt", Write: func(w io.Writer) error { return worksheet.WriteSource(w, j) }},
		{Name: "target.txt", Write: func(w io.Writer) error { return worksheet.WriteTarget(w, j) }},
		{Name: "job.xlf", Write: func(w io.Writer) error { return worksheet.WriteXLIFF(w, j, worksheet.XLIFFOptions{}) }},
		{Name: "worksheet.xlsx", Write: func(w io.Writer) error {
			f, err := worksheet.XLSX(j, worksheet.XLSXOptions{AddSheets: func(f *excelize.File) error {
				return glossary.AddSheet(f, "Glossary", entries, gopts)
			}})
			if err != nil {
				return err
			}
			defer f.Close()
			return f.Write(w)
		}},
		{Name: "glossary.utf8", Write: func(w io.Writer) error { return glossary.WriteTSV(w, entries, gopts) }},
		{Name: "summary.txt", Write: func(w io.Writer) error { return worksheet.WriteSummary(w, j) }},
	}
	listing := []string{
		"`source.txt`: the source, one unit per line",
		"`target.txt`: empty, one line per unit, for the translation",
		"`job.xlf`: XLIFF 1.2 for CAT tools",
		"`worksheet.xlsx`: sheets Translate and Glossary",
		"`glossary.utf8` (OmegaT, spreadsheets), `glossary-tbx2.tbx` (TBX 2: OmegaT, memoQ), `glossary.tbx` (TBX 3): the glossary",
		"`summary.txt`: the summary",
	}
	if len(entries) > 0 {
		// TBX 2 (<martif>) is what OmegaT, memoQ and translate-toolkit read; TBX 3 is the
		// current standard, and what glossary -o FILE.tbx writes.
		files = append(files, output.FolderFile{Name: "glossary-tbx2.tbx", Write: func(w io.Writer) error {
			return glossary.WriteTBX2(w, entries, gopts)
		}}, output.FolderFile{Name: "glossary.tbx", Write: func(w io.Writer) error {
			return glossary.WriteTBX(w, entries, gopts)
		}})
	} else {
		listing[4] = "`glossary.utf8`: the glossary (no terms were found, and a TBX file cannot be empty, so there is no TBX)"
	}
	listing = append(listing, "`report.html`: this report as a page, with the text, its summary, entities and glossary")
	files = append(files, output.FolderFile{Name: "report.html", Write: func(w io.Writer) error { return writeJobPage(w, j, entries) }})
	files = append(files, output.FolderFile{Name: "report.md", Write: func(w io.Writer) error {
		return worksheet.WriteReport(w, j, worksheet.ReportInput{Title: jobTitle(j), Words: words,
			Terms: terms, Glossary: len(entries), Files: listing})
	}})
	if prepFault != nil {
		for i := range files {
			write, name := files[i].Write, files[i].Name
			files[i].Write = func(w io.Writer) error {
				if err := prepFault(name); err != nil {
					return err
				}
				return write(w)
			}
		}
	}
	// Until now nothing is on disk and an interrupt may end the process as usual; from here
	// it cancels the build, and WriteFolder removes the temporary folder.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = output.WriteFolder(ctx, dir, c.Bool("force"), files)
	if errors.Is(err, output.ErrFolderExists) {
		return usageError{err.Error()}
	}
	if err == nil {
		wrote(c, dir+string(filepath.Separator), "%d files: %d %s from %s, %d glossary terms", len(files), len(j.Units), j.Mode, plural(len(j.Docs), "document"), len(entries))
	}
	return err
}

// jobTitle names the job's input in the report and messages: the file name, "stdin", or the
// number of documents and the first names.
func jobTitle(j *worksheet.Job) string {
	if len(j.Docs) == 1 {
		return docTitle(j.Docs[0].Name)
	}
	const most = 3
	var names []string
	for i, d := range j.Docs {
		if i == most {
			names = append(names, "...")
			break
		}
		names = append(names, docTitle(d.Name))
	}
	return fmt.Sprintf("%d documents (%s)", len(j.Docs), strings.Join(names, ", "))
}

// docTitle names the input in the report: its file name, or "stdin".
func docTitle(name string) string {
	if name == "-" {
		return "stdin"
	}
	return filepath.Base(name)
}
