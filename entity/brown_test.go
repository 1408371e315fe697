package entity

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// brownCorpus is a toy language of two kinds of sentence, so that the clusters are known.
func brownCorpus(n int) [][]string {
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"زيد", "عمرو", "هند", "سعاد", "خالد"}
	places := []string{"مصر", "تونس", "بغداد", "دمشق"}
	verbs := []string{"قال", "ذهب", "رأى"}
	var doc []string
	for i := 0; i < n; i++ {
		v := verbs[rng.IntN(len(verbs))]
		doc = append(doc, v, names[rng.IntN(len(names))], "في", places[rng.IntN(len(places))], ".")
	}
	return [][]string{doc}
}

func TestBrownKeptLossesExact(t *testing.T) {
	worst := 0.0
	cfg := brownConfig{MinCount: 1, Window: 4, check: func(d float64) { worst = max(worst, d) }}
	paths := learnBrown(brownCorpus(300), cfg)
	if worst > 1e-9 {
		t.Errorf("kept merge losses drift from the recomputed ones by %g", worst)
	}
	if len(paths) != 14 {
		t.Errorf("%d words clustered, want 14", len(paths))
	}
}

func TestBrownClasses(t *testing.T) {
	paths := learnBrown(brownCorpus(500), brownConfig{MinCount: 1, Window: 5})
	same := func(a, b string, k int) bool { return paths[a].prefix(k) == paths[b].prefix(k) }
	// Words of one kind share a longer prefix with each other than with other kinds.
	for _, c := range [][2]string{{"زيد", "هند"}, {"مصر", "دمشق"}, {"قال", "رأى"}} {
		if !same(c[0], c[1], int(paths[c[0]].n)) || !same(c[0], c[1], int(paths[c[1]].n)) {
			t.Errorf("%s %v and %s %v are in different clusters", c[0], paths[c[0]], c[1], paths[c[1]])
		}
	}
	if same("زيد", "مصر", 32) {
		t.Errorf("names and places share a cluster: %v", paths)
	}
	a, b := learnBrown(brownCorpus(500), brownConfig{MinCount: 1, Window: 5}), paths
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("two runs gave different clusters")
	}
}
