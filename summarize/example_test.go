package summarize_test

import (
	"fmt"

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
