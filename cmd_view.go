package main

// arprep view (and summarize --format html, and prep's report.html): one HTML page of the
// documents with their summary, entities and glossary, written by package view.

import (
	"fmt"
	"io"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/view"
	"github.com/arprep/arprep/worksheet"
	"github.com/urfave/cli/v2"
)

func init() {
	register(&cli.Command{
		Name:      "view",
		Usage:     "write one HTML page of the documents: summary highlighted, entities marked, glossary table",
		ArgsUsage: "[FILE...|DIR...|-] -o page.html",
		Description: "One self-contained page (inline CSS, a short sort script, no network) showing each\n" +
			"document whole, with the summary's sentences highlighted (rank in the margin, rank and\n" +
			"score on hover, a summary-only switch), named entities marked by type (PERS, LOC, ORG,\n" +
			"MISC) with a legend, glossary terms linked to the glossary, the glossary as a sortable\n" +
			"table linked to each term's first sentence, and the figures and warnings of the job.\n" +
			"Several inputs give one page with a table of contents and one glossary. Arabic documents\n" +
			"are laid out right to left. The summary takes the budget and weight flags of summarize\n" +
			"(the same sentences summarize chooses); summarize --format html writes the same page.",
		Flags: append(viewFlags(),
			&cli.BoolFlag{Name: "no-glossary", Usage: "do not build the glossary (no term links, no table)"},
			&cli.IntFlag{Name: "top", Value: pageGlossaryTop, Usage: "show the best `N` glossary entries (0: all)"},
			&cli.StringFlag{Name: "title", Usage: "the page's `TITLE` (default: the inputs' names)"},
		),
		Action: pageAction,
	})
}

// viewFlags are summarize's flags but those of its line formats: the page's summary is the
// one summarize makes with the same flags.
func viewFlags() []cli.Flag {
	var out []cli.Flag
	for _, cmd := range registered { // cmd_summarize.go's init ran before this file's
		if cmd.Name != "summarize" {
			continue
		}
		for _, f := range cmd.Flags {
			switch f.Names()[0] {
			case "format", "explain", "highlight", "jsonl", "text-field", "id-field":
			default:
				out = append(out, f)
			}
		}
	}
	return out
}

// pageGlossaryTop is how many glossary entries a page shows by default: 9,343 entries of
// 645 news articles (1 MB) made a table of 5.6 MB, more than the text's 2.4 MB.
const pageGlossaryTop = 500

// pagePart is what a worker finds in one document for the page.
type pagePart struct {
	doc      view.Doc
	glossary glossary.Doc
	english  bool
}

