package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

// version is a command as well as --version: `arprep version` is what many users type first.
func init() {
	register(&cli.Command{
		Name:  "version",
		Usage: "print the version",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("version takes no arguments")
			}
			_, err := fmt.Fprintf(c.App.Writer, "%s version %s\n", c.App.Name, c.App.Version)
			return err
		},
	})
}
