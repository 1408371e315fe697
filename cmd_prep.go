package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/arprep/arprep/output"
	"github.com/urfave/cli/v2"
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
		Flags: append(jobFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the job folder `DIR` to create"},
		),
		Action: action(prepOptionsOf, prepRun),
	})
}

// prepFault, when set by a test, is called before each file of the folder is written; an
// error it returns fails the run there.
var prepFault func(name string) error

// prepOptions are prep's flags.
type prepOptions struct {
	job   jobOptions
	dir   string // -o
	force bool
}

func prepOptionsOf(c *cli.Context) (prepOptions, error) {
	job, err := jobOptionsOf(c)
	return prepOptions{job: job, dir: c.String("output"), force: c.Bool("force")}, err
}

// prepRun makes the job folder.
func prepRun(o prepOptions, s *streams) error {
	dir := o.dir
	if dir == "" || dir == "-" {
		return usagef("prep: give the job folder to create with -o DIR")
	}
	if info, err := os.Stat(dir); err == nil && !o.force {
		if !info.IsDir() {
			return usagef("prep: %s exists and is not a folder", dir)
		}
		return usagef("prep: %s: %v", dir, output.ErrFolderExists)
	}
	o.job.needNames = true // the glossary and the report page
	job, err := buildJob(o.job, s)
	if err != nil {
		return err
	}
	j := job.Sheet
	if len(j.Units) == 0 {
		s.warnf("prep: %s has no text to translate; the job folder's files are empty", job.Title())
	}
	s.warnDropped(j)
	entries, err := glossaryEntries(o.job, job, 0)
	if err == nil && len(entries) == 0 { // a short text: take terms seen once rather than none
		entries, err = glossaryEntries(o.job, job, 1)
	}
	if err != nil {
		return err
	}
	files := job.Folder(entries, "arprep "+version)
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
	err = output.WriteFolder(ctx, dir, o.force, files)
	if errors.Is(err, output.ErrFolderExists) {
		return usageError{err.Error()}
	}
	if err == nil {
		s.wrote(dir+string(filepath.Separator), "%d files: %d %s from %s, %d glossary terms", len(files), len(j.Units), j.Mode, plural(len(j.Docs), "document"), len(entries))
	}
	return err
}
