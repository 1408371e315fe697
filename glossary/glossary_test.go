package glossary

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/names"
	"github.com/arprep/arprep/span"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixtureNames stands in for the entity tagger: it tags every occurrence of the given names,
// with the whole token as a tagger would (so a span may start with a clitic: وأميركا).
func fixtureNames(names map[string]string) func(string) []span.Entity {
	return func(text string) []span.Entity {
		var out []span.Entity
		toks := arabic.Tokens(text)
		for i := range toks {
			for name, typ := range names {
				parts := strings.Fields(name)
				if i+len(parts) > len(toks) {
					continue
				}
				ok := true
				for k, p := range parts {
					w := toks[i+k].Text
					if k == 0 {
						ok = ok && (w == p || strings.HasSuffix(w, p) && len(w)-len(p) <= 4 && arabic.StripProclitics(arabic.Normalize(w)) != arabic.Normalize(w))
					} else {
						ok = ok && w == p
					}
				}
				if ok {
					out = append(out, span.Entity{Start: toks[i].Start, End: toks[i+len(parts)-1].End, Type: typ})
				}
			}
		}
		return out
	}
}

var seedNames = map[string]string{
	"خالد الشريعان": "PERS", "دان كين": "PERS", "مايكل دومينو": "PERS",
	"الكويت": "LOC", "أمريكا": "LOC", "أميركا": "LOC", "الولايات المتحدة": "LOC",
	"الپنتاغون": "ORG", "البنتاغون": "ORG", "وزارة الحرب الأمريكية": "ORG",
}

func readSeed(t testing.TB) Doc {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Doc{Name: "seed.txt", Text: string(b)}
}

func seedGlossary(t testing.TB) []Entry {
	return Build([]Doc{readSeed(t)}, Options{Names: fixtureNames(seedNames)})
}

// TestSeed checks the list: each term once, under the expected spelling, with the
// expected variants merged; no entry starts or ends with a stopword; no entry is a
// clitic-prefixed duplicate of another.
func TestSeed(t *testing.T) {
	entries := seedGlossary(t)
	want := []struct {
		term     string
		variants []string
	}{
		{"الكويت", nil},
		{"الولايات المتحدة", nil},
		{"البنتاغون", []string{"الپنتاغون"}},
		{"أمريكا", []string{"أميركا"}},
		{"الشراكات الاستراتيجية", []string{"الشراكات الإستراتيجية"}},
		{"التعاون العسكري", nil},
		{"خالد الشريعان", nil},
		{"دان كين", nil},
		{"مايكل دومينو", nil},
		{"وزارة الحرب الأمريكية", nil},
		{"رئيس الأركان", nil},
	}
	for _, w := range want {
		var found []Entry
		for _, e := range entries {
			for _, f := range e.Forms {
				if f.Text == w.term {
					found = append(found, e)
				}
			}
		}
		if len(found) != 1 {
			t.Errorf("%s: in %d entries, want 1", w.term, len(found))
			continue
		}
		e := found[0]
		if e.Term != w.term {
			t.Errorf("%s: canonical is %q", w.term, e.Term)
		}
		for _, v := range w.variants {
			ok := false
			for _, f := range e.Variants() {
				ok = ok || f.Text == v
			}
			if !ok {
				t.Errorf("%s: variant %s missing from %v", w.term, v, e.Forms)
			}
		}
	}
	checkShape(t, entries)
}

// checkShape asserts the invariants every glossary keeps.
func checkShape(t *testing.T, entries []Entry) {
	t.Helper()
	keys := map[string]Entry{}
	for _, e := range entries {
		words := strings.Fields(e.Term)
		if len(words) == 0 {
			t.Errorf("empty entry %+v", e)
			continue
		}
		// A name may begin with a particle (بن قردان), end with an ordinal (بطليموس الثاني),
		// and begin or end with a word the stopword list holds that is a name too (بان كي
		// مون, عبدالسلام جمعة); a term may not. Either may be spelt in letter names (إل جي,
		// اي بي ام), whose letters are also function words and particles.
		first, last := nameWords()[wordKey(words[0])], nameWords()[wordKey(words[len(words)-1])]
		isName := e.Kind != KindTerm
		acronym := len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return !names.IsLetterName(w) })
		if !acronym && (arabic.IsStopword(words[0]) && !(isName && (first == nameParticle || first == nameWhenTagged)) ||
			arabic.IsStopword(words[len(words)-1]) && !(isName && (last == nameWhenTagged || last == nameOrdinal))) {
			t.Errorf("%q (%s) starts or ends with a stopword", e.Term, e.Kind)
		}
		if !acronym && last == nameParticle {
			t.Errorf("%q ends with a name particle", e.Term)
		}
		for _, f := range e.Forms {
			first := arabic.Normalize(strings.Fields(f.Text)[0])
			// A split the glossary trusts (the same key with and without the clitic) must
			// have been made; كين, للي (too short to be ك+ين, ل+لي) stay whole.
			if s := arabic.StripProclitics(first); s != first && wordKey(s) == wordKey(first) {
				t.Errorf("%q (entry %q) keeps a proclitic: %s → %s", f.Text, e.Term, first, s)
			}
		}
		// One entry per word, except a name and the noun its key makes with the article, which
		// splitArticle keeps apart on purpose (جدة and الجدة): their group keys differ by ال.
		k := termKey(e.Term)
		if prev, dup := keys[k]; dup && prev.Key != "ال"+e.Key && e.Key != "ال"+prev.Key {
			t.Errorf("%q and %q share the key %q", prev.Term, e.Term, k)
		}
		keys[k] = e
		sum := 0
		for _, f := range e.Forms {
			sum += f.Count
		}
		if sum != e.Frequency {
			t.Errorf("%q: form counts add to %d, frequency %d", e.Term, sum, e.Frequency)
		}
		if e.Forms[0].Text != e.Term {
			t.Errorf("%q: first form is %q", e.Term, e.Forms[0].Text)
		}
	}
}

