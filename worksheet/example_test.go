package worksheet_test

import (
	"fmt"
	"os"

	"github.com/arprep/arprep/worksheet"
)

func ExampleJob_AddText() {
	j := worksheet.NewJob("ar", "en", worksheet.Sentences)
	j.AddText("news.txt", "زار الوزير الكويت. وعقد اجتماعاً مطولاً.\n\nثم عاد إلى بلاده.")
	for _, u := range j.Units {
		fmt.Println(u.ID, u.Paragraph, u.Start, u.End, u.Source)
	}
	// Output:
	// 1 1 0 33 زار الوزير الكويت.
	// 2 1 34 73 وعقد اجتماعاً مطولاً.
	// 3 2 75 105 ثم عاد إلى بلاده.
}

func ExampleWriteTSV() {
	j := worksheet.NewJob("ar", "en", worksheet.Lines)
	j.AddLines("un.ar", "الدورة التاسعة والستون\nالبند 12\n")
	if err := j.SetTargets([]string{"Sixty-ninth session", "Item 12"}); err != nil {
		fmt.Println(err)
	}
	worksheet.WriteTSV(os.Stdout, j)
	// Output:
	// id	paragraph	source	target	in_summary	score
	// 1	1	الدورة التاسعة والستون	Sixty-ninth session	false	0.0000
	// 2	1	البند 12	Item 12	false	0.0000
}

func ExampleJob_SetTargets() {
	j := worksheet.NewJob("ar", "en", worksheet.Lines)
	j.AddLines("un.ar", "سطر أول\nسطر ثان\n")
	fmt.Println(j.SetTargets([]string{"only one line"}))
	// Output:
	// 1 target lines for 2 source units (one line per unit is needed)
}
