package pipeline

import (
	"github.com/arprep/arprep/english"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/view"
	"github.com/arprep/arprep/worksheet"
)

// Analyser analyses documents with the tools a run has loaded.
type Analyser struct {
	// Tagger finds the names of Arabic text (English names come from prose). Nil means the
	// run looks for no entities in any language (summarize --no-entities).
	Tagger Tagger
	// Parallel is how many pieces of a large document are tagged at once (see AnalyseParallel).
	Parallel int
	// Words keeps the tagger's words with the entities, for summaries (summarize.Analysed);
	// a run that only wants the names (entities, glossary) tags without them.
	Words bool
}

// Document is one text and what has been found in it, each thing found once, when first
// asked for. A Document is not safe for concurrent use.
type Document struct {
	Name, Text string
	// Lang is the language the document is read in: the one asked for, or the one its
	// letters show when that was lang.Auto.
	Lang lang.Code
	a    *Analyser
	// entities are the names found by the Arabic tagger ([0]) and by prose ([1]).
	entities [2]*found
}

// found is one tagging pass: the Arabic tagger's entities and words, or prose's entities.
type found struct {
	entity.Analysis
	err error
}

// Document starts the analysis of text, read as code (lang.Auto: as its letters show).
func (a *Analyser) Document(name, text string, code lang.Code) *Document {
	return &Document{Name: name, Text: text, Lang: lang.Resolve(code, text), a: a}
}

// Entities are the document's named entities in its language, found once: by prose for
// English, by the Arabic tagger (a large document in parallel pieces) otherwise. None
// without a Tagger. The error is prose's, when it cannot run.
func (d *Document) Entities() ([]span.Entity, error) {
	return d.entitiesIn(d.Lang == lang.English)
}

// entitiesIn finds the entities as English (prose) or as Arabic (the tagger), whatever the
// document's language: a job's source tag may say English when its text was read as
// Arabic, and the glossary follows the tag.
func (d *Document) entitiesIn(english bool) ([]span.Entity, error) {
	if d.a.Tagger == nil {
		return nil, nil
	}
	f := d.analysis(english)
	return f.Entities, f.err
}

// analysis is the document's one tagging pass as English (prose: entities only) or as Arabic
// (the tagger: entities and words), made when first asked for. Needs a Tagger.
func (d *Document) analysis(english bool) *found {
	k := 0
	if english {
		k = 1
	}
	if d.entities[k] == nil {
		var f found
		if english {
			f.Entities, f.err = englishEntities(d.Text)
		} else {
			f.Analysis = AnalyseParallel(d.a.Tagger, d.Text, d.a.Parallel, d.a.Words)
		}
		if f.Entities == nil { // looked for and none found, which the summary and glossary tell from not looked for
			f.Entities = []span.Entity{}
		}
		d.entities[k] = &f
	}
	return d.entities[k]
}

// englishEntities is prose's entity model; a variable so that tests can count its calls.
var englishEntities = english.Entities

// Sentences splits text with the segmenter of its language (code, or the one its letters
// show when code is lang.Auto) and says which it used: prose for English, with news units
// marked unless opts.Plain; the Arabic segmenter otherwise.
func Sentences(text string, code lang.Code, opts segment.Options) ([]segment.Sentence, lang.Code, error) {
	code = lang.Resolve(code, text)
	if code == lang.English {
		sents, err := english.Split(text)
		if err == nil && !opts.Plain {
			sents = segment.MarkNews(text, sents)
		}
		return sents, code, err
	}
	return segment.SplitWith(text, opts), code, nil
}

