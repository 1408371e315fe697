package summarize_test

import (
	"fmt"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/summarize"
)

func ExampleSummarize() {
	text := "ارتفعت أسعار النفط في الأسواق العالمية اليوم.\n" +
		"وقال محللون إن ارتفاع أسعار النفط يعود إلى تراجع المخزونات.\n" +
		"وفي خبر آخر افتتح معرض للكتاب في المدينة.\n" +
		"وتوقع المحللون أن تواصل أسعار النفط ارتفاعها خلال الأسبوع.\n"
	s, err := summarize.Summarize(text, summarize.Options{Budget: summarize.Budget{Sentences: 2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range s.Chosen {
		fmt.Println(s.Sentences[i].Text)
	}
	// Output:
	// ارتفعت أسعار النفط في الأسواق العالمية اليوم.
	// وقال محللون إن ارتفاع أسعار النفط يعود إلى تراجع المخزونات.
}

// A pipeline that tags the text anyway hands the tagger's words and entities to Analysed,
// which then neither tokenises nor stems the text again.
func ExampleAnalysed() {
	text := "ارتفعت أسعار النفط في الأسواق العالمية اليوم.\n" +
		"وقال وزير النفط الكويتي إن ارتفاع أسعار النفط يعود إلى تراجع المخزونات.\n" +
		"وفي خبر آخر افتتح معرض للكتاب في المدينة.\n" +
		"وتوقع المحللون في الكويت أن تواصل أسعار النفط ارتفاعها خلال الأسبوع.\n"
	tagger, err := entity.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	a := tagger.Analyse(text)
	for _, sp := range a.Entities {
		fmt.Println(sp.Type, text[sp.Start:sp.End])
	}
	in := summarize.Analysis{Words: a.Words, Entities: a.Entities}
	s, err := summarize.Analysed(text, in, summarize.Options{Budget: summarize.Budget{Sentences: 2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range s.Chosen {
		fmt.Println(s.Sentences[i].Text)
	}
	// Output:
	// LOC الكويت
	// ارتفعت أسعار النفط في الأسواق العالمية اليوم.
	// وقال وزير النفط الكويتي إن ارتفاع أسعار النفط يعود إلى تراجع المخزونات.
}
