package pipeline

import (
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
)

// GlossaryDoc is a document prepared for a glossary: an Arabic one with its candidates
// counted (glossary.Prepare) for a glossary.Builder, or an English one for
// glossary.BuildEnglish.
type GlossaryDoc struct {
	glossary.Doc
	English bool
}

// PrepareGlossary analyses a document (its language by code, as Document) and prepares it for
// a glossary built with opts.
func (a *Analyser) PrepareGlossary(name, text string, code lang.Code, opts glossary.Options) GlossaryDoc {
	doc := a.Document(name, text, code)
	if doc.Lang == lang.English {
		return GlossaryDoc{Doc: doc.GlossaryDoc(), English: true}
	}
	return GlossaryDoc{Doc: glossary.Prepare(doc.GlossaryDoc(), opts)}
}

// GlossaryCorpus gathers a glossary's documents in input order: Arabic ones counted by a
// glossary.Builder as they come, English ones kept for glossary.BuildEnglish. Close it when
// done.
type GlossaryCorpus struct {
	opts    glossary.Options
	builder *glossary.Builder
	arabic  int
	english []glossary.Doc
	files   []string
}

// NewGlossaryCorpus starts a corpus whose glossary is built with opts.
func NewGlossaryCorpus(opts glossary.Options) *GlossaryCorpus {
	return &GlossaryCorpus{opts: opts, builder: glossary.NewBuilder(opts)}
}

// Add adds a prepared document.
func (c *GlossaryCorpus) Add(d GlossaryDoc) error {
	c.files = append(c.files, d.Name)
	if d.English {
		c.english = append(c.english, d.Doc)
		return nil
	}
	c.arabic++
	return c.builder.Add(d.Doc)
}

// Arabic is the number of Arabic documents added.
func (c *GlossaryCorpus) Arabic() int { return c.arabic }

// Files are the names of the documents added, in order.
func (c *GlossaryCorpus) Files() []string { return c.files }

// Close releases the Builder's temporary file, if any.
func (c *GlossaryCorpus) Close() { c.builder.Close() }

// Glossary is a corpus's glossary and how to write it.
type Glossary struct {
	Entries []glossary.Entry
	// Write holds the languages; the caller sets the rest.
	Write glossary.WriteOptions
	// Arabic and English count the documents of each language.
	Arabic, English int
}

// Build makes the glossary: the Arabic terms first, then the English ones. The target
// language is targetLang, or when that is empty en — and for a corpus of English documents
// only, an en→ar glossary, ar.
func (c *GlossaryCorpus) Build(targetLang string) (*Glossary, error) {
	g := &Glossary{Write: glossary.WriteOptions{TargetLang: targetLang},
		Arabic: c.arabic, English: len(c.english)}
	if g.Write.TargetLang == "" {
		g.Write.TargetLang = string(lang.English)
	}
	if c.arabic > 0 || len(c.english) == 0 {
		entries, err := c.builder.Build()
		if err != nil {
			return nil, err
		}
		g.Entries = entries
	}
	if len(c.english) > 0 {
		en, err := glossary.BuildEnglish(c.english, c.opts)
		if err != nil {
			return nil, err
		}
		if c.arabic == 0 {
			g.Write.SourceLang = string(lang.English)
			if targetLang == "" {
				g.Write.TargetLang = string(lang.Arabic)
			}
		}
		g.Entries = append(g.Entries, en...)
	}
	return g, nil
}
