package arabic

import (
	"fmt"
	"testing"
)

func TestRomanize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"مُحَمَّد", "Muhammad"},
		{"خالد الشريعان", "Khalid al-Shriʻan"},
		{"محمد بن سلمان", "Muhammad bin Salman"},
		{"بن قردان", "Bin Qrdan"}, {"الغنوشي", "Al-Ghnushi"},
		{"فاطمة", "Fatimah"},
		{"دان كين", "Dan Kin"},
		{"مايكل دومينو", "Maykl Duminu"},
		{"عبد الله", "ʻAbd Allah"},
		{"أحمد", "Ahmad"},
		{"أكرم", "Akrm"},
		{"إبراهيم", "Ibrahim"},
		{"فاطمة", "Fatimah"},
		{"يوسف", "Yusuf"},
		{"وديع", "Wdiʻ"},
		{"سؤال", "Sʼal"},
		{"George بوش", "George Bush"}, {"جورج", "Jurj"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Romanize(tt.in); got != tt.want {
			t.Errorf("Romanize(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleRomanize() {
	fmt.Println(Romanize("مُحَمَّد عبد الله"))
	fmt.Println(Romanize("خَالِد الشَّرِيعَان"))
	// Output:
	// Muhammad ʻAbd Allah
	// Khalid al-Shariʻan
}
