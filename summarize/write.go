package summarize

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/textout"
)

// Writer writes the summaries of documents in arprep summarize's line formats, one document
// after another:
//
//	text       the chosen sentences, one a line ('# ' lines of scores before each with Explain)
//	tsv        a header, then doc, index, start, end, words, rank, score (the features with
//	           Explain) and text per chosen sentence
//	highlight  every sentence with a bar of its score, the chosen ones marked '>'
type Writer struct {
	w                           io.Writer
	format                      string
	explain, highlight, headers bool
	// Chosen and Dim render the chosen and the other sentences in the highlight format.
	Chosen, Dim func(string) string
	docs        int
}

// NewWriter starts the output (tsv's header). With headers, text output puts a line
// "==> DOC <==" before each document's summary, as head(1) does with several files.
func NewWriter(w io.Writer, format string, explain, headers bool) (*Writer, error) {
	x := &Writer{w: w, format: format, explain: explain, headers: headers, highlight: format == "highlight",
		Chosen: noStyle, Dim: noStyle}
	if format != "tsv" {
		return x, nil
	}
	h := "doc\tindex\tstart\tend\twords\trank\tscore"
	if explain {
		h += "\t" + strings.Join(featureColumns, "\t")
	}
	_, err := io.WriteString(w, h+"\ttext\n")
	return x, err
}

func noStyle(s string) string { return s }

var featureColumns = []string{"tfidf", "entity", "position", "paragraph", "title", "length_penalty", "redundancy"}

// Write writes the summary of the document named doc.
func (x *Writer) Write(doc string, s *Summary) error {
	x.docs++
	switch {
	case x.highlight:
		return x.writeHighlight(doc, s)
	case x.format == "tsv":
		return x.writeTSV(doc, s)
	}
	return x.writeText(doc, s)
}

func (x *Writer) writeText(doc string, s *Summary) error {
	if x.docs > 1 {
		io.WriteString(x.w, "\n")
	}
	if x.headers {
		fmt.Fprintf(x.w, "==> %s <==\n", textout.OneLine(doc))
	}
	for _, i := range s.Chosen {
		st := &s.Sentences[i]
		if x.explain {
			fmt.Fprintf(x.w, "# %s\n", explainLine(st))
		}
		if _, err := io.WriteString(x.w, textout.OneLine(st.Text)+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func explainLine(st *Sentence) string {
	f := st.Features
	return fmt.Sprintf("sentence %d rank %d score %.3f: tfidf %.3f entity %.3f position %.3f paragraph %.0f title %.3f length-penalty %.3f redundancy %.3f words %d",
		st.Index+1, st.Rank, st.Score, f.TFIDF, f.Entity, f.Position, f.Paragraph, f.Title, f.Length, st.Redundancy, st.Words)
}

func (x *Writer) writeTSV(doc string, s *Summary) error {
	name := textout.OneLine(doc)
	for _, i := range s.Chosen {
		st := &s.Sentences[i]
		fmt.Fprintf(x.w, "%s\t%d\t%d\t%d\t%d\t%d\t%s", name, st.Index+1, st.Start, st.End, st.Words, st.Rank, ff(st.Score))
		if x.explain {
			f := st.Features
			for _, v := range []float64{f.TFIDF, f.Entity, f.Position, f.Paragraph, f.Title, f.Length, st.Redundancy} {
				io.WriteString(x.w, "\t"+ff(v))
			}
		}
		if _, err := io.WriteString(x.w, "\t"+textout.OneLine(st.Text)+"\n"); err != nil {
			return err
		}
	}
	return nil
}

func ff(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) }

// barWidth is the width of the score bar of the highlight format.
const barWidth = 8

// writeHighlight writes every sentence on its own line: a bar of its score relative to the
// document's best, a marker, and the text.
func (x *Writer) writeHighlight(doc string, s *Summary) error {
	if x.docs > 1 {
		io.WriteString(x.w, "\n")
	}
	fmt.Fprintf(x.w, "== %s: %d of %d sentences, %d words\n", doc, len(s.Chosen), len(s.Sentences), s.Words)
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
		mark, style := "  ", x.Dim
		if st.Chosen {
			mark, style = "> ", x.Chosen
		}
		if _, err := fmt.Fprintf(x.w, "%s %6.3f %s%s\n", bar, st.Score, mark, style(textout.OneLine(st.Text))); err != nil {
			return err
		}
	}
	return nil
}

// JSONSentence is a chosen sentence in the JSON summary.
type JSONSentence struct {
	Text     string    `json:"text"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Index    int       `json:"index"`
	Words    int       `json:"words"`
	Rank     int       `json:"rank"`
	Score    float64   `json:"score"`
	Features *Features `json:"features,omitempty"`
	Redund   *float64  `json:"redundancy,omitempty"`
}

// JSONSummary is the JSON object of a document's summary (one line of --jsonl output), or of
// the error that stopped it.
type JSONSummary struct {
	Doc       string         `json:"doc"`
	ID        string         `json:"id,omitempty"`
	Lang      lang.Code      `json:"lang,omitempty"`
	Words     int            `json:"words"`
	Dateline  *Span          `json:"dateline,omitempty"`
	Sentences []JSONSentence `json:"sentences"`
	Error     string         `json:"error,omitempty"`
}

// JSON is the JSON object of the summary s of document doc (id, when not empty, its JSONL
// id), read as used; explain adds each sentence's features, scores rounded to 4 places.
func JSON(doc, id string, s *Summary, used lang.Code, explain bool) JSONSummary {
	js := JSONSummary{Doc: doc, ID: id, Lang: used, Words: s.Words, Dateline: s.Dateline, Sentences: []JSONSentence{}}
	for _, i := range s.Chosen {
		st := s.Sentences[i]
		j := JSONSentence{Text: st.Text, Start: st.Start, End: st.End, Index: st.Index + 1, Words: st.Words, Rank: st.Rank, Score: round4(st.Score)}
		if explain {
			f := st.Features
			f = Features{TFIDF: round4(f.TFIDF), Entity: round4(f.Entity), Position: round4(f.Position),
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
