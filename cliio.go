package main

// Input, output and colour wiring shared by every command: the global flags, the streams a
// run gets, the file arguments (package input reads them, package output writes -o
// atomically), warnings on stderr, and deciding when to colour.

import (
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

// streams are what every run gets besides its own options: the standard streams and the
// global flags.
type streams struct {
	in           io.Reader
	out, err     io.Writer
	quiet, force bool
	color        string // --color: auto, always or never
	encoding     input.Encoding
}

// streamsOf reads the global flags (checked by validateGlobalFlags).
func streamsOf(c *cli.Context) *streams {
	enc, _ := input.ParseEncoding(c.String("encoding"))
	return &streams{in: c.App.Reader, out: c.App.Writer, err: c.App.ErrWriter,
		quiet: c.Bool("quiet"), force: c.Bool("force"), color: c.String("color"), encoding: enc}
}

// inputs are the files a run reads and the one it writes, which must not be one of them.
type inputs struct {
	cmd     string   // the command, for messages
	names   []string // "-" is stdin
	output  string   // -o
	also    []string // files other flags name (--idf, --target): -o must not be one of them
	folders bool     // a folder gives its .txt files (prep, export), as in corpus runs
	// jsonl is --jsonl; hasJSONL says whether the command has it (warnJSONLName's advice).
	jsonl, hasJSONL bool
}

// inputsOf reads the command's file arguments, or "-" (stdin) when there are none. When
// stdin is a terminal and no file is given it returns a usage error (after printing help)
// instead of waiting for typed input.
func inputsOf(c *cli.Context, also ...string) (inputs, error) {
	in := inputs{cmd: c.Command.Name, names: c.Args().Slice(), output: c.String("output"),
		jsonl: c.Bool("jsonl"), hasJSONL: hasFlag(c, "jsonl")}
	for _, a := range also {
		if a != "" {
			in.also = append(in.also, a)
		}
	}
	if len(in.names) > 0 {
		return in, nil
	}
	if f, ok := c.App.Reader.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		cli.ShowSubcommandHelp(c)
		return in, usagef("%s: no input (give a file, or pipe text on stdin)", c.Command.Name)
	}
	in.names = []string{"-"}
	return in, nil
}

// refuseXLSXToTerminal refuses, for cmd, to write xlsx (binary) to stdout (out "" or "-")
// when stdout is a terminal.
func (s *streams) refuseXLSXToTerminal(cmd, out string) error {
	if out == "" || out == "-" {
		if f, ok := s.out.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return usagef("%s: xlsx is binary: give -o FILE.xlsx or redirect stdout", cmd)
		}
	}
	return nil
}

// openInput opens one named input ("-" is stdin) as a decoded UTF-8 stream.
func (s *streams) openInput(name string) (io.Reader, func(), error) {
	return input.Open(name, s.in, s.encoding)
}

// readAll reads one named input whole.
func (s *streams) readAll(name string) (string, error) { return input.ReadAll(name, s.in, s.encoding) }

// eachDocument reads every input in order, whole, and calls fn with it; the first that
// cannot be read stops the run.
func (s *streams) eachDocument(in inputs, fn func(batch.Doc) error) error {
	if err := refuseOutputAsInput(in); err != nil {
		return err
	}
	s.warnJSONLName(in)
	src := &batch.Source{Paths: in.names, Stdin: s.in, Encoding: s.encoding, Exclude: in.outputs()}
	return src.Whole(in.folders, s.warnSkipped, fn)
}

// refuseOutputAsInput stops a run whose -o names one of its inputs — a file argument, or a
// file another flag names — before anything is read.
func refuseOutputAsInput(in inputs) error {
	if output.IsInput(in.output, append(in.names[:len(in.names):len(in.names)], in.also...)) {
		return usagef("output %s is also an input", in.output)
	}
	return nil
}

// sink is where a command writes its data: stdout or an atomic -o file.
type sink = output.Sink

// withSink runs fn with the output path (stdout when empty or "-"), opened atomically and
// refusing to overwrite without --force, and commits it only if fn succeeds.
func (s *streams) withSink(path string, fn func(w *sink) error) error {
	w, err := output.OpenSink(path, s.out, s.force)
	if errors.Is(err, output.ErrExists) {
		return usageError{err.Error()}
	}
	if err != nil {
		return err
	}
	return w.Finish(fn(w))
}

// colorEnabled decides colour for a stream: --color always/never, or auto = a terminal with
// NO_COLOR unset and TERM not "dumb".
func colorEnabled(mode string, w io.Writer) (bool, error) {
	switch strings.ToLower(mode) {
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
	return false, usagef("--color must be auto, always or never, not %q", mode)
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
func (s *streams) warnf(format string, args ...any) {
	if s.quiet {
		return
	}
	fmt.Fprintf(s.err, "arprep: warning: "+format+"\n", args...)
}

// wrote prints the one-line summary of a run that wrote files (stdout stays data only), unless
// --quiet: "arprep: wrote PATH (DETAILS)".
func (s *streams) wrote(path, format string, args ...any) {
	if s.quiet {
		return
	}
	fmt.Fprintf(s.err, "arprep: wrote %s (%s)\n", path, fmt.Sprintf(format, args...))
}

// plural writes a count with its noun: 1 document, 2 documents.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// warnCut is the warning about a sentence cut at the length limit (segment.Cuts).
func (s *streams) warnCut(msg string) { s.warnf("%s", msg) }
