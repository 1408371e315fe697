//go:build unix

package command

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestPrepInterrupt sends SIGINT to the process while the folder is being written: the run
// ends with an error and leaves nothing behind.
func TestPrepInterrupt(t *testing.T) {
	parent := t.TempDir()
	prepFault = func(name string) error {
		if name == "job.xlf" {
			syscall.Kill(os.Getpid(), syscall.SIGINT)
			time.Sleep(300 * time.Millisecond) // let the signal reach the context
		}
		return nil
	}
	defer func() { prepFault = nil }()
	s, _ := testIO()
	err := Prep(prepJob(filepath.Join(parent, "job")), s)
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("got %v", err)
	}
	if got := leftIn(t, parent); len(got) != 0 {
		t.Errorf("an interrupted prep left %v", got)
	}
}