// Summarize summarises the document with opts, fitted to its language: English text is split
// by prose, Arabic by the segmenter (opts.Split when set); the entity feature takes the
// document's entities (none without a Tagger; none for English when prose cannot run).
// sents, when not nil, are the document's sentences, already split. Arabic text with a Tagger
// and Analyser.Words is summarised from the tagger's words (summarize.Analysed): tokenised
// and stemmed once.
func (d *Document) Summarize(opts summarize.Options, sents []segment.Sentence) (*summarize.Summary, error) {
	opts.Entities = nil
	switch {
	case sents != nil:
		opts.Split = func(string) []segment.Sentence { return sents } // not split twice
	case d.Lang == lang.English:
		opts.Split = func(text string) []segment.Sentence {
			sents, err := english.Split(text)
			if err != nil { // prose failed to load its model: fall back rather than lose the text
				return segment.Split(text)
			}
			return sents
		}
	}
	if d.a.Tagger == nil {
		return summarize.Summarize(d.Text, opts)
	}
	if d.Lang != lang.English && d.a.Words {
		if f := d.entities[0]; len(d.Text) > PieceBytes && (f == nil || f.Words == nil) {
			return d.summarizeTagging(opts)
		}
		a := d.analysis(false)
		return summarize.Analysed(d.Text, summarize.Analysis{Words: a.Words, Entities: a.Entities}, opts)
	}
	opts.Entities = func(string) []span.Entity {
		spans, _ := d.Entities() // no entities when prose cannot run
		return spans
	}
	return summarize.Summarize(d.Text, opts)
}

// SummaryMemory is about the most memory that summarising an Arabic document of n bytes keeps
// live (Document.Summarize with the tagger): the tagger's model and word cache, the parts
// being tagged, and about four times the text in the text itself, its sentences, their terms
// and its entities (measured: 165 MB for 30 MB on one line). A garbage collector kept under it
// does not let the heap grow to twice that.
func SummaryMemory(n int) int64 { return 128<<20 + 4*int64(n) }

// summarizeTagging summarises the Arabic document as it is tagged, a part at a time
// (eachAnalysis, summarize.AnalysedPieces): its words are let go of once weighed, so that a
// long document's words are never held at once. Its entities are kept, as a tagging pass's;
// a document of one part (PieceBytes) is tagged whole and keeps its words, as before.
func (d *Document) summarizeTagging(opts summarize.Options) (*summarize.Summary, error) {
	var f found
	pieces := func(yield func(summarize.Analysis) bool) {
		for a := range eachAnalysis(d.a.Tagger, d.Text, d.a.Parallel, true) {
			f.Entities = append(f.Entities, a.Entities...)
			found := a.Entities
			if found == nil { // tagged, none found: not the same as not tagged
				found = []span.Entity{}
			}
			if !yield(summarize.Analysis{Words: a.Words, Entities: found}) {
				return
			}
		}
	}
	sum, err := summarize.AnalysedPieces(d.Text, pieces, opts)
	if f.Entities == nil {
		f.Entities = []span.Entity{}
	}
	if err == nil && d.entities[0] == nil {
		d.entities[0] = &f
	}
	return sum, err
}

// GlossaryDoc is the document for glossary.Build and glossary.Prepare, with its names
// (nil without a Tagger: terms only).
func (d *Document) GlossaryDoc() glossary.Doc {
	return d.glossaryDocIn(d.Lang == lang.English)
}

func (d *Document) glossaryDocIn(english bool) glossary.Doc {
	doc := glossary.Doc{Name: d.Name, Text: d.Text}
	if d.a.Tagger != nil {
		doc.Names, _ = d.entitiesIn(english) // no names when prose cannot run
	}
	return doc
}

func summaryScores(s *summarize.Summary) []worksheet.Scored {
	scored := make([]worksheet.Scored, len(s.Sentences))
	for i, st := range s.Sentences {
		scored[i] = worksheet.Scored{Start: st.Start, End: st.End, Score: st.Score, Chosen: st.Chosen}
	}
	return scored
}

func viewScores(sents []view.Sentence) []worksheet.Scored {
	out := make([]worksheet.Scored, len(sents))
	for i, s := range sents {
		out[i] = worksheet.Scored{Start: s.Start, End: s.End, Score: s.Score, Chosen: s.Chosen}
	}
	return out
}
