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
	a := tagger.Analyse("قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا.")
	var terms []string
	for _, w := range a.Words {
		if w.Term != "" { // a content word
			terms = append(terms, w.Term)
		}
	}
	fmt.Println(len(a.Words), "tokens; terms:", strings.Join(terms, " "))
	for _, sp := range a.Entities {
		fmt.Println(sp.Type, sp.Text)
	}
	// Output:
	// 13 tokens; terms: رئيس مصر حسن مبارك قاهر وزار تصدر بيانا
	// PERS حسني مبارك
	// LOC القاهرة
	// ORG وزارة الخارجية
}
