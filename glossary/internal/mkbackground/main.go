// Command mkbackground counts, over a JSONL news corpus, in how many documents each word key
// occurs, and writes the table the glossary embeds as its default background
// (glossary/data/background.tsv.gz):
//
//	go run ./glossary/internal/mkbackground -corpus ../shared/corpora/ant_v1.1.jsonl
//
// Terms are those of glossary.BackgroundKeys (idf.Terms: normalised, clitic-split,
// light-stemmed content words); terms found in fewer than -min-df documents are left out
// (they get the IDF of an unseen word).
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"

	"github.com/arprep/arprep/glossary"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpora/ant_v1.1.jsonl", "JSONL corpus with a \"text\" field (and \"title\")")
	out := flag.String("o", "glossary/data/background.tsv.gz", "output file")
	minDF := flag.Int("min-df", 3, "leave out keys found in fewer documents")
	flag.Parse()
	f, err := os.Open(*corpus)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	df := map[string]int{}
	docs := 0
	for sc.Scan() {
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			log.Fatalf("line %d: %v", docs+1, err)
		}
		docs++
		for k := range glossary.BackgroundKeys(rec.Title + "\n" + rec.Text) {
			df[k]++
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	keys := make([]string, 0, len(df))
	for k, n := range df {
		if n >= *minDF {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	o, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(o, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "documents\t%d\n", docs)
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%d\n", k, df[k])
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := o.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d documents, %d keys written (of %d)", docs, len(keys), len(df))
}
