// Command arprep segments, summarises and prepares Arabic text for translation.
//
// This file wires the command line: global flags, the command list, flag order, and the one
// place where errors become messages and exit codes (0 ok, 1 processing error, 2 usage error).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"

	"github.com/arprep/arprep/argv"
	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/input"
	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// registered holds the commands; each cmd_*.go file adds its own in init.
var registered []*cli.Command

func register(c *cli.Command) { registered = append(registered, c) }

func main() {
	// A closed pipe (arprep … | head -1) must end the run quietly, so EPIPE is handled as an
	// error value rather than by the default SIGPIPE exit.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// action is a command's Action: fill fills its options from the flags (in one place), and
// run (package command) works from them, never seeing the cli.Context.
func action[O any](fill func(*cli.Context) (O, error), run func(O, *command.IO) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		o, err := fill(c)
		if err != nil {
			return err
		}
		return run(o, ioOf(c))
	}
}

// usagef makes a usage error of the command line (exit status 2).
func usagef(format string, args ...any) error {
	return command.UsageError{Msg: fmt.Sprintf(format, args...)}
}

// exitCoder lets a command choose its status after reporting its own messages (batch runs
// that skipped bad documents exit 1 with a count: command.StatusError).
type exitCoder interface{ ExitStatus() int }

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	cmds := append([]*cli.Command(nil), registered...)
	sort.SliceStable(cmds, func(i, j int) bool { return cmds[i].Name < cmds[j].Name })
	app := &cli.App{
		Name:      "arprep",
		Usage:     "segment, summarise and prepare Arabic text for translation",
		Version:   version,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Flags:     globalFlags(),
		Commands:  cmds,
		// Errors are reported once, by run.
		ExitErrHandler:       func(*cli.Context, error) {},
		HideHelpCommand:      true,
		EnableBashCompletion: false,
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return command.UsageError{Msg: err.Error()}
		},
		Before: validateGlobalFlags,
	}
	for _, c := range cmds {
		setUsageHandler(c)
	}
	return app
}

func setUsageHandler(c *cli.Command) {
	c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return command.UsageError{Msg: err.Error()} }
	for _, sub := range c.Subcommands {
		setUsageHandler(sub)
	}
}

// validateGlobalFlags rejects bad --color and --encoding values before any command runs.
func validateGlobalFlags(c *cli.Context) error {
	if _, err := colorEnabled(c.String("color"), c.App.Writer); err != nil {
		return err
	}
	if _, err := input.ParseEncoding(c.String("encoding")); err != nil {
		return command.UsageError{Msg: err.Error()}
	}
	return nil
}

// run executes arprep with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	spec := commandSpec(app)
	args = argv.Permute(spec, args)
	cmdPath, err := argv.Check(spec, args)
	if err != nil {
		err = command.UsageError{Msg: err.Error()}
	} else {
		err = app.Run(args)
	}
	return report(err, stderr, cmdPath)
}

// report is the one place where errors become messages and exit codes. cmdPath names the
// command that ran ("summarize", "idf build"; empty for none), for the help hint of a usage
// error.
func report(err error, stderr io.Writer, cmdPath string) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, syscall.EPIPE):
		return 0 // the reader went away: nothing more to say
	}
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitStatus()
	}
	var ue command.UsageError
	if errors.As(err, &ue) || isCLIUsage(err) {
		help := "arprep --help"
		if cmdPath != "" {
			help = "arprep " + cmdPath + " --help"
		}
		fmt.Fprintf(stderr, "arprep: %v\nRun '%s' for usage.\n", err, help)
		return 2
	}
	fmt.Fprintf(stderr, "arprep: %v\n", err)
	return 1
}

// isCLIUsage recognises urfave/cli's own usage errors that bypass OnUsageError.
func isCLIUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "flag provided but not defined") ||
		strings.HasPrefix(msg, "Required flag") || strings.HasPrefix(msg, "invalid value")
}

// commandSpec describes the app's commands and flags for package argv, which arranges and
// checks the command line before urfave/cli parses it.
func commandSpec(app *cli.App) *argv.Command {
	root := &argv.Command{Names: []string{app.Name}, Runs: true, Flags: flagTable(app.Flags)}
	for _, c := range app.Commands {
		root.Subcommands = append(root.Subcommands, specOf(c))
	}
	return root
}

func specOf(c *cli.Command) *argv.Command {
	s := &argv.Command{Names: c.Names(), Hidden: c.Hidden, Runs: c.Action != nil, Flags: flagTable(c.Flags)}
	for _, sub := range c.Subcommands {
		s.Subcommands = append(s.Subcommands, specOf(sub))
	}
	return s
}

// flagTable maps every name of the flags to whether it takes a value.
func flagTable(flags []cli.Flag) argv.Flags {
	t := argv.Flags{}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			t[n] = !isBool
		}
	}
	return t
}
