package main

import (
	"math"
	"os"
	"runtime/debug"
	"sync"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/textout"
	"github.com/fatih/color"
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
		Action: action(summarizeOptionsOf, summarizeRun),
	})
}

func summarizeRun(o summarizeOptions, s *streams) error {
	format := o.format
	if o.in.jsonl && !o.formatSet {
		// JSONL in, JSONL out: one object per input line (the json format), errors included;
		// --format text or tsv prints those instead.
		format = "json"
	}
	if format != "text" && format != "tsv" && format != "json" && format != "html" {
		return usagef("summarize: --format must be text, tsv, json or html, not %q", format)
	}
	if o.highlight && format != "text" {
		return usagef("summarize: --highlight prints text; it cannot be combined with --format %s", format)
	}
	if format == "html" { // the page of arprep view (cli_summary.go)
		return pageRun(pageOptions{sum: o, top: pipeline.PageGlossaryTop}, s)
	}
	opts, an, err := o.load()
	if err != nil {
		return err
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return usageError{err.Error()}
	}
	colorOn, err := colorEnabled(s.color, s.out)
	if err != nil {
		return err
	}
	if out := o.in.output; out != "" && out != "-" && s.color != "always" {
		colorOn = false
	}
	return s.withSink(o.in.output, func(w *sink) error {
		lineFormat := format
		if o.highlight {
			lineFormat = "highlight"
		}
		headers := len(o.in.names) > 1 || anyDirectory(o.in.names) || o.in.jsonl
		out, err := summarize.NewWriter(w, lineFormat, o.explain, headers)
		if err != nil {
			return output.WriteError(err)
		}
		chosen, dim := painter(colorOn, color.FgGreen, color.Bold), painter(colorOn, color.Faint)
		out.Chosen = func(s string) string { return chosen.Sprint(s) }
		out.Dim = func(s string) string { return dim.Sprint(s) }
		return s.runBatch(o.in, o.batch, func(d batch.Doc) (any, error) {
			defer limitMemoryFor(len(d.Text))()
			doc := an.Document(d.Name, d.Text, code)
			sum, err := doc.Summarize(opts, nil)
			if err != nil || format != "json" {
				return sum, err
			}
			id := ""
			if d.ID != d.Name {
				id = d.ID
			}
			return textout.JSONLine(summarize.JSON(d.Name, id, sum, doc.Lang, o.explain)) // encoded in the worker
		}, func(r batch.Result) error {
			var line []byte
			switch {
			case r.Err != nil && o.in.jsonl && format == "json": // keep one output line per input line
				line, _ = textout.JSONLine(summarize.JSONSummary{Doc: r.Doc.Name, ID: r.Doc.ID,
					Sentences: []summarize.JSONSentence{}, Error: r.Err.Error()})
			case r.Err != nil:
				return nil // reported by runBatch
			case format == "json":
				line = r.Data.([]byte)
			default:
				if err := out.Write(r.Doc.Label(), r.Data.(*summarize.Summary)); err != nil {
					return output.WriteError(err)
				}
				return nil
			}
			if _, err := w.Write(line); err != nil {
				return output.WriteError(err)
			}
			return nil
		})
	})
}

// largeDoc is the size from which a document's summary sets the collector's soft memory limit.
const largeDoc = 4 << 20

var memoryLimit struct {
	sync.Mutex
	inFlight int // bytes of the large documents being summarised now
}

// limitMemoryFor sets the garbage collector's soft memory limit to what summarising the large
// documents in flight takes (pipeline.SummaryMemory of their bytes together: --jobs may run
// several at once), when GOMEMLIMIT is not set: the collector then keeps the heap near it
// rather than at twice what is live (30 MB on one line: 380 MB peak RSS without, 258 MB
// with). The returned func, called when the document is done, takes it out again.
func limitMemoryFor(n int) (done func()) {
	if n < largeDoc || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	set := func(delta int) {
		memoryLimit.Lock()
		defer memoryLimit.Unlock()
		memoryLimit.inFlight += delta
		limit := int64(math.MaxInt64) // Go's default: no limit
		if memoryLimit.inFlight > 0 {
			limit = pipeline.SummaryMemory(memoryLimit.inFlight)
		}
		debug.SetMemoryLimit(limit)
	}
	set(n)
	return func() { set(-n) }
}
