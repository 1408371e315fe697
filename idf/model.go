package idf

import (
	"bufio"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Magic is the first line of a model file, without the version.
const Magic = "arprep-idf"

// Version is the format version this package writes and reads.
const Version = 1

// Model holds document frequencies. The zero value is not ready: use [New] or [Read].
type Model struct {
	docs int64
	df   map[string]int64
}

// New returns an empty model.
func New() *Model { return &Model{df: map[string]int64{}} }

// Add counts one document given as text: each of its terms once.
func (m *Model) Add(text string) {
	seen := map[string]struct{}{}
	Terms(text, func(t string) { seen[t] = struct{}{} })
	m.docs++
	for t := range seen {
		m.count(t)
	}
}

// AddTerms counts one document given as its terms; repeats are counted once.
func (m *Model) AddTerms(terms []string) {
	seen := make(map[string]struct{}, len(terms))
	m.docs++
	for _, t := range terms {
		if _, ok := seen[t]; !ok {
			seen[t] = struct{}{}
			m.count(t)
		}
	}
}

// count adds a document to term t's count. A term is often a slice of its document, and a
// map assignment stores the key it is given even when the key is there already (m.df[t]++
// would keep, for every term, the last document it was seen in): the key is copied, at
// most once per term and document.
func (m *Model) count(t string) {
	m.df[strings.Clone(t)]++
}

// Merge adds the counts of o to m.
func (m *Model) Merge(o *Model) {
	m.docs += o.docs
	for t, n := range o.df {
		m.df[t] += n
	}
}

// Documents returns the number of documents counted.
func (m *Model) Documents() int64 { return m.docs }

// Len returns the number of distinct terms.
func (m *Model) Len() int { return len(m.df) }

// DF returns the number of documents that hold term.
func (m *Model) DF(term string) int64 { return m.df[term] }

// IDF returns ln((1+N)/(1+df)) + 1 for term.
func (m *Model) IDF(term string) float64 {
	return math.Log(float64(1+m.docs)/float64(1+m.df[term])) + 1
}

// Prune drops the terms held by fewer than minDF documents (a smaller file; pruned terms then
// read as unseen). The document count is unchanged.
func (m *Model) Prune(minDF int64) {
	for t, n := range m.df {
		if n < minDF {
			delete(m.df, t)
		}
	}
}

// WriteTo writes m in the model file format (see the package documentation).
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	terms := make([]string, 0, len(m.df))
	for t := range m.df {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	crc := crc32.NewIEEE()
	cw := &countWriter{w: io.MultiWriter(w, crc)}
	bw := bufio.NewWriterSize(cw, 64<<10)
	fmt.Fprintf(bw, "%s %d\nanalyser %s\ndocuments %d\nterms %d\n", Magic, Version, Analyser(), m.docs, len(terms))
	for _, t := range terms {
		bw.WriteString(t)
		bw.WriteByte('\t')
		bw.WriteString(strconv.FormatInt(m.df[t], 10))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	n, err := fmt.Fprintf(w, "end %08x\n", crc.Sum32())
	return cw.n + int64(n), err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// FormatError describes a model file that cannot be read.
type FormatError struct {
	Line int // 1-based; 0 when the error is not tied to a line
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("not a valid IDF model: line %d: %s", e.Line, e.Msg)
	}
	return "not a valid IDF model: " + e.Msg
}

// ErrForeign is wrapped by the error Read returns for a file that is not an arprep IDF model.
var ErrForeign = errors.New("not an arprep IDF model")

// Read reads a model written by [Model.WriteTo], checking its header, counts, order and
// checksum.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	crc := crc32.NewIEEE()
	line := 0
	next := func() (string, bool, error) {
		s, err := br.ReadString('\n')
		if err == io.EOF && s == "" {
			return "", false, nil
		}
		if err != nil && err != io.EOF {
			return "", false, err
		}
		line++
		if !strings.HasSuffix(s, "\n") {
			return "", false, &FormatError{line, "truncated (no line end)"}
		}
		return s[:len(s)-1], true, nil
	}
	bad := func(format string, args ...any) error { return &FormatError{line, fmt.Sprintf(format, args...)} }

	// header line: read raw bytes first so a binary file gives a short message
	head, err := br.Peek(len(Magic) + 1)
	if err != nil || string(head) != Magic+" " {
		return nil, fmt.Errorf("%w (it does not start with %q)", ErrForeign, Magic)
	}
	header := []struct {
		key  string
		want string // "" = a number
	}{{Magic, strconv.Itoa(Version)}, {"analyser", Analyser()}, {"documents", ""}, {"terms", ""}}
	var docs, nterms int64
	for i, h := range header {
		s, ok, err := next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, bad("truncated header")
		}
		crc.Write([]byte(s + "\n"))
		key, val, _ := strings.Cut(s, " ")
		if key != h.key {
			return nil, bad("expected %q, found %.40q", h.key, s)
		}
		switch {
		case i == 0 && val != h.want:
			return nil, bad("format version %s; this arprep reads version %d", val, Version)
		case i == 1 && val != h.want:
			return nil, bad("made by analyser %q; this arprep uses %q: rebuild the model", val, h.want)
		case h.want == "":
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil || n < 0 || strconv.FormatInt(n, 10) != val {
				return nil, bad("bad count %q", val)
			}
			if i == 2 {
				docs = n
			} else {
				nterms = n
			}
		}
	}
	m := &Model{docs: docs, df: make(map[string]int64, min(nterms, 1<<22))}
	prev := ""
	for k := int64(0); k < nterms; k++ {
		s, ok, err := next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, bad("truncated: %d of %d terms", k, nterms)
		}
		crc.Write([]byte(s + "\n"))
		term, val, found := strings.Cut(s, "\t")
		if !found || term == "" {
			return nil, bad("expected TERM<TAB>DF")
		}
		n, err := strconv.ParseInt(val, 10, 64)
		if err != nil || n < 1 || n > docs || strconv.FormatInt(n, 10) != val {
			return nil, bad("bad document frequency %q for %q (documents %d)", val, term, docs)
		}
		if k > 0 && term <= prev {
			return nil, bad("term %q out of order or repeated", term)
		}
		prev = term
		m.df[term] = n
	}
	s, ok, err := next()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, bad("truncated: no end line")
	}
	if want := fmt.Sprintf("end %08x", crc.Sum32()); s != want {
		if strings.HasPrefix(s, "end ") {
			return nil, bad("checksum mismatch: the file is corrupt")
		}
		return nil, bad("expected the end line after %d terms", nterms)
	}
	if rest, _ := br.Peek(1); len(rest) > 0 {
		return nil, bad("data after the end line")
	}
	return m, nil
}

// Load reads the model file path; its errors name the file.
func Load(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) || errors.Is(err, ErrForeign) {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return m, nil
}
