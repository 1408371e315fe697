package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	if err := WriteFile(target, false, func(w io.Writer) error { _, err := io.WriteString(w, "one"); return err }); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(target, false, func(w io.Writer) error { _, err := io.WriteString(w, "two"); return err })
	if !errors.Is(err, ErrExists) {
		t.Fatalf("overwrite without force: err = %v", err)
	}
	if err := WriteFile(target, true, func(w io.Writer) error { _, err := io.WriteString(w, "three"); return err }); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, "out.txt", "three")
	info, _ := os.Stat(target)
	if info.Mode().Perm()&0o044 == 0 {
		t.Errorf("committed file mode %v is not readable like a plain created file", info.Mode())
	}
}

// diskFull fails after n bytes, as a filling disk does.
type diskFull struct {
	w io.Writer
	n int
}

func (d *diskFull) Write(p []byte) (int, error) {
	if len(p) > d.n {
		k, _ := d.w.Write(p[:d.n])
		d.n = 0
		return k, syscall.ENOSPC
	}
	d.n -= len(p)
	return d.w.Write(p)
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	err := WriteFile(target, false, func(w io.Writer) error {
		_, err := io.WriteString(&diskFull{w: w, n: 10}, strings.Repeat("سطر\n", 100))
		return err
	})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	// An existing target survives a failed overwrite untouched.
	os.WriteFile(target, []byte("keep"), 0o644)
	WriteFile(target, true, func(w io.Writer) error { return syscall.ENOSPC })
	assertOnly(t, dir, "out.txt", "keep")
}

func TestSpecialFileWrittenDirectly(t *testing.T) {
	f, err := Create(os.DevNull, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(os.DevNull); err != nil || info.Mode()&os.ModeDevice == 0 {
		t.Fatalf("%s is no longer a device: %v %v", os.DevNull, info, err)
	}
}

func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if err := WriteFile(fifo, false, func(w io.Writer) error { _, err := io.WriteString(w, "through the pipe"); return err }); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "through the pipe" {
		t.Errorf("read %q", s)
	}
	if info, _ := os.Lstat(fifo); info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := Create(filepath.Join(dir, "x"), false); err == nil {
		t.Fatal("created a file in a read-only folder")
	}
}

func TestDirectoryTarget(t *testing.T) {
	if _, err := Create(t.TempDir(), true); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Fatalf("err = %v", err)
	}
}

func assertOnly(t *testing.T, dir, name, content string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != name {
		t.Fatalf("folder holds %v, want only %s", entries, name)
	}
	b, _ := os.ReadFile(filepath.Join(dir, name))
	if string(b) != content {
		t.Errorf("%s = %q, want %q", name, b, content)
	}
}
