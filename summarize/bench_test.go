package summarize

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// newsText returns about n bytes of Arabic news from the ANT corpus in ../shared (articles
// separated by blank lines), or skips.
func newsText(b *testing.B, n int) string {
	b.Helper()
	f, err := os.Open("../../shared/corpora/ant_v1.1.jsonl")
	if err != nil {
		b.Skipf("ANT corpus not available: %v", err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sb.Len() < n && sc.Scan() {
		var doc struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &doc) == nil && doc.Text != "" {
			sb.WriteString(doc.Text)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkSummarize measures one document of 0.5 MB and of 5 MB (the issue asks for 5 MB in
// under 2 s and time(5 MB) ≤ 12 × time(0.5 MB)), with a fixed word budget and with the default
// ratio (a quarter of the sentences, so k grows with n).
func BenchmarkSummarize(b *testing.B) {
	big := newsText(b, 5<<20)
	small := big[:strings.LastIndex(big[:len(big)/10], "\n\n")]
	for _, c := range []struct {
		name   string
		text   string
		budget Budget
	}{
		{"0.5MB/words=200", small, Budget{Words: 200}},
		{"5MB/words=200", big, Budget{Words: 200}},
		{"0.5MB/ratio=0.25", small, Budget{}},
		{"5MB/ratio=0.25", big, Budget{}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if _, err := Summarize(c.text, Options{Budget: c.budget}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
