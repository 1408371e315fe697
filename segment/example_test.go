package segment_test

import (
	"fmt"
	"strings"

	"github.com/arprep/arprep/segment"
)

func ExampleSplit() {
	text := "قال د. محمد إن النمو بلغ 3.5 في المئة. هل يستمر؟ لا أحد يعرف."
	for _, s := range segment.Split(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-63 قال د. محمد إن النمو بلغ 3.5 في المئة.
	// 64-81 هل يستمر؟
	// 82-103 لا أحد يعرف.
}

func ExampleFromReader() {
	input := "عنوان بلا نقطة\n\nالفقرة الثانية. وفيها جملتان."
	r := segment.FromReader(strings.NewReader(input), segment.Options{})
	for r.Next() {
		s := r.Sentence()
		fmt.Println(s.Paragraph, s.Text)
	}
	if err := r.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1 عنوان بلا نقطة
	// 2 الفقرة الثانية.
	// 2 وفيها جملتان.
}
