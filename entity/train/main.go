// Command train builds the entity tagger's model from ANERcorp-style CoNLL data and an
// unlabelled JSONL news corpus:
//
//	go run ./entity/train -data ../shared/data/anercorp/train.tsv \
//	    -corpus ../shared/corpora/ant_v1.1.jsonl -names ../shared/data/names \
//	    -wikifane ../shared/data/wikifane/WikiFANE_Gold_2014_500K.txt -o entity/model.bin
//
// -names reads the name lists of ../shared/data/names and -wikifane WikiFANE Gold, whose
// entities join those lists and whose text joins the Brown cluster text (entity/doc.go).
// The last -dev sentences of -data (400 by default) are held out and never trained on;
// -dev-gold and -dev-pred write them, gold and predicted, for ../shared/eval/nerf1.py.
// The same inputs and -seed give the same model bytes. The Brown clusters take most of
// the time (about four minutes); -brown-cache FILE keeps them between runs (they depend
// only on the texts, so the model bytes are the same either way).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/arprep/arprep/entity"
)

func main() {
	data := flag.String("data", "", "tagged CoNLL training file (TOKEN<TAB>IOB2-TAG)")
	corpus := flag.String("corpus", "", "unlabelled JSONL corpus for word clusters (optional)")
	out := flag.String("o", "", "model file to write")
	dev := flag.Int("dev", 400, "hold out this many final sentences of -data")
	devGold := flag.String("dev-gold", "", "write the held-out sentences, gold tags, here")
	devPred := flag.String("dev-pred", "", "write the held-out sentences, predicted tags, here")
	wikifane := flag.String("wikifane", "", "WikiFANE Gold file: its entities join the name lists, its text the Brown cluster text (optional)")
	wikifaneTrain := flag.Int("wikifane-train", 0, "train on this many -wikifane sentences (blocks of 50 spread evenly over the file; -1: all) as a second source; the others' entities join the name lists")
	wikifaneMap := flag.String("wikifane-map", "", "override WikiFANE class mappings: Class=TYPE,... (TYPE O drops a class)")
	cfg := entity.DefaultTrainConfig
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "perceptron epochs")
	flag.StringVar(&cfg.BrownCache, "brown-cache", "", "file for the Brown clusters: read if it exists, else computed and written")
	flag.Float64Var(&cfg.Dropout, "dropout", cfg.Dropout, "probability of hiding a token's own word features in a training step")
	flag.IntVar(&cfg.Bag, "bag", cfg.Bag, "average the weights of this many perceptrons trained in different orders")
	prune := flag.Float64("prune", float64(cfg.Prune), "drop emission rows with all weights below this magnitude")
	bits := flag.Uint("bits", uint(cfg.Bits), "log2 of the feature hash size")
	names := flag.String("names", "", "directory of name lists (../shared/data/names) for gazetteer features (optional)")
	flag.Parse()
	if *names != "" {
		l, err := entity.ReadNameLists(*names)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		cfg.Names = l
	}
	var extra []entity.Sentence // WikiFANE
	if *wikifane != "" {
		f, err := os.Open(*wikifane)
		if err == nil {
			extra, err = readWikiFANE(f, *wikifaneMap)
			f.Close()
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "train: %s: %v\n", *wikifane, err)
			os.Exit(1)
		}
		for _, s := range extra {
			cfg.ClusterText = append(cfg.ClusterText, s.Tokens)
		}
		var rest []entity.Sentence
		cfg.Auxiliary, rest = spreadSample(extra, *wikifaneTrain, 50)
		if cfg.Names == nil {
			cfg.Names = &entity.NameLists{}
		}
		addWikiFANENames(rest, cfg.Names)
	}
	if *data == "" || *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: train -data FILE [-corpus FILE] -o MODEL [-dev N] [-dev-gold FILE] [-dev-pred FILE] [-names DIR] [-wikifane FILE]")
		os.Exit(2)
	}
	cfg.Bits = uint8(*bits)
	cfg.Prune = float32(*prune)
	if err := run(*data, *corpus, *out, *dev, *devGold, *devPred, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dataPath, corpusPath, outPath string, dev int, devGold, devPred string, cfg entity.TrainConfig) error {
	f, err := os.Open(dataPath)
	if err != nil {
		return err
	}
	sents, err := entity.ReadCoNLL(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", dataPath, err)
	}
	if dev < 0 || dev >= len(sents) {
		return fmt.Errorf("-dev %d: %s has %d sentences", dev, dataPath, len(sents))
	}
	train, held := sents[:len(sents)-dev], sents[len(sents)-dev:]
	var corpus *os.File
	if corpusPath != "" {
		if corpus, err = os.Open(corpusPath); err != nil {
			return err
		}
		defer corpus.Close()
	}
	start := time.Now()
	logf := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}
	logf("training on %d sentences and %d auxiliary ones, holding out %d", len(train), len(cfg.Auxiliary), len(held))
	var tagger *entity.Tagger
	if corpus != nil {
		tagger, err = entity.Train(train, corpus, cfg, logf)
	} else {
		tagger, err = entity.Train(train, nil, cfg, logf)
	}
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := tagger.WriteTo(&buf); err != nil {
		return err
	}
	if err := writeAtomic(outPath, buf.Bytes()); err != nil {
		return err
	}
	logf("wrote %s (%d bytes)", outPath, buf.Len())
	if devGold != "" {
		tags := make([][]string, len(held))
		for i, s := range held {
			tags[i] = s.Tags
		}
		if err := writeCoNLL(devGold, held, tags); err != nil {
			return err
		}
	}
	if devPred != "" {
		words := make([][]string, len(held))
		for i, s := range held {
			words[i] = s.Tokens
		}
		if err := writeCoNLL(devPred, held, tagger.TagSentences(words)); err != nil {
			return err
		}
	}
	return nil
}

// spreadSample returns n of sents (all when n < 0 or n ≥ len(sents)) in blocks of block
// consecutive sentences spread evenly over them, so that articles stay together, and the
// others.
func spreadSample(sents []entity.Sentence, n, block int) (picked, rest []entity.Sentence) {
	if n < 0 || n >= len(sents) {
		return sents, nil
	}
	nb := (len(sents) + block - 1) / block
	want := (n + block - 1) / block
	pick := make(map[int]bool, want)
	for k := 0; k < want; k++ {
		pick[k*nb/want] = true
	}
	for i, s := range sents {
		if pick[i/block] && len(picked) < n {
			picked = append(picked, s)
		} else {
			rest = append(rest, s)
		}
	}
	return picked, rest
}

func writeCoNLL(path string, sents []entity.Sentence, tags [][]string) error {
	var buf bytes.Buffer
	if err := entity.WriteCoNLL(&buf, sents, tags); err != nil {
		return err
	}
	return writeAtomic(path, buf.Bytes())
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".train-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
