package arabic

import "testing"

// clitic cases are real words from news text. Traps are words that merely begin (or end) with
// clitic letters and must stay whole. unresolved marks a case the frequency guard gets wrong,
// with the reason; the test reports those instead of special-casing them, and fails if any
// other case breaks.
var cliticCases = []struct {
	word                 string // raw spelling
	prefix, stem, suffix string // expected split of Normalize(word)
	trap                 bool
	unresolved           string
}{
	// Traps: proclitic letters that belong to the word.
	{word: "والد", stem: "والد", trap: true},
	{word: "وزير", stem: "وزير", trap: true},
	{word: "وطن", stem: "وطن", trap: true},
	{word: "ولد", stem: "ولد", trap: true},
	{word: "وقت", stem: "وقت", trap: true},
	{word: "وحدة", stem: "وحده", trap: true},
	{word: "وزارة", stem: "وزاره", trap: true},
	{word: "واشنطن", stem: "واشنطن", trap: true},
	{word: "وكالة", stem: "وكاله", trap: true},
	{word: "وكالات", stem: "وكالات", trap: true},
	{word: "والي", stem: "والي", trap: true,
		unresolved: "after alef folding والي (governor) is also وإلى (and to); the corpus has والي 362 times and الوالي only 61, so the conjunction reading wins"},
	{word: "فلسطين", stem: "فلسطين", trap: true},
	{word: "فرنسا", stem: "فرنسا", trap: true},
	{word: "فريق", stem: "فريق", trap: true},
	{word: "فكرة", stem: "فكره", trap: true},
	{word: "فندق", stem: "فندق", trap: true},
	{word: "بلد", stem: "بلد", trap: true},
	{word: "بنك", stem: "بنك", trap: true},
	{word: "بريطانيا", stem: "بريطانيا", trap: true},
	{word: "بحر", stem: "بحر", trap: true},
	{word: "بيروت", stem: "بيروت", trap: true},
	{word: "كتاب", stem: "كتاب", trap: true},
	{word: "كبير", stem: "كبير", trap: true},
	{word: "كرة", stem: "كره", trap: true},
	{word: "لبنان", stem: "لبنان", trap: true},
	{word: "ليبيا", stem: "ليبيا", trap: true},
	{word: "لجنة", stem: "لجنه", trap: true},
	{word: "لندن", stem: "لندن", trap: true},
	{word: "سوريا", stem: "سوريا", trap: true},
	{word: "سنة", stem: "سنه", trap: true},
	{word: "سياسة", stem: "سياسه", trap: true},
	{word: "الله", stem: "الله", trap: true},
	{word: "ألمانيا", stem: "المانيا", trap: true},
	{word: "ألعاب", stem: "العاب", trap: true},
	{word: "وافق", stem: "وافق", trap: true,
		unresolved: "verb وافق (agreed) vs و+أفق (and horizon): verbs take no article, so only the ratio test applies, and أفق is common enough"},
	{word: "وجد", stem: "وجد", trap: true},
	{word: "كين", stem: "كين", trap: true}, // the name Caine in the seed article
	{word: "وصل", stem: "وصل", trap: true},
	{word: "التقى", stem: "التقي", trap: true,
		unresolved: "form VIII verbs spelt الت… (التقى، التزم) look like article + noun, and the article is split without lexicon evidence"},
	{word: "فهم", stem: "فهم", trap: true,
		unresolved: "فهم (understanding) is also ف + هم (so they), a stopword form, and الفهم is too rare to outvote it"},
	// Traps at the end: letters that look like pronoun suffixes.
	{word: "كورونا", stem: "كورونا", trap: true},
	{word: "أحيانا", stem: "احيانا", trap: true},
	{word: "محاكم", stem: "محاكم", trap: true},
	{word: "تراكم", stem: "تراكم", trap: true},

	// Real clitics.
	{word: "والكويت", prefix: "وال", stem: "كويت"},
	{word: "بالكويت", prefix: "بال", stem: "كويت"},
	{word: "للكويت", prefix: "لل", stem: "كويت"},
	{word: "وللكويت", prefix: "ولل", stem: "كويت"},
	{word: "الكويت", prefix: "ال", stem: "كويت"},
	{word: "فالرئيس", prefix: "فال", stem: "رئيس"},
	{word: "فالحكومة", prefix: "فال", stem: "حكومه"},
	{word: "والدولة", prefix: "وال", stem: "دوله"},
	{word: "للدولة", prefix: "لل", stem: "دوله"},
	{word: "بالعربية", prefix: "بال", stem: "عربيه"},
	{word: "للأمن", prefix: "لل", stem: "امن"},
	{word: "والوطن", prefix: "وال", stem: "وطن"},
	{word: "وبالتالي", prefix: "وبال", stem: "تالي"},
	{word: "وسيقول", prefix: "وس", stem: "يقول"},
	{word: "سيقول", prefix: "س", stem: "يقول"},
	{word: "سنعمل", prefix: "س", stem: "نعمل"},
	{word: "ولبنان", prefix: "و", stem: "لبنان"},
	// ل before a word that begins with ل is written لل as ل + ال is: the host news knows decides.
	{word: "للجنة", prefix: "ل", stem: "لجنه"},
	{word: "للاجئين", prefix: "ل", stem: "لاجئين"},
	{word: "لليبيا", prefix: "ل", stem: "ليبيا"},
	{word: "للحكومة", prefix: "لل", stem: "حكومه"},
	// A pronoun suffix never follows the article: والدتها is والدة + ها, not و + ال + دتها.
	{word: "والدتها", prefix: "", stem: "والدت", suffix: "ها"},
	{word: "والدته", prefix: "", stem: "والدته"},
	{word: "بلبنان", prefix: "ب", stem: "لبنان"},
	{word: "وفلسطين", prefix: "و", stem: "فلسطين"},
	{word: "لفلسطين", prefix: "ل", stem: "فلسطين"},
	{word: "وبريطانيا", prefix: "و", stem: "بريطانيا"},
	{word: "وألمانيا", prefix: "و", stem: "المانيا"},
	{word: "ولندن", prefix: "و", stem: "لندن"},
	{word: "وسوريا", prefix: "و", stem: "سوريا"},
	{word: "لسوريا", prefix: "ل", stem: "سوريا"},
	{word: "بسوريا", prefix: "ب", stem: "سوريا"},
	{word: "بمصر", prefix: "ب", stem: "مصر"},
	{word: "كرئيس", prefix: "ك", stem: "رئيس"},
	{word: "بوزارة", prefix: "ب", stem: "وزاره"},
	{word: "لوزير", prefix: "ل", stem: "وزير"},
	{word: "ووزير", prefix: "و", stem: "وزير"},
	{word: "لبلد", prefix: "ل", stem: "بلد"},
	{word: "وكتاب", prefix: "و", stem: "كتاب"},
	{word: "وواشنطن", prefix: "و", stem: "واشنطن"},
	{word: "بالله", prefix: "ب", stem: "الله"},
	{word: "فقال", prefix: "ف", stem: "قال"},
	{word: "بما", prefix: "ب", stem: "ما"},
	{word: "ستحدد", prefix: "س", stem: "تحدد"},
	{word: "وتعزيز", prefix: "و", stem: "تعزيز"},
	{word: "لتعزيز", prefix: "ل", stem: "تعزيز"},
	{word: "وعن", prefix: "و", stem: "عن"},
	{word: "وفي", stem: "وفي"}, // listed as a stopword in its own right
	{word: "كتابهم", stem: "كتاب", suffix: "هم"},
	{word: "بلدنا", stem: "بلد", suffix: "نا"},
	{word: "وطنهم", stem: "وطن", suffix: "هم"},
	{word: "وحكومتها", prefix: "و", stem: "حكومت", suffix: "ها"},
}

