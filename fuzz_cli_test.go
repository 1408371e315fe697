package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/arprep/arprep/input"
)

// FuzzCommands runs the commands end to end on any bytes on stdin: each exits 0 or 1 (never
// panics, never a usage error), a failure is one "arprep: " message naming <stdin>, and on
// success segment's sentences are the decoded input at their offsets.
func FuzzCommands(f *testing.F) {
	f.Add([]byte("جملة أولى. جملة ثانية!\n\nفقرة «ثانية» هنا؟ الكويت والولايات المتحدة."))
	f.Add([]byte("\xff\xfeJ\x06"))
	f.Add([]byte("a\x00b"))
	f.Add([]byte("نص\xed\xa0\x80بعد\r\rسطر\t=1+1 \x01\ufffe"))
	f.Add([]byte("The council met. It adopted two resolutions.\nDr. Smith spoke."))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, decodeErr := input.Decode("<stdin>", data, input.Auto)
		for _, args := range [][]string{
			{"normalize"},
			{"segment", "--format", "jsonl"},
			{"export", "--format", "xliff"},
			{"export", "--format", "csv"},
			{"summarize", "--format", "json", "--sentences", "2"},
			{"entities", "--format", "json"},
		} {
			stdout, stderr, code := runCLI(t, string(data), args...)
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
				t.Fatalf("%v: %s", args, stderr)
			}
			switch code {
			case 0:
				if decodeErr != nil {
					t.Fatalf("%v: exit 0 on input the decoder rejects (%v)", args, decodeErr)
				}
			case 1:
				if decodeErr == nil {
					t.Fatalf("%v: exit 1 on decodable input: %s", args, stderr)
				}
				if !strings.HasPrefix(stderr, "arprep: ") || !strings.Contains(stderr, "<stdin>") {
					t.Fatalf("%v: message %q", args, stderr)
				}
				continue
			default:
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			if args[0] != "segment" {
				continue
			}
			for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
				if line == "" {
					continue
				}
				var s struct {
					Start, End int
					Text       string
				}
				if err := json.Unmarshal([]byte(line), &s); err != nil {
					t.Fatalf("segment: %q: %v", line, err)
				}
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("segment: %q at %d:%d is not the input's", s.Text, s.Start, s.End)
				}
			}
		}
	})
}
