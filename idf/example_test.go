package idf_test

import (
	"bytes"
	"fmt"

	"github.com/arprep/arprep/idf"
)

func ExampleModel() {
	m := idf.New()
	m.Add("ارتفعت أسعار النفط في الكويت.")
	m.Add("زار الوفد الكويتي واشنطن.")
	m.Add("والكويت بلد صغير.")

	var file bytes.Buffer
	m.WriteTo(&file) // the versioned, checksummed model format
	back, err := idf.Read(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Documents(), back.DF("كويت"), back.DF("نفط"))
	fmt.Printf("%.3f %.3f\n", back.IDF("كويت"), back.IDF("نفط"))
	// Output:
	// 3 3 1
	// 1.000 1.693
}

func ExampleWords() {
	text := "ارتفعت أسعار النفط في الكويت"
	for _, w := range idf.Words(text) {
		fmt.Printf("%s %q\n", text[w.Start:w.End], w.Term)
	}
	// Output:
	// ارتفعت "ارتفعت"
	// أسعار "اسعار"
	// النفط "نفط"
	// في ""
	// الكويت "كويت"
}
