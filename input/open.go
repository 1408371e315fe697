package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Open opens one named input as a decoded UTF-8 stream: a file, or stdin for "-" (named
// <stdin> in messages). Call the returned function to close it.
func Open(name string, stdin io.Reader, enc Encoding) (io.Reader, func(), error) {
	var src io.Reader
	closer := func() {}
	label := name
	if name == "-" {
		src = stdin
		label = "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, FileError(err)
		}
		if st, err := f.Stat(); err == nil && st.IsDir() {
			f.Close()
			return nil, nil, fmt.Errorf("%s: is a directory", name)
		}
		src, closer = f, func() { f.Close() }
	}
	r, _, err := NewReader(label, src, enc)
	if err != nil {
		closer()
		return nil, nil, err
	}
	return r, closer, nil
}

// ReadAll reads one named input ("-" is stdin) whole.
func ReadAll(name string, stdin io.Reader, enc Encoding) (string, error) {
	r, closeInput, err := Open(name, stdin, enc)
	if err != nil {
		return "", err
	}
	defer closeInput()
	var b strings.Builder
	if st, err := os.Stat(name); name != "-" && err == nil && st.Mode().IsRegular() {
		b.Grow(int(st.Size()) + 1) // read once, not through copies (UTF-8 decodes to its size)
	}
	_, err = io.Copy(&b, r)
	return b.String(), err
}

// FileError turns an error from opening a file, "open a.txt: no such file or directory", into
// the one-line form Unix tools use: "a.txt: no such file or directory".
func FileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && (pe.Op == "open" || pe.Op == "stat" || pe.Op == "lstat") {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// LimitReader fails a stream that runs past limit bytes, naming it; a streamed input needs
// no bound, but an explicit one is honoured as in corpus runs.
func LimitReader(r io.Reader, name string, limit int64) io.Reader {
	return &limitReader{r: r, left: limit, name: name, limit: limit}
}

type limitReader struct {
	r           io.Reader
	left, limit int64
	name        string
}

func (d *limitReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	if d.left -= int64(n); d.left < 0 {
		return 0, fmt.Errorf("%s: larger than --max-doc-bytes %d", d.name, d.limit)
	}
	return n, err
}
