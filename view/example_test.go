package view_test

import (
	"fmt"
	"strings"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/view"
)

func ExampleWrite() {
	text := "زار وفد الكويت واشنطن."
	page := view.Page{Docs: []view.Doc{{
		Name: "a.txt", Lang: "ar", Text: text,
		Sentences: []view.Sentence{{Start: 0, End: len(text), Words: 4, Score: 1, Chosen: true, Rank: 1}},
		Entities:  []span.Entity{{Start: strings.Index(text, "الكويت"), End: strings.Index(text, " واشنطن"), Type: "LOC"}},
	}}, Glossary: []glossary.Entry{{Term: "الكويت", Kind: "LOC", Frequency: 1, Forms: []glossary.Form{{Text: "الكويت", Count: 1}},
		FirstFile: "a.txt", FirstSentence: 1, Target: "Kuwait"}}}
	var b strings.Builder
	if err := view.Write(&b, page); err != nil {
		fmt.Println(err)
	}
	out := b.String()
	start := strings.Index(out, `<div class="text"`)
	fmt.Println(out[start : start+strings.Index(out[start:], "</div>")+6])
	// Output:
	// <div class="text" lang="ar" dir="rtl"><div class="p"><span class="s sum" id="d1-s1" data-rank="1" title="sentence 1, in the summary, rank 1, score 1.000">زار وفد <mark class="LOC"><a href="#g1">الكويت</a></mark> واشنطن.</span></div>
}
