package output

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func files(contents ...string) []FolderFile {
	var out []FolderFile
	for i, c := range contents {
		c := c
		out = append(out, FolderFile{Name: string(rune('a'+i)) + ".txt", Write: func(w io.Writer) error {
			_, err := io.WriteString(w, c)
			return err
		}})
	}
	return out
}

// leftovers lists what is in parent besides want.
func leftovers(t *testing.T, parent string, want ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
	for _, e := range entries {
		keep := false
		for _, w := range want {
			keep = keep || e.Name() == w
		}
		if !keep {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

func TestWriteFolder(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "job")
	if err := WriteFolder(context.Background(), dir, false, files("1", "2")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "b.txt")); string(b) != "2" {
		t.Errorf("b.txt = %q", b)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm()&0o055 == 0 {
		t.Errorf("folder mode %v: the temporary folder's 0700 leaked", info.Mode())
	}
	// exists without force
	err := WriteFolder(context.Background(), dir, false, files("x"))
	if !errors.Is(err, ErrFolderExists) {
		t.Errorf("err = %v, want ErrFolderExists", err)
	}
	// a failure half-way leaves the old folder and no temporary one
	failing := append(files("new"), FolderFile{Name: "bad", Write: func(w io.Writer) error {
		io.WriteString(w, "partial")
		return errors.New("disk on fire")
	}})
	err = WriteFolder(context.Background(), dir, true, failing)
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.Contains(err.Error(), "bad") {
		t.Errorf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(b) != "1" {
		t.Errorf("a failed --force run changed the old folder: a.txt = %q", b)
	}
	if extra := leftovers(t, parent, "job"); len(extra) > 0 {
		t.Errorf("left behind %v", extra)
	}
	// force replaces the folder whole: old files do not survive
	if err := WriteFolder(context.Background(), dir, true, files("only")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.txt")); err == nil {
		t.Error("b.txt from the old folder survived --force")
	}
	if extra := leftovers(t, parent, "job"); len(extra) > 0 {
		t.Errorf("left behind %v", extra)
	}
	// a file in the way
	plain := filepath.Join(parent, "plain")
	os.WriteFile(plain, nil, 0o644)
	if err := WriteFolder(context.Background(), plain, true, files("x")); err == nil {
		t.Error("a regular file was replaced by a folder")
	}
}

func TestWriteFolderFailureLeavesNothing(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "job")
	bad := append(files("1"), FolderFile{Name: "b", Write: func(io.Writer) error { return errors.New("boom") }})
	if err := WriteFolder(context.Background(), dir, false, bad); err == nil {
		t.Fatal("no error")
	}
	if extra := leftovers(t, parent); len(extra) > 0 {
		t.Errorf("a failed run left %v", extra)
	}
}

func TestWriteFolderInterrupted(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "job")
	ctx, cancel := context.WithCancel(context.Background())
	fs := files("1", "2", "3")
	fs[1].Write = func(w io.Writer) error { cancel(); return nil } // the interrupt arrives mid-way
	err := WriteFolder(ctx, dir, false, fs)
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Errorf("err = %v", err)
	}
	if extra := leftovers(t, parent); len(extra) > 0 {
		t.Errorf("an interrupted run left %v", extra)
	}
}
