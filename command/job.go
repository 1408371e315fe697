package command

// What export and prep share: the job's options, reading the inputs into a job (package
// pipeline makes it), and the glossary's target sources, which glossary takes too.

import (
	"runtime"

	"github.com/arprep/arprep/batch"
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/worksheet"
)

// JobOptions are the options export and prep share: how the job is made.
type JobOptions struct {
	In             Inputs
	Units          string // sentences, lines or paragraphs
	Lang           string // ar, en or auto
	Src, Tgt       string // language tags
	SrcSet, TgtSet bool   // given (checked) rather than defaulted
	NoSummary      bool
	Ratio          float64
	Sentences      int
	Termbase, TM   string // the glossary's target sources (Targets)
	// Tagger tags names; nil: the embedded model, loaded when the job needs names.
	Tagger pipeline.Tagger
}

// buildJob reads the inputs and makes the job: units, summary flags and scores; needNames
// says that the run makes a glossary or a page, which need names.
func buildJob(o JobOptions, s *IO, needNames bool) (*pipeline.Job, error) {
	mode, err := worksheet.ParseMode(o.Units)
	if err != nil {
		return nil, usagef("%s: --units: %v", o.In.Cmd, err)
	}
	if o.Ratio < 0 || o.Ratio > 1 || o.Sentences < 0 {
		return nil, usagef("%s: --ratio must be in [0, 1] and --sentences not negative", o.In.Cmd)
	}
	for _, tag := range []struct {
		flag, value string
		set         bool
	}{{"src", o.Src, o.SrcSet}, {"tgt", o.Tgt, o.TgtSet}} {
		if tag.set && !lang.ValidTag(tag.value) {
			return nil, usagef("%s: --%s %q is not a language tag such as ar or en-GB", o.In.Cmd, tag.flag, tag.value)
		}
	}
	code, err := parseLang(o.Lang)
	if err != nil {
		return nil, err
	}
	var inputs []pipeline.Input
	in := o.In
	in.folders = true
	if err := s.eachDocument(in, func(d batch.Doc) error {
		inputs = append(inputs, pipeline.Input{Name: d.Name, Text: d.Text})
		return nil
	}); err != nil {
		return nil, err
	}
	// The tagger, when the summary or the glossary needs names.
	an, err := newAnalyser(!o.NoSummary || needNames, o.Tagger, runtime.GOMAXPROCS(0), true)
	if err != nil {
		return nil, err
	}
	return an.Job(inputs, pipeline.JobOptions{Mode: mode, Lang: code, Src: o.Src, Tgt: o.Tgt,
		Summary: !o.NoSummary, Budget: summarize.Budget{Ratio: o.Ratio, Sentences: o.Sentences},
		Version: s.Version, Split: func(name string, sents []segment.Sentence) {
			segment.WarnCuts(name, segment.DefaultMaxSentenceBytes, sents, s.warnCut)
		}})
}

// parseLang reads --lang: ar, en or auto (decided per document from its letters).
func parseLang(s string) (lang.Code, error) {
	code, err := lang.Parse(s)
	if err != nil {
		return code, UsageError{err.Error()}
	}
	return code, nil
}

// warnDropped reports the characters XML exports leave out.
func (s *IO) warnDropped(j *worksheet.Job) {
	const most = 10
	dropped := j.XMLDropped()
	for i, d := range dropped {
		if i == most {
			s.warnf("%d more characters not allowed in XML 1.0 were dropped", len(dropped)-most)
			break
		}
		s.warnf("%s", d)
	}
}

// glossaryEntries builds the glossary of the job; minFreq 0 is the glossary's automatic
// minimum. --termbase and --tm give an Arabic job's targets.
func glossaryEntries(o JobOptions, j *pipeline.Job, minFreq int) ([]glossary.Entry, error) {
	opts := glossary.Options{MinFreq: minFreq}
	if !j.English() {
		if err := glossary.ReadTargets(o.Termbase, o.TM, &opts); err != nil {
			return nil, err
		}
	}
	return j.Glossary(opts)
}

// newAnalyser is a run's document analyser: parallel pieces and the tagger's words as given,
// and, when the run wants names, the injected tagger (tests) or else the embedded one
// (decoding it takes time, so a run without names does not load it).
func newAnalyser(wantNames bool, injected pipeline.Tagger, parallel int, words bool) (*pipeline.Analyser, error) {
	an := &pipeline.Analyser{Parallel: parallel, Words: words}
	if !wantNames {
		return an, nil
	}
	an.Tagger = injected
	if an.Tagger == nil {
		tagger, err := entity.Default()
		if err != nil {
			return nil, err
		}
		an.Tagger = tagger
	}
	return an, nil
}
