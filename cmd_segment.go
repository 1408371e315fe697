package main

import (
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/output"
	"io"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/segment"
	"github.com/fatih/color"
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
		Action: action(segmentOptionsOf, segmentRun),
	})
}

// segmentOptions are segment's flags.
type segmentOptions struct {
	in               inputs
	batch            batchOptions
	format           string
	formatSet        bool
	clauses, plain   bool
	maxSentenceBytes int
	lang             string
	docLimit         bool // --max-doc-bytes was given: a streamed input is held to it too
}

func segmentOptionsOf(c *cli.Context) (segmentOptions, error) {
	in, err := inputsOf(c)
	return segmentOptions{in: in, batch: batchOptionsOf(c), format: c.String("format"),
		formatSet: c.IsSet("format"), clauses: c.Bool("clauses"), maxSentenceBytes: c.Int("max-sentence-bytes"),
		plain: c.Bool("plain"), lang: c.String("lang"), docLimit: c.IsSet("max-doc-bytes")}, err
}

func segmentRun(o segmentOptions, s *streams) error {
	format := o.format
	switch format {
	case "text", "tsv", "json", "jsonl":
	default:
		return usagef("segment: --format must be text, tsv, json or jsonl, not %q", format)
	}
	opts := segment.Options{Clauses: o.clauses, MaxSentenceBytes: o.maxSentenceBytes, Plain: o.plain}
	switch {
	case opts.MaxSentenceBytes < 0:
		return usagef("segment: --max-sentence-bytes must be 0 (no limit) or more, not %d", opts.MaxSentenceBytes)
	case opts.MaxSentenceBytes == 0:
		opts.MaxSentenceBytes = -1 // the library's "no limit"
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	names := o.in.names
	if err := refuseOutputAsInput(o.in); err != nil {
		return err
	}
	colored := false
	if o.in.output == "" && format == "text" {
		if colored, err = colorEnabled(s.color, s.out); err != nil {
			return err
		}
	}
	if o.in.jsonl && (format == "jsonl" || !o.formatSet) {
		return s.withSink(o.in.output, func(w *sink) error { return segmentJSONL(o, s, w, opts, code) })
	}
	return s.withSink(o.in.output, func(w *sink) error {
		out, err := segment.NewWriter(w, format)
		if err != nil {
			return output.WriteError(err)
		}
		out.Headers = len(names) > 1 || anyDirectory(names) || o.in.jsonl
		if colored {
			number := painter(colored, color.Faint)
			out.Number = func(w io.Writer, n int) error { _, err := number.Fprintf(w, "%4d ", n); return err }
		}
		emit := func(rec segment.Record) error {
			if err := out.Write(rec); err != nil {
				return output.WriteError(err)
			}
			return nil
		}
		if anyDirectory(names) || o.in.jsonl {
			// A corpus: documents in parallel (--jobs), printed in input order.
			err = s.runBatch(o.in, o.batch, func(d batch.Doc) (any, error) {
				sents, used, err := pipeline.Sentences(d.Text, code, opts)
				if err != nil {
					return nil, err
				}
				segment.WarnCuts(d.Label(), opts.MaxSentenceBytes, sents, s.warnCut)
				return segment.Records(d.Label(), used, sents), nil
			}, func(r batch.Result) error {
				if r.Err != nil {
					return nil // reported by runBatch
				}
				for _, rec := range r.Data.([]segment.Record) {
					if err := emit(rec); err != nil {
						return err
					}
				}
				return nil
			})
		} else {
			for _, name := range names {
				if err = segmentDocument(o, s, name, opts, code, emit); err != nil {
					break
				}
			}
		}
		if err != nil {
			return err
		}
		if err := out.Close(); err != nil {
			return output.WriteError(err)
		}
		return nil
	})
}

// segmentJSONL is the stateless map step of the JSONL contract: one object in, one object
// out, in input order: {"id", "doc", "lang", "sentences": [...]}, or {"id", "doc", "error"}
// for a document that could not be read (also reported on stderr; the run then exits 1).
func segmentJSONL(o segmentOptions, s *streams, w *sink, opts segment.Options, code lang.Code) error {
	return s.runJSONL(o.in, o.batch, w, func(d batch.Doc) (any, error) {
		sents, used, err := pipeline.Sentences(d.Text, code, opts)
		if err != nil {
			return nil, err
		}
		segment.WarnCuts(d.Label(), opts.MaxSentenceBytes, sents, s.warnCut)
		return segment.Document{ID: d.ID, Doc: d.Name, Lang: used, Sentences: segment.Records("", "", sents)}, nil
	}, func(d batch.Doc, err error) any {
		return segment.Document{ID: d.ID, Doc: d.Name, Sentences: []segment.Record{}, Error: err.Error()}
	})
}

// segmentDocument streams one input through the segmenter (pipeline.StreamSentences) and calls
// emit for each sentence, warning on stderr about sentences cut by the length limit.
func segmentDocument(o segmentOptions, s *streams, name string, opts segment.Options, code lang.Code, emit func(segment.Record) error) error {
	in, closeInput, err := s.openInput(name)
	if err != nil {
		return err
	}
	defer closeInput()
	if limit := o.batch.maxDocBytes; o.docLimit && limit > 0 {
		// Streaming needs no bound; an explicit one is honoured as in corpus runs.
		in = input.LimitReader(in, name, limit)
	}
	cuts := segment.Cuts{Doc: name, Limit: opts.MaxSentenceBytes, Warn: s.warnCut}
	n := 0
	var emitErr error
	err = pipeline.StreamSentences(in, code, opts, func(sent segment.Sentence, used lang.Code) error {
		n++
		cuts.Note(n, sent)
		emitErr = emit(segment.Record{Doc: name, Lang: used, Paragraph: sent.Paragraph, Sentence: n, Start: sent.Start,
			End: sent.End, Text: sent.Text, Forced: sent.Forced, Kind: sent.Kind})
		return emitErr
	})
	if emitErr == nil { // the count of further cuts, even when reading failed
		cuts.Done()
	}
	return err
}
