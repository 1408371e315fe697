//go:build unix

package worksheet

import (
	"io/fs"
	"syscall"
)

// processUmask is read once (reading it means setting it, briefly), so the job folder gets
// the permissions a plain mkdir would give it rather than MkdirTemp's 0700.
var processUmask = func() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}()

func currentUmask() fs.FileMode { return processUmask }