func TestVariantMerging(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"الكويت", "والكويت", true},
		{"الكويت", "بالكويت", true},
		{"الكويت", "للكويت", true},
		{"الكويت", "كويت", true},
		{"البنتاغون", "الپنتاغون", true},
		{"الاستراتيجية", "الإستراتيجية", true},
		{"الشراكات الاستراتيجية", "والشراكات الإستراتيجية", true},
		{"أمريكا", "أميركا", true},
		{"أمريكا", "امريكا", true},
		{"مستشفى", "مستشفي", true},
		{"أمريكا", "أمريكي", false},
		{"الولايات المتحدة", "للولايات المتحدة", true},
		// traps: distinct words that look alike
		{"فلسطين", "فلسطيني", false},
		{"السياسة", "السياسية", false},
		{"مسؤول", "مسؤولي", false},
		{"كاتب", "مكتب", false},
		{"سلام", "سلم", false},
		{"الكويت", "الكويتي", false},
		{"الأمريكي", "الأمريكية", false},
		{"لبنان", "بنان", false},
		{"والد", "الد", false},
		{"الولايات المتحدة", "الولايات المتحدة الأمريكية", false},
		{"رئيس الأركان", "رئيس الأركان العامة", false},
		// a long vowel added, dropped or moved: names and their adjectives only
		{"القوات الأمريكية", "القوات الأميركية", true},
		{"الحكومة", "الحوكمة", false},
		{"المنظمة", "المنظومة", false},
		{"التربية", "التربوية", false},
		{"القصرين", "القصيرين", false},
		{"المطالبون", "المطلبون", false},
		{"مسؤول", "مسئول", true},
		// one side named, the other a spelling the news lexicon does not know: a misspelling
		{"البرازيل", "البرازايل", true},
	}
	// As the tagger would have it: أمريكا and أميركا are names, القصرين and البرازيل are (the
	// misspelling البرازايل and the adjective القصيرين are not; القصيرين is in the lexicon).
	ev := evidenceOf([]string{"أمريكا", "أميركا", "القصرين", "البرازيل"})
	for _, tt := range tests {
		ka, kb := termKey(tt.a), termKey(tt.b)
		got := ka == kb || closeKeys(ka, kb, ev)
		if got != tt.same {
			t.Errorf("%s / %s: merged %v, want %v (keys %q %q)", tt.a, tt.b, got, tt.same, ka, kb)
		}
	}
	// Without names, a vowel letter is no spelling difference: أمريكا/أميركا stay apart.
	for _, pair := range [][2]string{{"أمريكا", "أميركا"}, {"البرازيل", "البرازايل"}} {
		if ka, kb := termKey(pair[0]), termKey(pair[1]); closeKeys(ka, kb, evidenceOf(nil)) {
			t.Errorf("%s / %s merged without names", pair[0], pair[1])
		}
	}
}

// evidenceOf is the variant evidence of a text whose names are names.
func evidenceOf(names []string) *variantEvidence {
	ev := &variantEvidence{maqsura: map[string]bool{}, kind: map[string]string{}, nameStems: map[string]string{}}
	for _, n := range names {
		k := termKey(n)
		ev.kind[k] = "LOC"
		ev.addNameStems(k)
	}
	return ev
}

// TestVariantsInBuild checks the merge end to end: spellings with clitics and letter variants
// become one entry that keeps every surface form with its count, canonical the most frequent.
func TestVariantsInBuild(t *testing.T) {
	text := "زار الوفد الشراكات الإستراتيجية. ناقش الشراكات الاستراتيجية. وعزز والشراكات الاستراتيجية. " +
		"ثم فلسطين. وفلسطين. الشعب الفلسطيني. الفلسطيني."
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{MinFreq: 1})
	var got *Entry
	for i := range entries {
		if entries[i].Term == "الشراكات الاستراتيجية" {
			got = &entries[i]
		}
	}
	if got == nil {
		t.Fatalf("no entry الشراكات الاستراتيجية in %v", terms(entries))
	}
	if got.Frequency != 3 || len(got.Forms) != 2 || got.Forms[0].Count != 2 || got.Forms[1].Text != "الشراكات الإستراتيجية" {
		t.Errorf("entry %+v", got)
	}
	for _, e := range entries {
		if strings.Contains(e.Term, "فلسطين") && len(e.Forms) > 1 {
			t.Errorf("%q merged %v", e.Term, e.Forms)
		}
	}
	checkShape(t, entries)
}

// TestDocumentEvidence: a clitic the arabic guard keeps on an unknown word (لعاصي) is taken
// off when the document also has the phrase without it, and terms with a pronoun suffix are
// not terms.
func TestDocumentEvidence(t *testing.T) {
	text := "غنت من ألحان عاصي الرحباني. وقالت لعاصي الرحباني شكرا. وعاد عاصي الرحباني. " +
		"زار كمال المدينة. زار كمال المدينة. المال العام. المال العام. " +
		"ابنها زياد هنا. ابنها زياد هناك. أعمارهم كبيرة. أعمارهم كبيرة. " +
		"ترك أعمالاً كثيرة. أعماله مشهورة. أعماله خالدة. أعماله باقية. سيبويه إمام. سيبويه عالم. سيبويه نحوي."
	names := fixtureNames(map[string]string{"لعاصي الرحباني": "PERS", "عاصي الرحباني": "PERS"})
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: names})
	got := map[string]Entry{}
	for _, e := range entries {
		got[e.Term] = e
	}
	if e := got["عاصي الرحباني"]; e.Frequency != 3 || len(e.Forms) != 1 {
		t.Errorf("عاصي الرحباني: %+v (entries %v)", e, terms(entries))
	}
	if _, ok := got["سيبويه"]; !ok {
		t.Errorf("the name سيبويه read as a pronoun: %v", terms(entries))
	}
	for _, bad := range []string{"لعاصي الرحباني", "ابنها زياد", "ابنها", "أعمارهم", "مال", "أعماله"} {
		if _, ok := got[bad]; ok {
			t.Errorf("entry %q", bad)
		}
	}
	for _, e := range entries {
		for _, f := range e.Forms {
			if f.Text == "مال" || (e.Term == "المال" && e.Frequency != 2) {
				t.Errorf("كمال read as ك+مال: %+v", e)
			}
		}
	}
	checkShape(t, entries)
}

