package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/input"
)

// Doc is one document of a batch.
type Doc struct {
	Seq  int    // position in the input, from 0
	Name string // file path, "-" for stdin, or "FILE:LINE" for a JSONL line ("<stdin>:LINE")
	ID   string // the JSONL id field; the file name for plain files
	Text string // decoded UTF-8 text
	Size int    // raw size in bytes
	Err  error  // why the document could not be read; Text is empty then

	// A JSONL line not parsed yet: Map parses it in a worker, so that the reader, the one
	// serial stage, only frames lines.
	line               []byte
	textField, idField string
}

// parsed returns d with its JSONL line, if any, parsed into ID and Text (or Err).
func (d Doc) parsed() Doc {
	if d.line == nil {
		return d
	}
	p := parseJSONLine(d.Name, d.line, d.textField, d.idField)
	p.Seq = d.Seq
	return p
}

// Label names the document in messages: its name ("<stdin>" for standard input), with its id
// when it has one of its own.
func (d Doc) Label() string {
	if d.ID != "" && d.ID != d.Name {
		return fmt.Sprintf("%s (id %s)", display(d.Name), d.ID)
	}
	return display(d.Name)
}

// Source describes where documents come from.
type Source struct {
	Paths       []string       // files, folders and "-" (stdin); empty means stdin
	Stdin       io.Reader      // what "-" reads
	Glob        string         // base-name pattern for files found in folders ("" = text files: see TextFile)
	JSONL       bool           // each line of each input is a JSON object holding a document
	TextField   string         // JSONL field with the text (default "text")
	IDField     string         // JSONL field with the id (default "id")
	Encoding    input.Encoding // for plain files (JSONL is UTF-8 by definition)
	MaxDocBytes int64          // documents larger than this fail; 0 = no limit
	Exclude     []string       // files never read from a folder: the run's own outputs

	notText, binary []string // files a folder walk left out (see Skipped)
}

// TextFile reports whether a folder walk without a Glob reads the file name: .txt and .text
// files, and .jsonl and .ndjson files for JSONL input. A folder of articles often holds other
// files too (notes in .md, images, archives, scripts), and a corpus tool that reads them all
// segments source code and fails on every image.
func TextFile(name string, jsonl bool) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return true
	case ".jsonl", ".ndjson":
		return jsonl
	}
	return false
}

// Skipped returns, after Each or Map, the files folder walks left out: those TextFile does
// not take (without a Glob), and those a Glob took that hold binary data (a NUL byte in
// their first 8 KiB, without the byte order mark of UTF-16).
func (s *Source) Skipped() (notText, binary []string) { return s.notText, s.binary }

// DefaultMaxLineBytes bounds a JSONL line when MaxDocBytes is not set: a longer line is
// reported and skipped without being held in memory.
const DefaultMaxLineBytes = 64 << 20

// Each calls fn with every document in order. It stops at the first error fn returns, or at
// an error that makes the rest of the input unreadable (a missing file is a document error).
func (s *Source) Each(fn func(Doc) error) error {
	return s.each(func(d Doc) error { return fn(d.parsed()) }, func() error { return nil })
}

// each is Each with JSONL lines left unparsed, calling idle before a read that may wait for
// a stream (the next JSONL line is not in the buffer yet).
func (s *Source) each(fn func(Doc) error, idle func() error) error {
	paths := s.Paths
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	seq := 0
	emit := func(d Doc) error {
		d.Seq = seq
		seq++
		return fn(d)
	}
	for _, p := range paths {
		if p == "-" {
			if err := s.readStream("-", s.Stdin, emit, idle); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(Doc{Name: p, ID: p, Err: err}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := s.readFile(p, emit, idle); err != nil {
				return err
			}
			continue
		}
		if err := s.walk(p, emit, idle); err != nil {
			return err
		}
	}
	return nil
}

// walk visits the files under root in lexical order. Symbolic links to folders are not
// followed, so link loops cannot trap it; links to files are read.
func (s *Source) walk(root string, emit func(Doc) error, idle func() error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(Doc{Name: path, ID: path, Err: err})
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if s.Glob != "" {
			if ok, _ := filepath.Match(s.Glob, name); !ok {
				return nil
			}
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if s.excluded(path) {
			return nil
		}
		if s.Glob == "" && !TextFile(name, s.JSONL) {
			s.notText = append(s.notText, path)
			return nil
		}
		if s.Glob != "" && (s.Encoding == input.Auto || s.Encoding == "") && isBinary(path) {
			s.binary = append(s.binary, path)
			return nil
		}
		return s.readFile(path, emit, idle)
	})
}

