// Package argv arranges and checks a command line before the CLI library parses it.
//
// urfave/cli/v2 stops reading flags at the first positional argument and reports an unknown
// command or flag badly ("No help topic", exit 1). Permute moves flags given after file
// names in front of them, and global flags given after the command name before it; Check
// finds unknown commands, subcommands and flags and suggests the nearest name ("did you mean
// --words?"). It is a package of its own because it is logic over a plain description of the
// command tree (Command), testable without the CLI, which package main builds from its
// cli.App.
package argv
