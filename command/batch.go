package command

// Corpus-scale runs: batch.Run's wiring (many files, folders and JSONL streams in parallel,
// with output in input order and a progress bar): how a failed document is reported and what
// the run's error is.

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/textout"
)

// Batch are the options of every command that accepts a corpus.
type Batch struct {
	TextField, IDField string // JSONL fields of the text and of the document id
	Glob               string // the files of folders read, instead of the .txt files
	Jobs               int    // documents processed in parallel, and at most as many CPUs used
	MaxDocBytes        int64  // larger documents are skipped (and reported); 0: no limit
}

func (s *IO) batchSource(in Inputs, b Batch) (*batch.Source, error) {
	if err := refuseOutputAsInput(in); err != nil {
		return nil, err
	}
	if b.Jobs < 1 {
		return nil, usagef("--jobs must be at least 1")
	}
	s.warnJSONLName(in)
	return &batch.Source{
		Paths:       in.Names,
		Stdin:       s.In,
		Glob:        b.Glob,
		JSONL:       in.JSONL,
		TextField:   b.TextField,
		IDField:     b.IDField,
		Encoding:    s.Encoding,
		MaxDocBytes: b.MaxDocBytes,
		Exclude:     in.outputs(),
	}, nil
}

// runBatch runs work on every document (in parallel, --jobs) and emit on each result in input
// order. A document that cannot be read or processed is reported on stderr, passed to emit with
// Err set (so JSONL output can keep one line per input line) and counted; the run goes on and
// fails at the end with the count.
func (s *IO) runBatch(in Inputs, b Batch, work func(batch.Doc) (any, error), emit func(batch.Result) error) error {
	return s.runBatchThen(in, b, work, emit, batchSteps{})
}

// batchSteps are what runBatchThen does besides the documents' work and emit.
type batchSteps struct {
	worked func()       // once work has returned for every document (batch.Run.Worked)
	step   string       // the last step's description (batch.Run.Step)
	then   func() error // the last step (batch.Run.Then)
}

// runBatchThen is runBatch with a last step, after every document is in: a glossary's merge
// over all of them. Meanwhile the progress bar stands full with the step's description, so
// that it does not look stuck short of 100% while the longest part of the run goes on.
func (s *IO) runBatchThen(in Inputs, b Batch, work func(batch.Doc) (any, error), emit func(batch.Result) error, steps batchSteps) error {
	src, err := s.batchSource(in, b)
	if err != nil {
		return err
	}
	// --jobs N uses N CPUs, not N workers plus the reader, the writer and the garbage
	// collector on the others: a one-core task (a Hadoop or Spark slot) gets --jobs 1.
	if b.Jobs < runtime.GOMAXPROCS(0) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(b.Jobs))
	}
	defer func() { s.warnSkipped(src.Skipped()) }()
	progress := s.Progress
	if s.Quiet {
		progress = nil
	}
	run := batch.Run{Jobs: b.Jobs, Progress: progress, Step: steps.step, Then: steps.then, Worked: steps.worked,
		// Errors are reported even with --quiet: they change the exit status.
		Failed: func(r batch.Result) { fmt.Fprintf(s.Err, "arprep: %s\n", r.Message()) }}
	err = run.Do(src, work, emit)
	var fe *batch.FieldError
	var failures *batch.Failures
	switch {
	case errors.As(err, &fe): // the first line lacks the field: its name is wrong, not every line
		return usagef("%s; give the field that holds the text with --text-field", fe)
	case errors.As(err, &failures) && failures.Total == 1:
		return StatusError(1) // its message is out already
	}
	return err
}

// cpus is how many CPUs --jobs allows a run (runBatch lowers GOMAXPROCS to it): the pieces of
// a large document tagged at once.
func cpus(jobs int) int { return min(jobs, runtime.GOMAXPROCS(0)) }

// runJSONL is the JSONL map step: work makes the output object of each document (encoded in
// the workers), failed the object that stands in the output for a document that could not be
// processed, so that every input line has its output line, in order.
func (s *IO) runJSONL(in Inputs, b Batch, w *output.Sink, work func(batch.Doc) (any, error), failed func(batch.Doc, error) any) error {
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