// excluded reports whether path is one of s.Exclude (the same file, or the same name for a
// file not written yet).
func (s *Source) excluded(path string) bool {
	if len(s.Exclude) == 0 {
		return false
	}
	abs, _ := filepath.Abs(path)
	info, err := os.Stat(path)
	for _, x := range s.Exclude {
		if xa, _ := filepath.Abs(x); xa == abs {
			return true
		}
		if xi, xerr := os.Stat(x); err == nil && xerr == nil && os.SameFile(info, xi) {
			return true
		}
	}
	return false
}

// isBinary sniffs the head of a file for a NUL byte, as grep and git do; UTF-16 text with a
// byte order mark is text.
func isBinary(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false // the read reports it
	}
	defer f.Close()
	head := make([]byte, 8<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(head, 0) >= 0
}

func (s *Source) readFile(path string, emit func(Doc) error, idle func() error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Doc{Name: path, ID: path, Err: err})
	}
	defer f.Close()
	return s.readStream(path, f, emit, idle)
}

func (s *Source) readStream(name string, r io.Reader, emit func(Doc) error, idle func() error) error {
	if s.JSONL {
		return s.readJSONL(name, r, emit, idle)
	}
	limit := s.MaxDocBytes
	var raw io.Reader = r
	counter := &countingReader{r: r}
	raw = counter
	if limit > 0 {
		raw = io.LimitReader(counter, limit+1)
	}
	dec, _, err := input.NewReader(display(name), raw, s.Encoding)
	if err != nil {
		return emit(Doc{Name: name, ID: name, Err: err})
	}
	var b strings.Builder
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			// Read once, not through copies: a 30 MB document grown by doubling allocated 85 MB
			// (UTF-8 decodes to its size; the builder grows past it for other encodings).
			size := st.Size()
			if limit > 0 {
				size = min(size, limit)
			}
			b.Grow(int(size) + 1)
		}
	}
	_, err = io.Copy(&b, dec)
	d := Doc{Name: name, ID: name, Text: b.String(), Size: int(counter.n)}
	if limit > 0 && counter.n > limit { // before any decoding error the cut may have caused
		err = fmt.Errorf("%s: larger than --max-doc-bytes %d", display(name), limit)
	}
	if err != nil {
		d.Text, d.Err = "", err
	}
	return emit(d)
}

