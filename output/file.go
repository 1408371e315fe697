package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned (wrapped) when the target exists and overwriting was not allowed.
var ErrExists = errors.New("already exists (use --force to overwrite)")

// File is an output being written. Write to it, then Commit; Abort (safe after Commit)
// removes any temporary file, so `defer f.Abort()` is the idiom.
type File struct {
	target  string
	tmp     *os.File // nil when writing a special file directly
	special *os.File
	done    bool
}

// Create opens target for writing. When target is a regular file or does not exist, bytes go
// to a temporary file beside it; when it is a device, FIFO or socket, they go to it directly.
func Create(target string, force bool) (*File, error) {
	info, err := os.Stat(target)
	switch {
	case err == nil && !info.Mode().IsRegular():
		if info.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", target)
		}
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &File{target: target, special: f}, nil
	case err == nil && !force:
		return nil, fmt.Errorf("%s: %w", target, ErrExists)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot create output: %w", target, unwrapPath(err))
	}
	return &File{target: target, tmp: tmp}, nil
}

func (f *File) Write(p []byte) (int, error) {
	if f.special != nil {
		return f.special.Write(p)
	}
	return f.tmp.Write(p)
}

// Name is the target path.
func (f *File) Name() string { return f.target }

// Commit makes the output visible: it syncs and renames the temporary file over the target
// (with mode 0644, subject to the umask as for any created file).
func (f *File) Commit() error {
	if f.done {
		return nil
	}
	f.done = true
	if f.special != nil {
		return f.special.Close()
	}
	if err := f.tmp.Chmod(0o644 &^ umask()); err != nil {
		f.discard()
		return err
	}
	if err := f.tmp.Sync(); err != nil {
		f.discard()
		return fmt.Errorf("%s: %w", f.target, err)
	}
	if err := f.tmp.Close(); err != nil {
		os.Remove(f.tmp.Name())
		return fmt.Errorf("%s: %w", f.target, err)
	}
	if err := os.Rename(f.tmp.Name(), f.target); err != nil {
		os.Remove(f.tmp.Name())
		return err
	}
	return nil
}

// Abort discards an uncommitted output. It does nothing after Commit.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	if f.special != nil {
		f.special.Close()
		return
	}
	f.discard()
}

func (f *File) discard() {
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// WriteFile writes data to target atomically, as Create, Write and Commit do.
func WriteFile(target string, force bool, write func(io.Writer) error) error {
	f, err := Create(target, force)
	if err != nil {
		return err
	}
	defer f.Abort()
	if err := write(f); err != nil {
		return err
	}
	return f.Commit()
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
