package entity_test

import (
	"fmt"
	"strings"

	"github.com/arprep/arprep/entity"
)

func ExampleTagger_Analyse() {
	tagger, err := entity.Default()
	if err != nil {
		panic(err)
	}
	text := "قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا."
	a := tagger.Analyse(text)
	var terms []string
	for _, w := range a.Words {
		if w.Term != "" { // a content word
			terms = append(terms, w.Term)
		}
	}
	fmt.Println(len(a.Words), "tokens; terms:", strings.Join(terms, " "))
	for _, sp := range a.Entities {
		fmt.Println(sp.Type, text[sp.Start:sp.End])
	}
	// Output:
	// 13 tokens; terms: رئيس مصر حسن مبارك قاهر وزار تصدر بيانا
	// PERS حسني مبارك
	// LOC القاهرة
	// ORG وزارة الخارجية
}