// TestMisspellingIsNoEvidence: a misspelling that drops a word's first letter after the
// article (الاريس, الاعب) gives باريس and لاعب a bare twin; the word itself, more frequent,
// must not be read as ب+اريس or ل+اعب. Without a name list and with one.
func TestMisspellingIsNoEvidence(t *testing.T) {
	text := strings.Repeat("وصل الوفد إلى باريس. لاعب التنس فاز بالبطولة. ", 4) +
		"زار الاريس. كرم الاعب التنس."
	for _, names := range []func(string) []span.Entity{nil, fixtureNames(map[string]string{"باريس": "LOC", "الاريس": "LOC"})} {
		got := map[string]Entry{}
		for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{Names: names}) {
			got[e.Term] = e
		}
		// Untagged, باريس is a word common in news and no entry; named, it is one.
		if e, ok := got["باريس"]; names != nil && (!ok || e.Frequency != 4) {
			t.Errorf("باريس: %+v, entries %v", e, got)
		}
		if e, ok := got["لاعب التنس"]; !ok || e.Frequency != 4 {
			t.Errorf("لاعب التنس: %+v", e)
		}
		for _, bad := range []string{"اريس", "اعب التنس"} {
			if e, ok := got[bad]; ok && e.Frequency > 1 {
				t.Errorf("%s took the occurrences of the whole word: %+v", bad, e)
			}
		}
	}
}

// TestNamesWithStopwords: the stopword list holds name particles (بن, أبو, فان) and words that
// are names or parts of them too (بان, ريال, جمعة, علي: also على as ANERcorp spells it, برس of
// فرانس برس); a tagged name keeps them, a particle never ends a name, and terms still stop at
// them.
func TestNamesWithStopwords(t *testing.T) {
	text := "وصل الوفد إلى بن قردان. قال أبو الغيط إن بان كي مون زار ريال مدريد مع عبدالسلام جمعة. " +
		"وقال عبدالله بن في المؤتمر. وأضاف عبدالله بن أن الوفد وصل. زار الوفد بن عروس. زار الوفد بن عروس. وأقام ببن قردان. " +
		"واستقبل الشيخ تميم بن حمد آل ثاني الوفد. وحكم بطليموس الثاني مصر. وفي عام عشر بطليموس الثاني. " +
		"وقالت ال بي بي سي ذلك. وقرأ الجزأين الأول. وصل الوفد إلى بال. وروى علي بن أبي طالب الحديث. وسجل فان نيستلروي هدفا. وبحسب الصحيفة فإن ليونيل ميسي غاب. وحذر على بن قردان. واستقبل الملك عبدالله الثاني الوفد. وقال لوكالة فرانس برس إنه غادر."
	names := fixtureNames(map[string]string{"علي بن أبي طالب": "PERS", "فان نيستلروي": "PERS", "فإن ليونيل ميسي": "PERS", "على بن قردان": "LOC", "عبدالله الثاني": "PERS", "فرانس برس": "ORG", "بن قردان": "LOC", "ببن قردان": "LOC", "أبو الغيط": "PERS", "بان كي مون": "PERS",
		"ريال مدريد": "ORG", "عبدالسلام جمعة": "PERS", "عبدالله بن": "PERS", "تميم بن حمد آل ثاني": "PERS",
		"بطليموس الثاني": "PERS", "عشر بطليموس الثاني": "PERS", "ال بي بي سي": "ORG", "الجزأين الأول": "PERS", "بال": "LOC"})
	got := map[string]Entry{}
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: names})
	for _, e := range entries {
		got[e.Term] = e
	}
	for term, kind := range map[string]string{"بن قردان": "LOC", "أبو الغيط": "PERS", "بان كي مون": "PERS",
		"ريال مدريد": "ORG", "عبدالسلام جمعة": "PERS", "عبدالله": "PERS", "تميم بن حمد آل ثاني": "PERS",
		"بطليموس الثاني": "PERS", "بي بي سي": "ORG", "بال": "LOC", "علي بن أبي طالب": "PERS", "فان نيستلروي": "PERS", "ليونيل ميسي": "PERS", "عبدالله الثاني": "PERS",
		"فرانس برس": "ORG"} {
		if e, ok := got[term]; !ok || e.Kind != kind {
			t.Errorf("%s: %+v, entries %v", term, e, terms(entries))
		}
	}
	if e := got["بن قردان"]; e.Frequency != 3 {
		t.Errorf("ببن قردان and على بن قردان not under بن قردان: %+v", e)
	}
	for _, bad := range []string{"قردان", "الغيط", "كي مون", "مدريد", "عبدالله بن", "بن عروس", "ببن قردان", "تميم بن حمد", "بطليموس",
		"عشر بطليموس الثاني", "ال بي بي سي", "الجزأين الأول", "بن أبي طالب", "نيستلروي", "فإن ليونيل ميسي", "على بن قردان", "فرانس"} {
		if _, ok := got[bad]; ok {
			t.Errorf("entry %q", bad)
		}
	}
	checkShape(t, entries)
}

