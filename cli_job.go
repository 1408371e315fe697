package main

// What export and prep share: the job's flags and options, reading the inputs into a job
// (package pipeline makes it), and the glossary's target sources, which glossary takes too.

import (
	"github.com/arprep/arprep/batch"
	"runtime"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/worksheet"
	"github.com/urfave/cli/v2"
)

// jobFlags are the flags export and prep share.
func jobFlags() []cli.Flag {
	return append([]cli.Flag{
		langFlag,
		&cli.StringFlag{Name: "src", Usage: "source language `TAG`", DefaultText: "the input's language: ar, or en for English text"},
		&cli.StringFlag{Name: "tgt", Usage: "target language `TAG`", DefaultText: "en, or ar when the source is English"},
		&cli.StringFlag{Name: "units", Value: "sentences", Usage: "one unit per `KIND`: sentences, lines (input already one segment per line) or paragraphs"},
		&cli.BoolFlag{Name: "no-summary", Usage: "do not score sentences for a summary (in_summary false, score 0)"},
		&cli.Float64Flag{Name: "ratio", Usage: "summary: the `SHARE` of sentences to choose", DefaultText: "0.25"},
		&cli.IntFlag{Name: "sentences", Usage: "summary: at most `N` sentences", DefaultText: "no limit"},
	}, targetFlags()...)
}

// jobOptions are the flags export and prep share: how the job is made.
type jobOptions struct {
	in             inputs
	units          string // sentences, lines or paragraphs
	lang           string
	src, tgt       string
	srcSet, tgtSet bool
	noSummary      bool
	ratio          float64
	sentences      int
	termbase, tm   string
	needNames      bool            // the run makes a glossary or a page, which need names (set by the run)
	tagger         pipeline.Tagger // nil: the embedded model, loaded when the job needs names
}

func jobOptionsOf(c *cli.Context, also ...string) (jobOptions, error) {
	in, err := inputsOf(c, also...)
	in.folders = true
	return jobOptions{in: in, units: c.String("units"), lang: c.String("lang"),
		src: c.String("src"), tgt: c.String("tgt"), srcSet: c.IsSet("src"), tgtSet: c.IsSet("tgt"),
		noSummary: c.Bool("no-summary"), ratio: c.Float64("ratio"), sentences: c.Int("sentences"),
		termbase: c.String("termbase"), tm: c.String("tm")}, err
}

// buildJob reads the inputs and makes the job: units, summary flags and scores.
func buildJob(o jobOptions, s *streams) (*pipeline.Job, error) {
	mode, err := worksheet.ParseMode(o.units)
	if err != nil {
		return nil, usagef("%s: --units: %v", o.in.cmd, err)
	}
	if o.ratio < 0 || o.ratio > 1 || o.sentences < 0 {
		return nil, usagef("%s: --ratio must be in [0, 1] and --sentences not negative", o.in.cmd)
	}
	for _, tag := range []struct {
		flag, value string
		set         bool
	}{{"src", o.src, o.srcSet}, {"tgt", o.tgt, o.tgtSet}} {
		if tag.set && !lang.ValidTag(tag.value) {
			return nil, usagef("%s: --%s %q is not a language tag such as ar or en-GB", o.in.cmd, tag.flag, tag.value)
		}
	}
	code, err := lang.Parse(o.lang)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	var inputs []pipeline.Input
	if err := s.eachDocument(o.in, func(d batch.Doc) error {
		inputs = append(inputs, pipeline.Input{Name: d.Name, Text: d.Text})
		return nil
	}); err != nil {
		return nil, err
	}
	// The tagger, when the summary or the glossary needs names.
	an, err := newAnalyser(!o.noSummary || o.needNames, o.tagger, runtime.GOMAXPROCS(0), true)
	if err != nil {
		return nil, err
	}
	return an.Job(inputs, pipeline.JobOptions{Mode: mode, Lang: code, Src: o.src, Tgt: o.tgt,
		Summary: !o.noSummary, Budget: summarize.Budget{Ratio: o.ratio, Sentences: o.sentences},
		Version: version, Split: func(name string, sents []segment.Sentence) {
			segment.WarnCuts(name, segment.DefaultMaxSentenceBytes, sents, s.warnCut)
		}})
}

// warnDropped reports the characters XML exports leave out.
func (s *streams) warnDropped(j *worksheet.Job) {
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
func glossaryEntries(o jobOptions, j *pipeline.Job, minFreq int) ([]glossary.Entry, error) {
	opts := glossary.Options{MinFreq: minFreq}
	if !j.English() {
		if err := glossary.ReadTargets(o.termbase, o.tm, &opts); err != nil {
			return nil, err
		}
	}
	return j.Glossary(opts)
}

// targetFlags are the glossary's target sources, for glossary, export and prep.
func targetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "termbase", Usage: "glossary: approved targets from `FILE` (TBX 2 or 3, TSV/CSV with a header, XLSX as arprep writes it); its terms are listed even below --min-freq"},
		&cli.StringFlag{Name: "tm", Usage: "glossary: propose targets from a translation memory: a TMX `FILE`, or AR.txt,EN.txt (line-aligned text files)"},
	}
}
