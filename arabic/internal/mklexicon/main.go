// Command mklexicon counts normalised Arabic word frequencies in a JSONL news corpus (the
// "text" field of each line) and writes the embedded lexicon the clitic guard uses:
// gzip-compressed lines "WORD<TAB>COUNT", most frequent first, words seen at least -min times.
// A third field "h" marks words that begin with ال after normalisation but were written with a
// hamza-alef (ألمانيا، ألعاب) in at least half their occurrences: their ال is not the article.
//
//	go run ./arabic/internal/mklexicon -corpus ../shared/corpora/ant_v1.1.jsonl -o arabic/data/lexicon.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/arprep/arprep/arabic"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpora/ant_v1.1.jsonl", "JSONL corpus with a text field")
	out := flag.String("o", "arabic/data/lexicon.txt.gz", "output file")
	minCount := flag.Int("min", 3, "minimum count kept")
	flag.Parse()
	if err := run(*corpus, *out, *minCount); err != nil {
		fmt.Fprintln(os.Stderr, "mklexicon:", err)
		os.Exit(1)
	}
}

func run(corpus, out string, minCount int) error {
	f, err := os.Open(corpus)
	if err != nil {
		return err
	}
	defer f.Close()
	counts := map[string]int{}
	hamzaLam := map[string]int{} // occurrences spelt أل إل آل
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var doc struct {
			Title, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return err
		}
		for _, t := range arabic.Tokens(doc.Title + "\n" + doc.Text) {
			if t.Kind == arabic.Word {
				n := arabic.Normalize(t.Text)
				counts[n]++
				if hasHamzaLam(t.Text) {
					hamzaLam[n]++
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	words := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		if 2*hamzaLam[w] >= counts[w] {
			fmt.Fprintf(bw, "%s\t%d\th\n", w, counts[w])
			continue
		}
		fmt.Fprintf(bw, "%s\t%d\n", w, counts[w])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return o.Close()
}

// hasHamzaLam reports whether a raw word starts with a hamza-alef followed by lam (diacritics
// and tatweel ignored).
func hasHamzaLam(raw string) bool {
	w := arabic.NormalizeFolds(raw, arabic.Diacritics|arabic.Tatweel|arabic.Bidi)
	return strings.HasPrefix(w, "أل") || strings.HasPrefix(w, "إل") || strings.HasPrefix(w, "آل")
}
