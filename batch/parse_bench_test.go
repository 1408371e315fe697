package batch

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseJSONLine measures the per-line JSON work of a JSONL run (done in the workers)
// on the ANT news corpus lines, whose text fields are a few KB of Arabic.
func BenchmarkParseJSONLine(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpora", "ant_v1.1.jsonl"))
	if err != nil {
		b.Skipf("ANT corpus not available (%v)", err)
	}
	defer f.Close()
	var lines [][]byte
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && size < 4<<20 {
		lines = append(lines, bytes.Clone(sc.Bytes()))
		size += len(sc.Bytes())
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, l := range lines {
			if d := parseJSONLine("x", l, "text", "docno"); d.Err != nil || d.ID == "" {
				b.Fatal(d.Err)
			}
		}
	}
}
