package english

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

var (
	modelOnce sync.Once
	model     *prose.Model
	modelErr  error
)

// proseModel loads prose's tagger and entity model once: prose.NewDocument would otherwise
// load them again for every document.
func proseModel() (*prose.Model, error) {
	modelOnce.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			modelErr = err
			return
		}
		model = doc.Model
	})
	return model, modelErr
}

// analyse tags text with prose: tokens with part-of-speech tags and IOB entity labels.
func analyse(text string) ([]prose.Token, error) {
	m, err := proseModel()
	if err != nil {
		return nil, err
	}
	doc, err := prose.NewDocument(text, prose.UsingModel(m), prose.WithSegmentation(false))
	if err != nil {
		return nil, err
	}
	return doc.Tokens(), nil
}

// sentenceTexts segments text with prose's Punkt model.
func sentenceTexts(text string) ([]string, error) {
	doc, err := prose.NewDocument(text, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(doc.Sentences()))
	for _, s := range doc.Sentences() {
		out = append(out, s.Text)
	}
	return out, nil
}
