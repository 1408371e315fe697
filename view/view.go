package view

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/span"
)

// Page is everything one HTML page shows: one or more documents and the glossary of all of
// them.
type Page struct {
	Title     string           // the page's title; the documents' names when empty
	Generator string           // the tool and version, written into <meta name=generator>
	Docs      []Doc            // in input order
	Glossary  []glossary.Entry // best first; FirstFile names a Doc
	// GlossaryOf, when not 0, is the size of the whole glossary of which Glossary holds the
	// best entries only (a corpus's glossary has thousands).
	GlossaryOf int
	Warnings   []string // about the whole job (very long sentences, repeats, ...)
}

// Doc is one input with what was found in it. Offsets are byte offsets into Text.
type Doc struct {
	Name      string
	Lang      string        // BCP 47 tag of the source (ar, en, ...): sets lang and dir
	Text      string        //
	Sentences []Sentence    // in text order; the summary's sentences have Chosen set
	Entities  []span.Entity // named entities, in text order
	Warnings  []string      // about this document only
}

// Sentence is a unit of the document as the summarizer scored it.
type Sentence struct {
	Start, End int
	Words      int
	Score      float64
	Chosen     bool
	Rank       int // order of choice, 1 first; 0 when not chosen or not known
}

// Kinds are the entity types the legend always lists, in this order.
var Kinds = []string{"PERS", "LOC", "ORG", "MISC"}

var kindNames = map[string]string{"PERS": "person", "LOC": "place", "ORG": "organisation", "MISC": "other name", "term": "term"}

//go:embed page.html
var pageTemplate string

//go:embed page.css
var pageCSS string

// sortScript makes the glossary table sortable; the page's Content-Security-Policy lets
// this script run and no other (by its hash).
//
//go:embed sort.js
var sortScript string

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"kindName": func(k string) string {
		if n, ok := kindNames[k]; ok {
			return n
		}
		return k
	},
	"score":   func(v float64) string { return fmt.Sprintf("%.3f", v) },
	"percent": percent,
}).Parse(pageTemplate))

var scriptHash = func() string {
	sum := sha256.Sum256([]byte(sortScript))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}()

// Write writes p as one self-contained HTML page: inline CSS, one short inline script, no
// request to the network (the Content-Security-Policy forbids any).
func Write(w io.Writer, p Page) error {
	return page.Execute(w, build(p))
}

func percent(part, whole int) string {
	if whole == 0 {
		return "0%"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(part)/float64(whole))
}

// The template's data.
type (
	pageData struct {
		Title, Generator string
		Lang, Dir        string
		CSS              template.CSS
		Script           template.JS
		CSP              string
		Docs             []docData
		Glossary         []entryData
		Warnings         []string
		GlossaryOf       int
		Total            figures
		Kinds            []kindCount
		Several          bool
	}
	docData struct {
		N                int // 1-based
		Name, Lang, Dir  string
		Paragraphs       [][]segmentData // a paragraph ends with the gap that holds a blank line
		Figures          figures
		Kinds            []kindCount
		Warnings         []string
		GlossaryEntries  int
		summaryByEntryID map[int]int
	}
	figures struct {
		Sentences, Words, Chosen, ChosenWords, Entities, Warnings int
	}
	kindCount struct {
		Kind  string
		Count int
	}
	// segmentData is a sentence (Sentence true) or the text between two sentences.
	segmentData struct {
		Sentence bool
		ID       string
		N        int // 1-based sentence number in its document
		Chosen   bool
		Rank     int
		Score    float64
		Nodes    []node
	}
	// node is a run of text (Kind 0), an entity mark (1) or a glossary link (2).
	node struct {
		Kind     int
		Text     string
		Type     string // entity type
		Entry    int    // 1-based glossary entry
		Title    string
		Children []node
	}
	entryData struct {
		N                    int
		Term, Kind           string
		Frequency            int
		Variants             []glossary.Form
		Target, TargetSource string
		FirstDoc             string // the document's name
		FirstHref            string // #d1-s5, empty when the document is not on the page
		FirstSentence        int    // its number on the page (the glossary's own when not found there)
	}
)

// marked is an entity or glossary place while the text is cut into nodes.
type marked struct {
	start, end int
	kind       int // 1 entity, 2 glossary place
	typ        string
	entry      int
}

