package glossary

import (
	"strings"
	"testing"
)

// mergeTraps are spellings that must stay apart and spellings that must be one entry (issue
// 18). Each side is tagged as the entity tagger would tag it ("" for a common noun it leaves
// alone); the text holds each spelling three times, in its own sentences.
var mergeTraps = []struct {
	a, aType, b, bType string
	same               bool
}{
	// A name and a noun that is its key with the article.
	{"جدة", "LOC", "الجدة", "", false},    // Jeddah / the grandmother
	{"حماس", "ORG", "الحماس", "", false},  // Hamas / enthusiasm
	{"أمل", "ORG", "الأمل", "", false},    // Amal / hope
	{"نور", "PERS", "النور", "", false},   // Nour / the light
	{"جمال", "PERS", "الجمال", "", false}, // Jamal / beauty
	{"كمال", "PERS", "الكمال", "", false}, // Kamal / perfection
	{"فتح", "ORG", "الفتح", "", false},    // Fatah / the conquest
	{"عادل", "PERS", "العادل", "", false}, // Adel / the just
	{"سلام", "PERS", "السلام", "", false}, // Salam / peace
	{"كريم", "PERS", "الكريم", "", false}, // Karim / the generous
	// Names a letter apart: an alef and lam of its own, a long vowel in an Arabic name, a
	// consonant.
	{"أوباما", "PERS", "ألاباما", "LOC", false},
	{"السعودية", "LOC", "السعدية", "PERS", false},
	{"السعودية", "LOC", "السعدية", "", false},
	{"سليمان", "PERS", "سلمان", "PERS", false},
	{"المالكي", "PERS", "الملكي", "", false},
	{"العامري", "PERS", "العمري", "PERS", false},
	{"حسين", "PERS", "حسن", "PERS", false},
	{"محمود", "PERS", "محمد", "PERS", false},
	{"الرياض", "LOC", "الرياح", "", false},
	{"عمان", "LOC", "عمار", "PERS", false},
	{"جامعة", "", "جمعة", "PERS", false},
	{"الحكومة", "", "الحوكمة", "", false},
	{"المنظمة", "ORG", "المنظومة", "", false},
	// One word, spelt two ways.
	{"أمريكا", "LOC", "أميركا", "LOC", true},
	{"عبد العزيز", "PERS", "عبدالعزيز", "PERS", true},
	{"أبو بكر", "PERS", "أبوبكر", "PERS", true},
	{"عبد الله", "PERS", "عبدالله", "PERS", true},
	{"نور الدين", "PERS", "نورالدين", "PERS", true},
	{"أبو ظبي", "LOC", "أبوظبي", "LOC", true},
	{"المسؤولين", "", "المسئولين", "", true},
	{"الشؤون", "", "الشئون", "", true},
	{"إسرائيل", "LOC", "اسرائيل", "LOC", true},
	{"مستشفى", "", "مستشفي", "", true},
	{"الجامعة", "", "الجامعه", "", true},
	{"الكويت", "LOC", "والكويت", "LOC", true},
	{"البرازيل", "LOC", "البرازايل", "", true}, // a misspelling the news never uses
}

func TestMergeTraps(t *testing.T) {
	for _, tt := range mergeTraps {
		names := map[string]string{}
		if tt.aType != "" {
			names[tt.a] = tt.aType
		}
		if tt.bType != "" {
			names[tt.b] = tt.bType
		}
		text := strings.Repeat("وقال الشاهد إن "+tt.a+" في الصورة. ", 3) + strings.Repeat("وأضاف المراقب أن "+tt.b+" هنا. ", 3)
		entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: fixtureNames(names), MinFreq: 1})
		entryOf := func(form string) int {
			for i, e := range entries {
				for _, f := range e.Forms {
					if f.Text == form || f.Text == strings.TrimPrefix(form, "و") {
						return i
					}
				}
			}
			return -1
		}
		ia, ib := entryOf(tt.a), entryOf(tt.b)
		if ia < 0 || ib < 0 {
			t.Errorf("%s / %s: not both listed (%d, %d): %v", tt.a, tt.b, ia, ib, terms(entries))
			continue
		}
		if same := ia == ib; same != tt.same {
			t.Errorf("%s / %s: merged %v, want %v: %+v", tt.a, tt.b, same, tt.same, entries[ia].Forms)
		}
	}
}
