package input

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadAll checks the inputs a command names: stdin, a file, a missing file and a folder,
// with errors in the one-line form that names the file.
func TestReadAll(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(file, []byte("\xef\xbb\xbfنص"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "none.txt")
	tests := []struct {
		name, want, wantErr string
	}{
		{"-", "من stdin", ""},
		{file, "نص", ""},
		{missing, "", missing + ": no such file or directory"},
		{dir, "", dir + ": is a directory"},
	}
	for _, tt := range tests {
		got, err := ReadAll(tt.name, strings.NewReader("من stdin"), "auto")
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s: err %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

// TestLimitReader checks that a stream is cut off with a message only past its limit.
func TestLimitReader(t *testing.T) {
	tests := []struct {
		text    string
		limit   int64
		wantErr bool
	}{
		{"12345", 5, false},
		{"123456", 5, true},
	}
	for _, tt := range tests {
		_, err := io.ReadAll(LimitReader(strings.NewReader(tt.text), "in.txt", tt.limit))
		if (err != nil) != tt.wantErr {
			t.Errorf("%q limit %d: err %v", tt.text, tt.limit, err)
		}
		if err != nil && err.Error() != "in.txt: larger than --max-doc-bytes 5" {
			t.Errorf("message %q", err)
		}
	}
}
