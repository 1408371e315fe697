package main

import (
	"fmt"
	"github.com/arprep/arprep/output"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/span"
	"github.com/fatih/color"
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
		Action: action(entitiesOptionsOf, entitiesRun),
	})
}

// entitiesOptions are entities' flags.
type entitiesOptions struct {
	in            inputs
	batch         batchOptions
	format, input string
	formatSet     bool
	lang          string
	tagger        pipeline.Tagger // nil: the embedded model
}

func entitiesOptionsOf(c *cli.Context) (entitiesOptions, error) {
	in, err := inputsOf(c)
	return entitiesOptions{in: in, batch: batchOptionsOf(c), format: c.String("format"),
		formatSet: c.IsSet("format"), input: c.String("input"), lang: c.String("lang")}, err
}

func entitiesRun(o entitiesOptions, s *streams) error {
	format := o.format
	switch o.input {
	case "text":
	case "conll":
		if o.formatSet && format != "conll" {
			return usagef("entities: --input conll prints --format conll only, not %q", format)
		}
		format = "conll"
	default:
		return usagef("entities: --input must be text or conll, not %q", o.input)
	}
	switch format {
	case "text", "tsv", "json", "conll":
	default:
		return usagef("entities: --format must be text, tsv, json or conll, not %q", format)
	}
	colored := false
	if o.in.output == "" && format == "text" {
		var err error
		if colored, err = colorEnabled(s.color, s.out); err != nil {
			return err
		}
	}
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	an := &pipeline.Analyser{Tagger: o.tagger, Parallel: cpus(o.batch.jobs)}
	if an.Tagger == nil {
		an.Tagger = tagger
	}
	return s.withSink(o.in.output, func(w *sink) error {
		out, err := entity.NewWriter(w, format, func(typ string) string { return typePainter(colored, typ).Sprint(typ) })
		if err != nil {
			return output.WriteError(err)
		}
		if o.input == "conll" {
			return s.eachDocument(o.in, func(doc batch.Doc) error {
				sents, tags, err := tagger.TagCoNLL(doc.Text)
				if err != nil {
					return fmt.Errorf("%s: %w", doc.Label(), err)
				}
				if err := entity.WriteCoNLL(w, sents, tags); err != nil {
					return output.WriteError(err)
				}
				return nil
			})
		}
		code, err := lang.Parse(o.lang)
		if err != nil {
			return usageError{err.Error()}
		}
		if o.in.jsonl {
			return entitiesJSONL(o, s, w, an, code)
		}
		err = s.runBatch(o.in, o.batch, func(d batch.Doc) (any, error) {
			return an.Document(d.Name, d.Text, code).Entities()
		}, func(r batch.Result) error {
			if r.Err != nil {
				return nil // reported by runBatch
			}
			if err := out.Write(r.Doc.Name, r.Doc.Text, r.Data.([]span.Entity)); err != nil {
				return output.WriteError(err)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := out.Close(); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
}

// entitiesJSONL is the JSONL map step: {"id", "doc", "lang", "entities": [...]} per input
// line, or {"id", "doc", "error"}.
func entitiesJSONL(o entitiesOptions, s *streams, w *sink, an *pipeline.Analyser, code lang.Code) error {
	return s.runJSONL(o.in, o.batch, w, func(d batch.Doc) (any, error) {
		doc := an.Document(d.Name, d.Text, code)
		spans, err := doc.Entities()
		if err != nil {
			return nil, err
		}
		return entity.NewJSONLResult(d.ID, d.Name, doc.Lang, d.Text, spans), nil
	}, func(d batch.Doc, err error) any {
		return entity.JSONLResult{ID: d.ID, Doc: d.Name, Entities: []entity.JSONLEntity{}, Error: err.Error()}
	})
}

// typePainter colours an entity type in the text format.
func typePainter(enabled bool, typ string) *color.Color {
	attrs := map[string]color.Attribute{"PERS": color.FgCyan, "LOC": color.FgGreen, "ORG": color.FgYellow, "MISC": color.FgMagenta}
	return painter(enabled, attrs[typ])
}
