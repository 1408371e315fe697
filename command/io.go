package command

// What every run shares: the IO it gets, its inputs and outputs, and its messages on stderr.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/output"
	"github.com/mattn/go-isatty"
)

// IO is what every run gets besides its own options: the standard streams, the global flags
// and what the command line decided about colour and progress.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// Progress receives the progress bar of corpus runs (a terminal's stderr); nil: none.
	Progress     io.Writer
	Quiet, Force bool // --quiet: no warnings; --force: overwrite existing outputs
	Encoding     input.Encoding
	// Color says whether text on Out may be coloured (--color, and whether Out is a terminal);
	// ColorAlways that --color always asked for it, which colours a summary written to a file.
	Color, ColorAlways bool
	// Paint colours text in a role: "number" (segment's sentence numbers), "chosen" and "dim"
	// (summarize --highlight), or an entity type (PERS, LOC, ORG, MISC). Runs call it only
	// when they colour; nil: no colour.
	Paint func(role, text string) string
	// Version is arprep's version, written into the files that name their maker.
	Version string
}

// UsageError is an error in the command line's options (exit status 2).
type UsageError struct{ Msg string }

func (e UsageError) Error() string { return e.Msg }

func usagef(format string, args ...any) error { return UsageError{fmt.Sprintf(format, args...)} }

// StatusError ends a run with a status whose messages were already printed (a batch run that
// skipped one bad document exits 1).
type StatusError int

func (e StatusError) Error() string   { return fmt.Sprintf("exit status %d", int(e)) }
func (e StatusError) ExitStatus() int { return int(e) }

// Inputs are the files a run reads and the one it writes, which must not be one of them.
type Inputs struct {
	Cmd    string   // the command, for messages
	Names  []string // "-" is stdin
	Output string   // -o
	// JSONL is --jsonl; HasJSONL says whether the command has it (warnJSONLName's advice).
	JSONL, HasJSONL bool
	also            []string // files other options name (--idf, --target): -o must not be one of them
	folders         bool     // a folder gives its .txt files (prep, export), as in corpus runs
}

// with returns the inputs with the files other options name (empty: none).
func (in Inputs) with(files ...string) Inputs {
	in.also = slices.Clip(in.also)
	for _, f := range files {
		if f != "" {
			in.also = append(in.also, f)
		}
	}
	return in
}

// outputs are the files a run writes, which a folder walk must not read back: -o FILE (which
// may lie in the folder being read, and would grow on every run).
func (in Inputs) outputs() []string {
	if in.Output != "" && in.Output != "-" {
		return []string{in.Output}
	}
	return nil
}

// refuseOutputAsInput stops a run whose -o names one of its inputs — a file argument, or a
// file another option names — before anything is read.
func refuseOutputAsInput(in Inputs) error {
	if output.IsInput(in.Output, append(slices.Clip(in.Names), in.also...)) {
		return usagef("output %s is also an input", in.Output)
	}
	return nil
}

// refuseXLSXToTerminal refuses, for cmd, to write xlsx (binary) to stdout (out "" or "-")
// when stdout is a terminal.
func (s *IO) refuseXLSXToTerminal(cmd, out string) error {
	if out == "" || out == "-" {
		if f, ok := s.Out.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return usagef("%s: xlsx is binary: give -o FILE.xlsx or redirect stdout", cmd)
		}
	}
	return nil
}

// openInput opens one named input ("-" is stdin) as a decoded UTF-8 stream.
func (s *IO) openInput(name string) (io.Reader, func(), error) {
	return input.Open(name, s.In, s.Encoding)
}

// readAll reads one named input whole.
func (s *IO) readAll(name string) (string, error) { return input.ReadAll(name, s.In, s.Encoding) }

// eachDocument reads every input in order, whole, and calls fn with it; the first that
// cannot be read stops the run.
func (s *IO) eachDocument(in Inputs, fn func(batch.Doc) error) error {
	if err := refuseOutputAsInput(in); err != nil {
		return err
	}
	s.warnJSONLName(in)
	src := &batch.Source{Paths: in.Names, Stdin: s.In, Encoding: s.Encoding, Exclude: in.outputs()}
	return src.Whole(in.folders, s.warnSkipped, fn)
}

// withSink runs fn with the output path (stdout when empty or "-"), opened atomically and
// refusing to overwrite without --force, and commits it only if fn succeeds.
func (s *IO) withSink(path string, fn func(w *output.Sink) error) error {
	w, err := output.OpenSink(path, s.Out, s.Force)
	if errors.Is(err, output.ErrExists) {
		return UsageError{err.Error()}
	}
	if err != nil {
		return err
	}
	return w.Finish(fn(w))
}

// writeTo writes to the output path as withSink does, marking what write fails with as a
// write error.
func (s *IO) writeTo(path string, write func(io.Writer) error) error {
	return s.withSink(path, func(w *output.Sink) error {
		if err := write(w); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
}

// paint colours text in a role when on.
func (s *IO) paint(on bool, role string) func(string) string {
	if !on || s.Paint == nil {
		return func(text string) string { return text }
	}
	return func(text string) string { return s.Paint(role, text) }
}

// warnf prints a warning on stderr unless --quiet.
func (s *IO) warnf(format string, args ...any) {
	if s.Quiet {
		return
	}
	fmt.Fprintf(s.Err, "arprep: warning: "+format+"\n", args...)
}

// wrote prints the one-line summary of a run that wrote files (stdout stays data only), unless
// --quiet: "arprep: wrote PATH (DETAILS)".
func (s *IO) wrote(path, format string, args ...any) {
	if s.Quiet {
		return
	}
	fmt.Fprintf(s.Err, "arprep: wrote %s (%s)\n", path, fmt.Sprintf(format, args...))
}

// plural writes a count with its noun: 1 document, 2 documents.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// warnCut is the warning about a sentence cut at the length limit (segment.Cuts).
func (s *IO) warnCut(msg string) { s.warnf("%s", msg) }

// warnJSONLName warns about a .jsonl input read as plain text: one document holding every
// line, silently, is not what its name promises.
func (s *IO) warnJSONLName(in Inputs) {
	if in.JSONL {
		return
	}
	for _, n := range in.Names {
		switch strings.ToLower(filepath.Ext(n)) {
		case ".jsonl", ".ndjson":
			if in.HasJSONL {
				s.warnf("%s is read as one plain-text document; give --jsonl to read one document per line", n)
			} else {
				s.warnf("%s is read as one plain-text document (%s has no --jsonl)", n, in.Cmd)
			}
		}
	}
}

// warnSkipped prints the one line that says which files folder walks left out.
func (s *IO) warnSkipped(notText, binary []string) {
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

// anyDirectory reports whether one of the inputs is a folder: the run is then a corpus.
func anyDirectory(names []string) bool {
	for _, n := range names {
		if info, err := os.Stat(n); err == nil && info.IsDir() {
			return true
		}
	}
	return false
}
