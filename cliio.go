package main

// What every command's wiring shares: the global flags, the IO a run gets (the streams, the
// global flags, colour and progress), the file arguments, and the flags several commands take.

import (
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/input"
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

var langFlag = &cli.StringFlag{Name: "lang", Value: "auto", Usage: "source language: ar, en, or auto (decided per document from its letters)"}

// ioOf is the IO of a run: the app's streams and the global flags (checked by
// validateGlobalFlags).
func ioOf(c *cli.Context) *command.IO {
	enc, _ := input.ParseEncoding(c.String("encoding"))
	mode := c.String("color")
	colored, _ := colorEnabled(mode, c.App.Writer)
	return &command.IO{In: c.App.Reader, Out: c.App.Writer, Err: c.App.ErrWriter, Progress: progress(c.App.ErrWriter),
		Quiet: c.Bool("quiet"), Force: c.Bool("force"), Encoding: enc,
		Color: colored, ColorAlways: mode == "always", Paint: paint, Version: version}
}

// inputsOf reads the command's file arguments, or "-" (stdin) when there are none. When
// stdin is a terminal and no file is given it returns a usage error (after printing help)
// instead of waiting for typed input.
func inputsOf(c *cli.Context) (command.Inputs, error) {
	in := command.Inputs{Cmd: c.Command.Name, Names: c.Args().Slice(), Output: c.String("output"),
		JSONL: c.Bool("jsonl"), HasJSONL: hasFlag(c, "jsonl")}
	if len(in.Names) > 0 {
		return in, nil
	}
	if f, ok := c.App.Reader.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		cli.ShowSubcommandHelp(c)
		return in, usagef("%s: no input (give a file, or pipe text on stdin)", c.Command.Name)
	}
	in.Names = []string{"-"}
	return in, nil
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

func batchOf(c *cli.Context) command.Batch {
	return command.Batch{TextField: c.String("text-field"), IDField: c.String("id-field"), Glob: c.String("glob"),
		Jobs: c.Int("jobs"), MaxDocBytes: c.Int64("max-doc-bytes")}
}

// progress is where the progress bar goes: a terminal's stderr (package command leaves it out
// with --quiet).
func progress(stderr io.Writer) io.Writer {
	if progressOut != nil {
		return progressOut
	}
	if f, ok := stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		return f
	}
	return nil
}

// progressOut, when a test sets it, receives the progress bar as a terminal would.
var progressOut io.Writer

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

// roleColors are the colours of the roles package command paints (an unknown entity type
// gets a plain reset).
var roleColors = map[string][]color.Attribute{
	"number": {color.Faint}, "chosen": {color.FgGreen, color.Bold}, "dim": {color.Faint},
	"PERS": {color.FgCyan}, "LOC": {color.FgGreen}, "ORG": {color.FgYellow}, "MISC": {color.FgMagenta},
}

// paint is command.IO's Paint: text coloured for its role. Sentence numbers end with a full
// reset, the others with their attributes' own.
func paint(role, text string) string {
	attrs, ok := roleColors[role]
	if !ok {
		attrs = []color.Attribute{color.Reset}
	}
	p := color.New(attrs...)
	p.EnableColor()
	if role != "number" {
		return p.Sprint(text)
	}
	var b strings.Builder
	p.Fprint(&b, text)
	return b.String()
}
