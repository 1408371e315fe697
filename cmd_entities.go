package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
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
		Action: entitiesAction,
	})
}

// entityRecord is one entity in the tsv and json formats.
type entityRecord struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

func entitiesAction(c *cli.Context) error {
	format, in := c.String("format"), c.String("input")
	switch in {
	case "text":
	case "conll":
		if c.IsSet("format") && format != "conll" {
			return usagef("entities: --input conll prints --format conll only, not %q", format)
		}
		format = "conll"
	default:
		return usagef("entities: --input must be text or conll, not %q", in)
	}
	switch format {
	case "text", "tsv", "json", "conll":
	default:
		return usagef("entities: --format must be text, tsv, json or conll, not %q", format)
	}
	colored := false
	if c.String("output") == "" && format == "text" {
		var err error
		if colored, err = colorEnabled(c, c.App.Writer); err != nil {
			return err
		}
	}
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	return withSink(c, func(w *sink) error {
		if format == "tsv" {
			if _, err := w.WriteString("doc\tstart\tend\ttype\ttext\n"); err != nil {
				return writeError(err)
			}
		}
		if in == "conll" {
			return eachDocument(c, func(doc document) error { return writeCoNLLTags(w, doc, tagger) })
		}
		code, err := langOf(c)
		if err != nil {
			return err
		}
		an := &pipeline.Analyser{Tagger: tagger, Parallel: cpus(c.Int("jobs"))}
		if c.Bool("jsonl") {
			return entitiesJSONL(c, w, an, code)
		}
		var records []entityRecord
		err = runBatch(c, func(d batch.Doc) (any, error) {
			return an.Document(d.Name, d.Text, code).Entities()
		}, func(r batch.Result) error {
			if r.Err != nil {
				return nil // reported by runBatch
			}
			spans := r.Data.([]entity.Span)
			if format == "conll" {
				return writeTextTags(w, r.Doc.Text, spans)
			}
			for _, sp := range spans {
				rec := entityRecord{Doc: r.Doc.Name, Start: sp.Start, End: sp.End, Type: sp.Type, Text: sp.Text}
				var err error
				switch format {
				case "json":
					records = append(records, rec)
				case "tsv":
					_, err = fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", tsvEscape(rec.Doc), rec.Start, rec.End, rec.Type, tsvEscape(rec.Text))
				case "text":
					_, err = fmt.Fprintf(w, "%d-%d\t%s\t%s\n", rec.Start, rec.End, typePainter(colored, rec.Type).Sprint(rec.Type), oneLine(rec.Text))
				}
				if err != nil {
					return writeError(err)
				}
			}
			return nil
		})
		if err != nil || format != "json" {
			return err
		}
		return writeJSONArray(w, records)
	})
}

// entitiesJSONL is the JSONL map step: {"id", "doc", "lang", "entities": [...]} per input
// line, or {"id", "doc", "error"}.
func entitiesJSONL(c *cli.Context, w *sink, an *pipeline.Analyser, code lang.Code) error {
	type span struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
		Text  string `json:"text"`
	}
	type result struct {
		ID       string    `json:"id,omitempty"`
		Doc      string    `json:"doc"`
		Lang     lang.Code `json:"lang,omitempty"`
		Entities []span    `json:"entities"`
		Error    string    `json:"error,omitempty"`
	}
	return runJSONL(c, w, func(d batch.Doc) (any, error) {
		doc := an.Document(d.Name, d.Text, code)
		spans, err := doc.Entities()
		if err != nil {
			return nil, err
		}
		res := result{ID: d.ID, Doc: d.Name, Lang: doc.Lang, Entities: make([]span, len(spans))}
		for i, sp := range spans {
			res.Entities[i] = span{sp.Start, sp.End, sp.Type, sp.Text}
		}
		return res, nil
	}, func(d batch.Doc, err error) any {
		return result{ID: d.ID, Doc: d.Name, Entities: []span{}, Error: err.Error()}
	})
}

// writeCoNLLTags tags a CoNLL document and prints every token with its tag.
func writeCoNLLTags(w *sink, doc document, tagger *entity.Tagger) error {
	sents, err := entity.ReadCoNLL(strings.NewReader(doc.Text))
	if err != nil {
		name := doc.Name
		if name == "-" {
			name = "<stdin>"
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Tokens
	}
	if err := entity.WriteCoNLL(w, sents, tagger.TagSentences(words)); err != nil {
		return writeError(err)
	}
	return nil
}

// writeTextTags prints the tokens of a text in CoNLL form, tagged from its entity spans;
// a line break in the text ends a sentence.
func writeTextTags(w *sink, text string, spans []entity.Span) error {
	toks := arabic.Tokens(text)
	k := 0
	for i, tk := range toks {
		if i > 0 && strings.Contains(text[toks[i-1].End:tk.Start], "\n") {
			if err := w.WriteByte('\n'); err != nil {
				return writeError(err)
			}
		}
		for k < len(spans) && spans[k].End <= tk.Start {
			k++
		}
		tag := "O"
		if k < len(spans) && spans[k].Start < tk.End {
			if tk.Start <= spans[k].Start {
				tag = "B-" + spans[k].Type
			} else {
				tag = "I-" + spans[k].Type
			}
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\n", tk.Text, tag); err != nil {
			return writeError(err)
		}
	}
	if len(toks) > 0 {
		if err := w.WriteByte('\n'); err != nil {
			return writeError(err)
		}
	}
	return nil
}

// writeJSONArray writes the records as a JSON array, one object a line.
func writeJSONArray(w *sink, records []entityRecord) error {
	if _, err := w.WriteString("["); err != nil {
		return writeError(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i, rec := range records {
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		if _, err := w.WriteString(sep); err != nil {
			return writeError(err)
		}
		buf.Reset()
		if err := enc.Encode(rec); err != nil {
			return err
		}
		if _, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
			return writeError(err)
		}
	}
	if _, err := w.WriteString("\n]\n"); err != nil {
		return writeError(err)
	}
	return nil
}

// typePainter colours an entity type in the text format.
func typePainter(enabled bool, typ string) *color.Color {
	attrs := map[string]color.Attribute{"PERS": color.FgCyan, "LOC": color.FgGreen, "ORG": color.FgYellow, "MISC": color.FgMagenta}
	return painter(enabled, attrs[typ])
}
