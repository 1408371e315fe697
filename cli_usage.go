package main

// Usage errors urfave/cli reports badly — an unknown command or subcommand, an unknown flag —
// found before it runs, with a suggestion and the command's help hint.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
)

// checkArgs looks at the arguments permuteArgs arranged, before urfave/cli runs them, for the
// usage errors it reports badly: an unknown command ("No help topic", exit 1) and an unknown
// flag (named with one dash, with a hint to the top-level help). It returns the command path
// for the help hint.
func checkArgs(app *cli.App, args []string) (cmdPath string, err error) {
	global := flagTable(app.Flags)
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
	cmd := app.Command(args[i])
	if cmd == nil {
		names := make([]string, 0, len(app.Commands))
		for _, c := range app.Commands {
			if !c.Hidden {
				names = append(names, c.Name)
			}
		}
		return "", usagef("unknown command %q%s; the commands are %s", args[i], didYouMean(args[i], names, ""), strings.Join(names, ", "))
	}
	path := []string{cmd.Name}
	for i++; i < len(args) && !isFlag(args[i]); i++ {
		sub := cmd.Command(args[i])
		if sub == nil {
			break
		}
		cmd = sub
		path = append(path, sub.Name)
	}
	cmdPath = strings.Join(path, " ")
	if len(cmd.Subcommands) > 0 && cmd.Action == nil {
		for j := i; j < len(args); j++ {
			if args[j] != "--" && !isFlag(args[j]) {
				var names []string
				for _, s := range cmd.Subcommands {
					names = append(names, s.Name)
				}
				return cmdPath, usagef("%s: unknown subcommand %q%s; the subcommands are %s", cmdPath, args[j], didYouMean(args[j], names, ""), strings.Join(names, ", "))
			}
		}
	}
	local := flagTable(cmd.Flags)
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
			return cmdPath, usagef("%s: unknown flag %s%s", cmdPath, dashes(name), didYouMean(name, names, "--"))
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
