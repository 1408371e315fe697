//go:build unix

package output

import (
	"io/fs"
	"syscall"
)

// processUmask is read once at start-up (reading it means setting it, briefly), so committed
// files get the permissions a plain create would give them.
var processUmask = func() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m)
}()

func umask() fs.FileMode { return processUmask }