// display names an input in messages: standard input ("-") is "<stdin>".
func display(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readJSONL reads one document per line. Lines are bounded: one longer than the limit is
// reported as a document error and skipped without being held in memory.
func (s *Source) readJSONL(name string, r io.Reader, emit func(Doc) error, idle func() error) error {
	textField, idField := s.TextField, s.IDField
	if textField == "" {
		textField = "text"
	}
	if idField == "" {
		idField = "id"
	}
	limit := s.MaxDocBytes
	if limit <= 0 {
		limit = DefaultMaxLineBytes
	}
	br := bufio.NewReaderSize(r, 1<<20)
	var line []byte
	for lineNo := 1; ; lineNo++ {
		if ahead, _ := br.Peek(br.Buffered()); bytes.IndexByte(ahead, '\n') < 0 {
			if err := idle(); err != nil {
				return err
			}
		}
		tooLong, blank := false, true // blank: only white space so far, kept or not
		var readErr error
		var whole []byte // the line, copied once
		chunk, err := br.ReadSlice('\n')
		if err != bufio.ErrBufferFull { // the whole line in the buffer: the common case
			blank = len(bytes.TrimSpace(chunk)) == 0
			if tooLong = int64(len(chunk)) > limit+1; !tooLong && !blank {
				whole = bytes.Clone(chunk)
			}
			readErr = err
		} else { // longer than the buffer: gathered in line, chunk by chunk
			line = line[:0]
			for {
				blank = blank && len(bytes.TrimSpace(chunk)) == 0
				if !tooLong {
					if int64(len(line)+len(chunk)) > limit+1 {
						tooLong = true
						line = line[:0]
					} else {
						line = append(line, chunk...)
					}
				}
				if err != bufio.ErrBufferFull {
					break
				}
				chunk, err = br.ReadSlice('\n')
			}
			readErr = err
			if !tooLong && !blank {
				whole = bytes.Clone(line)
			}
		}
		label := display(name) + ":" + strconv.Itoa(lineNo)
		switch {
		case tooLong && !blank:
			if err := emit(Doc{Name: label, Err: fmt.Errorf("%s: line longer than %d bytes", label, limit)}); err != nil {
				return err
			}
		case whole != nil:
			if err := emit(Doc{Name: label, Size: len(whole), line: whole, textField: textField, idField: idField}); err != nil {
				return err
			}
		}
		if readErr == io.EOF {
			return nil
		}
		if readErr != nil {
			return fmt.Errorf("%s: %w", display(name), readErr)
		}
	}
}

func parseJSONLine(label string, line []byte, textField, idField string) Doc {
	d := Doc{Name: label, Size: len(line)}
	if !utf8.Valid(line) {
		bad := len(line)
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && size == 1 {
				bad = i
				break
			}
			i += size
		}
		d.Err = fmt.Errorf("%s: invalid UTF-8 at byte %d of the line", label, bad)
		return d
	}
	text, id, err := jsonFields(line, textField, idField)
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			d.Err = fmt.Errorf("%s: not JSON at byte %d: %v", label, se.Offset, err)
		} else {
			d.Err = fmt.Errorf("%s: not a JSON object: %v", label, err)
		}
		return d
	}
	if id != nil {
		var v any
		if json.Unmarshal(id, &v) == nil {
			switch v := v.(type) {
			case string:
				d.ID = v
			case nil:
			default:
				d.ID = strings.TrimSpace(string(id))
			}
		}
	}
	switch {
	case !text.found:
		d.Err = &FieldError{Doc: d.Label(), Field: textField, Present: jsonKeys(line)}
	case !text.isString:
		d.Err = fmt.Errorf("%s: field %q is not a string", d.Label(), textField)
	default:
		d.Text = text.value
	}
	return d
}

// FieldError is a JSONL line without the text field. When the first lines all lack it, the
// field name is wrong rather than the lines: Present lets the caller say which fields there
// are.
type FieldError struct {
	Doc     string   // the line's label
	Field   string   // the text field asked for
	Present []string // the fields the line has, sorted
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: no %q field (the line has %s)", e.Doc, e.Field, strings.Join(e.Present, ", "))
}

// jsonKeys lists the keys of the JSON object on line, sorted.
func jsonKeys(line []byte) []string {
	var m map[string]json.RawMessage
	json.Unmarshal(line, &m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, strconv.Quote(k))
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		return []string{"no fields"}
	}
	return keys
}

// textValue is what a JSONL line holds under the text field.
type textValue struct {
	value           string
	found, isString bool
}

