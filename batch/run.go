package batch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arprep/arprep/input"
	"github.com/schollz/progressbar/v3"
)

// Run is a corpus run as a command makes it: Map over a Source with a progress bar, bad
// documents reported through Failed and counted, and an optional last step over all the
// results. It prints nothing itself but the bar, and only to Progress.
type Run struct {
	Jobs     int
	Progress io.Writer      // where the bar goes (a terminal's stderr); nil for no bar
	Failed   func(r Result) // called for each document that could not be read or processed
	Step     string         // the last step's description, shown on the full bar
	Then     func() error   // the last step, after every document is in (a glossary's merge)
	// Worked, when not nil, is called once work has returned for every document, while the
	// last results may still be on their way to emit: what only work used can go then (a
	// glossary's tagger, while it counts a long last document). It returns before Then runs.
	Worked func()
}

// Failures is the error of a run in which documents failed (each already passed to Failed).
type Failures struct{ Failed, Total int }

func (f *Failures) Error() string { return fmt.Sprintf("%d of %d documents failed", f.Failed, f.Total) }

// Do runs work on every document of src (in parallel, Jobs) and emit on each result in input
// order. A document with Err set goes to Failed and then to emit, so that JSONL output can
// keep one line per input line; the run goes on and ends with *Failures. When the first
// document is a JSONL line without the text field, the field name is wrong rather than the
// corpus: Do stops with that *FieldError.
//
// Meanwhile the bar, on Progress, shows the documents' bytes done, MB/s and time left. During
// Then it stands full with Step's description, so that it does not look stuck short of 100%
// while the longest part of the run goes on.
func (r Run) Do(src *Source, work func(Doc) (any, error), emit func(Result) error) error {
	bar := r.progressBar(src.Paths)
	failed, total := 0, 0
	err := mapDocs(src, r.Jobs, 0, work, func(res Result) error {
		total++
		if bar != nil {
			bar.Describe(fmt.Sprintf("%d docs", total))
			bar.Add(res.Doc.Size)
		}
		if fe := (*FieldError)(nil); total == 1 && errors.As(res.Err, &fe) {
			if bar != nil {
				bar.Clear()
			}
			return fe
		}
		if res.Err != nil {
			failed++
			if bar != nil {
				bar.Clear()
			}
			if r.Failed != nil {
				r.Failed(res)
			}
		}
		return emit(res)
	}, r.Worked)
	if bar != nil {
		bar.Finish()
	}
	if err == nil && r.Then != nil {
		if bar != nil {
			bar.Describe(fmt.Sprintf("%d docs, %s", total, r.Step))
		}
		err = r.Then()
	}
	if bar != nil {
		bar.Clear()
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return &Failures{Failed: failed, Total: total}
	}
	return nil
}

// progressBar counts bytes; its total is unknown for stdin and folders.
func (r Run) progressBar(paths []string) *progressbar.ProgressBar {
	if r.Progress == nil {
		return nil
	}
	total := int64(-1)
	var sum int64
	for _, n := range paths {
		info, err := os.Stat(n)
		if err != nil || !info.Mode().IsRegular() {
			sum = -1
			break
		}
		sum += info.Size()
	}
	if sum > 0 {
		total = sum
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(r.Progress),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription("arprep"),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionShowCount(),
	)
}

// Message is the one-line report of a failed document: the error, led by the document's
// label unless the error names it already.
func (r Result) Message() string {
	msg := input.FileError(r.Err).Error()
	if !strings.HasPrefix(msg, strings.SplitN(r.Doc.Label(), " (id ", 2)[0]) {
		msg = r.Doc.Label() + ": " + msg
	}
	return msg
}
