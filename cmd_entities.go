package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "entities",
		Usage:     "find names of people, places, organisations and other entities in Arabic text",
		ArgsUsage: "[FILE...|-]",
		Description: "Types are PERS, LOC, ORG and MISC (ANERcorp's). Each input is one document: a name found in\n" +
			"one sentence helps find it again in the sentences near it.\n" +
			"--format text prints start-end, type and text, one entity a line (types coloured when colour\n" +
			"is on); tsv prints a header and the columns doc, start, end, type, text; json prints one array\n" +
			"of objects with the same fields. start and end are byte offsets into the decoded input (UTF-8).\n" +
			"--format conll prints TOKEN<TAB>IOB2-TAG for every token, a blank line between sentences.\n" +
			"--input conll reads pre-tokenised CoNLL instead of text (one token a line in the first\n" +
			"column, extra columns ignored, a blank line between sentences) and prints TOKEN<TAB>TAG for\n" +
			"every input token in order, for scoring with conlleval-style tools.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text, tsv, json or conll"},
			&cli.StringFlag{Name: "input", Value: "text", Usage: "text, or conll (pre-tokenised; implies --format conll)"},
			langFlag,
			outputFlag,
		}, batchFlags()...),
		Action: action(entitiesOptionsOf, command.Entities),
	})
}

func entitiesOptionsOf(c *cli.Context) (command.EntitiesOptions, error) {
	in, err := inputsOf(c)
	return command.EntitiesOptions{In: in, Batch: batchOf(c), Format: c.String("format"),
		FormatSet: c.IsSet("format"), Input: c.String("input"), Lang: c.String("lang")}, err
}
