package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/news"
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
		Action: segmentAction,
	})
}

// sentenceRecord is one sentence in the tsv, json and jsonl formats.
type sentenceRecord struct {
	Doc       string    `json:"doc,omitempty"` // empty inside a JSONL result, which names its document once
	Paragraph int       `json:"paragraph"`
	Sentence  int       `json:"sentence"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Forced    bool      `json:"forced,omitempty"`
	Lang      lang.Code `json:"lang,omitempty"`
	Kind      news.Kind `json:"kind,omitempty"` // dateline, credit, furniture; omitted for a sentence
}

func segmentAction(c *cli.Context) error {
	format := c.String("format")
	switch format {
	case "text", "tsv", "json", "jsonl":
	default:
		return usagef("segment: --format must be text, tsv, json or jsonl, not %q", format)
	}
	opts := segment.Options{Clauses: c.Bool("clauses"), MaxSentenceBytes: c.Int("max-sentence-bytes"), Plain: c.Bool("plain")}
	switch {
	case opts.MaxSentenceBytes < 0:
		return usagef("segment: --max-sentence-bytes must be 0 (no limit) or more, not %d", opts.MaxSentenceBytes)
	case opts.MaxSentenceBytes == 0:
		opts.MaxSentenceBytes = -1 // the library's "no limit"
	}
	code, err := langOf(c)
	if err != nil {
		return err
	}
	names, err := inputNames(c)
	if err != nil {
		return err
	}
	if err := refuseOutputAsInput(c, names); err != nil {
		return err
	}
	colored := false
	if c.String("output") == "" && format == "text" {
		if colored, err = colorEnabled(c, c.App.Writer); err != nil {
			return err
		}
	}
	if c.Bool("jsonl") && (format == "jsonl" || !c.IsSet("format")) {
		return withSink(c, func(w *sink) error { return segmentJSONL(c, w, opts, code) })
	}
	return withSink(c, func(w *sink) error {
		out := &sentenceWriter{w: w, format: format, number: painter(colored, color.Faint), colored: colored,
			headers: len(names) > 1 || anyDirectory(names) || c.Bool("jsonl")}
		if err := out.header(); err != nil {
			return err
		}
		if anyDirectory(names) || c.Bool("jsonl") {
			// A corpus: documents in parallel (--jobs), printed in input order.
			err = runBatch(c, func(d batch.Doc) (any, error) {
				sents, used, err := pipeline.Sentences(d.Text, code, opts)
				if err != nil {
					return nil, err
				}
				warnForced(c, d.Label(), sents, opts)
				return records(d.Label(), used, sents), nil
			}, func(r batch.Result) error {
				if r.Err != nil {
					return nil // reported by runBatch
				}
				for _, rec := range r.Data.([]sentenceRecord) {
					if err := out.write(rec); err != nil {
						return err
					}
				}
				return nil
			})
		} else {
			for _, name := range names {
				if err = segmentDocument(c, name, opts, code, out.write); err != nil {
					break
				}
			}
		}
		if err != nil {
			return err
		}
		return out.footer()
	})
}

// segmentJSONL is the stateless map step of the JSONL contract: one object in, one object
// out, in input order: {"id", "doc", "lang", "sentences": [...]}, or {"id", "doc", "error"}
// for a document that could not be read (also reported on stderr; the run then exits 1).
func segmentJSONL(c *cli.Context, w *sink, opts segment.Options, code lang.Code) error {
	type result struct {
		ID        string           `json:"id,omitempty"`
		Doc       string           `json:"doc"`
		Lang      lang.Code        `json:"lang,omitempty"`
		Sentences []sentenceRecord `json:"sentences"`
		Error     string           `json:"error,omitempty"`
	}
	return runJSONL(c, w, func(d batch.Doc) (any, error) {
		sents, used, err := pipeline.Sentences(d.Text, code, opts)
		if err != nil {
			return nil, err
		}
		warnForced(c, d.Label(), sents, opts)
		return result{ID: d.ID, Doc: d.Name, Lang: used, Sentences: records("", "", sents)}, nil
	}, func(d batch.Doc, err error) any {
		return result{ID: d.ID, Doc: d.Name, Sentences: []sentenceRecord{}, Error: err.Error()}
	})
}

// records numbers sentences for output.
func records(doc string, used lang.Code, sents []segment.Sentence) []sentenceRecord {
	recs := make([]sentenceRecord, len(sents))
	for i, s := range sents {
		recs[i] = sentenceRecord{Doc: doc, Lang: used, Paragraph: s.Paragraph, Sentence: i + 1, Start: s.Start, End: s.End, Text: s.Text, Forced: s.Forced, Kind: s.Kind}
	}
	return recs
}

// sentenceWriter prints sentence records in one of the formats, across documents.
type sentenceWriter struct {
	w       *sink
	format  string
	colored bool
	number  *color.Color
	written int
	js      jsonWriter
	headers bool   // text: a "==> doc <==" line before each document's sentences, as head(1) prints
	lastDoc string // the document of the last sentence written
}

func (o *sentenceWriter) header() error {
	var err error
	switch o.format {
	case "tsv":
		_, err = o.w.WriteString("doc\tparagraph\tsentence\tstart\tend\ttext\tkind\n")
	case "json":
		_, err = o.w.WriteString("[")
	}
	if err != nil {
		return writeError(err)
	}
	return nil
}

func (o *sentenceWriter) write(rec sentenceRecord) error {
	w := o.w
	var err error
	switch o.format {
	case "text":
		if o.headers && (o.written == 0 || rec.Doc != o.lastDoc) {
			if o.written > 0 {
				w.WriteByte('\n')
			}
			fmt.Fprintf(w, "==> %s <==\n", docLabel(rec.Doc))
		}
		o.lastDoc = rec.Doc
		if o.colored {
			_, err = o.number.Fprintf(w, "%4d ", rec.Sentence)
		}
		if err == nil {
			_, err = fmt.Fprintln(w, rec.Text)
		}
	case "tsv":
		_, err = fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%s\t%s\n", tsvEscape(rec.Doc), rec.Paragraph, rec.Sentence, rec.Start, rec.End, tsvEscape(rec.Text), rec.Kind)
	case "json":
		sep := ",\n"
		if o.written == 0 {
			sep = "\n"
		}
		if _, err = w.WriteString(sep); err == nil {
			err = o.js.write(w, rec)
		}
	case "jsonl":
		if err = o.js.write(w, rec); err == nil {
			err = w.WriteByte('\n')
		}
	}
	o.written++
	if err != nil {
		return writeError(err)
	}
	return nil
}

func (o *sentenceWriter) footer() error {
	if o.format != "json" {
		return nil
	}
	if _, err := o.w.WriteString("\n]\n"); err != nil {
		return writeError(err)
	}
	return nil
}

// docLabel names a document in a text header: standard input is "<stdin>".
func docLabel(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return oneLine(name)
}

// jsonWriter writes records as compact JSON, with <, > and & left as they are.
type jsonWriter struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func (j *jsonWriter) write(w *sink, rec sentenceRecord) error {
	if j.enc == nil {
		j.enc = json.NewEncoder(&j.buf)
		j.enc.SetEscapeHTML(false)
	}
	j.buf.Reset()
	if err := j.enc.Encode(rec); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	return err
}

// segmentDocument streams one input through the segmenter and calls emit for each
// sentence, warning on stderr about sentences cut by the length limit. English input (by
// --lang, or detected from the first 64 KiB) is read whole and split by prose.
func segmentDocument(c *cli.Context, name string, opts segment.Options, code lang.Code, emit func(sentenceRecord) error) error {
	in, closeInput, err := openInput(c, name)
	if err != nil {
		return err
	}
	defer closeInput()
	if limit := c.Int64("max-doc-bytes"); c.IsSet("max-doc-bytes") && limit > 0 {
		// Streaming needs no bound; an explicit one is honoured as in corpus runs.
		in = &docLimit{r: in, left: limit, name: name, limit: limit}
	}
	br := bufio.NewReaderSize(in, 64<<10)
	if code == lang.Auto {
		head, err := br.Peek(64 << 10)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			return err
		}
		code = lang.Detect(string(head))
	}
	if code == lang.English {
		text, err := io.ReadAll(br)
		if err != nil {
			return err
		}
		sents, _, err := pipeline.Sentences(string(text), code, opts)
		if err != nil {
			return err
		}
		for _, rec := range records(name, code, sents) {
			if err := emit(rec); err != nil {
				return err
			}
		}
		return nil
	}
	r := segment.FromReader(br, opts)
	cuts := cutWarnings{c: c, name: name, limit: opts.MaxSentenceBytes}
	n := 0
	for r.Next() {
		s := r.Sentence()
		n++
		cuts.note(n, s)
		if err := emit(sentenceRecord{Doc: name, Lang: lang.Arabic, Paragraph: s.Paragraph, Sentence: n, Start: s.Start, End: s.End, Text: s.Text, Forced: s.Forced, Kind: s.Kind}); err != nil {
			return err
		}
	}
	cuts.done()
	return r.Err()
}

// docLimit fails a stream that runs past --max-doc-bytes.
type docLimit struct {
	r           io.Reader
	left, limit int64
	name        string
}

func (d *docLimit) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if d.left -= int64(n); d.left < 0 {
		return 0, fmt.Errorf("%s: larger than --max-doc-bytes %d", d.name, d.limit)
	}
	return n, err
}

// warnForced warns about sentences cut at the length limit in a document split whole.
func warnForced(c *cli.Context, name string, sents []segment.Sentence, opts segment.Options) {
	cuts := cutWarnings{c: c, name: name, limit: opts.MaxSentenceBytes}
	for i, s := range sents {
		cuts.note(i+1, s)
	}
	cuts.done()
}

// cutWarnings reports the sentences of one document that were cut at the length limit: the
// first few one by one, then how many more.
type cutWarnings struct {
	c     *cli.Context
	name  string
	limit int
	cut   int
}

func (w *cutWarnings) note(sentence int, s segment.Sentence) {
	if !s.Forced {
		return
	}
	if w.cut++; w.cut <= maxForcedWarnings {
		warnf(w.c, "%s: sentence %d (bytes %d-%d) has no boundary within %d bytes; cut at white space", w.name, sentence, s.Start, s.End, w.limit)
	}
}

func (w *cutWarnings) done() {
	if w.cut > maxForcedWarnings {
		warnf(w.c, "%s: %d more sentences cut at %d bytes", w.name, w.cut-maxForcedWarnings, w.limit)
	}
}

// maxForcedWarnings bounds the per-document warnings about cut sentences.
const maxForcedWarnings = 3

var tsvEscaper = strings.NewReplacer("\\", `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// tsvEscape keeps a field on one line and in one column.
func tsvEscape(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	return tsvEscaper.Replace(s)
}
