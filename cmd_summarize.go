package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/summarize"
	"github.com/fatih/color"
	"github.com/urfave/cli/v2"
)

func init() {
	d := summarize.DefaultWeights()
	weight := func(name string, v float64, usage string) cli.Flag {
		return &cli.Float64Flag{Name: "w-" + name, Value: v, Usage: usage}
	}
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
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Usage: "at most `N` sentences"},
			&cli.Float64Flag{Name: "ratio", Usage: "at most this share `R` of the sentences (0-1)"},
			&cli.IntFlag{Name: "words", Usage: "add sentences until the summary has `W` words"},
			&cli.IntFlag{Name: "max-words", Usage: "never more than `W` words"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "text, tsv, json or html"},
			&cli.BoolFlag{Name: "explain", Usage: "print the feature scores of each chosen sentence"},
			&cli.BoolFlag{Name: "highlight", Usage: "print the whole document with the chosen sentences highlighted"},
			&cli.StringFlag{Name: "idf", Usage: "take IDF from a background model `FILE` (arprep idf build) instead of the document"},
			&cli.BoolFlag{Name: "no-entities", Usage: "do not run the named-entity tagger (the entity feature is then 0)"},
			&cli.BoolFlag{Name: "plain", Usage: "keep datelines, credits and page furniture as sentences"},
			weight("tfidf", d.TFIDF, "weight of TF-IDF similarity to the document"),
			weight("entity", d.Entity, "weight of named-entity density"),
			weight("position", d.Position, "weight of position (first sentences first)"),
			weight("paragraph", d.Paragraph, "weight of opening a paragraph"),
			weight("title", d.Title, "weight of overlap with the first line"),
			weight("length", d.Length, "weight of the penalty for fragments and run-ons"),
			weight("redundancy", d.Redundancy, "weight of the penalty for repeating chosen sentences"),
			langFlag,
			outputFlag,
		}, batchFlags()...),
		Action: summarizeAction,
	})
}

func summarizeAction(c *cli.Context) error {
	format := c.String("format")
	if c.Bool("jsonl") && !c.IsSet("format") {
		// JSONL in, JSONL out: one object per input line (the json format), errors included;
		// --format text or tsv prints those instead.
		format = "json"
	}
	if format != "text" && format != "tsv" && format != "json" && format != "html" {
		return usagef("summarize: --format must be text, tsv, json or html, not %q", format)
	}
	if c.Bool("highlight") && format != "text" {
		return usagef("summarize: --highlight prints text; it cannot be combined with --format %s", format)
	}
	if format == "html" { // the page of arprep view (cmd_view.go)
		return pageAction(c)
	}
	opts, err := summarizeOptions(c)
	if err != nil {
		return err
	}
	var tagger *entity.Tagger
	if opts.Entities != nil {
		if tagger, err = entity.Default(); err != nil {
			return err
		}
	}
	code, err := langOf(c)
	if err != nil {
		return err
	}
	colorOn, err := colorEnabled(c, c.App.Writer)
	if err != nil {
		return err
	}
	if c.String("output") != "" && c.String("output") != "-" && c.String("color") != "always" {
		colorOn = false
	}
	return withSink(c, func(w *sink) error {
		out := &summaryWriter{w: w, format: format, explain: c.Bool("explain"), highlight: c.Bool("highlight"),
			chosen: painter(colorOn, color.FgGreen, color.Bold), dim: painter(colorOn, color.Faint)}
		if names := c.Args().Slice(); len(names) > 1 || anyDirectory(names) || c.Bool("jsonl") {
			out.headers = true
		}
		if format == "tsv" {
			if err := out.tsvHeader(); err != nil {
				return err
			}
		}
		return runBatch(c, func(d batch.Doc) (any, error) {
			used := lang.Resolve(code, d.Text)
			s, err := summarizeIn(d.Text, forLanguage(opts, used), used, tagger)
			if err != nil || format != "json" {
				return s, err
			}
			return jsonLine(summaryJSON(d, s, used, out.explain)) // encoded in the worker
		}, func(r batch.Result) error {
			if r.Err != nil {
				if c.Bool("jsonl") && format == "json" { // keep one output line per input line
					return out.writeError(r.Doc, r.Err)
				}
				return nil // reported by runBatch
			}
			if line, ok := r.Data.([]byte); ok {
				if _, err := w.Write(line); err != nil {
					return writeError(err)
				}
				return nil
			}
			return out.write(r.Doc, r.Data.(*summarize.Summary))
		})
	})
}

