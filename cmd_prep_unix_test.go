//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCLIPrepInterrupt sends SIGINT to the process while the folder is being written: the
// run ends with an error and leaves nothing behind.
func TestCLIPrepInterrupt(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "job")
	prepFault = func(name string) error {
		if name == "job.xlf" {
			syscall.Kill(os.Getpid(), syscall.SIGINT)
			time.Sleep(300 * time.Millisecond) // let the signal reach the context
		}
		return nil
	}
	defer func() { prepFault = nil }()
	_, errs, code := runCLI(t, "", "-q", "prep", "testdata/seed.txt", "-o", dir)
	if code != 1 || !strings.Contains(errs, "interrupted") {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got := dirNames(t, parent); len(got) != 0 {
		t.Errorf("an interrupted prep left %v", got)
	}
}
