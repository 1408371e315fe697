package glossary

import (
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// Doc is one input document.
type Doc struct {
	Name string // file name shown in per-file counts and locations
	Text string
	// Sentences and Names, when not nil, are the document's sentences and named entities,
	// already found (see Prepare); Build then does not call Options.Sentences or
	// Options.Names for it.
	Sentences []segment.Sentence
	Names     []span.Entity
	// spans are the sentences' offsets, which is all the glossary reads of them: Prepare
	// sets them, and a Builder keeps them alone (see sentenceSpan).
	spans []sentenceSpan
	// counts are the document's first-pass counts (see Builder), made by Prepare.
	counts *docCounts
}

// sentenceSpan is where a sentence of a document begins and ends, byte offsets: 8 bytes,
// where a segment.Sentence takes 56 (a 30 MB document has some 500k sentences, read again
// by each pass).
type sentenceSpan struct{ start, end int32 }

// spansOf returns the spans of sentences.
func spansOf(sentences []segment.Sentence) []sentenceSpan {
	spans := make([]sentenceSpan, len(sentences))
	for i, s := range sentences {
		spans[i] = sentenceSpan{int32(s.Start), int32(s.End)}
	}
	return spans
}

// sentenceSpans returns d's sentence spans, from its sentences when Prepare has not set them.
func (d Doc) sentenceSpans() []sentenceSpan {
	if d.spans != nil {
		return d.spans
	}
	return spansOf(d.Sentences)
}

// Prepare splits d into sentences, tags its names with opts and counts its candidates (the
// first pass of a Builder; a document longer than 256 KB is counted by Builder.Add, a piece
// at a time), so that the slow per-document work can run in parallel before Build or
// Builder.Add.
func Prepare(d Doc, opts Options) Doc {
	preloadNames()
	if d.spans == nil { // not prepared before (a Builder keeps the sentence spans alone)
		if d.Sentences == nil {
			if opts.Sentences != nil {
				d.Sentences = opts.Sentences(d.Text)
			} else {
				d.Sentences = segment.Split(d.Text)
			}
			if d.Sentences == nil {
				d.Sentences = []segment.Sentence{}
			}
		}
		d.spans = spansOf(d.Sentences)
	}
	if d.Names == nil && opts.Names != nil {
		d.Names = opts.Names(d.Text)
		if d.Names == nil {
			d.Names = []span.Entity{}
		}
	}
	if d.counts == nil {
		d.counts = countDoc(d, opts)
	}
	return d
}

// Background weighs words by how specific they are to a text: IDF returns the inverse
// document frequency of a term as idf.Term analyses a word, larger for rarer words.
// *idf.Model satisfies it.
type Background interface {
	IDF(term string) float64
}

// Options controls Build. The zero value is usable: no names, segment.Split sentences,
// automatic minimum frequency, every entry.
type Options struct {
	// Sentences splits a document into sentences. Nil means segment.Split.
	Sentences func(text string) []segment.Sentence
	// Names tags named entities (entity.Tagger.Tag in the command). Nil means terms only.
	Names func(text string) []span.Entity
	// Background, when not nil, multiplies scores by the mean IDF of an entry's words.
	// When nil, the embedded news background does (see background.go), unless NoBackground.
	Background   Background
	NoBackground bool
	// MinFreq drops entries seen fewer times. 0 means automatic: names are kept from one
	// occurrence (a person's name of one word from two), terms from two, and a single untagged
	// word without the article from three (two when the text spells it two ways).
	MinFreq int
	// Top keeps the best N entries (0: all).
	Top int
	// MaxWords is the longest term in words (0: 4; at most 255). Names may be longer.
	MaxWords int
	// Termbase and TM, when not nil, give targets before the name lexicon (see suggest.go);
	// termbase terms are kept whatever their frequency.
	Termbase *Termbase
	TM       *TM
	// DocMemory, when above 0, is how many bytes of document text a Builder keeps in memory
	// between its two passes; past it the documents go to a temporary file in TempDir (the
	// system's when empty). 0 keeps them all in memory.
	DocMemory int64
	// PlaceMemory, when above 0, is how many bytes of collected places (24 each) a
	// Builder keeps in memory; past it they go to a temporary file in TempDir, and the
	// entries read at most that many at once. 0 keeps them all in memory.
	PlaceMemory int64
	TempDir     string
	// NoFileCounts leaves Entry.Files empty when there are more than MaxFileColumns
	// documents, whose counts by document only JSON writes: the command sets it for the other
	// formats. Over ANT x8 they took 121 MB (5M document and count pairs).
	NoFileCounts bool
	// Jobs is how many documents a Builder's second pass scans at once (0: GOMAXPROCS). The
	// glossary does not depend on it.
	Jobs int
}

// docCount is how often an entry occurs in one document (Entry.docCounts).
type docCount struct{ doc, n int32 }

// Kinds of entry besides the entity types PERS, LOC, ORG and MISC.
const KindTerm = "term"

// Form is one surface spelling of an entry and how often it occurred.
type Form struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// FileCount is how often an entry occurred in one input.
type FileCount struct {
	Name  string `json:"file"`
	Count int    `json:"count"`
}

// Entry is one glossary term with its spellings, counts and a suggested translation.
type Entry struct {
	Term      string      `json:"term"`      // canonical form: the most frequent spelling
	Forms     []Form      `json:"forms"`     // every spelling, canonical first, then by count
	Frequency int         `json:"frequency"` // occurrences over all inputs
	Files     []FileCount `json:"files"`     // per-input counts, in input order
	Kind      string      `json:"kind"`      // PERS, LOC, ORG, MISC or term
	Score     float64     `json:"score"`     // ranking score: C-value (names: weighted count) × background IDF
	// FirstFile and FirstSentence locate the first occurrence: the input's name and the
	// 1-based sentence number within it; Context is that sentence.
	FirstFile     string `json:"first_file"`
	FirstSentence int    `json:"first_sentence"`
	Context       string `json:"context"`
	// Target is a suggested translation (empty when none is known) and TargetSource says
	// where it comes from; every target is a suggestion for a translator to check.
	Target       string `json:"target,omitempty"`
	TargetSource string `json:"target_source,omitempty"`
	// TargetAlso is the English of another place the same Arabic names, when the target is a
	// country's (عمان: Oman, also Amman, which Jordanian news means): a translator picks.
	TargetAlso string `json:"target_also,omitempty"`
	// TargetGuess is a romanisation of a name no list knows (see Guess): a starting point,
	// never a known English form, so it is kept out of the target column.
	TargetGuess string `json:"target_guess,omitempty"`
	// Agency is the English name of the news agency or outlet the entry names, when the entry
	// was found in a dateline or a credit ("واس - الرياض:", "(أ ف ب)"; see package news).
	Agency string `json:"agency,omitempty"`
	Key    string `json:"-"`

	// docCounts are Files while the entries are made: a third of the room, and the files'
	// names are given only to the entries listed (ANT x8: 121 MB of FileCount).
	docCounts []docCount
	// places are the entry's occurrences, kept by Build (tests check that no entry lies
	// inside another).
	places []occurrence
	// firstDoc and firstStart are the document and byte offset of the first occurrence, for
	// its context.
	firstDoc, firstStart int32
}

// Variants returns the spellings other than the canonical one.
func (e *Entry) Variants() []Form {
	if len(e.Forms) <= 1 {
		return nil
	}
	return e.Forms[1:]
}

// Build extracts, merges, scores and ranks the glossary of docs, best entry first. It is
// NewBuilder, Add and Build with every document kept in memory.
func Build(docs []Doc, opts Options) []Entry {
	opts.DocMemory, opts.PlaceMemory = 0, 0
	b := NewBuilder(opts)
	b.keepPlaces = true
	for _, d := range docs {
		b.Add(d) // never fails in memory
	}
	entries, _ := b.Build() // never fails in memory
	return entries
}
