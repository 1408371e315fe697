package main

// --lang: each document goes through the Arabic pipeline or, when it is English, through
// prose (package english). auto decides per document from its letters (package lang); the
// routing is package pipeline's.

import (
	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/pipeline"
	"github.com/urfave/cli/v2"
)

var langFlag = &cli.StringFlag{Name: "lang", Value: "auto", Usage: "source language: ar, en, or auto (decided per document from its letters)"}

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
