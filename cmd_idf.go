package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:  "idf",
		Usage: "build and merge background IDF models (document frequencies over a corpus)",
		Description: "A model counts, for each term (normalised, clitic-split, light-stemmed content word), the\n" +
			"documents that hold it. summarize --idf and glossary --idf take IDF from it instead of the\n" +
			"document alone. Models built over parts of a corpus merge into the model of the whole.\n" +
			"The file format (text, versioned, checksummed) is described in the idf package documentation.",
		Subcommands: []*cli.Command{
			{
				Name:      "build",
				Usage:     "count document frequencies over files, folders or JSONL (--jsonl)",
				ArgsUsage: "[FILE...|DIR...|-]",
				Description: "Each plain file is one document; with --jsonl each line is a JSON object whose\n" +
					"--text-field is one document. Folders are walked recursively (--glob filters names).\n" +
					"Unreadable documents are reported and skipped; the run then exits 1 and writes no model.",
				Flags: append([]cli.Flag{
					&cli.Int64Flag{Name: "min-df", Value: 1, Usage: "drop terms found in fewer than `N` documents (a smaller model)"},
					outputFlag,
				}, batchFlags()...),
				Action: action(idfBuildOptionsOf, command.IDFBuild),
			},
			{
				Name:        "merge",
				Usage:       "add the counts of several models into one",
				ArgsUsage:   "MODEL MODEL...",
				Description: "Document counts and every term's document frequency are added.",
				Flags:       []cli.Flag{outputFlag},
				Action:      action(idfMergeOptionsOf, command.IDFMerge),
			},
		},
	})
}

func idfBuildOptionsOf(c *cli.Context) (command.IDFBuildOptions, error) {
	in, err := inputsOf(c)
	return command.IDFBuildOptions{In: in, Batch: batchOf(c), MinDF: c.Int64("min-df")}, err
}

func idfMergeOptionsOf(c *cli.Context) (command.IDFMergeOptions, error) {
	return command.IDFMergeOptions{Models: c.Args().Slice(), Output: c.String("output")}, nil
}
