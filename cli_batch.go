package main

// Corpus-scale runs: the batch flags, and the wiring of batch.Run (which runs many files,
// folders and JSONL streams in parallel, with output in input order and a progress bar):
// whether stderr is a terminal, how a failed document is reported and what the exit status is.

import (
	"errors"
	"fmt"
	"github.com/arprep/arprep/output"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/textout"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
)

// batchFlags are the flags of every command that accepts a corpus.
func batchFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "jsonl", Usage: "inputs are JSONL, one document per line; output is JSONL, one object per line, unless --format asks for text or tsv"},
		&cli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the text"},
		&cli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the document id"},
		&cli.StringFlag{Name: "glob", Usage: "when walking folders, read the files whose name matches `PATTERN` (e.g. '*.md') instead of the .txt files; binary files are still left out"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel, and at most as many CPUs used"},
		&cli.Int64Flag{Name: "max-doc-bytes", Value: 64 << 20, Usage: "skip (and report) documents larger than `N` bytes; 0 = no limit"},
	}
}

// batchOptions are the batch flags' values.
type batchOptions struct {
	textField, idField, glob string
	jobs                     int
	maxDocBytes              int64
}

func batchOptionsOf(c *cli.Context) batchOptions {
	return batchOptions{textField: c.String("text-field"), idField: c.String("id-field"), glob: c.String("glob"),
		jobs: c.Int("jobs"), maxDocBytes: c.Int64("max-doc-bytes")}
}

func (s *streams) batchSource(in inputs, b batchOptions) (*batch.Source, error) {
	if err := refuseOutputAsInput(in); err != nil {
		return nil, err
	}
	if b.jobs < 1 {
		return nil, usagef("--jobs must be at least 1")
	}
	s.warnJSONLName(in)
	return &batch.Source{
		Paths:       in.names,
		Stdin:       s.in,
		Glob:        b.glob,
		JSONL:       in.jsonl,
		TextField:   b.textField,
		IDField:     b.idField,
		Encoding:    s.encoding,
		MaxDocBytes: b.maxDocBytes,
		Exclude:     in.outputs(),
	}, nil
}

// outputs are the files a run writes, which a folder walk must not read back: -o FILE (which
// may lie in the folder being read, and would grow on every run).
func (in inputs) outputs() []string {
	if in.output != "" && in.output != "-" {
		return []string{in.output}
	}
	return nil
}

// warnJSONLName warns about a .jsonl input read as plain text: one document holding every
// line, silently, is not what its name promises.
func (s *streams) warnJSONLName(in inputs) {
	if in.jsonl {
		return
	}
	for _, n := range in.names {
		switch strings.ToLower(filepath.Ext(n)) {
		case ".jsonl", ".ndjson":
			if in.hasJSONL {
				s.warnf("%s is read as one plain-text document; give --jsonl to read one document per line", n)
			} else {
				s.warnf("%s is read as one plain-text document (%s has no --jsonl)", n, in.cmd)
			}
		}
	}
}

// hasFlag reports whether the running command defines the flag.
func hasFlag(c *cli.Context, name string) bool {
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

// warnSkipped prints the one line that says which files folder walks left out.
func (s *streams) warnSkipped(notText, binary []string) {
	list := func(names []string) string {
		const most = 3
		if len(names) > most {
			return strings.Join(names[:most], ", ") + ", ..."
		}
		return strings.Join(names, ", ")
	}
	switch {
	case len(notText) > 0:
		s.warnf("left out %s in folders that are not .txt (%s); --glob PATTERN reads others", plural(len(notText), "file"), list(notText))
	case len(binary) > 0:
		s.warnf("left out %s in folders that hold binary data (%s)", plural(len(binary), "file"), list(binary))
	}
}

// runBatch runs work on every document (in parallel, --jobs) and emit on each result in input
// order. A document that cannot be read or processed is reported on stderr, passed to emit with
// Err set (so JSONL output can keep one line per input line) and counted; the run goes on and
// fails at the end with the count.
func (s *streams) runBatch(in inputs, b batchOptions, work func(batch.Doc) (any, error), emit func(batch.Result) error) error {
	return s.runBatchThen(in, b, work, emit, "", nil)
}

// runBatchThen is runBatch with a last step, after every document is in: a glossary's merge
// over all of them. Meanwhile the progress bar stands full with the step's description, so
// that it does not look stuck short of 100% while the longest part of the run goes on.
func (s *streams) runBatchThen(in inputs, b batchOptions, work func(batch.Doc) (any, error), emit func(batch.Result) error, step string, then func() error) error {
	src, err := s.batchSource(in, b)
	if err != nil {
		return err
	}
	// --jobs N uses N CPUs, not N workers plus the reader, the writer and the garbage
	// collector on the others: a one-core task (a Hadoop or Spark slot) gets --jobs 1.
	if b.jobs < runtime.GOMAXPROCS(0) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(b.jobs))
	}
	defer func() { s.warnSkipped(src.Skipped()) }()
	run := batch.Run{Jobs: b.jobs, Progress: s.progress(), Step: step, Then: then,
		// Errors are reported even with --quiet: they change the exit status.
		Failed: func(r batch.Result) { fmt.Fprintf(s.err, "arprep: %s\n", r.Message()) }}
	err = run.Do(src, work, emit)
	var fe *batch.FieldError
	var failures *batch.Failures
	switch {
	case errors.As(err, &fe): // the first line lacks the field: its name is wrong, not every line
		return usagef("%s; give the field that holds the text with --text-field", fe)
	case errors.As(err, &failures) && failures.Total == 1:
		return exitStatus(1) // its message is out already
	}
	return err
}

// cpus is how many CPUs --jobs allows a run (runBatch lowers GOMAXPROCS to it): the pieces of
// a large document tagged at once.
func cpus(jobs int) int { return min(jobs, runtime.GOMAXPROCS(0)) }

// exitStatus ends a run with a status whose messages were already printed.
type exitStatus int

func (e exitStatus) Error() string   { return fmt.Sprintf("exit status %d", int(e)) }
func (e exitStatus) ExitStatus() int { return int(e) }

// progress is where the progress bar goes: a terminal's stderr, unless --quiet.
func (s *streams) progress() io.Writer {
	if s.quiet {
		return nil
	}
	if progressOut != nil {
		return progressOut
	}
	if f, ok := s.err.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		return f
	}
	return nil
}

// progressOut, when a test sets it, receives the progress bar as a terminal would.
var progressOut io.Writer

// anyDirectory reports whether one of the inputs is a folder: the run is then a corpus.
func anyDirectory(names []string) bool {
	for _, n := range names {
		if info, err := os.Stat(n); err == nil && info.IsDir() {
			return true
		}
	}
	return false
}

// runJSONL is the JSONL map step: work makes the output object of each document (encoded in
// the workers), failed the object that stands in the output for a document that could not be
// processed, so that every input line has its output line, in order.
func (s *streams) runJSONL(in inputs, b batchOptions, w *sink, work func(batch.Doc) (any, error), failed func(batch.Doc, error) any) error {
	return s.runBatch(in, b, func(d batch.Doc) (any, error) {
		v, err := work(d)
		if err != nil {
			return nil, err
		}
		return textout.JSONLine(v)
	}, func(r batch.Result) error {
		line, _ := r.Data.([]byte)
		if r.Err != nil {
			var err error
			if line, err = textout.JSONLine(failed(r.Doc, r.Err)); err != nil {
				return err
			}
		}
		if _, err := w.Write(line); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
}
