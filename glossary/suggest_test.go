package glossary

import (
	"fmt"
	"strings"
	"testing"
)

func TestSuggestCLDR(t *testing.T) {
	tests := []struct{ term, kind, want string }{
		{"الكويت", "LOC", "Kuwait"},
		{"كويت", "LOC", "Kuwait"},
		{"والكويت", "term", "Kuwait"},
		{"الولايات المتحدة", "LOC", "United States"},
		{"مصر", "LOC", "Egypt"},
		{"فرنسا", "LOC", "France"},
		{"المملكة العربية السعودية", "LOC", "Saudi Arabia"},
		{"المملكة العربيه السعوديه", "LOC", "Saudi Arabia"}, // ة written ه
		{"أوروبا", "LOC", "Europe"},
		{"الإنجليزية", "MISC", "English"},
		{"الفرنسية", "term", "French"},
		// no CLDR name: no suggestion
		{"التعاون العسكري", "term", ""},
		{"البنتاغون", "ORG", ""},
		{"الكويتي", "term", ""},
	}
	for _, tt := range tests {
		got, src := Suggest(tt.term, tt.kind)
		if got != tt.want {
			t.Errorf("Suggest(%s) = %q, want %q", tt.term, got, tt.want)
		}
		if (got != "") != (src == SourceCLDR) {
			t.Errorf("Suggest(%s): source %q", tt.term, src)
		}
	}
}

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
	if got, src := Suggest("خالد الشريعان", "PERS"); got == "" || src != SourceRomanize {
		t.Errorf("PERS suggestion %q %q", got, src)
	}
}

func ExampleBuild() {
	text := "زار وفد من الكويت الولايات المتحدة. وبحث الوفد في الولايات المتحدة التعاون العسكري. " +
		"وقال إن التعاون العسكري مع الكويت قديم."
	entries := Build([]Doc{{Name: "news.txt", Text: text}}, Options{})
	for _, e := range entries {
		fmt.Println(strings.TrimSpace(fmt.Sprint(e.Term, " ", e.Frequency, " ", e.Target)))
	}
	// Output:
	// الولايات المتحدة 2 United States
	// التعاون العسكري 2
	// الكويت 2 Kuwait
}

func ExampleRomanize() {
	fmt.Println(Romanize("مُحَمَّد عبد الله"))
	fmt.Println(Romanize("خَالِد الشَّرِيعَان"))
	// Output:
	// Muhammad ʻAbd Allah
	// Khalid al-Shariʻan
}