// TestUmmNames: أم (normalised ام, "or") begins names of places and people (أم درمان, أم
// القرى, أم كلثوم) and stays in them where the tagger named it; after a letter name it is the
// letter M of FM and is trimmed (الجوهرة أف أم, then the reporter's name).
func TestUmmNames(t *testing.T) {
	checkNamedEntries(t, "وصل الوفد إلى أم درمان. وزار الوفد جامعة أم القرى. وقال لمراسل الجوهرة أف أم ماهر الصغير ذلك. وغنت أم كلثوم.",
		map[string]string{"أم درمان": "LOC", "أم القرى": "LOC", "أم ماهر الصغير": "PERS", "أم كلثوم": "PERS"},
		map[string]string{"أم درمان": "LOC", "أم القرى": "LOC", "ماهر الصغير": "PERS", "أم كلثوم": "PERS"},
		[]string{"درمان", "القرى", "كلثوم", "أم ماهر الصغير"})
}

// TestAcronymNames: a name spelt in letter names keeps its letters, which are also function
// words (إل is ال, أم "or"): إل جي, not جي. Two letters alone name only an organisation (كي
// جي, a phone model, goes), and one letter alone nothing. After a radio's أف أم the words
// news knows are not the radio's (الجوهرة أف أم | بجربة), and ال as written is the article
// (ال بي بي سي).
func TestAcronymNames(t *testing.T) {
	checkNamedEntries(t, "طرحت شركة « إل جي » هاتفا. وقال مراسل الجوهرة أف أم بجربة ذلك. وقالت ال بي بي سي ذلك. "+
		"وأطلقت « كي جي » هاتفا. وانتشرت حواسيب اي بي ام المنزلية. ونقلت سي الخبر. ونقلت سي الخبر. ونقلت سي الخبر.",
		map[string]string{"إل جي": "ORG", "أف أم بجربة": "ORG", "ال بي بي سي": "ORG", "كي جي": "MISC", "اي بي ام": "MISC", "سي": "ORG"},
		map[string]string{"إل جي": "ORG", "بي بي سي": "ORG", "اي بي ام": "MISC"},
		[]string{"جي", "كي جي", "أف أم بجربة", "ال بي بي سي", "اي بي", "سي"})
}

// TestFutureMarkerNouns: a word the key reads as the future marker س before a noun is a word
// of its own (arabic.SinOfTheWord): سنار is not النار, and وسامراء is و + سامراء.
func TestFutureMarkerNouns(t *testing.T) {
	text := "غرقت القرى في ولاية سنار. ووصلت المياه إلى سنار. وأشعلوا النار. وأطفأوا النار. وزار الوفد سامراء ثم تكريت وسامراء."
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: fixtureNames(map[string]string{"سنار": "LOC", "سامراء": "LOC"})})
	got := map[string]Entry{}
	for _, e := range entries {
		got[e.Term] = e
	}
	if e := got["سنار"]; e.Kind != "LOC" || e.Frequency != 2 {
		t.Errorf("سنار: %+v, entries %v", e, terms(entries))
	}
	if e := got["سامراء"]; e.Kind != "LOC" || e.Frequency != 2 || len(e.Forms) != 1 {
		t.Errorf("سامراء: %+v, entries %v", e, terms(entries))
	}
	checkShape(t, entries)
	// Untagged, three times: no common word, though the background counted it as نار.
	entries = Build([]Doc{{Name: "t", Text: text + " وعاد الوفد من سنار."}}, Options{})
	if !slices.ContainsFunc(entries, func(e Entry) bool { return e.Term == "سنار" && e.Frequency == 3 }) {
		t.Errorf("untagged سنار not listed: %v", terms(entries))
	}
}

// TestNameWithCountryAdjective: an organisation's name the tagger found, followed each time
// by its country's adjective, is listed without it, though the longer phrase begins with an
// institution (جامعة).
func TestNameWithCountryAdjective(t *testing.T) {
	checkNamedEntries(t, "وقعت جامعة ريكو اليابانية اتفاقا. وقال رئيس جامعة ريكو اليابانية إن الاتفاق مهم.",
		map[string]string{"جامعة ريكو": "ORG"},
		map[string]string{"جامعة ريكو": "ORG"},
		[]string{"جامعة ريكو اليابانية", "ريكو"})
}

// TestParticleBehindConjunction: a name the tagger began at a particle behind the conjunction
// (وابو حميد, وآل ثاني) is the particle's name, which the stopword list holds whole.
func TestParticleBehindConjunction(t *testing.T) {
	checkNamedEntries(t, "قال أبو حميد إنه غادر. وأنذر الجيش عائلتي منصور وابو حميد بالهاتف. وزار الوفد وآل ثاني الدوحة.",
		map[string]string{"وابو حميد": "PERS", "أبو حميد": "PERS", "وآل ثاني": "PERS"},
		map[string]string{"أبو حميد": "PERS", "آل ثاني": "PERS"},
		[]string{"حميد", "ثاني"})
}

// TestPlaceKnownWhole: a place's name the tagger found only as the first word of a longer
// place the name lexicon knows (أميركا of أميركا اللاتينية, a spelling the lexicon writes
// أمريكا) is listed as the longer place, with its kind; a place that also occurs alone stays
// (روسيا).
func TestPlaceKnownWhole(t *testing.T) {
	checkNamedEntries(t, "زار الرئيس أميركا اللاتينية أمس. وقال إن أميركا اللاتينية مهمة. "+
		"وزار روسيا البيضاء. ثم زار روسيا البيضاء. وعاد إلى روسيا. وتحدث عن روسيا.",
		map[string]string{"أميركا": "LOC", "روسيا": "LOC"},
		map[string]string{"أميركا اللاتينية": "LOC", "روسيا": "LOC"},
		[]string{"أميركا"})
}

