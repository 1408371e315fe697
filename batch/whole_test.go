package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWhole checks a one-job run over files, stdin and folders: documents in order, a folder's
// text files only (and what it left out), and errors that stop the run.
func TestWhole(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "alif")
	write("docs/1.txt", "one")
	write("docs/2.txt", "two")
	write("docs/notes.md", "skip me")
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)
	docs := filepath.Join(dir, "docs")
	tests := []struct {
		name        string
		paths       []string
		folders     bool
		wantTexts   string // the documents' texts, joined by |
		wantNotText int
		wantErr     string // the error's end, "" for none
	}{
		{"file and stdin", []string{a, "-"}, false, "alif|from stdin", 0, ""},
		{"folder", []string{docs, a}, true, "one|two|alif", 1, ""},
		{"folder not taken", []string{docs}, false, "", 0, "docs: is a directory"},
		{"empty folder", []string{filepath.Join(dir, "empty")}, true, "", 0, "empty: no .txt files in the folder"},
		{"missing file stops the run", []string{a, filepath.Join(dir, "none.txt"), a}, false, "alif", 0, "none.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &Source{Paths: tt.paths, Stdin: strings.NewReader("from stdin")}
			var texts []string
			notText := 0
			err := src.Whole(tt.folders, func(n, _ []string) { notText += len(n) }, func(d Doc) error {
				texts = append(texts, d.Text)
				return nil
			})
			if (err == nil) != (tt.wantErr == "") || err != nil && !strings.HasSuffix(err.Error(), tt.wantErr) {
				t.Fatalf("err %v, want ...%q", err, tt.wantErr)
			}
			if got := strings.Join(texts, "|"); got != tt.wantTexts {
				t.Errorf("texts %q, want %q", got, tt.wantTexts)
			}
			if notText != tt.wantNotText {
				t.Errorf("%d files left out, want %d", notText, tt.wantNotText)
			}
		})
	}
}
