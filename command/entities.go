package command

import (
	"fmt"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/span"
)

// EntitiesOptions are entities' options.
type EntitiesOptions struct {
	In            Inputs
	Batch         Batch
	Format, Input string // text, tsv, json or conll; text or conll
	FormatSet     bool   // given: --input conll then refuses a format other than conll
	Lang          string // ar, en or auto
	// Tagger tags names; nil: the embedded model.
	Tagger pipeline.Tagger
}

// Entities prints the names found in the inputs, or tags pre-tokenised CoNLL.
func Entities(o EntitiesOptions, s *IO) error {
	format := o.Format
	switch o.Input {
	case "text":
	case "conll":
		if o.FormatSet && format != "conll" {
			return usagef("entities: --input conll prints --format conll only, not %q", format)
		}
		format = "conll"
	default:
		return usagef("entities: --input must be text or conll, not %q", o.Input)
	}
	switch format {
	case "text", "tsv", "json", "conll":
	default:
		return usagef("entities: --format must be text, tsv, json or conll, not %q", format)
	}
	colored := o.In.Output == "" && format == "text" && s.Color
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	an := &pipeline.Analyser{Tagger: o.Tagger, Parallel: cpus(o.Batch.Jobs)}
	if an.Tagger == nil {
		an.Tagger = tagger
	}
	return s.withSink(o.In.Output, func(w *output.Sink) error {
		code, err := parseLang(o.Lang)
		if err != nil {
			return err
		}
		// JSONL in, JSONL out, unless --format asks for another format (as summarize does).
		if o.In.JSONL && o.Input == "text" && (!o.FormatSet || format == "json") {
			return entitiesJSONL(o, s, w, an, code)
		}
		out, err := entity.NewWriter(w, format, func(typ string) string { return s.paint(colored, typ)(typ) })
		if err != nil {
			return output.WriteError(err)
		}
		if o.Input == "conll" {
			return s.eachDocument(o.In, func(doc batch.Doc) error {
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
		err = s.runBatch(o.In, o.Batch, func(d batch.Doc) (any, error) {
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
func entitiesJSONL(o EntitiesOptions, s *IO, w *output.Sink, an *pipeline.Analyser, code lang.Code) error {
	return s.runJSONL(o.In, o.Batch, w, func(d batch.Doc) (any, error) {
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