// TestGivenNameAlone: a given name the tagger named alone once, whose other places begin
// other persons' names, is no entry (حسن); a family name alone is the person's short name
// (عباس of محمود عباس, though it also begins عباس زكي).
func TestGivenNameAlone(t *testing.T) {
	text := "قال حسن نصر الله إن الوضع صعب. وقال الشاعر حسن الترابي ذلك. ورد حسن بقوة. وعاد حسن الترابي. " +
		"والتقى محمود عباس بالوفد. وقال عباس زكي إن عباس سيعود. وأكد عباس زكي ذلك."
	tagged := personTagger("حسن نصر الله", "حسن الترابي", "محمود عباس", "عباس زكي", "حسن", "عباس")
	got := map[string]Entry{}
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: tagged})
	for _, e := range entries {
		got[e.Term] = e
	}
	for _, term := range []string{"حسن الترابي", "محمود عباس", "عباس زكي"} {
		if got[term].Kind != "PERS" {
			t.Errorf("%s: %+v, entries %v", term, got[term], terms(entries))
		}
	}
	if _, ok := got["حسن"]; ok {
		t.Errorf("حسن listed: %v", terms(entries))
	}
	if e, ok := got["عباس"]; ok && e.Kind != "PERS" {
		t.Errorf("عباس: %+v", e)
	}
	if e := got["محمود عباس"]; !slices.ContainsFunc(e.Forms, func(f Form) bool { return f.Text == "عباس" }) && got["عباس"].Kind != "PERS" {
		t.Errorf("عباس alone is neither محمود عباس's short form nor listed: %v", terms(entries))
	}
}

// personTagger returns a tagger that names persons the names, each place once, the longest
// name at a place (a name listed before the names inside it).
func personTagger(names ...string) func(string) []span.Entity {
	return func(text string) []span.Entity {
		var out []span.Entity
		var toks []arabic.Token
		for _, tk := range arabic.Tokens(text) {
			if tk.Kind == arabic.Word {
				toks = append(toks, tk)
			}
		}
		for i := 0; i < len(toks); i++ {
			for _, name := range names {
				parts := strings.Fields(name)
				if i+len(parts) <= len(toks) && !slices.ContainsFunc(parts, func(p string) bool {
					k := slices.Index(parts, p)
					return arabic.StripProclitics(toks[i+k].Text) != p && toks[i+k].Text != p
				}) {
					out = append(out, span.Entity{Start: toks[i].Start, End: toks[i+len(parts)-1].End, Type: "PERS"})
					i += len(parts) - 1
					break
				}
			}
		}
		return out
	}
}

// TestFamilyNameAlone: a family name that ends two persons' names and that the tagger named
// alone at two places is a person, though most of its places lie inside the longer names
// (ترامب of دونالد ترامب and إيفانكا ترامب); a word that begins persons' names, a given name,
// is not (محمد of محمد علي and محمد حسن, named alone twice).
func TestFamilyNameAlone(t *testing.T) {
	text := strings.Repeat("قال دونالد ترامب إن الاتفاق جيد. ", 4) + strings.Repeat("وقالت إيفانكا ترامب ذلك. ", 3) +
		"ورد ترامب بقوة. وأكد ترامب موقفه. " + strings.Repeat("وزار محمد علي المدينة. وعاد محمد حسن. ", 4) +
		"وقال محمد ذلك. ورد محمد بقوة. " + strings.Repeat("قال راشد الغنوشي ذلك. وقالت سمية الغنوشي ذلك. ", 4) +
		"ورد الغنوشي بقوة. وأكد الغنوشي موقفه."
	tagged := personTagger("دونالد ترامب", "إيفانكا ترامب", "محمد علي", "محمد حسن", "راشد الغنوشي", "سمية الغنوشي",
		"ترامب", "محمد", "الغنوشي")
	got := map[string]Entry{}
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: tagged})
	for _, e := range entries {
		got[e.Term] = e
	}
	for _, name := range []string{"ترامب", "الغنوشي"} {
		if got[name].Kind != "PERS" {
			t.Errorf("%s: %+v, entries %v", name, got[name], terms(entries))
		}
	}
	if e, ok := got["محمد"]; ok && e.Kind == "PERS" {
		t.Errorf("محمد: %+v", e)
	}
}

// TestStopwordKeysWithArticle: a noun or adjective whose key the stopword list holds is a word
// of terms with the article — الأمين (the key of آمين, "amen") in الأمين العام; العامة and
// الخاص, which end terms and never begin one (الجمعية العامة, القطاع الخاص) — but never a term
// alone, and days, dates and counts stay function words (العام الماضي, السنة الماضية, الأحد).
func TestStopwordKeysWithArticle(t *testing.T) {
	checkNamedEntries(t, "قال الأمين العام إن الجمعية العامة ستجتمع الأحد المقبل. وأكد الأمين العام أن الجمعية العامة مهمة. "+
		"وطالب القطاع الخاص بالدعم. ونما القطاع الخاص العام الماضي. وزاد العام الماضي الإنفاق. "+
		"وتراجع في السنة الماضية. ثم عاد في السنة الماضية. وقال الأمين ذلك. ورد الأمين عليه. وغاب الأمين.",
		nil,
		map[string]string{"الأمين العام": KindTerm, "الجمعية العامة": KindTerm, "القطاع الخاص": KindTerm},
		[]string{"العام", "العامة", "الخاص", "الأمين", "العام الماضي", "الخاص العام", "السنة الماضية", "الأحد المقبل"})
}

// TestQuotedOutlet: an organisation's name that fills a quotation keeps its function words
// (ذا, The), as a quoted title does.
// (checkShape's rule against edge stopwords is for names as the tagger cuts them.)
func TestQuotedOutlet(t *testing.T) {
	text := `ذكرت صحيفة " ذا صن " أن الفريق سيغادر. وقالت صحيفة " ذا صن " إن المدرب باق.`
	got := map[string]string{}
	for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{Names: fixtureNames(map[string]string{"ذا صن": "ORG"})}) {
		got[e.Term] = e.Kind
	}
	if got["ذا صن"] != "ORG" || got["صن"] != "" {
		t.Errorf("ذا صن %q, صن %q: %v", got["ذا صن"], got["صن"], got)
	}
}

