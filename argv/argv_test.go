package argv

import (
	"strings"
	"testing"
)

// tree is a small program: global --color (a value) and -q; summarize with --words (a value)
// and --explain; idf with the subcommands build and merge; a hidden debug command.
var tree = &Command{
	Names: []string{"prog"},
	Flags: Flags{"color": true, "quiet": false, "q": false},
	Subcommands: []*Command{
		{Names: []string{"summarize", "sum"}, Runs: true, Flags: Flags{"words": true, "explain": false, "jobs": true, "j": true}},
		{Names: []string{"idf"}, Subcommands: []*Command{
			{Names: []string{"build"}, Runs: true, Flags: Flags{"min-df": true}},
			{Names: []string{"merge"}, Runs: true},
		}},
		{Names: []string{"debug"}, Runs: true, Hidden: true},
	},
}

func TestPermute(t *testing.T) {
	tests := []struct{ in, want string }{
		{"prog summarize a.txt --words 50", "prog summarize --words 50 -- a.txt"},
		{"prog summarize a.txt -q --color never b.txt", "prog -q --color never summarize -- a.txt b.txt"},
		{"prog sum a.txt -j2", "prog sum -j 2 -- a.txt"},
		{"prog summarize -- --odd.txt --words", "prog summarize -- --odd.txt --words"},
		{"prog idf build a --min-df 2", "prog idf build --min-df 2 -- a"},
		{"prog help summarize", "prog summarize --help"},
		{"prog help", "prog --help"},
		{"prog --color always", "prog --color always"},
		{"prog nosuch a --words 1", "prog nosuch a --words 1"},
	}
	for _, tt := range tests {
		if got := strings.Join(Permute(tree, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("Permute(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	tests := []struct{ in, path, err string }{
		{"prog summarize --words 5 -- a.txt", "summarize", ""},
		{"prog --color never summarize -q", "summarize", ""},
		{"prog", "", ""},
		{"prog sumarize", "", `unknown command "sumarize" (did you mean summarize?); the commands are summarize, idf`},
		{"prog xyz", "", `unknown command "xyz"; the commands are summarize, idf`},
		{"prog idf biuld", "idf", `idf: unknown subcommand "biuld" (did you mean build?); the subcommands are build, merge`},
		{"prog summarize --wrods 5", "summarize", "summarize: unknown flag --wrods (did you mean --words?)"},
		{"prog summarize --expl", "summarize", "summarize: unknown flag --expl (did you mean --explain?)"},
		{"prog summarize -z", "summarize", "summarize: unknown flag -z"},
		{"prog idf build --min-df 2", "idf build", ""},
	}
	for _, tt := range tests {
		path, err := Check(tree, strings.Fields(tt.in))
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if path != tt.path || msg != tt.err {
			t.Errorf("Check(%q) = %q, %q; want %q, %q", tt.in, path, msg, tt.path, tt.err)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"words", "words", 0}, {"wrods", "words", 1}, {"word", "words", 1},
		{"kitten", "sitting", 3}, {"جملة", "جمل", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
