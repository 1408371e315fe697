package main

import (
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/output"
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
				Action: action(idfBuildOptionsOf, idfBuildRun),
			},
			{
				Name:        "merge",
				Usage:       "add the counts of several models into one",
				ArgsUsage:   "MODEL MODEL...",
				Description: "Document counts and every term's document frequency are added.",
				Flags:       []cli.Flag{outputFlag},
				Action:      action(idfMergeOptionsOf, idfMergeRun),
			},
		},
	})
}

// idfBuildOptions are idf build's flags.
type idfBuildOptions struct {
	in    inputs
	batch batchOptions
	minDF int64 // terms in fewer documents are left out
}

func idfBuildOptionsOf(c *cli.Context) (idfBuildOptions, error) {
	in, err := inputsOf(c)
	return idfBuildOptions{in: in, batch: batchOptionsOf(c), minDF: c.Int64("min-df")}, err
}

// idfBuildRun counts the document frequencies of the inputs.
func idfBuildRun(o idfBuildOptions, s *streams) error {
	in, b, minDF := o.in, o.batch, o.minDF
	if minDF < 1 {
		return usagef("idf build: --min-df must be at least 1")
	}
	m := idf.New()
	err := s.runBatch(in, b, func(d batch.Doc) (any, error) {
		var terms []string
		idf.Terms(d.Text, func(t string) { terms = append(terms, t) })
		return terms, nil
	}, func(r batch.Result) error {
		if r.Err == nil {
			m.AddTerms(r.Data.([]string))
		}
		return nil
	})
	if err != nil {
		return err
	}
	m.Prune(minDF)
	if m.Documents() == 0 {
		s.warnf("idf build: no documents; the model is empty")
	}
	return writeModel(s, in.output, m)
}

// idfMergeOptions are idf merge's arguments: the models, and -o.
type idfMergeOptions struct {
	models []string
	output string
}

func idfMergeOptionsOf(c *cli.Context) (idfMergeOptions, error) {
	return idfMergeOptions{models: c.Args().Slice(), output: c.String("output")}, nil
}

// idfMergeRun adds the models into one.
func idfMergeRun(o idfMergeOptions, s *streams) error {
	names, out := o.models, o.output
	if len(names) < 2 {
		return usagef("idf merge: give at least two models")
	}
	if err := refuseOutputAsInput(inputs{names: names, output: out}); err != nil {
		return err
	}
	m := idf.New()
	for _, n := range names {
		part, err := idf.Load(n)
		if err != nil {
			return err
		}
		m.Merge(part)
	}
	return writeModel(s, out, m)
}

func writeModel(s *streams, out string, m *idf.Model) error {
	return s.withSink(out, func(w *sink) error {
		if _, err := m.WriteTo(w); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
}