// checkNamedEntries builds the glossary of text with the tagger's names tagged (phrase →
// type) and checks that want's entries are listed with their kinds and bad's are not.
func checkNamedEntries(t *testing.T, text string, tagged, want map[string]string, bad []string) {
	t.Helper()
	got := map[string]Entry{}
	entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: fixtureNames(tagged)})
	for _, e := range entries {
		got[e.Term] = e
	}
	for term, kind := range want {
		if e, ok := got[term]; !ok || e.Kind != kind {
			t.Errorf("%s: %+v, entries %v", term, e, terms(entries))
		}
	}
	for _, b := range bad {
		if _, ok := got[b]; ok {
			t.Errorf("entry %q, entries %v", b, terms(entries))
		}
	}
	checkShape(t, entries)
}

// TestUntaggedSingleWords: without a tag, a single word without the article needs three
// occurrences, or two spellings (the adjective of a transliterated name with its long vowel
// moved, أريزوني/أرزيوني, when the text names أريزونا). Without names, a vowel letter is no
// evidence of one word.
func TestUntaggedSingleWords(t *testing.T) {
	text := "زار الوفد أريزونا. زار الوفد أريزونا. وفد أريزوني. وفد أرزيوني. غنت المطربة. غنت الفرقة. " +
		"ذهب إلى ليون. عاد من ليون. بقي في ليون."
	for _, names := range []func(string) []span.Entity{nil, fixtureNames(map[string]string{"أريزونا": "LOC"})} {
		got := map[string]bool{}
		for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{Names: names}) {
			got[e.Term] = true
		}
		if adjective := got["أريزوني"] || got["أرزيوني"]; adjective != (names != nil) {
			t.Errorf("أريزوني/أرزيوني (two spellings, twice) kept %v with names %v", adjective, names != nil)
		}
		if got["غنت"] {
			t.Error("غنت (twice, one spelling) kept")
		}
		if !got["ليون"] {
			t.Error("ليون (three times) dropped")
		}
	}
}

// TestFinalAlef: a final ى written ا merges (الموسيقى/الموسيقا) only where the text wrote ى;
// أمريكا and أمريكي stay apart.
func TestFinalAlef(t *testing.T) {
	text := "تحب الموسيقى. تعزف الموسيقى. تسمع الموسيقا. أمريكا بلد. أمريكا كبيرة. زرت أمريكا. " +
		"الشعب أمريكي. هو أمريكي. رجل أمريكي."
	forms := map[string]int{}
	for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{}) {
		forms[e.Term] = len(e.Forms)
	}
	if forms["الموسيقى"] != 2 {
		t.Errorf("الموسيقى/الموسيقا not merged: %v", forms)
	}
	if forms["أمريكا"] != 1 || forms["أمريكي"] > 1 {
		t.Errorf("أمريكا merged with أمريكي: %v", forms)
	}
	// Egyptian spelling writes the nisba الفرنسي as الفرنسى; the text has الفرنسية too.
	text = "زار فرنسا. عاد من فرنسا. الوفد الفرنسى وصل. الرئيس الفرنسى قال. الحكومة الفرنسية."
	for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{}) {
		if e.Term == "فرنسا" && len(e.Forms) != 1 {
			t.Errorf("فرنسا merged with the adjective الفرنسى: %+v", e.Forms)
		}
	}
	// A word the text writes with ي more often than with ى is not a word in ى.
	text = "المصوري الأول. المصوري الثاني. المصوري الثالث. المصورى. مصورا. مصورا."
	for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{}) {
		for _, f := range e.Forms {
			if f.Text == "مصورا" && e.Frequency != 2 {
				t.Errorf("مصورا merged with المصوري: %+v", e.Forms)
			}
		}
	}
}

// TestLongContext: a sentence without punctuation is cut around the term for the context.
func TestLongContext(t *testing.T) {
	filler := strings.Repeat("كلام عادي هنا ", 200)
	text := filler + "التعاون العسكري مهم " + filler + "التعاون العسكري مستمر"
	for _, e := range Build([]Doc{{Name: "t", Text: text}}, Options{}) {
		if e.Term != "التعاون العسكري" {
			continue
		}
		if len(e.Context) > maxContext+20 || !strings.Contains(e.Context, "التعاون العسكري مهم") ||
			!strings.HasPrefix(e.Context, "… ") || !strings.HasSuffix(e.Context, " …") {
			t.Errorf("context %d bytes: %q", len(e.Context), e.Context)
		}
		return
	}
	t.Error("no entry التعاون العسكري")
}

func terms(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Term
	}
	return out
}

func TestOptions(t *testing.T) {
	doc := readSeed(t)
	all := Build([]Doc{doc}, Options{Names: fixtureNames(seedNames), MinFreq: 1})
	top := Build([]Doc{doc}, Options{Names: fixtureNames(seedNames), MinFreq: 1, Top: 5})
	if len(top) != 5 {
		t.Fatalf("--top 5 gave %d entries", len(top))
	}
	for i := range top {
		if top[i].Term != all[i].Term {
			t.Errorf("top[%d] = %q, all[%d] = %q", i, top[i].Term, i, all[i].Term)
		}
	}
	for _, e := range Build([]Doc{doc}, Options{Names: fixtureNames(seedNames), MinFreq: 3}) {
		if e.Frequency < 3 {
			t.Errorf("--min-freq 3 kept %q (%d)", e.Term, e.Frequency)
		}
	}
	for i := 1; i < len(all); i++ {
		if all[i].Score > all[i-1].Score {
			t.Errorf("not sorted by score at %d", i)
		}
	}
	if len(Build(nil, Options{})) != 0 || len(Build([]Doc{{Name: "e", Text: ""}}, Options{})) != 0 {
		t.Error("empty input gave entries")
	}
}

