//go:build unix

package output

import (
	"io/fs"
	"syscall"
)

// processUmask is read once at start-up (reading it means setting it, briefly), so committed
// files and folders get the permissions a plain create or mkdir would give them, rather than
// CreateTemp's 0600 and MkdirTemp's 0700.
var processUmask = func() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}()

func umask() fs.FileMode { return processUmask }
