package entity

import (
	"os"
	"testing"
)

// TestNameListsGazetteer checks the typed categories and the filter: a name token that the
// training sentences tag O in most of two or more occurrences is left out.
func TestNameListsGazetteer(t *testing.T) {
	sent := func(words ...string) analysedSentence {
		a := analysedSentence{gold: make([]int, len(words))}
		for _, w := range words {
			a.toks = append(a.toks, analyse(w))
		}
		return a
	}
	data := []analysedSentence{sent("رجل", "غريب", "الأطوار"), sent("صوت", "غريب")}
	l := &NameLists{
		Pers:     []string{"غريب", "كينياتا"},
		PersFull: []string{"أوهورو كينياتا"},
		Loc:      []string{"نيروبي"},
		Org:      []string{"الهلال"},
		Nat:      []string{"الكيني"},
	}
	g := l.gazetteer(data)
	key := func(w string) string { return analyse(w).key }
	if g.words[key("غريب")].parts != 0 {
		t.Errorf("غريب, tagged O twice, kept: %b", g.words[key("غريب")].parts)
	}
	if g.words[key("كينياتا")].parts != 1<<gazExtPers {
		t.Errorf("كينياتا: %b", g.words[key("كينياتا")].parts)
	}
	if g.words[key("الكيني")].parts != 1<<gazExtNat {
		t.Errorf("الكيني: %b", g.words[key("الكيني")].parts)
	}
	for w, bit := range map[string]int{"أوهورو كينياتا": gazExtPers, "نيروبي": gazExtLoc, "الهلال": gazExtOrg} {
		toks := []token{}
		for _, k := range phraseKeys(w) {
			toks = append(toks, token{key: k})
		}
		g.mark(toks)
		if toks[0].gazB&(1<<bit) == 0 {
			t.Errorf("%s not marked with category %d", w, bit)
		}
	}
}

func TestReadNameLists(t *testing.T) {
	dir := "../../shared/data/names"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared not present")
	}
	l, err := ReadNameLists(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Pers) < 60000 || len(l.Loc) < 10000 || len(l.Org) < 2000 || len(l.Nat) < 1000 || len(l.PersFull) < 3000 {
		t.Errorf("lists too short: %d persons, %d full names, %d places, %d clubs, %d adjectives",
			len(l.Pers), len(l.PersFull), len(l.Loc), len(l.Org), len(l.Nat))
	}
}
