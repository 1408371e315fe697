package entity

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/arprep/arprep/arabic"
)

// TrainConfig sets up Train.
type TrainConfig struct {
	Bits   uint8  // feature hash buckets = 1 << Bits
	Epochs int    // perceptron passes over the data
	Seed   uint64 // shuffling and clustering seed; same inputs and seed give the same model
	Folds  int    // jackknife folds for the training-data gazetteer features
	// Dropout is the probability that a training step sees a token without the features
	// naming the word itself (see example).
	Dropout float64
	// Prune drops the final models' emission rows whose weights are all below it in
	// magnitude (2 keeps a quarter of the rows at the same dev F1, and tagging fast).
	Prune float32
	// Bag averages the weights of this many perceptrons trained in different orders
	// (different seeds); 0 or 1 trains one.
	Bag int
	// BrownCache, if set, names a file for the Brown clusters, which depend only on the
	// texts: read when it exists, else computed and written there.
	BrownCache string
	// Names, if not nil, adds gazetteer categories from external name lists.
	Names *NameLists
	// ClusterText is more tokenised text for the Brown clusters (only), after the corpus
	// and the training sentences.
	ClusterText [][]string
	// Auxiliary are training sentences of a second source (WikiFANE), trained on with
	// every feature doubled, once shared and once conjoined with its source, as the main
	// sentences' features are conjoined with theirs; the model keeps the shared and the
	// main source's weights (Daumé 2007, "Frustratingly easy domain adaptation"). Where an
	// auxiliary token is tagged O and the model predicts MISC, no update is made: WikiFANE
	// leaves currencies, religions and tournaments untagged.
	Auxiliary []Sentence
}

// DefaultTrainConfig is the configuration of the embedded model.
var DefaultTrainConfig = TrainConfig{Bits: 20, Epochs: 12, Seed: 1, Folds: 5, Dropout: 0.25, Prune: 2, Bag: 3}

type analysedSentence struct {
	toks  []token
	gold  []int
	spans []tokenSpan
}

// Train learns a tagger from IOB2-tagged sentences and, when corpus is not nil, word clusters
// from its unlabelled JSONL text (records with "title" and "text"). logf, if not nil,
// receives progress messages.
func Train(sents []Sentence, corpus io.Reader, cfg TrainConfig, logf func(string, ...any)) (*Tagger, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Bits < 10 || cfg.Bits > 26 || cfg.Epochs < 1 || cfg.Folds < 2 {
		return nil, fmt.Errorf("bad training configuration %+v", cfg)
	}
	nMain := len(sents)
	sents = append(sents[:nMain:nMain], cfg.Auxiliary...)
	data := make([]analysedSentence, len(sents))
	for i, s := range sents {
		a := analysedSentence{gold: make([]int, len(s.Tokens))}
		for j, w := range s.Tokens {
			a.toks = append(a.toks, analyse(w))
			if j < len(s.Tags) {
				a.gold[j] = parseTag(s.Tags[j])
			}
		}
		repairIOB2(a.gold)
		a.spans = tokenSpans(a.gold)
		data[i] = a
	}
	var err error
	seqs := make([][]string, 0, len(data))
	var unlabelled [][]token // the corpus, sentence by sentence, for the self-tagged lexicon
	if corpus != nil {
		var docs []string
		docs, err = readCorpusText(corpus)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			seqs = append(seqs, unitStrings(d))
			for _, c := range sentenceChunks(d, arabic.Tokens(d)) {
				toks := make([]token, len(c))
				for k, tk := range c {
					toks[k] = analyse(tk.Text)
				}
				unlabelled = append(unlabelled, toks)
			}
		}
		logf("corpus: %d documents, %d sentences", len(docs), len(unlabelled))
	}
	for _, a := range data {
		s := make([]string, len(a.toks))
		for j, t := range a.toks {
			s[j] = t.bare
		}
		seqs = append(seqs, s)
	}
	t := &Tagger{profiles: wordProfiles(seqs)}
	for _, s := range cfg.ClusterText {
		b := make([]string, len(s))
		for j, w := range s {
			b[j] = analyse(w).bare
		}
		seqs = append(seqs, b)
	}
	if t.brown, err = cachedBrown(seqs, cfg.BrownCache); err != nil {
		return nil, err
	}
	logf("Brown clusters: %d words", len(t.brown))

	// Contiguous folds keep an article's sentences together, so that neither the gazetteer
	// features nor the first-stage tags of a sentence come from labels of its own article.
	// Each source is split into folds of its own.
	fold := func(i int) int {
		if i < nMain {
			return i * cfg.Folds / nMain
		}
		return (i - nMain) * cfg.Folds / (len(data) - nMain)
	}
	source := func(i int) uint8 {
		if i < nMain {
			return 0
		}
		return 1
	}
	cldr := cldrGazetteer()
	foldGaz := make([]*gazetteer, cfg.Folds)
	for k := range foldGaz {
		var others []analysedSentence
		for i, a := range data {
			if fold(i) != k {
				others = append(others, a)
			}
		}
		foldGaz[k] = cldr.merge(trainingGazetteer(others))
		if cfg.Names != nil {
			foldGaz[k] = foldGaz[k].merge(cfg.Names.gazetteer(others))
		}
	}
	t.gaz = cldr.merge(trainingGazetteer(data))
	if cfg.Names != nil {
		ext := cfg.Names.gazetteer(data)
		logf("name lists: %s", ext.countBits(gazExtPers, gazExtNat+1))
		t.gaz = t.gaz.merge(ext)
	}
	local := make([]example, len(data))
	for i, a := range data {
		t.prepare(a.toks, foldGaz[fold(i)])
		local[i] = newExample(a, cfg.Bits, false, source(i))
	}
	// First stage: out-of-fold tags for every training sentence, and a self-tagged lexicon
	// of the corpus from each fold's model, so that the second stage learns how far to
	// trust both as they will be at run time.
	first := make([][]tokenSpan, len(data))
	foldAuto := make([]*gazetteer, cfg.Folds)
	for k := 0; k < cfg.Folds; k++ {
		var train []example
		var test []int
		for i, ex := range local {
			if fold(i) == k {
				test = append(test, i)
			} else {
				train = append(train, ex)
			}
		}
		w := trainBagged(train, cfg, cfg.Seed+uint64(k)+1)
		w.prune(cfg.Prune)
		var sc scratch
		for _, i := range test {
			first[i] = tokenSpans(w.viterbi(local[i].feats, nil, &sc))
		}
		foldAuto[k] = t.selfTaggedLexicon(unlabelled, w, foldGaz[k])
		logf("first stage, fold %d of %d: lexicon of %d words", k+1, cfg.Folds, foldAuto[k].partCount())
	}
	t.local = trainBagged(local, cfg, cfg.Seed)
	t.local.prune(cfg.Prune)
	t.auto = t.selfTaggedLexicon(unlabelled, t.local, t.gaz)
	logf("first stage trained: lexicon of %d words, %d phrases", t.auto.partCount(), len(t.auto.phrases))
	doc := make([][]token, len(data))
	for i, a := range data {
		doc[i] = a.toks
	}
	second := make([]example, len(data))
	ctx := docContext{doc: doc, first: first}
	for i, a := range data {
		foldAuto[fold(i)].mark(a.toks)
		ctx.mark(i)
		second[i] = newExample(a, cfg.Bits, true, source(i))
	}
	t.doc = trainBagged(second, cfg, cfg.Seed)
	t.doc.prune(cfg.Prune)
	logf("second stage trained")
	return t, nil
}

