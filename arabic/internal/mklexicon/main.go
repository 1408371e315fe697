// Command mklexicon counts normalised Arabic word frequencies in a JSONL news corpus (the
// "text" field of each line) and writes the embedded lexicon the clitic guard uses:
// gzip-compressed lines "WORD<TAB>COUNT", most frequent first, words seen at least -min times.
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
				counts[arabic.Normalize(t.Text)]++
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
