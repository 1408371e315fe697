package argv

import (
	"fmt"
	"sort"
	"strings"
)

// Command describes a command (or the program itself, the root) for Permute and Check.
type Command struct {
	Names       []string // the name, then its aliases
	Hidden      bool     // left out of the list of commands in messages
	Runs        bool     // has an action of its own (false: only its subcommands run)
	Flags       Flags
	Subcommands []*Command
}

// Flags maps every name of a command's flags (aliases too) to whether it takes a value.
type Flags map[string]bool

// Find returns the subcommand named name, or nil.
func (c *Command) Find(name string) *Command {
	for _, sub := range c.Subcommands {
		for _, n := range sub.Names {
			if n == name {
				return sub
			}
		}
	}
	return nil
}

func isFlag(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

func flagName(a string) (name string, inlineValue bool) {
	a = strings.TrimLeft(a, "-")
	name, _, inlineValue = strings.Cut(a, "=")
	return name, inlineValue
}

func (t Flags) has(a string) bool {
	name, _ := flagName(a)
	_, ok := t[name]
	return ok || name == "help" || name == "h"
}

func (t Flags) needsValue(a string) bool {
	name, inline := flagName(a)
	return t[name] && !inline
}

// Permute moves flags that follow positional arguments in front of them, so that
// `arprep summarize a.txt --words 50` works, and moves global flags (root's) given after the
// command name to before it; "help CMD" becomes "CMD --help". Everything after "--" stays
// positional; the positional arguments follow a "--" in the result.
func Permute(root *Command, args []string) []string {
	if len(args) < 2 {
		return args
	}
	global := root.Flags
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
	if args[i] == "help" && root.Find("help") == nil { // arprep help segment = arprep segment --help
		if i+1 == len(args) {
			return append(out, "--help")
		}
		args = append(append(append([]string(nil), args[:i]...), args[i+1:]...), "--help")
	}
	cmd := root.Find(args[i])
	if cmd == nil {
		return append(out, args[i:]...)
	}
	var path []string
	path = append(path, args[i])
	i++
	for i < len(args) && !isFlag(args[i]) {
		sub := cmd.Find(args[i])
		if sub == nil {
			break
		}
		cmd = sub
		path = append(path, args[i])
		i++
	}
	local := cmd.Flags
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

// Check looks at arguments Permute arranged for the usage errors the CLI library reports
// badly: an unknown command or subcommand, and an unknown flag, with the nearest name
// suggested. It returns the path of the command that would run ("idf build"; empty for
// none), for the help hint.
func Check(root *Command, args []string) (cmdPath string, err error) {
	global := root.Flags
	i := 1
	for i < len(args) && isFlag(args[i]) {
		if global.needsValue(args[i]) {
			i++
		}
		i++
	}
	if i >= len(args) || args[i] == "--" {
		return "", nil
	}
	cmd := root.Find(args[i])
	if cmd == nil {
		names := make([]string, 0, len(root.Subcommands))
		for _, c := range root.Subcommands {
			if !c.Hidden {
				names = append(names, c.Names[0])
			}
		}
		return "", fmt.Errorf("unknown command %q%s; the commands are %s", args[i], didYouMean(args[i], names, ""), strings.Join(names, ", "))
	}
	path := []string{cmd.Names[0]}
	for i++; i < len(args) && !isFlag(args[i]); i++ {
		sub := cmd.Find(args[i])
		if sub == nil {
			break
		}
		cmd = sub
		path = append(path, sub.Names[0])
	}
	cmdPath = strings.Join(path, " ")
	if len(cmd.Subcommands) > 0 && !cmd.Runs {
		for j := i; j < len(args); j++ {
			if args[j] != "--" && !isFlag(args[j]) {
				var names []string
				for _, s := range cmd.Subcommands {
					names = append(names, s.Names[0])
				}
				return cmdPath, fmt.Errorf("%s: unknown subcommand %q%s; the subcommands are %s", cmdPath, args[j], didYouMean(args[j], names, ""), strings.Join(names, ", "))
			}
		}
	}
	local := cmd.Flags
	for ; i < len(args) && args[i] != "--"; i++ {
		a := args[i]
		switch {
		case !isFlag(a):
		case local.has(a):
			if local.needsValue(a) {
				i++
			}
		case global.has(a):
			if global.needsValue(a) {
				i++
			}
		default:
			name, _ := flagName(a)
			var names []string
			for n := range local {
				if len(n) > 1 {
					names = append(names, n)
				}
			}
			sort.Strings(names)
			return cmdPath, fmt.Errorf("%s: unknown flag %s%s", cmdPath, dashes(name), didYouMean(name, names, "--"))
		}
	}
	return cmdPath, nil
}

// dashes writes a flag name the way a user types it: -j, --words.
func dashes(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// didYouMean suggests the name in names nearest to typed (at most two edits, or a prefix).
func didYouMean(typed string, names []string, prefix string) string {
	best, bestDist := "", 3
	for _, n := range names {
		d := editDistance(typed, n)
		if strings.HasPrefix(n, typed) && len(typed) >= 3 {
			d = min(d, 1)
		}
		if d < bestDist {
			best, bestDist = n, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s%s?)", prefix, best)
}

// editDistance is the Damerau–Levenshtein distance (adjacent transpositions count one), so
// that --wrods finds --words.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}
