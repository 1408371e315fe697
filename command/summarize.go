package command

import (
	"math"
	"os"
	"runtime/debug"
	"sync"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/textout"
)

// SummarizeOptions are summarize's options, and those view shares.
type SummarizeOptions struct {
	In                 Inputs
	Batch              Batch
	Format             string // text, tsv, json or html
	FormatSet          bool   // given: --jsonl input then writes Format rather than json
	Explain, Highlight bool
	Budget             summarize.Budget
	Weights            summarize.Weights
	Plain, NoEntities  bool
	IDF                string // a background model file, or none
	Lang               string // ar, en or auto
	// Tagger tags names; nil: the embedded model.
	Tagger pipeline.Tagger
}

// load turns the options into the summarizer's, loading the IDF model and the tagger.
func (o SummarizeOptions) load() (summarize.Options, *pipeline.Analyser, error) {
	var opts summarize.Options
	b := o.Budget
	if b.Sentences < 0 || b.Words < 0 || b.MaxWords < 0 || b.Ratio < 0 || b.Ratio > 1 {
		return opts, nil, usagef("summarize: --sentences, --words and --max-words must not be negative and --ratio must be in [0, 1]")
	}
	opts.Budget = b
	opts.Plain = o.Plain
	w := o.Weights
	opts.Weights = &w
	if path := o.IDF; path != "" {
		m, err := idf.Load(path)
		if err != nil {
			return opts, nil, err
		}
		opts.Background = m
	}
	an, err := newAnalyser(!o.NoEntities, o.Tagger, cpus(o.Batch.Jobs), true)
	return opts, an, err
}

// Summarize prints the summary of each input, or the page of them all (--format html).
func Summarize(o SummarizeOptions, s *IO) error {
	format := o.Format
	if o.In.JSONL && !o.FormatSet {
		// JSONL in, JSONL out: one object per input line (the json format), errors included;
		// --format text or tsv prints those instead.
		format = "json"
	}
	if format != "text" && format != "tsv" && format != "json" && format != "html" {
		return usagef("summarize: --format must be text, tsv, json or html, not %q", format)
	}
	if o.Highlight && format != "text" {
		return usagef("summarize: --highlight prints text; it cannot be combined with --format %s", format)
	}
	if format == "html" { // the page of arprep view
		return Page(PageOptions{Summary: o, Top: pipeline.PageGlossaryTop}, s)
	}
	o.In = o.In.with(o.IDF)
	opts, an, err := o.load()
	if err != nil {
		return err
	}
	code, err := parseLang(o.Lang)
	if err != nil {
		return err
	}
	colorOn := s.Color
	if out := o.In.Output; out != "" && out != "-" && !s.ColorAlways {
		colorOn = false
	}
	return s.withSink(o.In.Output, func(w *output.Sink) error {
		lineFormat := format
		if o.Highlight {
			lineFormat = "highlight"
		}
		headers := len(o.In.Names) > 1 || anyDirectory(o.In.Names) || o.In.JSONL
		out, err := summarize.NewWriter(w, lineFormat, o.Explain, headers)
		if err != nil {
			return output.WriteError(err)
		}
		out.Chosen, out.Dim = s.paint(colorOn, "chosen"), s.paint(colorOn, "dim")
		return s.runBatch(o.In, o.Batch, func(d batch.Doc) (any, error) {
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
			return textout.JSONLine(summarize.JSON(d.Name, id, sum, doc.Lang, o.Explain)) // encoded in the worker
		}, func(r batch.Result) error {
			var line []byte
			switch {
			case r.Err != nil && o.In.JSONL && format == "json": // keep one output line per input line
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
