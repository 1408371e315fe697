package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

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
			"tsv prints a header and the columns doc, paragraph, sentence, start, end, text (tab, newline,\n" +
			"carriage return and backslash in the text written as \\t \\n \\r \\\\); json prints one array and\n" +
			"jsonl one object per line, with the same fields. start and end are byte offsets into the\n" +
			"decoded input (UTF-8); paragraphs and sentences are numbered from 1 in each document.\n" +
			"A sentence that finds no boundary within --max-sentence-bytes is cut there, with a warning.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text, tsv, json or jsonl"},
			&cli.BoolFlag{Name: "clauses", Usage: "also split after \":\" and after \"،\" between long clauses (for MT and subtitles)"},
			&cli.IntFlag{Name: "max-sentence-bytes", Value: segment.DefaultMaxSentenceBytes, Usage: "cut sentences longer than `N` bytes; 0 = no limit"},
			outputFlag,
		},
		Action: segmentAction,
	})
}

// sentenceRecord is one sentence in the tsv, json and jsonl formats.
type sentenceRecord struct {
	Doc       string `json:"doc"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Forced    bool   `json:"forced,omitempty"`
}

func segmentAction(c *cli.Context) error {
	format := c.String("format")
	switch format {
	case "text", "tsv", "json", "jsonl":
	default:
		return usagef("segment: --format must be text, tsv, json or jsonl, not %q", format)
	}
	opts := segment.Options{Clauses: c.Bool("clauses"), MaxSentenceBytes: c.Int("max-sentence-bytes")}
	switch {
	case opts.MaxSentenceBytes < 0:
		return usagef("segment: --max-sentence-bytes must be 0 (no limit) or more, not %d", opts.MaxSentenceBytes)
	case opts.MaxSentenceBytes == 0:
		opts.MaxSentenceBytes = -1 // the library's "no limit"
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
	number := painter(colored, color.Faint)
	return withSink(c, func(w *sink) error {
		var js jsonWriter
		switch format {
		case "tsv":
			if _, err := w.WriteString("doc\tparagraph\tsentence\tstart\tend\ttext\n"); err != nil {
				return writeError(err)
			}
		case "json":
			if _, err := w.WriteString("["); err != nil {
				return writeError(err)
			}
		}
		written := 0
		for _, name := range names {
			err := segmentDocument(c, name, opts, func(rec sentenceRecord) error {
				var err error
				switch format {
				case "text":
					if colored {
						_, err = number.Fprintf(w, "%4d ", rec.Sentence)
					}
					if err == nil {
						_, err = fmt.Fprintln(w, rec.Text)
					}
				case "tsv":
					_, err = fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%s\n", tsvEscape(rec.Doc), rec.Paragraph, rec.Sentence, rec.Start, rec.End, tsvEscape(rec.Text))
				case "json":
					sep := ",\n"
					if written == 0 {
						sep = "\n"
					}
					if _, err = w.WriteString(sep); err == nil {
						err = js.write(w, rec)
					}
				case "jsonl":
					if err = js.write(w, rec); err == nil {
						err = w.WriteByte('\n')
					}
				}
				written++
				if err != nil {
					return writeError(err)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		if format == "json" {
			if _, err := w.WriteString("\n]\n"); err != nil {
				return writeError(err)
			}
		}
		return nil
	})
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
// sentence, warning on stderr about sentences cut by the length limit.
func segmentDocument(c *cli.Context, name string, opts segment.Options, emit func(sentenceRecord) error) error {
	in, closeInput, err := openInput(c, name)
	if err != nil {
		return err
	}
	defer closeInput()
	r := segment.FromReader(in, opts)
	n, forced := 0, 0
	for r.Next() {
		s := r.Sentence()
		n++
		if s.Forced {
			if forced++; forced <= maxForcedWarnings {
				warnf(c, "%s: sentence %d (bytes %d-%d) has no boundary within %d bytes; cut at white space", name, n, s.Start, s.End, opts.MaxSentenceBytes)
			}
		}
		if err := emit(sentenceRecord{Doc: name, Paragraph: s.Paragraph, Sentence: n, Start: s.Start, End: s.End, Text: s.Text, Forced: s.Forced}); err != nil {
			return err
		}
	}
	if forced > maxForcedWarnings {
		warnf(c, "%s: %d more sentences cut at %d bytes", name, forced-maxForcedWarnings, opts.MaxSentenceBytes)
	}
	return r.Err()
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