// selfTaggedLexicon tags the unlabelled sentences with a first-stage model and lists the
// words and phrases it tags consistently (see autoLexicon).
func (t *Tagger) selfTaggedLexicon(sents [][]token, w *weights, gaz *gazetteer) *gazetteer {
	spans := make([][]tokenSpan, len(sents))
	var sc scratch
	var feats [][]uint32
	var flat []uint32
	for i, toks := range sents {
		for j := range toks {
			toks[j].gazB, toks[j].gazI = 0, 0
		}
		t.prepare(toks, gaz)
		feats, flat = featureLists(toks, w.bits, false, feats, flat)
		spans[i] = tokenSpans(w.viterbi(feats, nil, &sc))
	}
	return autoLexicon(sents, spans)
}

func newExample(a analysedSentence, bits uint8, doc bool, src uint8) example {
	feats, _ := featureLists(a.toks, bits, doc, nil, nil)
	for i := range a.toks {
		a.toks[i].hidden = true
	}
	hidden, _ := featureLists(a.toks, bits, doc, nil, nil)
	for i := range a.toks {
		a.toks[i].hidden = false
	}
	return example{feats: feats, hidden: hidden, gold: a.gold, src: src}
}

func unitStrings(text string) []string {
	toks := arabic.Tokens(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = unitString(t)
	}
	return out
}

// cachedBrown returns the Brown clusters of seqs, kept in the file path if it is not "".
// The file has a line "BITS<TAB>WORD" per word.
func cachedBrown(seqs [][]string, path string) (map[string]brownPath, error) {
	if path != "" {
		if f, err := os.Open(path); err == nil {
			defer f.Close()
			out := map[string]brownPath{}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				bits, w, ok := strings.Cut(sc.Text(), "\t")
				if !ok || len(bits) > 255 {
					return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
				}
				p := brownPath{n: uint8(len(bits))}
				for i, c := range bits {
					if c != '0' && c != '1' {
						return nil, fmt.Errorf("%s: bad line %q", path, sc.Text())
					}
					if c == '1' && i < 32 {
						p.bits |= 1 << (31 - i)
					}
				}
				out[w] = p
			}
			return out, sc.Err()
		}
	}
	paths := learnBrown(seqs, defaultBrownConfig)
	if path == "" {
		return paths, nil
	}
	var b strings.Builder
	for _, w := range slices.Sorted(maps.Keys(paths)) {
		p := paths[w]
		for i := 0; i < int(p.n); i++ {
			if i < 32 && p.bits&(1<<(31-i)) != 0 {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		fmt.Fprintf(&b, "\t%s\n", w)
	}
	return paths, os.WriteFile(path, []byte(b.String()), 0o644)
}