// jsonFields reads the JSON object on line in one pass, decoding the text field, keeping the
// id field raw and checking the other values. encoding/json's scanner costs tens of
// nanoseconds a byte and decoding a map of raw messages, then the text out of it, ran it four
// times over a news article's text: the workers spent more time there than segmenting it.
// Here a string without escapes (the text, as a rule) is checked and copied in one plain
// loop; anything else goes through encoding/json, and so does a line that is not valid, so
// that its error is the standard one. As with a map, keys match exactly and the last of
// repeated keys wins. line must be valid UTF-8.
func jsonFields(line []byte, textField, idField string) (text textValue, id []byte, err error) {
	bad := func() (textValue, []byte, error) {
		var v any
		if err := json.Unmarshal(line, &v); err != nil {
			return textValue{}, nil, err
		}
		if _, ok := v.(map[string]any); !ok {
			return textValue{}, nil, fmt.Errorf("the line holds %s", jsonKind(v))
		}
		return textValue{}, nil, errors.New("malformed object") // the scan refused what the decoder took
	}
	i := skipSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return bad()
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		i++
	} else {
		for {
			if i == len(line) || line[i] != '"' {
				return bad()
			}
			end, escaped, ok := stringEnd(line, i)
			if !ok {
				return bad()
			}
			key := string(line[i+1 : end-1])
			if escaped && json.Unmarshal(line[i:end], &key) != nil {
				return bad()
			}
			i = skipSpace(line, end)
			if i == len(line) || line[i] != ':' {
				return bad()
			}
			i = skipSpace(line, i+1)
			end, escaped, ok = valueEnd(line, i)
			if !ok {
				return bad()
			}
			raw := line[i:end]
			if key == textField {
				if text, ok = textOf(raw, escaped); !ok {
					return bad()
				}
			} else {
				if (raw[0] != '"' || escaped) && !json.Valid(raw) {
					return bad()
				}
				if key == idField {
					id = raw
				}
			}
			i = skipSpace(line, end)
			if i < len(line) && line[i] == ',' {
				i = skipSpace(line, i+1)
				continue
			}
			if i < len(line) && line[i] == '}' {
				i++
				break
			}
			return bad()
		}
	}
	if skipSpace(line, i) != len(line) {
		return bad()
	}
	return text, id, nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the end of the JSON string that opens at b[i] (just past its closing
// quote), whether it holds escapes (not checked here), and false when it is not closed or
// holds a control character.
func stringEnd(b []byte, i int) (end int, escaped, ok bool) {
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return j + 1, escaped, true
		case c == '\\':
			escaped = true
			j++
		case c < 0x20:
			return 0, false, false
		}
	}
	return 0, false, false
}

// textOf decodes the value of the text field; false means it is not valid JSON. null is not
// a string.
func textOf(raw []byte, escaped bool) (textValue, bool) {
	t := textValue{found: true, isString: true}
	switch {
	case raw[0] == '"' && !escaped:
		t.value = string(raw[1 : len(raw)-1])
		return t, true
	case raw[0] == '"':
		if v, ok := unescape(raw); ok {
			t.value = v
			return t, true
		}
		return t, json.Unmarshal(raw, &t.value) == nil
	}
	t.isString = false
	return t, json.Valid(raw)
}

// unescape decodes a JSON string with the escapes news text has (\" \\ \/ \n \r \t \b \f);
// it returns false for one with \u escapes or an invalid escape, left to encoding/json.
func unescape(raw []byte) (string, bool) {
	body := raw[1 : len(raw)-1]
	out := make([]byte, 0, len(body))
	for {
		k := bytes.IndexByte(body, '\\')
		if k < 0 {
			return string(append(out, body...)), true
		}
		out = append(out, body[:k]...)
		if k+1 == len(body) {
			return "", false
		}
		switch c := body[k+1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		default:
			return "", false
		}
		body = body[k+2:]
	}
}

// valueEnd returns the end of the JSON value that starts at b[i], found by matching brackets
// outside strings; whether it is a string with escapes; and false when it does not end. The
// value itself is checked by the caller.
func valueEnd(b []byte, i int) (end int, escaped, ok bool) {
	if i == len(b) {
		return 0, false, false
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				e, _, ok := stringEnd(b, j)
				if !ok {
					return 0, false, false
				}
				j = e - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1, false, true
				}
			}
		}
		return 0, false, false
	}
	j := i
	for j < len(b) && !strings.ContainsRune(",}] \t\r\n", rune(b[j])) {
		j++
	}
	return j, false, j > i
}

// jsonKind names the kind of a decoded JSON value, for messages.
func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "an array"
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "null"
}
