package entity_test

import (
	"fmt"

	"github.com/arprep/arprep/entity"
)

func ExampleTagger_Tag() {
	tagger, err := entity.Default()
	if err != nil {
		panic(err)
	}
	text := "قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا."
	for _, sp := range tagger.Tag(text) {
		fmt.Println(sp.Type, text[sp.Start:sp.End])
	}
	// Output:
	// PERS حسني مبارك
	// LOC القاهرة
	// ORG وزارة الخارجية
}

func ExampleTagger_TagTokens() {
	tagger, err := entity.Default()
	if err != nil {
		panic(err)
	}
	fmt.Println(tagger.TagTokens([]string{"وقال", "الرئيس", "حسني", "مبارك", "في", "القاهرة"}))
	// Output:
	// [O O B-PERS I-PERS O B-LOC]
}
