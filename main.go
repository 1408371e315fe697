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

// usageError marks errors that exit with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitCoder lets a command choose its status after reporting its own messages (batch runs
// that skipped bad documents exit 1 with a count).
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
			return usageError{err.Error()}
		},
		Before: validateGlobalFlags,
	}
	for _, c := range cmds {
		setUsageHandler(c)
	}
	return app
}

func setUsageHandler(c *cli.Command) {
	c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return usageError{err.Error()} }
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
		return usageError{err.Error()}
	}
	return nil
}

// run executes arprep with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	argv := permuteArgs(app, args)
	cmdPath, err := checkArgs(app, argv)
	if err == nil {
		err = app.Run(argv)
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
	var ue usageError
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

// permuteArgs moves flags that follow positional arguments in front of them, so that
// `arprep summarize a.txt --words 50` works (urfave/cli/v2 stops at the first argument), and
// moves global flags given after the command name to before it. Everything after "--" stays
// positional.
func permuteArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	global := flagTable(app.Flags)
	out := []string{args[0]}
	i := 1
	// global flags before the command
	for i < len(args) && isFlag(args[i]) {
		out = append(out, args[i])
		if global.needsValue(args[i]) && i+1 < len(args) {
			out = append(out, args[i+1])
			i++
		}
		i++
	}
	if i >= len(args) {
		return out
	}
	if args[i] == "help" && app.Command("help") == nil { // arprep help segment = arprep segment --help
		if i+1 == len(args) {
			return append(out, "--help")
		}
		args = append(append(append([]string(nil), args[:i]...), args[i+1:]...), "--help")
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return append(out, args[i:]...)
	}
	var path []string
	path = append(path, args[i])
	i++
	for i < len(args) && !isFlag(args[i]) {
		sub := cmd.Command(args[i])
		if sub == nil {
			break
		}
		cmd = sub
		path = append(path, args[i])
		i++
	}
	local := flagTable(cmd.Flags)
	var globals, flags, positional []string
	for ; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case isFlag(a) && local.has(a):
			flags = append(flags, a)
			if local.needsValue(a) && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		case isFlag(a) && !local.has(a) && len(a) > 2 && a[1] != '-' && local.needsValue(a[:2]):
			flags = append(flags, a[:2], a[2:]) // -j2: a one-letter flag with its value attached
		case isFlag(a) && global.has(a):
			globals = append(globals, a)
			if global.needsValue(a) && i+1 < len(args) {
				globals = append(globals, args[i+1])
				i++
			}
		case isFlag(a):
			flags = append(flags, a) // unknown: let cli report it
		default:
			positional = append(positional, a)
		}
	}
	out = append(out, globals...)
	out = append(out, path...)
	out = append(out, flags...)
	if len(positional) > 0 {
		out = append(out, "--")
		out = append(out, positional...)
	}
	return out
}

func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

type flagSet map[string]bool // name → takes a value

func flagTable(flags []cli.Flag) flagSet {
	t := flagSet{}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			t[n] = !isBool
		}
	}
	return t
}

func flagName(a string) (name string, inlineValue bool) {
	a = strings.TrimLeft(a, "-")
	name, _, inlineValue = strings.Cut(a, "=")
	return name, inlineValue
}

func (t flagSet) has(a string) bool {
	name, _ := flagName(a)
	_, ok := t[name]
	return ok || name == "help" || name == "h"
}

func (t flagSet) needsValue(a string) bool {
	name, inline := flagName(a)
	return t[name] && !inline
}
