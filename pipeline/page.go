package pipeline

import (
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/view"
	"github.com/arprep/arprep/worksheet"
)

// PageGlossaryTop is how many glossary entries a page shows by default: 9,343 entries of
// 645 news articles (1 MB) made a table of 5.6 MB, more than the text's 2.4 MB.
const PageGlossaryTop = 500

// PagePart is what one document gives a page (arprep view): the document with its summary's
// sentences and its entities, and its glossary document, prepared.
type PagePart struct {
	Doc      view.Doc
	Glossary glossary.Doc
	English  bool
}

// PagePart analyses the document for a page: entities (once, for the summary, the page and
// the glossary), the summary made with opts, and, withGlossary, the glossary document.
func (d *Document) PagePart(opts summarize.Options, withGlossary bool) (PagePart, error) {
	spans, err := d.Entities()
	if err != nil {
		return PagePart{}, err
	}
	s, err := d.Summarize(opts, nil)
	if err != nil {
		return PagePart{}, err
	}
	p := PagePart{Doc: view.Doc{Name: d.Name, Lang: string(d.Lang), Text: d.Text, Entities: spans},
		English: d.Lang == lang.English}
	for _, st := range s.Sentences {
		p.Doc.Sentences = append(p.Doc.Sentences, view.Sentence{Start: st.Start, End: st.End, Words: st.Words,
			Score: st.Score, Chosen: st.Chosen, Rank: st.Rank})
	}
	if withGlossary {
		p.Glossary = glossary.Doc{Name: d.Name, Text: d.Text, Names: spans}
		if !p.English {
			p.Glossary = glossary.Prepare(p.Glossary, glossary.Options{})
		}
	}
	return p, nil
}

// PageOptions say what a page shows beyond its documents.
type PageOptions struct {
	Title, Generator string
	Glossary         bool // build the glossary of the documents
	Top              int  // show the best Top glossary entries (0: all)
}

// Page assembles the page of the parts, in order: the documents, the warnings of the job
// they make, and their glossary (Arabic terms first, then English).
func Page(parts []PagePart, o PageOptions) (view.Page, error) {
	page := view.Page{Title: o.Title, Generator: o.Generator}
	j := worksheet.NewJob(string(lang.Arabic), string(lang.English), worksheet.Sentences)
	if len(parts) > 0 && parts[0].English { // the warnings look for the source's letters
		j.SrcLang = string(lang.English)
	}
	var arabicDocs, englishDocs []glossary.Doc
	for _, p := range parts {
		page.Docs = append(page.Docs, p.Doc)
		sents := make([]segment.Sentence, len(p.Doc.Sentences))
		for i, st := range p.Doc.Sentences {
			sents[i] = segment.Sentence{Start: st.Start, End: st.End}
		}
		j.MarkSummary(j.AddSentences(p.Doc.Name, p.Doc.Text, sents), viewScores(p.Doc.Sentences))
		if p.English {
			englishDocs = append(englishDocs, p.Glossary)
		} else {
			arabicDocs = append(arabicDocs, p.Glossary)
		}
	}
	page.Warnings = j.Warnings()
	if o.Glossary {
		if len(arabicDocs) > 0 {
			page.Glossary = glossary.Build(arabicDocs, glossary.Options{})
		}
		if len(englishDocs) > 0 {
			en, err := glossary.BuildEnglish(englishDocs, glossary.Options{})
			if err != nil {
				return view.Page{}, err
			}
			page.Glossary = append(page.Glossary, en...)
		}
	}
	if o.Top > 0 && len(page.Glossary) > o.Top {
		page.GlossaryOf, page.Glossary = len(page.Glossary), page.Glossary[:o.Top]
	}
	return page, nil
}