// pageAction writes the page of view and of summarize --format html.
func pageAction(c *cli.Context) error {
	if c.Bool("jsonl") {
		return usagef("%s: an HTML page is one document for a whole run; --jsonl does not apply", c.Command.Name)
	}
	if c.Bool("explain") { // summarize's flag
		warnf(c, "summarize: --explain does not change the html page (its sentences show rank and score on hover)")
	}
	// A corpus's glossary has thousands of entries: the page shows the best.
	top := pageGlossaryTop
	if c.IsSet("top") { // view's flag; summarize --format html keeps the default
		top = c.Int("top")
	}
	if top < 0 {
		return usagef("%s: --top must not be negative", c.Command.Name)
	}
	opts, err := summarizeOptions(c)
	if err != nil {
		return err
	}
	code, err := langOf(c)
	if err != nil {
		return err
	}
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	withEntities := !c.Bool("no-entities")
	withGlossary := !c.Bool("no-glossary")
	var parts []pagePart
	err = runBatch(c, func(d batch.Doc) (any, error) {
		used := lang.Resolve(code, d.Text)
		var spans []entity.Span
		if withEntities {
			found, err := findEntities(tagger, d.Text, used)
			if err != nil {
				return nil, err
			}
			spans = found.spans
		}
		o := forLanguage(opts, used)
		if withEntities { // tagged once, for the summary and the page
			o.Entities = func(string) []summarize.Entity { return summaryEntities(spans) }
		}
		s, err := summarize.Summarize(d.Text, o)
		if err != nil {
			return nil, err
		}
		name := d.Label() // <stdin> for "-"
		p := pagePart{doc: view.Doc{Name: name, Lang: string(used), Text: d.Text, Entities: viewEntities(spans)},
			english: used == lang.English}
		for _, st := range s.Sentences {
			p.doc.Sentences = append(p.doc.Sentences, view.Sentence{Start: st.Start, End: st.End, Words: st.Words,
				Score: st.Score, Chosen: st.Chosen, Rank: st.Rank})
		}
		if withGlossary {
			p.glossary = glossary.Doc{Name: name, Text: d.Text, Names: glossaryNameSpans(spans)}
			if !p.english {
				p.glossary = glossary.Prepare(p.glossary, glossary.Options{})
			}
		}
		return p, nil
	}, func(r batch.Result) error {
		if r.Err == nil {
			parts = append(parts, r.Data.(pagePart))
		}
		return nil
	})
	if err != nil && len(parts) == 0 {
		return err
	}
	page := view.Page{Title: c.String("title"), Generator: "arprep " + version}
	j := worksheet.NewJob(string(lang.Arabic), string(lang.English), worksheet.Sentences)
	if len(parts) > 0 && parts[0].english { // the warnings look for the source's letters
		j.SrcLang = string(lang.English)
	}
	var arabicDocs, englishDocs []glossary.Doc
	for _, p := range parts {
		page.Docs = append(page.Docs, p.doc)
		spans := make([]worksheet.Span, len(p.doc.Sentences))
		for i, st := range p.doc.Sentences {
			spans[i] = worksheet.Span{Start: st.Start, End: st.End}
		}
		j.MarkSummary(j.AddSpans(p.doc.Name, p.doc.Text, spans), viewScored(p.doc.Sentences))
		if p.english {
			englishDocs = append(englishDocs, p.glossary)
		} else {
			arabicDocs = append(arabicDocs, p.glossary)
		}
	}
	page.Warnings = j.Warnings()
	if withGlossary {
		if len(arabicDocs) > 0 {
			page.Glossary = glossary.Build(arabicDocs, glossary.Options{})
		}
		if len(englishDocs) > 0 {
			en, gerr := glossary.BuildEnglish(englishDocs, glossary.Options{})
			if gerr != nil {
				return gerr
			}
			page.Glossary = append(page.Glossary, en...)
		}
	}
	if top > 0 && len(page.Glossary) > top {
		page.GlossaryOf, page.Glossary = len(page.Glossary), page.Glossary[:top]
	}
	werr := withSink(c, func(w *sink) error {
		if err := view.Write(w, page); err != nil {
			return writeError(err)
		}
		return nil
	})
	if werr != nil {
		return werr
	}
	return err // documents that failed were reported; the status says so
}

// writeJobPage writes prep's report.html: the job's units as the page's sentences (their
// summary flags and scores; prep keeps no rank), the entities of each document, the job's
// glossary (its best pageGlossaryTop entries) and warnings.
func writeJobPage(w io.Writer, j *worksheet.Job, entries []glossary.Entry) error {
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	code := primaryLang(j.SrcLang)
	title := docTitle(j.Docs[0].Name)
	if len(j.Docs) > 1 {
		title = fmt.Sprintf("%d documents", len(j.Docs))
	}
	page := view.Page{Title: "Translation job: " + title, Generator: "arprep " + version,
		Glossary: entries, Warnings: j.Warnings()}
	if len(entries) > pageGlossaryTop { // the whole glossary is in glossary.tsv and glossary.tbx
		page.GlossaryOf, page.Glossary = len(entries), entries[:pageGlossaryTop]
	}
	for i, d := range j.Docs {
		found, err := findEntities(tagger, d.Text, code)
		if err != nil {
			return err
		}
		vd := view.Doc{Name: d.Name, Lang: j.SrcLang, Text: d.Text, Entities: viewEntities(found.spans)}
		for _, u := range j.Units {
			if u.Doc == i {
				vd.Sentences = append(vd.Sentences, view.Sentence{Start: u.Start, End: u.End,
					Words: worksheet.Words(u.Source), Score: u.Score, Chosen: u.InSummary})
			}
		}
		page.Docs = append(page.Docs, vd)
	}
	return view.Write(w, page)
}

func viewEntities(spans []entity.Span) []view.Entity {
	out := make([]view.Entity, len(spans))
	for i, s := range spans {
		out[i] = view.Entity{Start: s.Start, End: s.End, Type: s.Type}
	}
	return out
}

func viewScored(sents []view.Sentence) []worksheet.Scored {
	out := make([]worksheet.Scored, len(sents))
	for i, s := range sents {
		out[i] = worksheet.Scored{Start: s.Start, End: s.End, Score: s.Score, Chosen: s.Chosen}
	}
	return out
}