func TestSplitClitics(t *testing.T) {
	var traps, trapsOK, real, realOK int
	for _, c := range cliticCases {
		w := Normalize(c.word)
		p, s, x := SplitClitics(w)
		if p+s+x != w {
			t.Errorf("SplitClitics(%s) = %q+%q+%q, does not concatenate back", w, p, s, x)
		}
		ok := p == c.prefix && s == c.stem && x == c.suffix
		if c.trap {
			traps++
			if ok {
				trapsOK++
			}
		} else {
			real++
			if ok {
				realOK++
			}
		}
		switch {
		case !ok && c.unresolved == "":
			t.Errorf("SplitClitics(%s) = %q|%q|%q, want %q|%q|%q", c.word, p, s, x, c.prefix, c.stem, c.suffix)
		case !ok:
			t.Logf("known miss: %s → %q|%q|%q (%s)", c.word, p, s, x, c.unresolved)
		case c.unresolved != "":
			t.Logf("now resolved, drop the note: %s", c.word)
		}
	}
	t.Logf("clitic table: traps %d/%d kept whole, real clitics %d/%d split right", trapsOK, traps, realOK, real)
	if traps < 30 || traps+real < 60 {
		t.Errorf("table too small: %d traps, %d cases", traps, traps+real)
	}
}

func TestStripProclitics(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"والكويت", "الكويت"},
		{"للكويت", "الكويت"},
		{"بالكويت", "الكويت"},
		{"وسوريا", "سوريا"},
		{"الكويت", "الكويت"},
		{"والد", "والد"},
		{"لبنان", "لبنان"},
	} {
		if got := StripProclitics(Normalize(c.in)); got != c.want {
			t.Errorf("StripProclitics(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestKey(t *testing.T) {
	groups := [][]string{
		{"الكويت", "والكويت", "بالكويت", "للكويت", "كويت"},
		{"الپنتاغون", "البنتاغون", "«البنتاغون»"[len("«") : len("«البنتاغون»")-len("»")], "والبنتاغون"},
		{"الإستراتيجية", "الاستراتيجية", "الاستراتيجيّة", "والإستراتيجية"},
		{"لبنان", "ولبنان", "بلبنان"},
	}
	for _, g := range groups {
		want := Key(g[0])
		for _, w := range g[1:] {
			if got := Key(w); got != want {
				t.Errorf("Key(%s) = %s, want %s (as Key(%s))", w, got, want, g[0])
			}
		}
	}
	for _, pair := range [][2]string{{"والد", "الد"}, {"لبنان", "بنان"}, {"وطن", "طن"}} {
		if Key(pair[0]) == Key(pair[1]) {
			t.Errorf("Key(%s) == Key(%s) = %s", pair[0], pair[1], Key(pair[0]))
		}
	}
}

func TestSinOfTheWord(t *testing.T) {
	for w, want := range map[string]string{"سنار": "سنار", "وسنار": "سنار", "ساهم": "ساهم", "سامراء": "سامراء",
		"سيقول": "", "سنعمل": "", "ستقدم": "", "سأكون": "", "نار": "", "سياسة": ""} {
		got, ok := SinOfTheWord(Normalize(w))
		if ok != (want != "") || got != Normalize(want) {
			t.Errorf("SinOfTheWord(%s) = %q, %v; want %q", w, got, ok, want)
		}
	}
}
