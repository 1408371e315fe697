package glossary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBuild measures Build without a tagger on the seed article repeated to about 200 KB
// and, when ../shared is present, on EASC dev articles.
func BenchmarkBuild(b *testing.B) {
	seed := readSeed(b)
	text := strings.Repeat(seed.Text+"\n", 200_000/len(seed.Text)+1)
	docs := []Doc{{Name: "seed", Text: text}}
	if files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "data", "easc-dev", "articles", "*.txt")); len(files) > 0 {
		var sb strings.Builder
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err == nil {
				sb.Write(data)
				sb.WriteByte('\n')
			}
		}
		docs = []Doc{{Name: "easc", Text: sb.String()}}
	}
	b.SetBytes(int64(len(docs[0].Text)))
	b.ReportAllocs()
	for b.Loop() {
		Build(docs, Options{})
	}
}