func build(p Page) pageData {
	d := pageData{Title: p.Title, Generator: p.Generator, CSS: template.CSS(pageCSS), Script: template.JS(sortScript),
		CSP:      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '" + scriptHash + "'",
		Warnings: p.Warnings, GlossaryOf: p.GlossaryOf, Several: len(p.Docs) > 1}
	if d.Title == "" {
		names := make([]string, len(p.Docs))
		for i, doc := range p.Docs {
			names[i] = doc.Name
		}
		d.Title = strings.Join(names, ", ")
	}
	d.Lang = "ar"
	if len(p.Docs) > 0 && p.Docs[0].Lang != "" {
		d.Lang = p.Docs[0].Lang
	}
	d.Dir = lang.Direction(d.Lang)
	docIndex := map[string]int{}
	totalKinds := map[string]int{}
	// first[e] is the sentence id of entry e's first place in its first file.
	first := make([]firstPlace, len(p.Glossary))
	for i, doc := range p.Docs {
		if _, ok := docIndex[doc.Name]; !ok {
			docIndex[doc.Name] = i
		}
		dd, firstIn := buildDoc(i+1, doc, p.Glossary)
		for e, fp := range firstIn {
			if first[e].ID == "" && fp.ID != "" && p.Glossary[e].FirstFile == doc.Name {
				first[e] = fp
			}
		}
		for _, k := range dd.Kinds {
			totalKinds[k.Kind] += k.Count
		}
		d.Total.Sentences += dd.Figures.Sentences
		d.Total.Words += dd.Figures.Words
		d.Total.Chosen += dd.Figures.Chosen
		d.Total.ChosenWords += dd.Figures.ChosenWords
		d.Total.Entities += dd.Figures.Entities
		d.Total.Warnings += dd.Figures.Warnings
		d.Docs = append(d.Docs, dd)
	}
	d.Total.Warnings += len(p.Warnings)
	d.Kinds = kindCounts(totalKinds)
	for i, e := range p.Glossary {
		ed := entryData{N: i + 1, Term: e.Term, Kind: e.Kind, Frequency: e.Frequency, Variants: e.Variants(),
			Target: e.Target, TargetSource: e.TargetSource, FirstDoc: e.FirstFile, FirstSentence: e.FirstSentence,
		}
		if di, ok := docIndex[e.FirstFile]; ok {
			switch {
			case first[i].ID != "":
				ed.FirstHref, ed.FirstSentence = first[i].ID, first[i].N
			case e.FirstSentence >= 1 && e.FirstSentence <= d.Docs[di].Figures.Sentences:
				ed.FirstHref = sentenceID(di+1, e.FirstSentence)
			}
		}
		d.Glossary = append(d.Glossary, ed)
	}
	return d
}

// firstPlace is the sentence of an entry's first place in a document.
type firstPlace struct {
	ID string
	N  int
}

func sentenceID(doc, n int) string { return fmt.Sprintf("d%d-s%d", doc, n) }

func kindCounts(m map[string]int) []kindCount {
	out := make([]kindCount, 0, len(Kinds))
	for _, k := range Kinds {
		out = append(out, kindCount{k, m[k]})
	}
	var other []string
	for k := range m {
		if _, known := kindNames[k]; !known {
			other = append(other, k)
		}
	}
	sort.Strings(other)
	for _, k := range other {
		out = append(out, kindCount{k, m[k]})
	}
	return out
}

