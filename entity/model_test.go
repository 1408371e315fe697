package entity

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"testing"
)

func sampleSentences(t testing.TB) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/anercorp_sample.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

var smallConfig = TrainConfig{Bits: 14, Epochs: 3, Seed: 7, Folds: 2, Dropout: 0.25}

func trainSmall(t testing.TB, cfg TrainConfig) []byte {
	t.Helper()
	tagger, err := Train(sampleSentences(t), nil, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tagger.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	a, b := trainSmall(t, smallConfig), trainSmall(t, smallConfig)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same seed gave different model bytes")
	}
	other := smallConfig
	other.Seed++
	if bytes.Equal(a, trainSmall(t, other)) {
		t.Error("a different seed gave the same model bytes")
	}
}

func TestTrainLearns(t *testing.T) {
	sents := sampleSentences(t)
	tagger, err := ReadModel(trainSmall(t, smallConfig))
	if err != nil {
		t.Fatal(err)
	}
	var right, all int
	for _, s := range sents {
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

func TestTrainConfigErrors(t *testing.T) {
	for _, cfg := range []TrainConfig{{Bits: 4, Epochs: 1, Folds: 2}, {Bits: 16, Epochs: 0, Folds: 2}, {Bits: 16, Epochs: 1, Folds: 1}} {
		if _, err := Train(sampleSentences(t), nil, cfg, nil); err == nil {
			t.Errorf("Train accepted %+v", cfg)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	data := trainSmall(t, smallConfig)
	m, err := ReadModel(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), data) {
		t.Fatal("writing a read model changed its bytes")
	}
	m2, _ := ReadModel(buf.Bytes())
	words := []string{"قال", "الرئيس", "المصري", "حسني", "مبارك", "في", "القاهرة"}
	if !reflect.DeepEqual(m.TagTokens(words), m2.TagTokens(words)) {
		t.Error("the re-read model tags differently")
	}
}

func TestModelCorrupt(t *testing.T) {
	good := trainSmall(t, smallConfig)
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	wrongVersion := bytes.Clone(good)
	wrongVersion[len(modelMagic)] = modelVersion + 1
	tests := map[string][]byte{
		"empty":         nil,
		"not a model":   []byte("hello, world, this is not a model file"),
		"bad magic":     flip(0),
		"wrong version": wrongVersion,
		"flipped byte":  flip(len(good) / 2),
		"truncated":     good[:len(good)-10],
		"extended":      append(bytes.Clone(good), 0),
	}
	for name, data := range tests {
		_, err := ReadModel(data)
		if !errors.Is(err, ErrCorruptModel) {
			t.Errorf("%s: got %v, want ErrCorruptModel", name, err)
		}
	}
}

// TestEmbeddedModel checks that the committed model loads and is the configured size.
func TestEmbeddedModel(t *testing.T) {
	tagger, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tagger.local.bits != DefaultTrainConfig.Bits || len(tagger.brown) == 0 || tagger.auto.partCount() == 0 {
		t.Errorf("embedded model: %d bits, %d Brown cluster words, %d lexicon words", tagger.local.bits, len(tagger.brown), tagger.auto.partCount())
	}
	if len(embeddedModel) > 20<<20 {
		t.Errorf("embedded model is %d bytes, over 20 MB", len(embeddedModel))
	}
}

func BenchmarkLoadModel(b *testing.B) {
	b.SetBytes(int64(len(embeddedModel)))
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}
