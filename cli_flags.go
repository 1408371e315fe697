package main

// The flags several commands share, and filling their part of the options: the job's (export,
// prep), the glossary's target sources (glossary, export, prep) and the summary's (summarize,
// view).

import (
	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/summarize"
	"github.com/urfave/cli/v2"
)

// jobFlags are the flags export and prep share.
func jobFlags() []cli.Flag {
	return append([]cli.Flag{
		langFlag,
		&cli.StringFlag{Name: "src", Usage: "source language `TAG`", DefaultText: "the input's language: ar, or en for English text"},
		&cli.StringFlag{Name: "tgt", Usage: "target language `TAG`", DefaultText: "en, or ar when the source is English"},
		&cli.StringFlag{Name: "units", Value: "sentences", Usage: "one unit per `KIND`: sentences, lines (input already one segment per line) or paragraphs"},
		&cli.BoolFlag{Name: "no-summary", Usage: "do not score sentences for a summary (in_summary false, score 0)"},
		&cli.Float64Flag{Name: "ratio", Usage: "summary: the `SHARE` of sentences to choose", DefaultText: "0.25"},
		&cli.IntFlag{Name: "sentences", Usage: "summary: at most `N` sentences", DefaultText: "no limit"},
	}, targetFlags()...)
}

func jobOptionsOf(c *cli.Context) (command.JobOptions, error) {
	in, err := inputsOf(c)
	return command.JobOptions{In: in, Units: c.String("units"), Lang: c.String("lang"),
		Src: c.String("src"), Tgt: c.String("tgt"), SrcSet: c.IsSet("src"), TgtSet: c.IsSet("tgt"),
		NoSummary: c.Bool("no-summary"), Ratio: c.Float64("ratio"), Sentences: c.Int("sentences"),
		Termbase: c.String("termbase"), TM: c.String("tm")}, err
}

// targetFlags are the glossary's target sources, for glossary, export and prep.
func targetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "termbase", Usage: "glossary: approved targets from `FILE` (TBX 2 or 3, TSV/CSV with a header, XLSX as arprep writes it); its terms are listed even below --min-freq"},
		&cli.StringFlag{Name: "tm", Usage: "glossary: propose targets from a translation memory: a TMX `FILE`, or AR.txt,EN.txt (line-aligned text files)"},
	}
}

// summaryFlags are the flags of the summary, which summarize and view share; with
// lineFormats, summarize's own too (format, explain, highlight, and JSONL input), which an
// HTML page of the whole run does not take.
func summaryFlags(lineFormats bool) []cli.Flag {
	d := summarize.DefaultWeights()
	weight := func(name string, v float64, usage string) cli.Flag {
		return &cli.Float64Flag{Name: "w-" + name, Value: v, Usage: usage}
	}
	flags := []cli.Flag{
		&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Usage: "at most `N` sentences"},
		&cli.Float64Flag{Name: "ratio", Usage: "at most this share `R` of the sentences (0-1)"},
		&cli.IntFlag{Name: "words", Usage: "add sentences until the summary has `W` words"},
		&cli.IntFlag{Name: "max-words", Usage: "never more than `W` words"},
	}
	if lineFormats {
		flags = append(flags,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv, json or html"},
			&cli.BoolFlag{Name: "explain", Usage: "print the feature scores of each chosen sentence"},
			&cli.BoolFlag{Name: "highlight", Usage: "print the whole document with the chosen sentences highlighted"},
		)
	}
	flags = append(flags,
		&cli.StringFlag{Name: "idf", Usage: "take IDF from a background model `FILE` (arprep idf build) instead of the document"},
		&cli.BoolFlag{Name: "no-entities", Usage: "do not run the named-entity tagger (the entity feature is then 0)"},
		&cli.BoolFlag{Name: "plain", Usage: "keep datelines, credits and page furniture as sentences"},
		weight("tfidf", d.TFIDF, "weight of TF-IDF similarity to the document"),
		weight("entity", d.Entity, "weight of named-entity density"),
		weight("position", d.Position, "weight of position (first sentences first)"),
		weight("paragraph", d.Paragraph, "weight of opening a paragraph"),
		weight("title", d.Title, "weight of overlap with the first line"),
		weight("length", d.Length, "weight of the penalty for fragments and run-ons"),
		weight("redundancy", d.Redundancy, "weight of the penalty for repeating chosen sentences"),
		langFlag,
		outputFlag,
	)
	for _, f := range batchFlags() {
		switch f.Names()[0] {
		case "jsonl", "text-field", "id-field":
			if !lineFormats {
				continue
			}
		}
		flags = append(flags, f)
	}
	return flags
}

func summarizeOptionsOf(c *cli.Context) (command.SummarizeOptions, error) {
	in, err := inputsOf(c)
	return command.SummarizeOptions{In: in, Batch: batchOf(c), Format: c.String("format"), FormatSet: c.IsSet("format"),
		Explain: c.Bool("explain"), Highlight: c.Bool("highlight"),
		Budget: summarize.Budget{Sentences: c.Int("sentences"), Ratio: c.Float64("ratio"), Words: c.Int("words"), MaxWords: c.Int("max-words")},
		Weights: summarize.Weights{
			TFIDF: c.Float64("w-tfidf"), Entity: c.Float64("w-entity"), Position: c.Float64("w-position"),
			Paragraph: c.Float64("w-paragraph"), Title: c.Float64("w-title"), Length: c.Float64("w-length"),
			Redundancy: c.Float64("w-redundancy"),
		},
		Plain: c.Bool("plain"), NoEntities: c.Bool("no-entities"), IDF: c.String("idf"), Lang: c.String("lang")}, err
}