// buildDoc cuts a document into sentences and the text between them, and each of those into
// entity marks and glossary links. Every entity gets one mark: one that runs past the end of
// its sentence is cut there. A glossary place that would cross a sentence or an entity's edge
// is left unlinked, so the elements nest. It returns the sentence of each entry's first
// place in a sentence.
func buildDoc(n int, doc Doc, entries []glossary.Entry) (docData, map[int]firstPlace) {
	text := doc.Text
	dd := docData{N: n, Name: doc.Name, Lang: doc.Lang, Warnings: doc.Warnings}
	if dd.Lang == "" {
		dd.Lang = "ar"
	}
	dd.Dir = lang.Direction(dd.Lang)
	// Segments: sentences in order, and the gaps.
	type seg struct {
		start, end int
		sent       *Sentence
	}
	var segs []seg
	at := 0
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		if s.Start < at || s.End > len(text) || s.Start >= s.End {
			continue // overlapping or outside the text: not shown as a sentence
		}
		if s.Start > at {
			segs = append(segs, seg{at, s.Start, nil})
		}
		segs = append(segs, seg{s.Start, s.End, s})
		at = s.End
	}
	if at < len(text) {
		segs = append(segs, seg{at, len(text), nil})
	}
	segOf := func(off int) int { return sort.Search(len(segs), func(i int) bool { return segs[i].end > off }) }
	// Entities, cut to their segment; one overlapping an earlier one is dropped.
	bySeg := make([][]marked, len(segs))
	kinds := map[string]int{}
	last := -1
	for _, e := range doc.Entities {
		if e.Start < 0 || e.Start >= e.End || e.End > len(text) || e.Start < last {
			continue
		}
		k := segOf(e.Start)
		end := min(e.End, segs[k].end)
		bySeg[k] = append(bySeg[k], marked{start: e.Start, end: end, kind: 1, typ: e.Type})
		last = end
		kinds[e.Type]++
		dd.Figures.Entities++
	}
	firstIn := map[int]firstPlace{}
	for _, pl := range glossary.Locate(text, entries) {
		k := segOf(pl.Start)
		if k == len(segs) || pl.End > segs[k].end || crosses(bySeg[k], pl.Start, pl.End) {
			continue
		}
		bySeg[k] = append(bySeg[k], marked{start: pl.Start, end: pl.End, kind: 2, entry: pl.Entry + 1})
		if _, ok := firstIn[pl.Entry]; !ok && segs[k].sent != nil {
			firstIn[pl.Entry] = firstPlace{} // filled below, when the sentence numbers are known
		}
	}
	sentN := 0
	newParagraph := false
	for k, s := range segs {
		sp := bySeg[k]
		sort.SliceStable(sp, func(i, j int) bool {
			if sp[i].start != sp[j].start {
				return sp[i].start < sp[j].start
			}
			if sp[i].end != sp[j].end {
				return sp[i].end > sp[j].end
			}
			return sp[i].kind < sp[j].kind
		})
		sd := segmentData{Nodes: nodes(text, s.start, s.end, sp)}
		if s.sent != nil {
			sentN++
			sd.Sentence, sd.N, sd.ID = true, sentN, sentenceID(n, sentN)
			sd.Chosen, sd.Rank, sd.Score = s.sent.Chosen, s.sent.Rank, s.sent.Score
			dd.Figures.Sentences++
			dd.Figures.Words += s.sent.Words
			if s.sent.Chosen {
				dd.Figures.Chosen++
				dd.Figures.ChosenWords += s.sent.Words
			}
			for _, x := range sp {
				if fp, ok := firstIn[x.entry-1]; x.kind == 2 && ok && fp.ID == "" {
					firstIn[x.entry-1] = firstPlace{sd.ID, sd.N}
				}
			}
		}
		if len(dd.Paragraphs) == 0 || newParagraph {
			dd.Paragraphs = append(dd.Paragraphs, nil)
		}
		dd.Paragraphs[len(dd.Paragraphs)-1] = append(dd.Paragraphs[len(dd.Paragraphs)-1], sd)
		newParagraph = s.sent == nil && blankLine(text[s.start:s.end])
	}
	dd.Kinds = kindCounts(kinds)
	dd.Figures.Warnings = len(doc.Warnings)
	dd.GlossaryEntries = len(firstIn)
	return dd, firstIn
}

// blankLine reports whether the text between two sentences is white space holding an empty
// line: the paragraph ends there.
func blankLine(gap string) bool {
	return strings.Count(gap, "\n") >= 2 && strings.TrimSpace(gap) == ""
}

// crosses reports whether [start, end) overlaps one of the spans without one holding the
// other.
func crosses(spans []marked, start, end int) bool {
	for _, s := range spans {
		overlap := s.start < end && start < s.end
		nested := s.start <= start && end <= s.end || start <= s.start && s.end <= end
		if overlap && !nested {
			return true
		}
	}
	return false
}

// nodes turns text[from:to] with the spans inside it (sorted by start, the longer first, and
// nesting) into a tree of runs, marks and links.
func nodes(text string, from, to int, spans []marked) []node {
	var out []node
	at := from
	for i := 0; i < len(spans); {
		s := spans[i]
		if s.start > at {
			out = append(out, node{Text: text[at:s.start]})
		}
		j := i + 1
		for j < len(spans) && spans[j].start < s.end {
			j++
		}
		nd := node{Kind: s.kind, Type: s.typ, Entry: s.entry, Children: nodes(text, s.start, s.end, spans[i+1:j])}
		out = append(out, nd)
		at = s.end
		i = j
	}
	if at < to {
		out = append(out, node{Text: text[at:to]})
	}
	return out
}