// summarizeOptions turns the flags into options, loading the IDF model and the tagger.
func summarizeOptions(c *cli.Context) (summarize.Options, error) {
	var opts summarize.Options
	b := summarize.Budget{Sentences: c.Int("sentences"), Ratio: c.Float64("ratio"), Words: c.Int("words"), MaxWords: c.Int("max-words")}
	if b.Sentences < 0 || b.Words < 0 || b.MaxWords < 0 || b.Ratio < 0 || b.Ratio > 1 {
		return opts, usagef("summarize: --sentences, --words and --max-words must not be negative and --ratio must be in [0, 1]")
	}
	opts.Budget = b
	opts.Plain = c.Bool("plain")
	w := summarize.Weights{
		TFIDF: c.Float64("w-tfidf"), Entity: c.Float64("w-entity"), Position: c.Float64("w-position"),
		Paragraph: c.Float64("w-paragraph"), Title: c.Float64("w-title"), Length: c.Float64("w-length"),
		Redundancy: c.Float64("w-redundancy"),
	}
	opts.Weights = &w
	if path := c.String("idf"); path != "" {
		m, err := loadIDF(path)
		if err != nil {
			return opts, err
		}
		opts.Background = m
	}
	if !c.Bool("no-entities") {
		tagger, err := entity.Default()
		if err != nil {
			return opts, err
		}
		opts.Entities = func(text string) []summarize.Entity { return summaryEntities(tagChunked(tagger, text)) }
	}
	return opts, nil
}

// summarizeIn summarises a document in language used with opts (fit to it by forLanguage).
// Arabic text is tagged once, when tagger is not nil, and the summarizer takes the tagger's
// words and entities (summarize.Analysed) rather than analysing the text again.
func summarizeIn(text string, opts summarize.Options, used lang.Code, tagger *entity.Tagger) (*summarize.Summary, error) {
	if tagger == nil || used == lang.English {
		return summarize.Summarize(text, opts)
	}
	a := analyseChunked(tagger, text)
	return summarize.Analysed(text, summarize.Analysis{Words: a.Words, Entities: summaryEntities(a.Entities)}, opts)
}

// tagChunkBytes is the size from which a document is tagged in parallel pieces.
var tagChunkBytes = 1 << 20

// tagChunked tags text with the entity tagger. A document larger than tagChunkBytes is cut at
// blank lines (paragraph ends) into one piece per CPU (none smaller than tagChunkBytes), tagged
// at once:
// the tagger is the slowest stage of summarize on a long document, and its document-level
// context matters within a news article, not across a megabyte. Offsets are into text.
func tagChunked(tagger *entity.Tagger, text string) []entity.Span {
	return inPieces(text, func(piece string) entity.Analysis { return entity.Analysis{Entities: tagger.Tag(piece)} }).Entities
}

// analyseChunked is tagChunked with the words of text as well (entity.Tagger.Analyse).
func analyseChunked(tagger *entity.Tagger, text string) entity.Analysis {
	return inPieces(text, tagger.Analyse)
}

