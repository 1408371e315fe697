package entity

import (
	"os"
	"reflect"
	"testing"

	"github.com/arprep/arprep/idf"
)

// analyseCases hold what Analyse must take apart as idf does: clitics, ta marbuta, hamza
// forms, stopwords, Persian letters, ligatures whose expansion holds spaces or marks (ﷺ,
// U+FC5E), joiners, a word of marks and tatweel alone, Latin words, numbers, addresses.
var analyseCases = []string{
	"قال الرئيس المصري حسني مبارك في القاهرة إن وزارة الخارجية ستصدر بيانا.",
	"والكويت بالكويت للكويت الكويتي وأميركا أمريكا الإستراتيجية مدينتهم الپنتاغون ٢٠٢٤ في من إلى",
	"كتب ﷺ وﰞ كتابﱞ ومي\u200cخواهم ـبـ ًّ ـ COVID-19 l'Aube ١٢٫٥ 12/08/2014 www.example.com info@example.org",
}

// checkAnalyse checks that Analyse gives the entities Tag gives and the words idf.Words gives.
func checkAnalyse(t *testing.T, tagger *Tagger, text string) {
	t.Helper()
	a := tagger.Analyse(text)
	if want := idf.Words(text); !reflect.DeepEqual(a.Words, want) {
		for i := range min(len(a.Words), len(want)) {
			if a.Words[i] != want[i] {
				t.Fatalf("%q: word %d is %+v (%q), idf gives %+v", text, i, a.Words[i], text[want[i].Start:want[i].End], want[i])
			}
		}
		t.Fatalf("%q: %d words, idf gives %d", text, len(a.Words), len(want))
	}
	if spans := tagger.Tag(text); !reflect.DeepEqual(a.Entities, spans) {
		t.Fatalf("%q: entities %v, Tag gives %v", text, a.Entities, spans)
	}
}

func TestAnalyseMatchesTagAndTerms(t *testing.T) {
	tagger := loadDefault(t)
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{string(seed)}, analyseCases...)
	// The first pass analyses words met for the first time, the next ones take the words the
	// cache took on their second offer.
	for range 3 {
		for _, text := range texts {
			checkAnalyse(t, tagger, text)
		}
	}
}

func FuzzAnalyse(f *testing.F) {
	for _, c := range analyseCases {
		f.Add(c)
	}
	tagger, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkAnalyse(t, tagger, text)
	})
}
