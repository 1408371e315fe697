package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/worksheet"
	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"
)

func init() {
	register(&cli.Command{
		Name:      "prep",
		Usage:     "make a translator's job folder: aligned text, XLIFF, worksheet, glossary, summary, report",
		ArgsUsage: "FILE|- -o DIR",
		Description: "Writes into DIR:\n" +
			"  source.txt      the source, one unit per line\n" +
			"  target.txt      an empty file with as many lines, for the translation\n" +
			"  job.xlf         XLIFF 1.2 for CAT tools (summary flag and score in notes)\n" +
			"  worksheet.xlsx  sheets Translate and Glossary\n" +
			"  glossary.tbx    the glossary as TBX 2 (<martif>, read by OmegaT, memoQ, translate-toolkit)\n" +
			"  glossary.tsv    the glossary as source, target, comment (OmegaT)\n" +
			"  summary.txt     the summary sentences\n" +
			"  report.md       counts, top terms and warnings (very long sentences, repeats, ...)\n" +
			"  report.html     the same as a page: the text with summary, entities and glossary\n" +
			"The folder appears whole or not at all: it is built beside DIR under a temporary name\n" +
			"and renamed when complete; an interrupt removes it. An existing DIR needs --force.",
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
	if c.NArg() > 1 {
		return usagef("prep: one input per job folder (got %d); run prep once per file", c.NArg())
	}
	if info, err := os.Stat(dir); err == nil && !c.Bool("force") {
		if !info.IsDir() {
			return usagef("prep: %s exists and is not a folder", dir)
		}
		return usagef("prep: %s: %v", dir, worksheet.ErrFolderExists)
	}
	j, err := buildJob(c)
	if err != nil {
		return err
	}
	if len(j.Units) == 0 {
		warnf(c, "prep: %s has no text to translate; the job folder's files are empty", j.Docs[0].Name)
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
	files := []worksheet.BundleFile{
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
		{Name: "glossary.tsv", Write: func(w io.Writer) error { return glossary.WriteTSV(w, entries, gopts) }},
		{Name: "summary.txt", Write: func(w io.Writer) error { return worksheet.WriteSummary(w, j) }},
	}
	listing := []string{
		"`source.txt`: the source, one unit per line",
		"`target.txt`: empty, one line per unit, for the translation",
		"`job.xlf`: XLIFF 1.2 for CAT tools",
		"`worksheet.xlsx`: sheets Translate and Glossary",
		"`glossary.tbx`, `glossary.tsv`: the glossary",
		"`summary.txt`: the summary",
	}
	if len(entries) > 0 {
		// TBX 2 (<martif>) is what CAT tools and translate-toolkit read.
		files = append(files, worksheet.BundleFile{Name: "glossary.tbx", Write: func(w io.Writer) error {
			return glossary.WriteTBX2(w, entries, gopts)
		}})
	} else {
		listing[4] = "`glossary.tsv`: the glossary (no terms were found, and a TBX file cannot be empty, so there is no glossary.tbx)"
	}
	listing = append(listing, "`report.html`: this report as a page, with the text, its summary, entities and glossary")
	files = append(files, worksheet.BundleFile{Name: "report.html", Write: func(w io.Writer) error { return writeJobPage(w, j, entries) }})
	files = append(files, worksheet.BundleFile{Name: "report.md", Write: func(w io.Writer) error {
		return worksheet.WriteReport(w, j, worksheet.ReportInput{Title: docTitle(j.Docs[0].Name), Words: words,
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
	err = worksheet.WriteFolder(ctx, dir, c.Bool("force"), files)
	if errors.Is(err, worksheet.ErrFolderExists) {
		return usageError{err.Error()}
	}
	return err
}

// docTitle names the input in the report: its file name, or "stdin".
func docTitle(name string) string {
	if name == "-" {
		return "stdin"
	}
	return filepath.Base(name)
}
