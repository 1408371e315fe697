package segment

import (
	"reflect"
	"testing"
)

// TestWarnCuts checks the messages about cut sentences: the first three one by one, then the
// count of the others, and none for a document without cuts.
func TestWarnCuts(t *testing.T) {
	sents := func(forced ...bool) []Sentence {
		var out []Sentence
		for i, f := range forced {
			out = append(out, Sentence{Start: 10 * i, End: 10*i + 10, Forced: f})
		}
		return out
	}
	tests := []struct {
		name  string
		sents []Sentence
		want  []string
	}{
		{"none cut", sents(false, false), nil},
		{"one cut", sents(false, true), []string{"d.txt: sentence 2 (bytes 10-20) has no boundary within 10 bytes; cut at white space"}},
		{"five cut", sents(true, true, false, true, true, true), []string{
			"d.txt: sentence 1 (bytes 0-10) has no boundary within 10 bytes; cut at white space",
			"d.txt: sentence 2 (bytes 10-20) has no boundary within 10 bytes; cut at white space",
			"d.txt: sentence 4 (bytes 30-40) has no boundary within 10 bytes; cut at white space",
			"d.txt: 2 more sentences cut at 10 bytes",
		}},
	}
	for _, tt := range tests {
		var got []string
		WarnCuts("d.txt", 10, tt.sents, func(msg string) { got = append(got, msg) })
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
