package main

// --lang: each document goes through the Arabic pipeline or, when it is English, through
// prose (package english). auto decides per document from its letters (package lang).

import (
	"strings"

	"github.com/arprep/arprep/english"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/urfave/cli/v2"
)

var langFlag = &cli.StringFlag{Name: "lang", Value: "auto", Usage: "source language: ar, en, or auto (decided per document from its letters)"}

func langOf(c *cli.Context) (lang.Code, error) {
	code, err := lang.Parse(c.String("lang"))
	if err != nil {
		return "", usageError{err.Error()}
	}
	return code, nil
}

// sentencesOf splits text with the segmenter of its language and says which it used.
func sentencesOf(text string, code lang.Code, opts segment.Options) ([]segment.Sentence, lang.Code, error) {
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

// forLanguage fits summarizer options to a document's language: English text is split by
// prose and its entities come from prose's model; Arabic keeps the segmenter and the tagger
// opts already holds.
func forLanguage(opts summarize.Options, code lang.Code) summarize.Options {
	if code != lang.English {
		return opts
	}
	opts.Split = func(text string) []segment.Sentence {
		sents, err := english.Split(text)
		if err != nil { // prose failed to load its model: fall back rather than lose the text
			return segment.Split(text)
		}
		return sents
	}
	if opts.Entities != nil {
		opts.Entities = func(text string) []summarize.Entity {
			spans, _ := english.Entities(text) // no entities when prose cannot run
			return summaryEntities(spans)
		}
	}
	return opts
}

// primaryLang is the language subtag of a BCP 47 tag: en for en-GB.
func primaryLang(tag string) lang.Code {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	return lang.Code(primary)
}

// glossaryNames gives the glossary the Arabic tagger's names.
func glossaryNames(tagger *entity.Tagger) func(string) []glossary.Name {
	return func(text string) []glossary.Name { return glossaryNameSpans(tagChunked(tagger, text)) }
}

// englishGlossaryNames gives the glossary prose's names (none when prose cannot run).
func englishGlossaryNames(text string) []glossary.Name {
	spans, _ := english.Entities(text)
	return glossaryNameSpans(spans)
}

func glossaryNameSpans(spans []entity.Span) []glossary.Name {
	names := make([]glossary.Name, len(spans))
	for i, s := range spans {
		names[i] = glossary.Name{Start: s.Start, End: s.End, Type: s.Type}
	}
	return names
}
