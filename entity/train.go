package entity

import (
	"fmt"
	"io"

	"github.com/arprep/arprep/arabic"
)

// TrainConfig sets up Train.
type TrainConfig struct {
	Bits   uint8  // feature hash buckets = 1 << Bits
	Epochs int    // perceptron passes over the data
	Seed   uint64 // shuffling and clustering seed; same inputs and seed give the same model
	Folds  int    // jackknife folds for the training-data gazetteer features
}

// DefaultTrainConfig is the configuration of the embedded model.
var DefaultTrainConfig = TrainConfig{Bits: 20, Epochs: 12, Seed: 1, Folds: 5}

type analysedSentence struct {
	toks  []token
	gold  []int
	spans []tokenSpan
}

// Train learns a tagger from IOB2-tagged sentences and, when corpus is not nil, word clusters
// from its unlabelled JSONL text (records with "title" and "text"). logf, if not nil,
// receives progress messages.
func Train(sents []Sentence, corpus io.Reader, cfg TrainConfig, logf func(string, ...any)) (*Tagger, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Bits < 10 || cfg.Bits > 26 || cfg.Epochs < 1 || cfg.Folds < 2 {
		return nil, fmt.Errorf("bad training configuration %+v", cfg)
	}
	data := make([]analysedSentence, len(sents))
	for i, s := range sents {
		a := analysedSentence{gold: make([]int, len(s.Tokens))}
		for j, w := range s.Tokens {
			a.toks = append(a.toks, analyse(w))
			if j < len(s.Tags) {
				a.gold[j] = parseTag(s.Tags[j])
			}
		}
		repairIOB2(a.gold)
		names := make([]string, len(a.gold))
		for j, g := range a.gold {
			names[j] = tagNames[g]
		}
		a.spans = tokenSpans(names)
		data[i] = a
	}
	seqs := make([][]string, 0, len(data))
	if corpus != nil {
		docs, err := readCorpusText(corpus)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			seqs = append(seqs, unitStrings(d))
		}
		logf("corpus: %d documents", len(docs))
	}
	for _, a := range data {
		s := make([]string, len(a.toks))
		for j, t := range a.toks {
			s[j] = t.bare
		}
		seqs = append(seqs, s)
	}
	ccfg := defaultClusterConfig
	ccfg.Seed = cfg.Seed
	t := &Tagger{clusters: learnClusters(seqs, ccfg)}
	logf("clusters: %d words", len(t.clusters))

	cldr := cldrGazetteer()
	foldGaz := make([]*gazetteer, cfg.Folds)
	for k := range foldGaz {
		var others []analysedSentence
		for i, a := range data {
			if i%cfg.Folds != k {
				others = append(others, a)
			}
		}
		foldGaz[k] = cldr.merge(trainingGazetteer(others))
	}
	examples := make([]example, len(data))
	for i, a := range data {
		t.prepare(a.toks, foldGaz[i%cfg.Folds])
		feats, _ := featureLists(a.toks, cfg.Bits, nil, nil)
		examples[i] = example{feats: feats, gold: a.gold}
	}
	logf("features ready; training %d epochs", cfg.Epochs)
	t.w = trainPerceptron(examples, cfg.Bits, cfg.Epochs, cfg.Seed)
	t.gaz = cldr.merge(trainingGazetteer(data))
	return t, nil
}

func unitStrings(text string) []string {
	toks := arabic.Tokens(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = unitString(t)
	}
	return out
}
