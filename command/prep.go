package command

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/arprep/arprep/output"
)

// prepFault, when set by a test, is called before each file of the folder is written; an
// error it returns fails the run there.
var prepFault func(name string) error

// PrepOptions are prep's options; the job's In.Output is the folder to create.
type PrepOptions struct {
	Job JobOptions
}

// Prep makes the job folder.
func Prep(o PrepOptions, s *IO) error {
	dir := o.Job.In.Output
	if dir == "" || dir == "-" {
		return usagef("prep: give the job folder to create with -o DIR")
	}
	if info, err := os.Stat(dir); err == nil && !s.Force {
		if !info.IsDir() {
			return usagef("prep: %s exists and is not a folder", dir)
		}
		return usagef("prep: %s: %v", dir, output.ErrFolderExists)
	}
	job, err := buildJob(o.Job, s, true) // names for the glossary and the report page
	if err != nil {
		return err
	}
	j := job.Sheet
	if len(j.Units) == 0 {
		s.warnf("prep: %s has no text to translate; the job folder's files are empty", job.Title())
	}
	s.warnDropped(j)
	entries, err := glossaryEntries(o.Job, job, 0)
	if err == nil && len(entries) == 0 { // a short text: take terms seen once rather than none
		entries, err = glossaryEntries(o.Job, job, 1)
	}
	if err != nil {
		return err
	}
	files := job.Folder(entries, "arprep "+s.Version)
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
	err = output.WriteFolder(ctx, dir, s.Force, files)
	if errors.Is(err, output.ErrFolderExists) {
		return UsageError{err.Error()}
	}
	if err == nil {
		s.wrote(dir+string(filepath.Separator), "%d files: %d %s from %s, %d glossary terms", len(files), len(j.Units), j.Mode, plural(len(j.Docs), "document"), len(entries))
	}
	return err
}
