package worksheet

import (
	"io"
	"strings"
	"testing"
)

// benchJob is the sample repeated to about 100 KB, cut by the segmenter.
func benchJob(b *testing.B) (*Job, int) {
	text := strings.Repeat(readSample(b)+"\n", 200)
	j := NewJob("ar", "en", Sentences)
	j.AddText("bench.txt", text)
	return j, len(text)
}

func BenchmarkAddText(b *testing.B) {
	text := strings.Repeat(readSample(b)+"\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		j := NewJob("ar", "en", Sentences)
		j.AddText("bench.txt", text)
	}
}

func BenchmarkWriteXLIFF(b *testing.B) {
	j, n := benchJob(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		WriteXLIFF(io.Discard, j, XLIFFOptions{})
	}
}

func BenchmarkWriteXLIFF2(b *testing.B) {
	j, n := benchJob(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		WriteXLIFF2(io.Discard, j, XLIFFOptions{})
	}
}

func BenchmarkWriteTSV(b *testing.B) {
	j, n := benchJob(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		WriteTSV(io.Discard, j)
	}
}

func BenchmarkXLSX(b *testing.B) {
	j, n := benchJob(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		f, err := XLSX(j, XLSXOptions{})
		if err != nil {
			b.Fatal(err)
		}
		f.Write(io.Discard)
		f.Close()
	}
}
