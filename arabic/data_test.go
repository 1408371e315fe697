package arabic

import "testing"

func TestEmbeddedLexicon(t *testing.T) {
	if len(lexiconGz) == 0 {
		t.Fatal("lexicon not embedded")
	}
	wordCount("") // load
	if len(lexicon) < 10000 {
		t.Fatalf("lexicon has %d words, want the ANT counts (tens of thousands)", len(lexicon))
	}
	for _, w := range []string{"الكويت", "وزير", "تونس", "الحكومه", "في"} {
		if wordCount(w) < minKnown {
			t.Errorf("wordCount(%s) = %d, want a known word", w, wordCount(w))
		}
	}
	if wordCount("في") <= wordCount("وزير") {
		t.Error("lexicon counts look wrong: في is not more frequent than وزير")
	}
	if !hamzaLam("المانيا") || hamzaLam("الكويت") {
		t.Error("hamza-alef marks wrong: want المانيا marked, الكويت not")
	}
}

func TestEmbeddedStopwords(t *testing.T) {
	for _, w := range []string{"في", "من", "على", "إلى", "الى", "الذي", "وفي", "فإن", "فاء", "وراء"} {
		if !IsStopword(w) {
			t.Errorf("IsStopword(%s) = false", w)
		}
	}
	// A letter's name behind و or ف spells a word: وباء (an epidemic), وفاء, فنون (arts).
	for _, w := range []string{"الكويت", "وزير", "البنتاغون", "", "وباء", "وفاء", "فنون"} {
		if IsStopword(w) {
			t.Errorf("IsStopword(%s) = true", w)
		}
	}
	for _, w := range LetterNames() {
		if !IsStopword(w) {
			t.Errorf("letter name %s is not on the stopword list", w)
		}
	}
	stopwordsOnce.Do(loadStopwords)
	if len(stopwords) < 799 {
		t.Errorf("%d stopword forms loaded, want at least the 799 listed", len(stopwords))
	}
}