// stubBackground gives one word a low IDF, as a background corpus does for common words.
type stubBackground map[string]float64

func (b stubBackground) IDF(term string) float64 {
	if v, ok := b[term]; ok {
		return v
	}
	return 5
}

func TestBackground(t *testing.T) {
	doc := readSeed(t)
	plain := Build([]Doc{doc}, Options{NoBackground: true})
	rank := func(es []Entry, term string) int {
		for i, e := range es {
			if e.Term == term {
				return i
			}
		}
		return len(es) // dropped: a single word common in news is no term
	}
	common := arabic.Stem(arabic.Normalize("المناقشات"))
	weighted := Build([]Doc{doc}, Options{Background: stubBackground{common: 0.1}})
	if r0, r1 := rank(plain, "المناقشات"), rank(weighted, "المناقشات"); r0 < 0 || r1 <= r0 {
		t.Errorf("a common word did not fall with a background: rank %d → %d", r0, r1)
	}
}

// TestBackgroundTable: the embedded news background loads and tells common words from rare
// ones, and moves a word news uses everywhere (الدفاعية) down the seed's glossary and a
// name (البنتاغون) up.
func TestBackgroundTable(t *testing.T) {
	term := func(w string) string { t, _ := idf.Term(arabic.Tokens(w)[0]); return t }
	common, rare := defaultIDF(term("الحكومة")), defaultIDF(term("البنتاغون"))
	unseen := defaultIDF("كلمةغيرموجودة")
	if backgroundDocs < 1000 || len(backgroundDF) < 1000 {
		t.Fatalf("background: %v documents, %d keys", backgroundDocs, len(backgroundDF))
	}
	if !(common < rare && rare <= unseen) {
		t.Errorf("IDF الحكومة %.2f, البنتاغون %.2f, unseen %.2f", common, rare, unseen)
	}
	doc := readSeed(t)
	rank := func(es []Entry, term string) int {
		for i, e := range es {
			if e.Term == term {
				return i
			}
		}
		return len(es)
	}
	plain := Build([]Doc{doc}, Options{NoBackground: true})
	weighted := Build([]Doc{doc}, Options{})
	if r0, r1 := rank(plain, "الدفاعية"), rank(weighted, "الدفاعية"); r1 <= r0 {
		t.Errorf("الدفاعية did not fall with the background: %d → %d", r0, r1)
	}
	if r0, r1 := rank(plain, "البنتاغون"), rank(weighted, "البنتاغون"); r1 >= r0 {
		t.Errorf("البنتاغون did not rise with the background: %d → %d", r0, r1)
	}
}

func TestPerFileCounts(t *testing.T) {
	docs := []Doc{{Name: "a.txt", Text: "زار الكويت. ثم الكويت."}, {Name: "b.txt", Text: "وفي الكويت."}}
	entries := Build(docs, Options{Names: fixtureNames(map[string]string{"الكويت": "LOC"})})
	if len(entries) != 1 {
		t.Fatalf("entries %v", terms(entries))
	}
	e := entries[0]
	if e.Frequency != 3 || len(e.Files) != 2 || e.Files[0] != (FileCount{"a.txt", 2}) || e.Files[1] != (FileCount{"b.txt", 1}) {
		t.Errorf("files %+v", e)
	}
	if e.FirstFile != "a.txt" || e.FirstSentence != 1 || e.Context != "زار الكويت." || e.Kind != "LOC" {
		t.Errorf("first %+v", e)
	}
}

func TestSurfaceStripping(t *testing.T) {
	tests := []struct{ word, want string }{
		{"والشراكات", "الشراكات"},
		{"للكويت", "الكويت"},
		{"وَالكُوَيْت", "الكُوَيْت"},
		{"بالإستراتيجية", "الإستراتيجية"},
		{"وأميركا", "أميركا"},
		{"لبنان", "لبنان"},
	}
	for _, tt := range tests {
		ws := analyse(tt.word)
		if len(ws) != 1 || ws[0].display != tt.want {
			t.Errorf("%s: display %q, want %q", tt.word, ws[0].display, tt.want)
		}
	}
}

func goldenCompare(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test ./glossary -update and review the diff\n--- got ---\n%s", path, got)
	}
}

// FuzzBuild: any text gives a glossary that keeps the invariants of checkShape, whose spans
// come from the text, and whose first sentence holds the term's first occurrence.
func FuzzBuild(f *testing.F) {
	f.Add("والشراكات الإستراتيجية بين الكويت وأميركا. الشراكات الاستراتيجية مع أمريكا.")
	f.Add("للكويت ل ال و\u0640\u064e الكويت\u200f. كين كين لعاصي عاصي")
	f.Add("\xff\xfeال\u0651\u064b و\n\nوَ")
	f.Fuzz(func(t *testing.T, text string) {
		names := func(s string) []span.Entity {
			// Tag every second word, with odd spans, as a careless tagger would.
			var out []span.Entity
			for i, tok := range arabic.Tokens(s) {
				if i%2 == 0 {
					out = append(out, span.Entity{Start: tok.Start, End: tok.End, Type: "PERS"})
				}
			}
			out = append(out, span.Entity{Start: -3, End: 2, Type: "LOC"}, span.Entity{Start: len(s), End: len(s) + 5, Type: "ORG"})
			return out
		}
		for _, opts := range []Options{{MinFreq: 1}, {Names: names}} {
			entries := Build([]Doc{{Name: "f", Text: text}}, opts)
			checkShape(t, entries)
			for _, e := range entries {
				if e.FirstSentence < 1 || e.Context == "" {
					t.Errorf("%q: first sentence %d, context %q", e.Term, e.FirstSentence, e.Context)
				}
			}
		}
	})
}

