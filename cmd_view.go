package main

// arprep view (and summarize --format html, and prep's report.html): one HTML page of the
// documents with their summary, entities and glossary, written by package view.

import (
	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/pipeline"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "view",
		Usage:     "write one HTML page of the documents: summary highlighted, entities marked, glossary table",
		ArgsUsage: "[FILE...|DIR...|-] -o page.html",
		Description: "One self-contained page (inline CSS, a short sort script, no network) showing each\n" +
			"document whole, with the summary's sentences highlighted (rank in the margin, rank and\n" +
			"score on hover, a summary-only switch), named entities marked by type (PERS, LOC, ORG,\n" +
			"MISC) with a legend, glossary terms linked to the glossary, the glossary as a sortable\n" +
			"table linked to each term's first sentence, and the figures and warnings of the job.\n" +
			"Several inputs give one page with a table of contents and one glossary. Arabic documents\n" +
			"are laid out right to left. The summary takes the budget and weight flags of summarize\n" +
			"(the same sentences summarize chooses); summarize --format html writes the same page.",
		Flags: append(summaryFlags(false),
			&cli.BoolFlag{Name: "no-glossary", Usage: "do not build the glossary (no term links, no table)"},
			&cli.IntFlag{Name: "top", Value: pipeline.PageGlossaryTop, Usage: "show the best `N` glossary entries (0: all)"},
			&cli.StringFlag{Name: "title", Usage: "the page's `TITLE` (default: the inputs' names)"},
		),
		Action: action(pageOptionsOf, command.Page),
	})
}

func pageOptionsOf(c *cli.Context) (command.PageOptions, error) {
	sum, err := summarizeOptionsOf(c)
	return command.PageOptions{Summary: sum, Top: c.Int("top"), Title: c.String("title"), NoGlossary: c.Bool("no-glossary")}, err
}
