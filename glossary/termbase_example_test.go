package glossary_test

import (
	"fmt"
	"strings"

	"github.com/arprep/arprep/glossary"
)

func ExampleReadTermbase() {
	tb, err := glossary.ReadTermbase("client.csv", strings.NewReader("Arabic,English\nالكويت,State of Kuwait\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "زار الوفد الكويت. وعاد الوفد من الكويت."
	for _, e := range glossary.Build([]glossary.Doc{{Name: "a", Text: text}}, glossary.Options{Termbase: tb}) {
		if e.Target != "" {
			fmt.Println(e.Term, "|", e.Target, "|", e.TargetSource)
		}
	}
	_, err = glossary.ReadTermbase("bad.csv", strings.NewReader("word,meaning\nالكويت,Kuwait\n"))
	fmt.Println(err != nil)
	// Output:
	// الكويت | State of Kuwait | termbase
	// true
}
