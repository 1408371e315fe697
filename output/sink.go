package output

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// Sink is where a command writes its data, buffered: stdout, or a File committed only when
// the command succeeds.
type Sink struct {
	*bufio.Writer
	file *File // nil for stdout
}

// OpenSink opens path as a File (refusing to overwrite without force: ErrExists) or, when
// path is empty or "-", stdout.
func OpenSink(path string, stdout io.Writer, force bool) (*Sink, error) {
	if path == "" || path == "-" {
		return &Sink{Writer: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	f, err := Create(path, force)
	if err != nil {
		return nil, err
	}
	return &Sink{Writer: bufio.NewWriterSize(f, 64<<10), file: f}, nil
}

// Finish flushes and, for a file, commits it. On an earlier error (err) the file is
// discarded; stdout still gets what was written (a batch run that skipped bad documents has
// printed the good ones).
func (s *Sink) Finish(err error) error {
	if err != nil {
		if s.file != nil {
			s.file.Abort()
		} else {
			s.Flush()
		}
		return err
	}
	if err := s.Flush(); err != nil {
		if s.file != nil {
			s.file.Abort()
		}
		return WriteError(err)
	}
	if s.file != nil {
		return s.file.Commit()
	}
	return nil
}

// WriteError names the failing stream for errors such as ENOSPC on stdout (>/dev/full).
func WriteError(err error) error {
	return fmt.Errorf("writing output: %w", err)
}

// IsInput reports whether out is one of the regular files inputs names ("-", stdin, is
// none): a run must not write over what it reads.
func IsInput(out string, inputs []string) bool {
	if out == "" {
		return false
	}
	outInfo, err := os.Stat(out)
	if err != nil {
		return false
	}
	for _, n := range inputs {
		if n == "-" {
			continue
		}
		if info, err := os.Stat(n); err == nil && os.SameFile(info, outInfo) && outInfo.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// IsSpecial reports a device or FIFO such as /dev/stdout, which is written directly.
func IsSpecial(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular() && !info.IsDir()
}
