package entity

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzReadCoNLL: any bytes either read or fail with a line number; what reads has one tag per
// token, trimmed tokens holding no tab or line break, sentences in line order, and writes
// back to a file that reads to the same tokens and tags.
func FuzzReadCoNLL(f *testing.F) {
	f.Add([]byte("الكويت\tB-LOC\n،\tO\n\n\n\nخالد\tNOUN\tB-PERS\nالشريعان\tI-PERS\n"))
	f.Add([]byte("a b c\n\r\n x\t\n\u00a0\n\tO\ny"))
	f.Add([]byte("tok \t tag \r\nx\ry\tO\n\xff\xfe\tB-\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sents, err := ReadCoNLL(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Fatalf("error %q names no line", err)
			}
			return
		}
		prev := 0
		tags := make([][]string, len(sents))
		for i, s := range sents {
			if len(s.Tokens) == 0 || len(s.Tags) != len(s.Tokens) || s.Line <= prev {
				t.Fatalf("sentence %d: %d tokens, %d tags, line %d after %d", i, len(s.Tokens), len(s.Tags), s.Line, prev)
			}
			prev = s.Line + len(s.Tokens) - 1
			for _, tok := range s.Tokens {
				if tok == "" || tok != strings.TrimSpace(tok) || strings.ContainsAny(tok, "\t\n") {
					t.Fatalf("token %q", tok)
				}
			}
			for _, tag := range s.Tags {
				if tag != strings.TrimSpace(tag) || strings.ContainsAny(tag, "\t\n") {
					t.Fatalf("tag %q", tag)
				}
			}
			tags[i] = s.Tags
		}
		var b bytes.Buffer
		if err := WriteCoNLL(&b, sents, tags); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLL(&b)
		if err != nil {
			t.Fatalf("written file does not read: %v\n%q", err, b.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences read back for %d:\n%q", len(again), len(sents), b.String())
		}
		for i := range sents {
			if !reflect.DeepEqual(again[i].Tokens, sents[i].Tokens) || !reflect.DeepEqual(again[i].Tags, sents[i].Tags) {
				t.Fatalf("sentence %d read back as %q %q, written %q %q", i, again[i].Tokens, again[i].Tags, sents[i].Tokens, sents[i].Tags)
			}
		}
	})
}
