package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "prep",
		Usage:     "make a translator's job folder: aligned text, XLIFF, worksheet, glossary, summary, report",
		ArgsUsage: "FILE...|DIR...|- -o DIR",
		Description: "Writes into DIR:\n" +
			"  source.txt      the source, one unit per line\n" +
			"  target.txt      an empty file with as many lines, for the translation\n" +
			"  job.xlf         XLIFF 1.2 for CAT tools (summary flag and score in notes)\n" +
			"  worksheet.xlsx  sheets Translate and Glossary\n" +
			"  glossary.utf8   the glossary as tab-separated source, target, comment in UTF-8: the name\n" +
			"                  OmegaT (3.6 and later) reads from its glossary/ folder; any spreadsheet opens it\n" +
			"  glossary-tbx2.tbx  the glossary as TBX 2 (<martif>): OmegaT, memoQ, translate-toolkit\n" +
			"  glossary.tbx    the glossary as TBX 3 (ISO 30042:2019, TBX-Basic), as glossary -o FILE.tbx\n" +
			"                  writes it, for TBX 3 readers (OmegaT 3.6 cannot read it: use the two above)\n" +
			"  summary.txt     the summary sentences\n" +
			"  report.md       counts, top terms and warnings (very long sentences, repeats, ...)\n" +
			"  report.html     the same as a page: the text with summary, entities and glossary\n" +
			"The folder appears whole or not at all: it is built beside DIR under a temporary name\n" +
			"and renamed when complete; an interrupt removes it. An existing DIR needs --force.\n" +
			"Several inputs (files, or folders of .txt files) make one job: units numbered across\n" +
			"them, one <file> per document in job.xlf, one glossary and one summary of them all.",
		Flags: append(jobFlags(),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "the job folder `DIR` to create"},
		),
		Action: action(prepOptionsOf, command.Prep),
	})
}

func prepOptionsOf(c *cli.Context) (command.PrepOptions, error) {
	job, err := jobOptionsOf(c)
	return command.PrepOptions{Job: job}, err
}
