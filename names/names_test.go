package names

import "testing"

func TestLookup(t *testing.T) {
	for _, tc := range []struct{ ar, en string }{
		{"الرياض", "Riyadh"}, {"جدة", "Jeddah"}, {"مكة", "Mecca"}, {"لندن", "London"},
		{"القاهرة", "Cairo"}, {"واشنطن", "Washington"}, {"بواشنطن", "Washington"},
		{"بريطانيا", "Britain"}, {"أنتيغوا وباربودا", "Antigua and Barbuda"},
		{"الكيني", "Kenyan"}, {"الكينية", "Kenyan"}, {"الكينيون", "Kenyan"},
		{"جون كيري", "John Kerry"}, {"ديفيد كاميرون", "David Cameron"},
		{"بشار الأسد", "Bashar al-Assad"}, {"باراك أوباما", "Barack Obama"},
		{"وروتردام", "Rotterdam"}, // a clitic arabic.Key keeps on an unknown word
		{"جمهورية قبرص", "Republic of Cyprus"}, {"ولاية كاليفورنيا", "California"},
		// GeoNames' city, not its province row (Banzart, Tawzar, An Najaf, Grad Skopje).
		{"بنزرت", "Bizerte"}, {"توزر", "Tozeur"}, {"النجف", "Najaf"}, {"إسكوبية", "Skopje"},
	} {
		m, ok := Lookup(tc.ar)
		if !ok || m.English != tc.en {
			t.Errorf("Lookup(%s) = %q (%s), want %q", tc.ar, m.English, m.Source, tc.en)
		}
	}
}

// A foreign name that begins with ف is not ف + a name (فرانس is not Reims, رانس).
func TestLookupNoConjunctionF(t *testing.T) {
	for ar, wrong := range map[string]string{"فرانس": "Reims", "الفرات": "Pratt", "فايكينغ": "Ekeng"} {
		if m, ok := Lookup(ar); ok && m.English == wrong {
			t.Errorf("Lookup(%s) = %q", ar, m.English)
		}
	}
}

// A country named as its capital has the capital as its alternative, but not in a headed
// name (جمهورية تونس is the country) and not for a name that has no such capital.
func TestLookupAlso(t *testing.T) {
	for _, tc := range []struct{ ar, en, also string }{
		{"عمان", "Oman", "Amman"}, {"بعمان", "Oman", "Amman"}, {"عمّان", "Oman", "Amman"},
		{"تونس", "Tunisia", "Tunis"}, {"الجزائر", "Algeria", "Algiers"},
		{"جمهورية تونس", "Republic of Tunisia", ""}, {"الأردن", "Jordan", ""}, {"الرياض", "Riyadh", ""},
	} {
		m, ok := Lookup(tc.ar)
		if !ok || m.English != tc.en || m.Also != tc.also {
			t.Errorf("Lookup(%s) = %q also %q, want %q also %q", tc.ar, m.English, m.Also, tc.en, tc.also)
		}
	}
}

func TestCompose(t *testing.T) {
	for _, tc := range []struct{ ar, en string }{
		{"أوباما", "Obama"}, {"جون كيري", "John Kerry"}, {"كاميرون", "Cameron"},
	} {
		m, ok := Compose(tc.ar)
		if !ok || m.English != tc.en {
			t.Errorf("Compose(%s) = %q, want %q", tc.ar, m.English, tc.en)
		}
	}
}

func TestIsLetterName(t *testing.T) {
	for word, want := range map[string]bool{"أف": true, "إف": true, "اف": true, "أم": true, "إم": true, "آي": true, "بي": true,
		"أمل": false, "في": false, "من": false, "درمان": false, "إل": true, "ال": false, "الـ": false} {
		if got := IsLetterName(word); got != want {
			t.Errorf("IsLetterName(%s) = %v", word, got)
		}
	}
}

func TestAcronym(t *testing.T) {
	for _, tc := range []struct{ ar, en string }{
		{"بي بي سي", "BBC"}, {"سي إن إن", "CNN"}, {"إف بي آي", "FBI"}, {"سي آي إيه", "CIA"},
		{"في", ""}, {"جي سي", ""}, {"بي بي سي وورلد", ""}, {"الأمم المتحدة", ""}, {"الـ بي بي سي", ""}, {"إل بي سي", "LBC"},
	} {
		m, ok := Acronym(tc.ar)
		if m.English != tc.en || ok != (tc.en != "") {
			t.Errorf("Acronym(%s) = %q, %v; want %q", tc.ar, m.English, ok, tc.en)
		}
	}
}

func TestLookupMisses(t *testing.T) {
	// an adjective after a generic word is no name; a common word is no place
	for _, ar := range []string{"المملكة المغربية", "التعاون العسكري", "الإنسان"} {
		if m, ok := Lookup(ar); ok && m.Headed {
			t.Errorf("Lookup(%s) = %q (%s)", ar, m.English, m.Source)
		}
	}
	if m, ok := LookupVariant("ليبريا"); !ok || m.English != "Liberia" || !m.Variant {
		t.Errorf("LookupVariant(ليبريا) = %+v, %v", m, ok)
	}
}

func TestWordEvidence(t *testing.T) {
	if n, total, ok := WordEvidence("أوباما"); !ok || n < 1 || total < n {
		t.Errorf("WordEvidence(أوباما) = %d, %d, %v", n, total, ok)
	}
	if _, _, ok := WordEvidence("شزفيقس"); ok {
		t.Error("WordEvidence(unknown word) ok")
	}
}

// TestKeyKeepsNameLetters: a name's first letter is not a clitic to the lexicon, so names one
// clitic letter apart keep their own English (بروني Bruneian is not روني, Rooney; آبل, Apple,
// is not كابل, Kabul), while a preposition before a name is still read off (بواشنطن).
func TestKeyKeepsNameLetters(t *testing.T) {
	for _, tc := range []struct{ ar, en string }{
		{"بروني", "Bruneian"}, {"باري مانيلو", "Barry Manilow"}, {"كابل", "Kabul"},
		{"بكابل", "Kabul"}, {"بواشنطن", "Washington"}, {"والبوسنة والهرسك", "Bosnia and Herzegovina"},
	} {
		if m, ok := Lookup(tc.ar); !ok || m.English != tc.en {
			t.Errorf("Lookup(%s) = %q (%s), want %q", tc.ar, m.English, m.Source, tc.en)
		}
	}
	for ar, wrong := range map[string]string{"روني": "Bruneian", "آبل": "Kabul", "ربحي مال": "Ribhi Kamal", "أيمن": "Leimen"} {
		if m, ok := Lookup(ar); ok && m.English == wrong {
			t.Errorf("Lookup(%s) = %q (%s)", ar, m.English, m.Source)
		}
	}
	if !Known("بروس ويليس") || Known("روس ويليس") {
		t.Errorf("Known(بروس ويليس) = %v, Known(روس ويليس) = %v", Known("بروس ويليس"), Known("روس ويليس"))
	}
}