// inPieces runs analyse on text, in pieces as tagChunked says, and joins the results.
func inPieces(text string, analyse func(string) entity.Analysis) entity.Analysis {
	cpus := runtime.GOMAXPROCS(0)                       // the CPUs --jobs allows
	size := max(tagChunkBytes, (len(text)+cpus-1)/cpus) // one piece per CPU
	var pieces []int                                    // start offsets
	for start := 0; start < len(text); {
		pieces = append(pieces, start)
		end := start + size
		if end >= len(text) {
			break
		}
		if cut := strings.Index(text[end:], "\n\n"); cut >= 0 {
			end += cut + 2
		} else {
			break
		}
		start = end
	}
	if len(pieces) == 1 {
		return analyse(text)
	}
	results := make([]entity.Analysis, len(pieces))
	var wg sync.WaitGroup
	sem := make(chan struct{}, cpus)
	for k, start := range pieces {
		end := len(text)
		if k+1 < len(pieces) {
			end = pieces[k+1]
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			a := analyse(text[start:end])
			for i := range a.Entities {
				a.Entities[i].Start += start
				a.Entities[i].End += start
			}
			for i := range a.Words {
				a.Words[i].Start += start
				a.Words[i].End += start
			}
			results[k] = a
		}()
	}
	wg.Wait()
	var out entity.Analysis
	for _, r := range results {
		out.Entities = append(out.Entities, r.Entities...)
		out.Words = append(out.Words, r.Words...)
	}
	return out
}

// summaryEntities converts tagger spans to the summarizer's entities.
func summaryEntities(spans []entity.Span) []summarize.Entity {
	out := make([]summarize.Entity, len(spans))
	for i, s := range spans {
		out[i] = summarize.Entity{Start: s.Start, End: s.End, Type: s.Type}
	}
	return out
}

type summaryWriter struct {
	w           *sink
	format      string
	explain     bool
	highlight   bool
	chosen, dim *color.Color
	docs        int
	headers     bool // text: a "==> doc <==" line before each document's summary, as head(1) prints
}

func (o *summaryWriter) write(d batch.Doc, s *summarize.Summary) error {
	o.docs++
	var err error
	switch {
	case o.highlight:
		err = o.writeHighlight(d, s)
	case o.format == "tsv":
		err = o.writeTSV(d, s)
	default:
		err = o.writeText(d, s)
	}
	if err != nil {
		return writeError(err)
	}
	return nil
}

// oneLine puts a sentence on one line for line-based formats.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
}

