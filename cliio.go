package main

// Input, output and colour handling shared by every command: reading FILE... or stdin,
// writing stdout or -o FILE atomically, and deciding when to colour.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/output"
	"github.com/fatih/color"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
)

func globalFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour output: auto, always or never (auto honours NO_COLOR and TERM=dumb)"},
		&cli.StringFlag{Name: "encoding", Value: "auto", Usage: "input encoding: auto, utf-8, utf-16 or windows-1256"},
		&cli.BoolFlag{Name: "force", Usage: "overwrite existing output files"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no warnings or progress on stderr"},
	}
}

// outputFlag is the -o flag every command that writes a file shares.
var outputFlag = &cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` (atomically; stdout when absent)"}

// document is one decoded input.
type document struct {
	Name string // file name, or "-" for stdin
	Text string
}

// inputNames returns the command's file arguments, or "-" (stdin) when there are none. When
// stdin is a terminal and no file is given it returns a usage error (after printing help)
// instead of waiting for typed input.
func inputNames(c *cli.Context) ([]string, error) {
	names := c.Args().Slice()
	if len(names) > 0 {
		return names, nil
	}
	if f, ok := c.App.Reader.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		cli.ShowSubcommandHelp(c)
		return nil, usagef("%s: no input (give a file, or pipe text on stdin)", c.Command.Name)
	}
	return []string{"-"}, nil
}

func encodingOf(c *cli.Context) (input.Encoding, error) {
	enc, err := input.ParseEncoding(c.String("encoding"))
	if err != nil {
		return "", usageError{err.Error()}
	}
	return enc, nil
}

// openInput opens one named input ("-" is stdin) as a decoded UTF-8 stream.
func openInput(c *cli.Context, name string) (io.Reader, func(), error) {
	enc, err := encodingOf(c)
	if err != nil {
		return nil, nil, err
	}
	var src io.Reader
	closer := func() {}
	label := name
	if name == "-" {
		src = c.App.Reader
		label = "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, fileError(err)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, nil, fmt.Errorf("%s: is a directory", name)
		}
		src, closer = f, func() { f.Close() }
	}
	r, _, err := input.NewReader(label, src, enc)
	if err != nil {
		closer()
		return nil, nil, err
	}
	return r, closer, nil
}

// eachDocument reads every input in order, whole, and calls fn with it. For the commands that
// make one job of many documents (prep, export) a folder gives its text files, as in corpus
// runs.
func eachDocument(c *cli.Context, fn func(document) error) error {
	names, err := inputNames(c)
	if err != nil {
		return err
	}
	if err := refuseOutputAsInput(c, names); err != nil {
		return err
	}
	warnJSONLName(c, names)
	for _, name := range names {
		if info, err := os.Stat(name); err == nil && info.IsDir() && name != "-" && jobCommand(c) {
			if err := eachFolderDocument(c, name, fn); err != nil {
				return err
			}
			continue
		}
		r, closeInput, err := openInput(c, name)
		if err != nil {
			return err
		}
		var b strings.Builder
		_, err = io.Copy(&b, r)
		closeInput()
		if err != nil {
			return err
		}
		if err := fn(document{Name: name, Text: b.String()}); err != nil {
			return err
		}
	}
	return nil
}

// jobCommand reports whether the command makes one translation job of all its inputs.
func jobCommand(c *cli.Context) bool { return c.Command.Name == "prep" || c.Command.Name == "export" }

// eachFolderDocument calls fn with every text file under dir, in order; a file that cannot be
// read stops the run.
func eachFolderDocument(c *cli.Context, dir string, fn func(document) error) error {
	enc, err := encodingOf(c)
	if err != nil {
		return err
	}
	src := &batch.Source{Paths: []string{dir}, Encoding: enc, Exclude: outputs(c)}
	defer warnSkipped(c, src)
	n := 0
	err = src.Each(func(d batch.Doc) error {
		if d.Err != nil {
			return fileError(d.Err)
		}
		n++
		return fn(document{Name: d.Name, Text: d.Text})
	})
	if err == nil && n == 0 {
		return fmt.Errorf("%s: no .txt files in the folder", dir)
	}
	return err
}

// refuseOutputAsInput stops a run whose -o names one of its inputs — a file argument, or the
// file of --idf or --target — before anything is read.
func refuseOutputAsInput(c *cli.Context, names []string) error {
	out := c.String("output")
	if out == "" {
		return nil
	}
	outInfo, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, flag := range []string{"idf", "target"} {
		if v := c.String(flag); v != "" {
			names = append(names[:len(names):len(names)], v)
		}
	}
	for _, n := range names {
		if n == "-" {
			continue
		}
		if in, err := os.Stat(n); err == nil && os.SameFile(in, outInfo) && outInfo.Mode().IsRegular() {
			return usagef("output %s is also an input", out)
		}
	}
	return nil
}

// sink is where a command writes its data: stdout or an atomic -o file.
type sink struct {
	*bufio.Writer
	file *output.File // nil for stdout
}

// openSink opens -o FILE (atomically, refusing to overwrite without --force) or stdout.
func openSink(c *cli.Context) (*sink, error) {
	path := c.String("output")
	if path == "" || path == "-" {
		return &sink{Writer: bufio.NewWriterSize(c.App.Writer, 64<<10)}, nil
	}
	f, err := output.Create(path, c.Bool("force"))
	if err != nil {
		if errors.Is(err, output.ErrExists) {
			return nil, usageError{err.Error()}
		}
		return nil, err
	}
	return &sink{Writer: bufio.NewWriterSize(f, 64<<10), file: f}, nil
}

// finish flushes and, for a file, commits it. On an earlier error the file is discarded;
// stdout still gets what was written (a batch run that skipped bad documents has printed
// the good ones).
func (s *sink) finish(err error) error {
	if err != nil {
		if s.file != nil {
			s.file.Abort()
		} else {
			s.Flush()
		}
		return err
	}
	if err := s.Flush(); err != nil {
		if s.file != nil {
			s.file.Abort()
		}
		return writeError(err)
	}
	if s.file != nil {
		return s.file.Commit()
	}
	return nil
}

// writeError names the failing stream for errors such as ENOSPC on stdout (>/dev/full).
func writeError(err error) error {
	return fmt.Errorf("writing output: %w", err)
}

// withSink runs fn with the command's output and commits it only if fn succeeds.
func withSink(c *cli.Context, fn func(w *sink) error) error {
	s, err := openSink(c)
	if err != nil {
		return err
	}
	return s.finish(fn(s))
}

// colorEnabled decides colour for a stream: --color always/never, or auto = a terminal with
// NO_COLOR unset and TERM not "dumb".
func colorEnabled(c *cli.Context, w io.Writer) (bool, error) {
	switch strings.ToLower(c.String("color")) {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		if _, set := os.LookupEnv("NO_COLOR"); set || os.Getenv("TERM") == "dumb" {
			return false, nil
		}
		f, ok := w.(*os.File)
		return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())), nil
	}
	return false, usagef("--color must be auto, always or never, not %q", c.String("color"))
}

// painter returns a colour for a stream, switched on or off per colorEnabled.
func painter(enabled bool, attrs ...color.Attribute) *color.Color {
	p := color.New(attrs...)
	if enabled {
		p.EnableColor()
	} else {
		p.DisableColor()
	}
	return p
}

// warnf prints a warning on stderr unless --quiet.
func warnf(c *cli.Context, format string, args ...any) {
	if c.Bool("quiet") {
		return
	}
	fmt.Fprintf(c.App.ErrWriter, "arprep: warning: "+format+"\n", args...)
}

// wrote prints the one-line summary of a run that wrote files (stdout stays data only), unless
// --quiet: "arprep: wrote PATH (DETAILS)".
func wrote(c *cli.Context, path, format string, args ...any) {
	if c.Bool("quiet") {
		return
	}
	fmt.Fprintf(c.App.ErrWriter, "arprep: wrote %s (%s)\n", path, fmt.Sprintf(format, args...))
}

// plural writes a count with its noun: 1 document, 2 documents.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
