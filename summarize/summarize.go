package summarize

import (
	"errors"
	"fmt"
	"iter"
	"math"

	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/news"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// Weights combine the feature scores into a sentence's score:
//
//	score = TFIDF·tfidf + Entity·entity + Position·position + Paragraph·paragraph
//	        + Title·title − Length·lengthPenalty
//
// and Redundancy scales the penalty for similarity to the sentences already chosen (see
// [Summarize]). Every feature lies in [0, 1]. The defaults are [DefaultWeights].
type Weights struct {
	TFIDF      float64
	Entity     float64
	Position   float64
	Paragraph  float64
	Title      float64
	Length     float64
	Redundancy float64
}

// DefaultWeights returns the weights tuned on the EASC dev half (see the package
// documentation for how and why).
func DefaultWeights() Weights {
	return Weights{TFIDF: 0.5, Entity: 0.25, Position: 3, Paragraph: 0.3, Title: 0.25, Length: 2, Redundancy: 0.3}
}

// Budget limits the summary. Zero fields are unset; when every field is zero, Ratio is
// [DefaultRatio]. Set limits all apply.
type Budget struct {
	// Sentences is the most sentences to choose.
	Sentences int
	// Ratio is the most sentences to choose as a share of the document's (at least one).
	Ratio float64
	// Words stops the choice once the summary has at least this many words; the last sentence
	// chosen may run past it.
	Words int
	// MaxWords is a strict ceiling: a sentence that would take the summary past it is
	// skipped for the next best one that fits.
	MaxWords int
}

// DefaultRatio is the share of sentences chosen when no budget is given.
const DefaultRatio = 0.25

// Options configure [Summarize]. The zero value summarises with default weights, the
// document's own IDF, no entity feature and segment.Split.
type Options struct {
	// Weights of the features; the zero value means DefaultWeights.
	Weights *Weights
	Budget  Budget
	// Background, when set, gives the IDF of terms instead of the document's own sentences.
	Background *idf.Model
	// Entities finds the named entities of the text (offsets into it); nil leaves the entity
	// feature at zero. Analysed does not call it: it is handed the entities.
	Entities func(text string) []span.Entity
	// Split splits the text into sentences; nil means segment.Split. Sentences that carry no
	// news kind are marked by segment.MarkNews.
	Split func(text string) []segment.Sentence
	// Plain scores every unit as running text: no dateline, credit or furniture is set aside
	// (and the default splitter keeps a dateline glued to its sentence).
	Plain bool
}

// Features are a sentence's feature scores, each in [0, 1].
type Features struct {
	TFIDF     float64 `json:"tfidf"`     // cosine of the sentence's TF-IDF vector with the document's, over the best sentence's
	Entity    float64 `json:"entity"`    // share of words in named entities, weighted by how often each recurs, over the best sentence's
	Position  float64 `json:"position"`  // 1 for the first sentence, falling with the sentence's index
	Paragraph float64 `json:"paragraph"` // 1 when the sentence opens a paragraph
	Title     float64 `json:"title"`     // share of the title's (or first sentence's) terms the sentence holds
	Length    float64 `json:"length"`    // penalty: 0 for 8–40 words, rising to 1 for fragments and run-ons
}

// Sentence is one unit of the document with its scores.
type Sentence struct {
	Text       string   `json:"text"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Paragraph  int      `json:"paragraph"`
	Index      int      `json:"index"`
	Words      int      `json:"words"`
	Features   Features `json:"features"`
	Score      float64  `json:"score"`
	Chosen     bool     `json:"chosen"`
	Rank       int      `json:"rank,omitempty"`       // order of choice, 1 first; 0 when not chosen
	Redundancy float64  `json:"redundancy,omitempty"` // similarity to the earlier choices when chosen
}

// Summary is the result of [Summarize].
type Summary struct {
	// Sentences holds every sentence of the document, in order.
	Sentences []Sentence
	// Chosen indexes Sentences, in document order.
	Chosen []int
	// Words counts the words of the chosen sentences (see CountWords).
	Words int
	// Dateline is the article's dateline or byline (its dateline units, from the first to the
	// last), nil when it has none. It is left out of Sentences.
	Dateline *Span
	// Frame holds the units left out of Sentences and of the scores, in document order: the
	// dateline, source credits and page furniture (segment.Sentence.Kind says which).
	Frame []segment.Sentence
}

// Span is a piece of the text: text[Start:End].
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ErrBudget is wrapped by the error Summarize returns for a negative or out-of-range budget.
var ErrBudget = errors.New("invalid budget")

func (b Budget) validate() error {
	switch {
	case b.Sentences < 0:
		return fmt.Errorf("%w: sentences %d < 0", ErrBudget, b.Sentences)
	case b.Words < 0:
		return fmt.Errorf("%w: words %d < 0", ErrBudget, b.Words)
	case b.MaxWords < 0:
		return fmt.Errorf("%w: max words %d < 0", ErrBudget, b.MaxWords)
	case b.Ratio < 0 || b.Ratio > 1 || math.IsNaN(b.Ratio):
		return fmt.Errorf("%w: ratio %v not in [0, 1]", ErrBudget, b.Ratio)
	}
	return nil
}

func (w Weights) validate() error {
	for _, v := range []float64{w.TFIDF, w.Entity, w.Position, w.Paragraph, w.Title, w.Length, w.Redundancy} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("invalid weight %v", v)
		}
	}
	return nil
}

// Summarize scores every sentence of text and chooses the summary within opts.Budget.
//
// Sentences are chosen best first by maximal marginal relevance: the next choice maximises
// score − Redundancy·sim, where sim is the largest cosine similarity (TF-IDF) between the
// candidate and a sentence already chosen. Each choice updates every candidate's sim against
// the new sentence only, so choosing k sentences from n costs O(n·k) similarity computations,
// each linear in the sentences' lengths. Ties go to the earlier sentence, so the result is
// deterministic.
func Summarize(text string, opts Options) (*Summary, error) {
	w, err := opts.weights()
	if err != nil {
		return nil, err
	}
	if opts.Entities == nil {
		return summarize(text, &wordStream{next: wordPieces(text, wordPieceBytes), text: len(text), more: true}, opts, w), nil
	}
	return summarize(text, textWords{idf.Words(text), startEntities(text, opts)}, opts, w), nil
}

// Analysis is what an analyser found in a text before it is summarised: the entity tagger
// finds both in one pass (entity.Tagger.Analyse).
type Analysis struct {
	// Words are the tokens of the whole text, in order, with their terms (as idf.Words gives
	// them).
	Words []idf.Word
	// Entities are the named entities of the text; nil leaves the entity feature at zero.
	Entities []span.Entity
}

// ErrWords is wrapped by the error Analysed returns for words out of order or outside the text.
var ErrWords = errors.New("invalid words")

// Analysed is [Summarize] for a text whose words, and entities, were found already: it does
// not tokenise and analyse the text again, and does not call opts.Entities. The summary is
// the one Summarize gives when a.Words are idf.Words(text) and opts.Entities returns
// a.Entities.
func Analysed(text string, a Analysis, opts Options) (*Summary, error) {
	read := false
	return analysed(text, func() (Analysis, bool) {
		if read {
			return Analysis{}, false
		}
		read = true
		return a, true
	}, opts)
}

// AnalysedPieces is [Analysed] for a text analysed a piece at a time: pieces yields, in order,
// the analyses of consecutive parts of the text (offsets into text), and is read as the
// sentences are weighed, so that the words of a long text are never held at once. The
// summary is the one Analysed gives with the pieces' words and entities joined (no entity
// feature when every piece's Entities are nil).
func AnalysedPieces(text string, pieces iter.Seq[Analysis], opts Options) (*Summary, error) {
	next, stop := iter.Pull(pieces)
	defer stop()
	return analysed(text, next, opts)
}

// analysed is AnalysedPieces with the pieces read by next.
func analysed(text string, next func() (Analysis, bool), opts Options) (*Summary, error) {
	w, err := opts.weights()
	if err != nil {
		return nil, err
	}
	src := &wordStream{next: next, text: len(text), more: true}
	sum := summarize(text, src, opts, w)
	if src.err != nil {
		return nil, src.err
	}
	return sum, nil
}

// weights returns the weights opts asks for, checking them and the budget.
func (opts Options) weights() (Weights, error) {
	w := DefaultWeights()
	if opts.Weights != nil {
		w = *opts.Weights
	}
	if err := w.validate(); err != nil {
		return w, err
	}
	return w, opts.Budget.validate()
}

// summarize scores the units of text from its words and entities, which src gives (see
// analyse), and chooses the summary.
func summarize(text string, src wordSource, opts Options, w Weights) *Summary {
	split := opts.Split
	if split == nil {
		split = func(text string) []segment.Sentence {
			return segment.SplitWith(text, segment.Options{Plain: opts.Plain})
		}
	}
	units, frame := newsFrame(text, split(text), opts.Plain)
	units = joinWrapped(text, units)
	doc := analyse(text, units, src, opts.Background)
	sum := &Summary{Sentences: make([]Sentence, len(units)), Frame: frame, Dateline: datelineOf(text, frame)}
	for i, u := range units {
		f := doc.features[i]
		sum.Sentences[i] = Sentence{
			Text: u.Text, Start: u.Start, End: u.End, Paragraph: u.Paragraph, Index: i,
			Words:    doc.words[i],
			Features: f,
			Score: w.TFIDF*f.TFIDF + w.Entity*f.Entity + w.Position*f.Position +
				w.Paragraph*f.Paragraph + w.Title*f.Title - w.Length*f.Length,
		}
	}
	choose(sum, doc, opts.Budget, w.Redundancy)
	return sum
}

// concurrentEntityBytes is the size from which a document's entities are found while the
// rest of the analysis runs: below it (a news article is a few KB) handing the work to
// another goroutine costs more than it saves, and batch runs are parallel across documents.
const concurrentEntityBytes = 64 << 10

// startEntities runs opts.Entities on text (nil when there is none), in the background for a
// large text: the tagger is the slowest stage, and it can run while the text is split and
// its terms weighed.
func startEntities(text string, opts Options) <-chan []span.Entity {
	if opts.Entities == nil {
		return nil
	}
	ch := make(chan []span.Entity, 1)
	if len(text) < concurrentEntityBytes {
		ch <- opts.Entities(text) // a goroutine would cost more than it overlaps
		return ch
	}
	go func() { ch <- opts.Entities(text) }()
	return ch
}

// newsFrame separates the running text of an article from its frame — dateline, credits and page
// furniture (see segment.MarkNews) — so that a summary never carries a reporter's name or an
// agency's credit and the first real sentence is sentence 1 for the position feature. With
// plain, or when the frame would be all there is (when unsure, keep the text), every unit is
// text.
func newsFrame(doc string, sents []segment.Sentence, plain bool) (text, frame []segment.Sentence) {
	if plain {
		for i := range sents {
			sents[i].Kind = news.Text
		}
		return sents, nil
	}
	marked := false
	for _, s := range sents {
		if s.Kind != news.Text {
			marked = true
			break
		}
	}
	if !marked {
		sents = segment.MarkNews(doc, sents)
	}
	text = make([]segment.Sentence, 0, len(sents))
	for _, s := range sents {
		if s.Kind == news.Text {
			text = append(text, s)
		} else {
			frame = append(frame, s)
		}
	}
	if len(text) == 0 {
		return newsFrame(doc, sents, true)
	}
	return text, frame
}

// datelineOf joins the dateline units of the frame into one span.
func datelineOf(text string, frame []segment.Sentence) *Span {
	var d *Span
	for _, s := range frame {
		if s.Kind != news.Dateline {
			continue
		}
		if d == nil {
			d = &Span{Start: s.Start}
		}
		d.End = s.End
	}
	if d != nil && 0 <= d.Start && d.Start <= d.End && d.End <= len(text) {
		d.Text = text[d.Start:d.End]
	}
	return d
}