func (o *summaryWriter) writeText(d batch.Doc, s *summarize.Summary) error {
	if o.docs > 1 {
		o.w.WriteByte('\n')
	}
	if o.headers {
		fmt.Fprintf(o.w, "==> %s <==\n", oneLine(d.Label()))
	}
	for _, i := range s.Chosen {
		st := &s.Sentences[i]
		if o.explain {
			fmt.Fprintf(o.w, "# %s\n", explainLine(st))
		}
		o.w.WriteString(oneLine(st.Text))
		if err := o.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func explainLine(st *summarize.Sentence) string {
	f := st.Features
	return fmt.Sprintf("sentence %d rank %d score %.3f: tfidf %.3f entity %.3f position %.3f paragraph %.0f title %.3f length-penalty %.3f redundancy %.3f words %d",
		st.Index+1, st.Rank, st.Score, f.TFIDF, f.Entity, f.Position, f.Paragraph, f.Title, f.Length, st.Redundancy, st.Words)
}

var featureColumns = []string{"tfidf", "entity", "position", "paragraph", "title", "length_penalty", "redundancy"}

func (o *summaryWriter) tsvHeader() error {
	h := "doc\tindex\tstart\tend\twords\trank\tscore"
	if o.explain {
		h += "\t" + strings.Join(featureColumns, "\t")
	}
	_, err := o.w.WriteString(h + "\ttext\n")
	if err != nil {
		return writeError(err)
	}
	return nil
}

func (o *summaryWriter) writeTSV(d batch.Doc, s *summarize.Summary) error {
	name := oneLine(d.Label())
	for _, i := range s.Chosen {
		st := &s.Sentences[i]
		fmt.Fprintf(o.w, "%s\t%d\t%d\t%d\t%d\t%d\t%s", name, st.Index+1, st.Start, st.End, st.Words, st.Rank, ff(st.Score))
		if o.explain {
			f := st.Features
			for _, v := range []float64{f.TFIDF, f.Entity, f.Position, f.Paragraph, f.Title, f.Length, st.Redundancy} {
				o.w.WriteString("\t" + ff(v))
			}
		}
		o.w.WriteString("\t" + oneLine(st.Text))
		if err := o.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

func ff(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

type jsonSentence struct {
	Text     string              `json:"text"`
	Start    int                 `json:"start"`
	End      int                 `json:"end"`
	Index    int                 `json:"index"`
	Words    int                 `json:"words"`
	Rank     int                 `json:"rank"`
	Score    float64             `json:"score"`
	Features *summarize.Features `json:"features,omitempty"`
	Redund   *float64            `json:"redundancy,omitempty"`
}

type jsonSummary struct {
	Doc       string          `json:"doc"`
	ID        string          `json:"id,omitempty"`
	Lang      lang.Code       `json:"lang,omitempty"`
	Words     int             `json:"words"`
	Dateline  *summarize.Span `json:"dateline,omitempty"`
	Sentences []jsonSentence  `json:"sentences"`
	Error     string          `json:"error,omitempty"`
}

// writeError is the output line of a JSONL document that could not be summarised.
func (o *summaryWriter) writeError(d batch.Doc, err error) error {
	enc := json.NewEncoder(o.w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jsonSummary{Doc: d.Name, ID: d.ID, Sentences: []jsonSentence{}, Error: err.Error()}); err != nil {
		return writeError(err)
	}
	return nil
}

// summaryJSON is the JSON object of a document's summary (one line of --jsonl output).
func summaryJSON(d batch.Doc, s *summarize.Summary, used lang.Code, explain bool) jsonSummary {
	js := jsonSummary{Doc: d.Name, Lang: used, Words: s.Words, Dateline: s.Dateline, Sentences: []jsonSentence{}}
	if d.ID != d.Name {
		js.ID = d.ID
	}
	for _, i := range s.Chosen {
		st := s.Sentences[i]
		j := jsonSentence{Text: st.Text, Start: st.Start, End: st.End, Index: st.Index + 1, Words: st.Words, Rank: st.Rank, Score: round4(st.Score)}
		if explain {
			f := st.Features
			f = summarize.Features{TFIDF: round4(f.TFIDF), Entity: round4(f.Entity), Position: round4(f.Position),
				Paragraph: f.Paragraph, Title: round4(f.Title), Length: round4(f.Length)}
			r := round4(st.Redundancy)
			j.Features, j.Redund = &f, &r
		}
		js.Sentences = append(js.Sentences, j)
	}
	return js
}

func round4(v float64) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return f
}

// barWidth is the width of the score bar in --highlight.
const barWidth = 8

// writeHighlight prints every sentence on its own line: a bar of its score relative to the
// document's best, a marker, and the text, chosen sentences in colour.
func (o *summaryWriter) writeHighlight(d batch.Doc, s *summarize.Summary) error {
	if o.docs > 1 {
		o.w.WriteByte('\n')
	}
	fmt.Fprintf(o.w, "== %s: %d of %d sentences, %d words\n", d.Label(), len(s.Chosen), len(s.Sentences), s.Words)
	lo, hi := 0.0, 0.0
	for i, st := range s.Sentences {
		if i == 0 || st.Score < lo {
			lo = st.Score
		}
		if i == 0 || st.Score > hi {
			hi = st.Score
		}
	}
	for _, st := range s.Sentences {
		filled := barWidth
		if hi > lo {
			filled = int((st.Score-lo)/(hi-lo)*barWidth + 0.5)
		}
		bar := strings.Repeat("█", filled) + strings.Repeat("░", barWidth-filled)
		mark := "  "
		if st.Chosen {
			mark = "> "
		}
		text := oneLine(st.Text)
		p := o.dim
		if st.Chosen {
			p = o.chosen
		}
		fmt.Fprintf(o.w, "%s %6.3f %s%s\n", bar, st.Score, mark, p.Sprint(text))
	}
	return nil
}
