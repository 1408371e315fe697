package pipeline

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/view"
	"github.com/arprep/arprep/worksheet"
)

// Input is one document of a job, as read.
type Input struct{ Name, Text string }

// JobOptions say how a job is made from its inputs.
type JobOptions struct {
	Mode worksheet.Mode
	// Lang is the source language; lang.Auto decides it from the first input that has text
	// (one job, one source language).
	Lang lang.Code
	// Src and Tgt are the language tags written into the files; empty: Lang, and English
	// (Arabic for an English source).
	Src, Tgt string
	Summary  bool             // score the sentences and mark the units of the summary
	Budget   summarize.Budget // the summary's size
	Version  string           // the generator's version, written into the files
	// Split, when set, is called with each document's sentences as they are split (not in
	// worksheet.Lines mode), so that the caller can report those cut at the length limit.
	Split func(name string, sents []segment.Sentence)
}

// Job is a translation job (worksheet.Job) with the analyses of its documents, which its
// summary, glossary and report page share: each document is tagged once.
type Job struct {
	Sheet *worksheet.Job
	Lang  lang.Code   // the language the documents are read in
	Docs  []*Document // as Sheet.Docs
	// glossaryDocs are the documents prepared for the glossary, kept for a second Build.
	glossaryDocs []glossary.Doc
}

// Job makes the job of inputs: units, and the summary's flags and scores.
func (a *Analyser) Job(inputs []Input, o JobOptions) (*Job, error) {
	code := o.Lang
	if code == lang.Auto {
		code = lang.Arabic
		for _, in := range inputs {
			if strings.TrimSpace(in.Text) != "" {
				code = lang.Detect(in.Text)
				break
			}
		}
	}
	src, tgt := o.Src, o.Tgt
	if src == "" {
		src = string(code)
	}
	if tgt == "" {
		tgt = string(lang.English)
		if code == lang.English {
			tgt = string(lang.Arabic)
		}
	}
	j := &Job{Sheet: worksheet.NewJob(src, tgt, o.Mode), Lang: code}
	j.Sheet.Version = o.Version
	for _, in := range inputs {
		d := a.Document(in.Name, in.Text, code)
		j.Docs = append(j.Docs, d)
		var doc int
		var sents []segment.Sentence // nil for lines: the summary then splits sentences itself
		if o.Mode == worksheet.Lines {
			doc = j.Sheet.AddLines(in.Name, in.Text)
		} else {
			var err error
			sents, _, err = Sentences(in.Text, code, segment.Options{})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", in.Name, err)
			}
			if o.Split != nil {
				o.Split(in.Name, sents)
			}
			doc = j.Sheet.AddSentences(in.Name, in.Text, sents)
		}
		if o.Summary {
			s, err := d.Summarize(summarize.Options{Budget: o.Budget}, sents)
			if err != nil {
				return nil, fmt.Errorf("%s: summary: %w", in.Name, err)
			}
			j.Sheet.MarkSummary(doc, summaryScores(s))
		}
	}
	return j, nil
}

// English reports whether the job's source tag names English: its glossary is then an
// English one and its names are prose's.
func (j *Job) English() bool { return primaryLang(j.Sheet.SrcLang) == lang.English }

// primaryLang is the language subtag of a BCP 47 tag: en for en-GB.
func primaryLang(tag string) lang.Code {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return lang.Code(primary)
}

// Glossary builds the glossary of the job's documents with their names; opts.MinFreq 0 is the
// glossary's automatic minimum. An English job gets an English glossary.
func (j *Job) Glossary(opts glossary.Options) ([]glossary.Entry, error) {
	if j.glossaryDocs == nil {
		for _, d := range j.Docs {
			gd := d.glossaryDocIn(j.English())
			if !j.English() {
				gd = glossary.Prepare(gd, glossary.Options{})
			}
			j.glossaryDocs = append(j.glossaryDocs, gd)
		}
	}
	if j.English() {
		return glossary.BuildEnglish(j.glossaryDocs, opts)
	}
	return glossary.Build(j.glossaryDocs, opts), nil
}

