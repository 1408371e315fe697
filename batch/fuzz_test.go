package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL: any bytes read as JSONL give, without an error that stops the reader, exactly
// one document per line that is not blank, in order and named after its line; each document
// has either an error (and no text) or the text an independent decoder finds in the line;
// lines over the limit are reported as too long; Map gives the same documents as Each.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"نص أول."}`+"\n\n"+`{"id":7,"text":"ثان"}`+"\r\n"), uint16(0))
	f.Add([]byte("not json\n{\"text\":42}\n{\"body\":\"x\"}\n[1,2]\nnull\n\"s\"\n{\"text\":\"\\ud800\"}"), uint16(0))
	f.Add([]byte("{\"text\":\"a\xffb\"}\n \t \n\u00a0\n{\"text\":\"\"}"), uint16(20))
	f.Add([]byte(`{"text":"`+strings.Repeat("ن", 40)+`"}`+"\n"+`{"text":"x"}`), uint16(30))
	f.Add([]byte(`{"text":"a","text":"b","id":null}`+"\n"+`{"text":"\u2028\r\n"}`), uint16(1))
	f.Fuzz(func(t *testing.T, data []byte, limit uint16) {
		max := int64(limit % 200) // 0: DefaultMaxLineBytes
		src := func() *Source {
			return &Source{JSONL: true, MaxDocBytes: max, Stdin: bytes.NewReader(data)}
		}
		var docs []Doc
		if err := src().Each(func(d Doc) error { docs = append(docs, d); return nil }); err != nil {
			t.Fatalf("Each: %v", err)
		}
		bound := max
		if bound == 0 {
			bound = DefaultMaxLineBytes
		}
		lines := bytes.SplitAfter(data, []byte("\n"))
		k := 0
		for n, line := range lines {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			if k >= len(docs) {
				t.Fatalf("%d documents; line %d (%q) has none", len(docs), n+1, line)
			}
			d := docs[k]
			label := fmt.Sprintf("<stdin>:%d", n+1)
			if d.Seq != k || d.Name != label {
				t.Fatalf("document %d: seq %d name %q, want %d %q", k, d.Seq, d.Name, k, label)
			}
			k++
			if d.Err != nil {
				if d.Text != "" {
					t.Fatalf("%s: text %q beside error %v", label, d.Text, d.Err)
				}
				if !strings.HasPrefix(d.Err.Error(), label) {
					t.Fatalf("%s: error %q does not name the line", label, d.Err)
				}
			}
			// The bound holds a line with its line feed to limit+1 bytes, so a last line
			// without one may have a byte more.
			tooLong := d.Err != nil && strings.Contains(d.Err.Error(), "longer than")
			if over := int64(len(line)) > bound+1; over != tooLong {
				t.Fatalf("%s: %d bytes with the limit %d read as %+v", label, len(line), bound, d)
			}
			if tooLong {
				continue
			}
			want, ok := referenceText(line)
			if ok != (d.Err == nil) {
				t.Fatalf("%s: %q read as %+v; the reference decoder says ok=%v", label, line, d, ok)
			}
			if ok && d.Text != want {
				t.Fatalf("%s: text %q, want %q", label, d.Text, want)
			}
			if !utf8.ValidString(d.Text) {
				t.Fatalf("%s: invalid UTF-8 text", label)
			}
		}
		if k != len(docs) {
			t.Fatalf("%d documents for %d non-blank lines", len(docs), k)
		}
		// Map (lines parsed in the workers) agrees with Each.
		i := 0
		err := Map(src(), 3, 2, func(d Doc) (any, error) { return d.Text, nil }, func(r Result) error {
			if i >= len(docs) {
				return fmt.Errorf("Map gave more than %d documents", len(docs))
			}
			d := docs[i]
			i++
			if r.Doc.Name != d.Name || (r.Err == nil) != (d.Err == nil) || r.Err != nil && r.Err.Error() != d.Err.Error() ||
				r.Err == nil && r.Data.(string) != d.Text {
				return fmt.Errorf("Map: %+v / %v, Each: %+v", r.Doc, r.Err, d)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if i != len(docs) {
			t.Fatalf("Map gave %d documents, Each %d", i, len(docs))
		}
	})
}

// referenceText decodes one JSONL line independently of the reader: a UTF-8 JSON object
// whose "text" member is a string.
func referenceText(line []byte) (string, bool) {
	if !utf8.Valid(line) {
		return "", false
	}
	var obj map[string]any
	if json.Unmarshal(line, &obj) != nil || obj == nil {
		return "", false
	}
	s, ok := obj["text"].(string)
	return s, ok
}
