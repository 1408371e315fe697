package command

import (
	"fmt"
	"io"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/segment"
)

// SegmentOptions are segment's options.
type SegmentOptions struct {
	In               Inputs
	Batch            Batch
	Format           string // text, tsv, json or jsonl
	FormatSet        bool   // given: --jsonl input then writes Format rather than JSONL
	Clauses, Plain   bool
	MaxSentenceBytes int    // 0: no limit
	Lang             string // ar, en or auto
	DocLimit         bool   // --max-doc-bytes was given: a streamed input is held to it too
}

// Segment prints the inputs' sentences.
func Segment(o SegmentOptions, s *IO) error {
	format := o.Format
	switch format {
	case "text", "tsv", "json", "jsonl":
	default:
		return usagef("segment: --format must be text, tsv, json or jsonl, not %q", format)
	}
	opts := segment.Options{Clauses: o.Clauses, MaxSentenceBytes: o.MaxSentenceBytes, Plain: o.Plain}
	switch {
	case opts.MaxSentenceBytes < 0:
		return usagef("segment: --max-sentence-bytes must be 0 (no limit) or more, not %d", opts.MaxSentenceBytes)
	case opts.MaxSentenceBytes == 0:
		opts.MaxSentenceBytes = -1 // the library's "no limit"
	}
	code, err := parseLang(o.Lang)
	if err != nil {
		return err
	}
	names := o.In.Names
	if err := refuseOutputAsInput(o.In); err != nil {
		return err
	}
	colored := o.In.Output == "" && format == "text" && s.Color
	if o.In.JSONL && (format == "jsonl" || !o.FormatSet) {
		return s.withSink(o.In.Output, func(w *output.Sink) error { return segmentJSONL(o, s, w, opts, code) })
	}
	return s.withSink(o.In.Output, func(w *output.Sink) error {
		out, err := segment.NewWriter(w, format)
		if err != nil {
			return output.WriteError(err)
		}
		out.Headers = len(names) > 1 || anyDirectory(names) || o.In.JSONL
		if colored {
			number := s.paint(true, "number")
			out.Number = func(w io.Writer, n int) error {
				_, err := io.WriteString(w, number(fmt.Sprintf("%4d ", n)))
				return err
			}
		}
		emit := func(rec segment.Record) error {
			if err := out.Write(rec); err != nil {
				return output.WriteError(err)
			}
			return nil
		}
		if anyDirectory(names) || o.In.JSONL {
			// A corpus: documents in parallel (--jobs), printed in input order.
			err = s.runBatch(o.In, o.Batch, func(d batch.Doc) (any, error) {
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
func segmentJSONL(o SegmentOptions, s *IO, w *output.Sink, opts segment.Options, code lang.Code) error {
	return s.runJSONL(o.In, o.Batch, w, func(d batch.Doc) (any, error) {
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
func segmentDocument(o SegmentOptions, s *IO, name string, opts segment.Options, code lang.Code, emit func(segment.Record) error) error {
	in, closeInput, err := s.openInput(name)
	if err != nil {
		return err
	}
	defer closeInput()
	if limit := o.Batch.MaxDocBytes; o.DocLimit && limit > 0 {
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