// GlossaryOptions are the glossary writers' options for the job: its files and languages.
func (j *Job) GlossaryOptions() glossary.WriteOptions {
	files := make([]string, len(j.Sheet.Docs))
	for i, d := range j.Sheet.Docs {
		files[i] = d.Name
	}
	return glossary.WriteOptions{Files: files, SourceLang: j.Sheet.SrcLang, TargetLang: j.Sheet.TgtLang}
}

// Title names the job's input in its report and messages: the file name, "stdin", or the
// number of documents and the first names.
func (j *Job) Title() string {
	docs := j.Sheet.Docs
	if len(docs) == 1 {
		return docTitle(docs[0].Name)
	}
	const most = 3
	var names []string
	for i, d := range docs {
		if i == most {
			names = append(names, "...")
			break
		}
		names = append(names, docTitle(d.Name))
	}
	return fmt.Sprintf("%d documents (%s)", len(docs), strings.Join(names, ", "))
}

// docTitle names an input in the report: its file name, or "stdin".
func docTitle(name string) string {
	if name == "-" {
		return "stdin"
	}
	return filepath.Base(name)
}

// Report is what the job's report.md says beyond the units: its title, the words of its units
// (arabic.CountWords), best glossary terms and the folder's files (one line each).
func (j *Job) Report(entries []glossary.Entry, files []string) worksheet.ReportInput {
	// Counted as the report counts the summary's words and the page its sentences' (one
	// definition, so that the summary's share of the words compares like with like).
	words := 0
	for _, u := range j.Sheet.Units {
		words += arabic.CountWords(u.Source)
	}
	terms := make([]worksheet.Term, 0, min(len(entries), worksheet.TopTerms))
	for i := 0; i < len(entries) && i < worksheet.TopTerms; i++ {
		e := entries[i]
		terms = append(terms, worksheet.Term{Text: e.Term, Kind: e.Kind, Frequency: e.Frequency, Target: e.Target})
	}
	return worksheet.ReportInput{Title: j.Title(), Words: words, Terms: terms, Glossary: len(entries), Files: files}
}

// Page is the job's report page: its units as the page's sentences (their summary flags and
// scores; a job keeps no rank), the entities of each document, the glossary's best
// PageGlossaryTop entries and the job's warnings.
func (j *Job) Page(entries []glossary.Entry, generator string) (view.Page, error) {
	docs := j.Sheet.Docs
	title := docTitle(docs[0].Name)
	if len(docs) > 1 {
		title = fmt.Sprintf("%d documents", len(docs))
	}
	page := view.Page{Title: "Translation job: " + title, Generator: generator,
		Glossary: entries, Warnings: j.Sheet.Warnings()}
	if len(entries) > PageGlossaryTop { // the whole glossary is in the glossary files
		page.GlossaryOf, page.Glossary = len(entries), entries[:PageGlossaryTop]
	}
	for i, d := range docs {
		// The page reads the documents as the source tag says (the job read them as j.Lang).
		english := lang.Resolve(primaryLang(j.Sheet.SrcLang), d.Text) == lang.English
		spans, err := j.Docs[i].entitiesIn(english)
		if err != nil {
			return view.Page{}, err
		}
		vd := view.Doc{Name: d.Name, Lang: j.Sheet.SrcLang, Text: d.Text, Entities: spans}
		for _, u := range j.Sheet.Units {
			if u.Doc == i {
				vd.Sentences = append(vd.Sentences, view.Sentence{Start: u.Start, End: u.End,
					Words: arabic.CountWords(u.Source), Score: u.Score, Chosen: u.InSummary})
			}
		}
		page.Docs = append(page.Docs, vd)
	}
	return page, nil
}
