package output

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrFolderExists is returned (wrapped) by WriteFolder when the folder exists and replacing
// it was not allowed.
var ErrFolderExists = errors.New("already exists (use --force to replace it)")

// FolderFile is one file of a folder WriteFolder writes.
type FolderFile struct {
	Name  string                // file name inside the folder
	Write func(io.Writer) error // writes its content
}

// WriteFolder creates the folder dir holding files so that it appears whole or not at all:
// the files are written into a temporary folder beside dir, synced, and the folder is then
// renamed to dir. An existing dir is kept unless force is set; with force it is replaced
// only after the new folder is complete. When ctx is cancelled (an interrupt) or a file
// fails, the temporary folder is removed and dir is left as it was.
func WriteFolder(ctx context.Context, dir string, force bool, files []FolderFile) (err error) {
	dir = filepath.Clean(dir)
	info, statErr := os.Stat(dir)
	switch {
	case statErr == nil && !info.IsDir():
		return fmt.Errorf("%s: exists and is not a folder", dir)
	case statErr == nil && !force:
		return fmt.Errorf("%s: %w", dir, ErrFolderExists)
	case statErr != nil && !errors.Is(statErr, fs.ErrNotExist):
		return statErr
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: cannot create folder: %w", dir, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	for _, bf := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: interrupted; nothing was written", dir)
		}
		if err := writeFolderFile(filepath.Join(tmp, bf.Name), bf.Write); err != nil {
			return fmt.Errorf("%s: %s: %w", dir, bf.Name, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: interrupted; nothing was written", dir)
	}
	if err := os.Chmod(tmp, 0o755&^umask()); err != nil {
		return err
	}
	if statErr == nil { // force: move the old folder aside, put the new one in, drop the old
		old := tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return fmt.Errorf("%s: cannot replace: %w", dir, err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			os.Rename(old, dir)
			return fmt.Errorf("%s: cannot replace: %w", dir, err)
		}
		return os.RemoveAll(old)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	return nil
}

func writeFolderFile(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
