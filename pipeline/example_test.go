package pipeline_test

import (
	"fmt"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/pipeline"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/worksheet"
)

// countTags counts the texts given to the tagger.
type countTags struct {
	pipeline.Tagger
	n int
}

func (c *countTags) Analyse(text string) entity.Analysis {
	c.n++
	return c.Tagger.Analyse(text)
}

func (c *countTags) Tag(text string) []span.Entity {
	c.n++
	return c.Tagger.Tag(text)
}

// A job's summary, glossary and report page share the names its documents were tagged for.
func ExampleAnalyser_Job() {
	tagger, err := entity.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	counted := &countTags{Tagger: tagger}
	a := &pipeline.Analyser{Tagger: counted, Parallel: 2}
	text := "قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا. وزار مبارك القاهرة أمس."
	j, err := a.Job([]pipeline.Input{{Name: "news.txt", Text: text}},
		pipeline.JobOptions{Mode: worksheet.Sentences, Lang: lang.Auto, Summary: true, Budget: summarize.Budget{Sentences: 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	entries, err := j.Glossary(glossary.Options{MinFreq: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := j.Page(entries, "example"); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(j.Lang, j.Sheet.SrcLang, "→", j.Sheet.TgtLang+":", len(j.Sheet.Units), "units")
	fmt.Println("tagged", counted.n, "time")
	// Output:
	// ar ar → en: 2 units
	// tagged 1 time
}
