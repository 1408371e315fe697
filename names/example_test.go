package names_test

import (
	"fmt"

	"github.com/arprep/arprep/names"
)

func ExampleLookup() {
	for _, ar := range []string{"بواشنطن", "الكينيون", "أنتيغوا وباربودا"} {
		m, _ := names.Lookup(ar)
		fmt.Println(m.English, "|", m.Source)
	}
	// Output:
	// Washington | geonames
	// Kenyan | nationality
	// Antigua and Barbuda | wikipedia-region
}

func ExampleCompose() {
	m, _ := names.Compose("جون كيري")
	fmt.Println(m.English)
	_, ok := names.Compose("خالد الشريعانس") // a word no list knows
	fmt.Println(ok)
	// Output:
	// John Kerry
	// false
}
