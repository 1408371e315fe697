package textout

import (
	"bytes"
	"testing"
)

func TestOneLineAndTSVEscape(t *testing.T) {
	tests := []struct{ in, one, tsv string }{
		{"plain", "plain", "plain"},
		{"a\tb\nc\r\nd", "a b c d", `a\tb\nc\r\nd`},
		{`back\slash`, `back\slash`, `back\\slash`},
		{"\n\nx\n", "x", `\n\nx\n`},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.one {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.one)
		}
		if got := TSVEscape(tt.in); got != tt.tsv {
			t.Errorf("TSVEscape(%q) = %q, want %q", tt.in, got, tt.tsv)
		}
	}
}

func TestJSON(t *testing.T) {
	line, err := JSONLine(map[string]string{"t": "<a & b>"})
	if err != nil || string(line) != "{\"t\":\"<a & b>\"}\n" {
		t.Errorf("JSONLine = %q, %v", line, err)
	}
	tests := []struct {
		items []int
		want  string
	}{
		{nil, "[\n]\n"},
		{[]int{1}, "[\n1\n]\n"},
		{[]int{1, 2}, "[\n1,\n2\n]\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		a, err := NewArray(&b)
		for _, it := range tt.items {
			if err == nil {
				err = a.Add(it)
			}
		}
		if err == nil {
			err = a.Close()
		}
		if err != nil || b.String() != tt.want {
			t.Errorf("array of %v = %q, %v; want %q", tt.items, b.String(), err, tt.want)
		}
	}
}
