package entity

import "testing"

func TestAuxiliaryGold(t *testing.T) {
	bMISC, iMISC := parseTag("B-MISC"), parseTag("I-MISC")
	bPERS := parseTag("B-PERS")
	for _, c := range []struct{ g, p, want int }{
		{tagO, bMISC, bMISC}, // WikiFANE leaves currencies untagged: no correction
		{tagO, iMISC, iMISC},
		{tagO, bPERS, tagO}, // other types are corrected
		{bPERS, bMISC, bPERS},
		{bMISC, tagO, bMISC}, // a tagged MISC is taught as such
		{tagO, tagO, tagO},
	} {
		if got := auxiliaryGold(c.g, c.p); got != c.want {
			t.Errorf("auxiliaryGold(%s, %s) = %s, want %s", tagNames[c.g], tagNames[c.p], tagNames[got], tagNames[c.want])
		}
	}
}

// TestTrainPerceptronSources checks the per-source feature copies: a feature that the main
// sentences tag B-PERS and three times as many auxiliary sentences tag B-LOC stays B-PERS
// in the model, which keeps the shared and main weights; without the source copies it is
// B-LOC.
func TestTrainPerceptronSources(t *testing.T) {
	const bits = 10
	pers, loc := parseTag("B-PERS"), parseTag("B-LOC")
	ex := func(src uint8, tag int) example {
		return example{feats: [][]uint32{{1, 7}, {2}}, gold: []int{tag, tagO}, src: src}
	}
	data := []example{ex(0, pers), ex(1, loc), ex(1, loc), ex(1, loc)}
	var sc scratch
	w := trainPerceptron(data, bits, 5, 0, 1)
	if len(w.emit) != (1<<bits)*nTags {
		t.Fatalf("weights of %d rows, want %d", len(w.emit)/nTags, 1<<bits)
	}
	if got := w.viterbi(data[0].feats, nil, &sc); got[0] != pers {
		t.Errorf("with source copies: %s, want B-PERS", tagNames[got[0]])
	}
	for i := range data {
		data[i].src = 0
	}
	w = trainPerceptron(data, bits, 5, 0, 1)
	if got := w.viterbi(data[0].feats, nil, &sc); got[0] != loc {
		t.Errorf("one source: %s, want B-LOC", tagNames[got[0]])
	}
}

// TestTrainAuxiliary trains with auxiliary sentences (folds per source, doubled features):
// the model keeps the hash size and learns the main sentences.
func TestTrainAuxiliary(t *testing.T) {
	sents := sampleSentences(t)
	half := len(sents) / 2
	cfg := smallConfig
	cfg.Auxiliary = sents[half:]
	tagger, err := Train(sents[:half], nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if tagger.local.bits != cfg.Bits || len(tagger.local.emit) != (1<<cfg.Bits)*nTags {
		t.Fatalf("first stage of %d rows, want %d", len(tagger.local.emit)/nTags, 1<<cfg.Bits)
	}
	var right, all int
	for _, s := range sents[:half] {
		for i, tag := range tagger.TagTokens(s.Tokens) {
			all++
			if tag == s.Tags[i] {
				right++
			}
		}
	}
	if float64(right) < 0.95*float64(all) {
		t.Errorf("training accuracy %d/%d", right, all)
	}
}