// checkNotInside reports an entry whose occurrences all lie inside the occurrences of one
// longer entry (issue 18: such a fragment is part of the longer entry, not a term of its own).
func checkNotInside(t *testing.T, name string, entries []Entry) {
	t.Helper()
	type span struct{ doc, from int32 }
	holders := map[span][]int{} // entries by the start of each occurrence
	for i, e := range entries {
		for _, o := range e.places {
			holders[span{o.doc, o.from}] = append(holders[span{o.doc, o.from}], i)
		}
	}
	contains := func(l Entry, o occurrence) bool {
		for _, p := range l.places {
			if p.doc == o.doc && p.from <= o.from && o.end() <= p.end() && (p.from < o.from || o.end() < p.end()) {
				return true
			}
		}
		return false
	}
	for i, e := range entries {
		first := e.places[0]
		cands := map[int]bool{}
		for s := first.from; s >= 0 && s >= first.from-maxNameWords; s-- {
			for _, j := range holders[span{first.doc, s}] {
				if j != i && contains(entries[j], first) {
					cands[j] = true
				}
			}
		}
		for j := range cands {
			all := true
			for _, o := range e.places[1:] {
				if !contains(entries[j], o) {
					all = false
					break
				}
			}
			if all {
				t.Errorf("%s: %q (%s, %d) lies inside %q (%s)", name, e.Term, e.Kind, e.Frequency, entries[j].Term, entries[j].Kind)
			}
		}
	}
}

// TestRealArticles keeps the glossary invariants on the EASC dev articles (skipped without
// ../shared): real news holds the clitic, variant and stopword cases the tables cannot list.
func TestRealArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "easc-dev", "articles", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/data/easc-dev not present")
	}
	var docs []Doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, Doc{Name: filepath.Base(f), Text: string(data)})
		checkShape(t, Build(docs[len(docs)-1:], Options{MinFreq: 1}))
		one := Build(docs[len(docs)-1:], Options{})
		checkShape(t, one)
		checkNotInside(t, filepath.Base(f), one)
	}
	all := Build(docs, Options{})
	checkShape(t, all)
	if len(all) < 100 {
		t.Errorf("%d entries over %d articles", len(all), len(docs))
	}
}

// TestCachedAnalysis: a word's analysis is the same from the cache (analyseWord, which takes a
// word the second time it is met) as analysed afresh (newWord).
func TestCachedAnalysis(t *testing.T) {
	text := readSeed(t).Text
	for range 3 { // the second and third rounds read the cached words
		for _, w := range analyse(text) {
			if w.tok.Kind != arabic.Word {
				continue
			}
			fresh := newWord(w.tok.Text)
			fresh.tok = w.tok
			if w != fresh {
				t.Fatalf("%s: cached %+v, analysed %+v", w.tok.Text, w, fresh)
			}
		}
	}
	if analysedWords.Len() == 0 {
		t.Error("no word cached")
	}
}

// TestNoFileCounts: with NoFileCounts, a corpus of more than MaxFileColumns documents has
// entries without Files and otherwise the same; a smaller one keeps them.
func TestNoFileCounts(t *testing.T) {
	seed := readSeed(t)
	sentences := strings.SplitAfter(seed.Text, ".")
	for _, n := range []int{MaxFileColumns, MaxFileColumns + 1} {
		var docs []Doc
		for i := range n {
			docs = append(docs, Doc{Name: fmt.Sprint("doc", i), Text: sentences[i%len(sentences)] + " " + seed.Text[:200]})
		}
		want := Build(docs, Options{})
		got := Build(docs, Options{NoFileCounts: true})
		if len(got) == 0 || len(got) != len(want) {
			t.Fatalf("%d documents: %d entries, want %d", n, len(got), len(want))
		}
		for i := range want {
			if n > MaxFileColumns {
				if got[i].Files != nil {
					t.Fatalf("%d documents: %s has its file counts", n, got[i].Term)
				}
				want[i].Files = nil
			}
			want[i].places, got[i].places = nil, nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d documents: the entries differ beyond their file counts", n)
		}
	}
}

// TestVerbForm: a verb is known by its other forms in news (the imperfect's he/she twin, the
// past's he-form and its imperfect); nouns of the patterns تفعيل and تفاعل, nouns in ت, and
// names are not verbs.
func TestVerbForm(t *testing.T) {
	for w, want := range map[string]bool{
		"يوجد": true, "تحتوي": true, "يستعمل": true, "تقام": true, "تتحول": true, "ينتشر": true,
		"ضربت": true, "وقعت": true, "طالبت": true,
		"تصميم": false, "تخزين": false, "تفاعل": false, // nouns: no يصميم
		"ثبوت": false, "بيت": false, "صوت": false, "مستعمرات": false, // nouns in ت
		"تونس": false, "يونس": false, "يحيى": false, "ترامب": false, "بيروت": false, // names
		"السياسة": false, "يد": false,
	} {
		if got := verbForm(w); got != want {
			t.Errorf("verbForm(%s) = %v, want %v", w, got, want)
		}
	}
}

// TestClauseVerb: a phrase that begins with a verb is a clause; one that begins with a form-V
// noun that is also a verb (تغير, تحرك) is a term.
func TestClauseVerb(t *testing.T) {
	for phrase, want := range map[string]bool{
		"تجدر الإشارة":          false, // تجدر may be a noun by its shape: left alone
		"تمكنت الوحدات الأمنية": true, "يتم الإعلان": true, "تتراوح الحرارة القصوى": true,
		"ذكرت صحيفة": true, "قامت الشركة": true,
		"تغير المناخ": false, "تحرك الصفائح": false, "رئيس الحكومة": false, "بيت الحكمة": false,
		"يونس محمود": false,
	} {
		if got := clauseVerb(phrase); got != want {
			t.Errorf("clauseVerb(%s) = %v, want %v", phrase, got, want)
		}
	}
}
