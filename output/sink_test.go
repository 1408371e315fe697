package output

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestSink checks that a file sink appears only when the run succeeds, that stdout gets what
// was written either way, and that an existing file is kept without force.
func TestSink(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		path     string // "" is stdout
		runErr   error
		wantFile bool
	}{
		{"file, success", "ok.txt", nil, true},
		{"file, failed run", "bad.txt", errors.New("boom"), false},
		{"stdout, failed run", "", errors.New("boom"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout bytes.Buffer
			path := tt.path
			if path != "" {
				path = filepath.Join(dir, path)
			}
			s, err := OpenSink(path, &stdout, false)
			if err != nil {
				t.Fatal(err)
			}
			s.WriteString("data\n")
			if err := s.Finish(tt.runErr); err != tt.runErr {
				t.Fatalf("Finish: %v, want %v", err, tt.runErr)
			}
			if path == "" {
				if stdout.String() != "data\n" {
					t.Errorf("stdout %q", stdout.String())
				}
				return
			}
			_, statErr := os.Stat(path)
			if (statErr == nil) != tt.wantFile {
				t.Errorf("file exists: %v, want %v", statErr == nil, tt.wantFile)
			}
		})
	}
	if _, err := OpenSink(filepath.Join(dir, "ok.txt"), nil, false); !errors.Is(err, ErrExists) {
		t.Errorf("reopening without force: %v, want ErrExists", err)
	}
}

// TestIsInput checks that an output is recognised as an input by file, not by name.
func TestIsInput(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Link(a, link); err != nil {
		t.Skip(err)
	}
	tests := []struct {
		out    string
		inputs []string
		want   bool
	}{
		{a, []string{b, a}, true},
		{link, []string{a}, true},
		{a, []string{b, "-"}, false},
		{filepath.Join(dir, "new.txt"), []string{a}, false},
		{"", []string{a}, false},
	}
	for _, tt := range tests {
		if got := IsInput(tt.out, tt.inputs); got != tt.want {
			t.Errorf("IsInput(%q, %q) = %v, want %v", tt.out, tt.inputs, got, tt.want)
		}
	}
}
