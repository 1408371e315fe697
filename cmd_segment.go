package main

import (
	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/segment"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "segment",
		Usage:     "split Arabic text into sentences, with byte offsets",
		ArgsUsage: "[FILE...|-]",
		Description: "Input is streamed: memory stays bounded by the longest sentence, whatever the input size.\n" +
			"--format text prints one sentence per line (numbered, the numbers dimmed, when colour is on);\n" +
			"tsv prints a header and the columns doc, paragraph, sentence, start, end, text, kind (tab, newline,\n" +
			"carriage return and backslash in the text written as \\t \\n \\r \\\\); json prints one array and\n" +
			"jsonl one object per line, with the same fields. start and end are byte offsets into the\n" +
			"decoded input (UTF-8); paragraphs and sentences are numbered from 1 in each document.\n" +
			"News layout: a dateline or byline that opens an article (\"واس - الرياض:\", \"تونس (وات) -\") is a unit of\n" +
			"its own, never glued to the first sentence; tsv's last column and json's \"kind\" say dateline,\n" +
			"credit (\"(أ ف ب)\") or furniture (\"Next Previous\", \"اقرأ أيضا\"); sentence otherwise (json omits it).\n" +
			"--plain turns this off.\n" +
			"A sentence that finds no boundary within --max-sentence-bytes is cut there, with a warning.\n" +
			"With several documents (files, a folder, --jsonl) text output puts a line '==> NAME <==' before\n" +
			"each one's sentences. --jsonl input writes JSONL unless --format says text, tsv or json.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text, tsv, json or jsonl"},
			&cli.BoolFlag{Name: "clauses", Usage: "also split after \":\" and after \"،\" between long clauses (for MT and subtitles)"},
			&cli.IntFlag{Name: "max-sentence-bytes", Value: segment.DefaultMaxSentenceBytes, Usage: "cut sentences longer than `N` bytes; 0 = no limit"},
			&cli.BoolFlag{Name: "plain", Usage: "no news layout: no dateline, credit or furniture units"},
			langFlag,
			outputFlag,
		}, batchFlags()...),
		Action: action(segmentOptionsOf, command.Segment),
	})
}

func segmentOptionsOf(c *cli.Context) (command.SegmentOptions, error) {
	in, err := inputsOf(c)
	return command.SegmentOptions{In: in, Batch: batchOf(c), Format: c.String("format"),
		FormatSet: c.IsSet("format"), Clauses: c.Bool("clauses"), MaxSentenceBytes: c.Int("max-sentence-bytes"),
		Plain: c.Bool("plain"), Lang: c.String("lang"), DocLimit: c.IsSet("max-doc-bytes")}, err
}
