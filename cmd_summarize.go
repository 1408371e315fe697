package main

import (
	"github.com/arprep/arprep/command"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "summarize",
		Usage:     "choose the sentences that summarise each document (extractive)",
		ArgsUsage: "[FILE...|DIR...|-]",
		Description: "Sentences are scored by TF-IDF of their content words, named-entity density, position,\n" +
			"paragraph start, overlap with the first line, and length; the best are chosen with a\n" +
			"redundancy penalty and printed in document order.\n" +
			"Budgets (all that are given apply; none means --ratio 0.25):\n" +
			"  --sentences N   at most N sentences\n" +
			"  --ratio R       at most this share of the sentences\n" +
			"  --words W       add sentences best first until the summary has W words (the last may run past W)\n" +
			"  --max-words W   never more than W words\n" +
			"Formats:\n" +
			"  text  the chosen sentences, one per line (line breaks inside a sentence become spaces);\n" +
			"        with several documents a line '==> NAME <==' before each and a blank line between.\n" +
			"        --explain adds a '# ' line of scores before each sentence.\n" +
			"  tsv   header, then doc, index (1-based), start, end, words, rank (order of choice), score,\n" +
			"        text per chosen sentence;\n" +
			"        --explain adds the feature columns\n" +
			"  json  one JSON object per document and line: doc, id (JSONL input), words, sentences\n" +
			"        (the default with --jsonl)\n" +
			"        (text, start, end, index, words, rank, score; features and redundancy with --explain)\n" +
			"  html  one page of all the documents, as arprep view writes it\n" +
			"News articles: a dateline or byline (\"واس - الرياض:\"), source credits (\"(أ ف ب)\") and page furniture\n" +
			"(\"Next Previous\") are left out of the summary and of the scores, so the first real sentence is\n" +
			"sentence 1; json reports the dateline (text, start, end). --plain scores every unit as text.\n" +
			"--highlight prints every sentence with a score bar; the chosen ones are marked '>' and, when\n" +
			"colour is on, coloured. Offsets are byte offsets into the decoded input.",
		Flags:  summaryFlags(true),
		Action: action(summarizeOptionsOf, command.Summarize),
	})
}
