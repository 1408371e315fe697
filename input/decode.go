package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Encoding names an input encoding; Auto detects it.
type Encoding string

const (
	Auto        Encoding = "auto"
	UTF8        Encoding = "utf-8"
	UTF16       Encoding = "utf-16"
	Windows1256 Encoding = "windows-1256"
)

// ParseEncoding accepts the names of --encoding (case-insensitive, with common aliases).
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "utf-16", "utf16", "utf-16le", "utf-16be":
		return UTF16, nil
	case "windows-1256", "cp1256", "win1256":
		return Windows1256, nil
	}
	return "", fmt.Errorf("unknown encoding %q (want auto, utf-8, utf-16 or windows-1256)", s)
}

// Error is a decoding failure at a position of the raw input.
type Error struct {
	File   string // the input's name; "-" or "<stdin>" for standard input
	Offset int64  // byte offset into the raw input
	Line   int    // 1-based line of Offset
	Reason string // e.g. "invalid UTF-8", "binary data (NUL byte)"
	Hint   string // what to try, may be empty
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("%s: %s at byte %d (line %d)", e.File, e.Reason, e.Offset, e.Line)
	if e.Hint != "" {
		msg += "; " + e.Hint
	}
	return msg
}

const sniffSize = 64 << 10

// NewReader returns a reader of the UTF-8 text in r, decoded as enc (or detected when enc is
// Auto from the first 64 KiB). Errors from Read are *Error values naming name.
func NewReader(name string, r io.Reader, enc Encoding) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	if enc == Auto {
		enc = detect(head, err == io.EOF)
	}
	switch enc {
	case UTF16:
		return &utf16Reader{name: name, src: br, bigEndian: utf16BigEndian(head)}, UTF16, nil
	case Windows1256:
		return charmap.Windows1256.NewDecoder().Reader(&nulGuard{name: name, src: br}), Windows1256, nil
	}
	if bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
		return &utf8Reader{name: name, src: br, offset: 3, line: 1}, UTF8, nil
	}
	return &utf8Reader{name: name, src: br, line: 1, maybeUTF16: nulsOnOneSide(head)}, UTF8, nil
}

// Decode reads all of data as NewReader would.
func Decode(name string, data []byte, enc Encoding) (string, Encoding, error) {
	r, got, err := NewReader(name, bytes.NewReader(data), enc)
	if err != nil {
		return "", "", err
	}
	var b strings.Builder
	b.Grow(len(data))
	if _, err := io.Copy(&b, r); err != nil {
		return "", got, err
	}
	return b.String(), got, nil
}

// detect picks an encoding from the first bytes: a BOM decides; NULs mean UTF-16 when they
// fall in a regular pattern and binary otherwise (the UTF-8 reader then reports them); bytes
// that are not UTF-8 but mostly map to Arabic letters in Windows-1256 mean Windows-1256.
func detect(head []byte, complete bool) Encoding {
	switch {
	case bytes.HasPrefix(head, []byte("\xFF\xFE")), bytes.HasPrefix(head, []byte("\xFE\xFF")):
		return UTF16
	case bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")):
		return UTF8
	}
	if bytes.IndexByte(head, 0) >= 0 {
		if looksUTF16(head) {
			return UTF16
		}
		return UTF8
	}
	valid := head
	if !complete {
		// the sniff window may cut a rune in two
		for i := 0; i < utf8.UTFMax && len(valid) > 0 && !utf8.Valid(valid); i++ {
			valid = valid[:len(valid)-1]
		}
	}
	if utf8.Valid(valid) {
		return UTF8
	}
	if plausibleWindows1256(head) {
		return Windows1256
	}
	return UTF8
}

// looksUTF16 reports whether NULs sit regularly on one side of byte pairs, as they do in
// UTF-16 text of Latin or Arabic script (Arabic is 0x06xx: the high byte is 0x06, not 0).
func looksUTF16(b []byte) bool {
	n := len(b) &^ 1
	if n < 4 {
		return false
	}
	var zeroEven, zeroOdd, highEven, highOdd, pairs int
	for i := 0; i < n; i += 2 {
		pairs++
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
		if b[i] == 0 || b[i] == 0x06 {
			highEven++
		}
		if b[i+1] == 0 || b[i+1] == 0x06 {
			highOdd++
		}
	}
	// Mostly ASCII text: one side is nearly all zero and the other nearly none.
	if zeroOdd*10 >= pairs*3 && zeroEven*20 <= pairs {
		return true
	}
	if zeroEven*10 >= pairs*3 && zeroOdd*20 <= pairs {
		return true
	}
	// Arabic text: the high bytes are 0x06 for letters and 0 for spaces, digits and
	// punctuation (fewer than three pairs in ten), on one side only: nearly every pair has 0
	// or 0x06 on the same side, with some NULs there and almost none on the other side.
	return highOdd*10 >= pairs*9 && zeroOdd > 0 && zeroEven*20 <= pairs ||
		highEven*10 >= pairs*9 && zeroEven > 0 && zeroOdd*20 <= pairs
}

// nulsOnOneSide reports whether the NUL bytes of b all sit at even or all at odd offsets, as
// in UTF-16 text, when it was not clear enough to be detected.
func nulsOnOneSide(b []byte) bool {
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	return even+odd > 1 && (even == 0 || odd == 0)
}

func utf16BigEndian(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte("\xFE\xFF")):
		return true
	case bytes.HasPrefix(head, []byte("\xFF\xFE")):
		return false
	}
	// Without a BOM, the zero (or 0x06) high byte shows the order.
	var evenHigh, oddHigh int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 || head[i] == 0x06 {
			evenHigh++
		}
		if head[i+1] == 0 || head[i+1] == 0x06 {
			oddHigh++
		}
	}
	return evenHigh > oddHigh
}

// plausibleWindows1256 reports whether the bytes read as Arabic text in Windows-1256: most
// bytes ≥ 0x80 decode to Arabic letters, marks or punctuation, and they make up a real share
// of the letters (a lone stray byte in Latin text is corrupt UTF-8, not a legacy file).
func plausibleWindows1256(b []byte) bool {
	var high, arabic, latin int
	dec := charmap.Windows1256
	for _, c := range b {
		if c < 0x80 {
			if isASCIILetter(c) {
				latin++
			}
			continue
		}
		high++
		r := dec.DecodeByte(c)
		if (r >= 0x0621 && r <= 0x0652) || r == '،' || r == '؛' || r == '؟' || r == '«' || r == '»' {
			arabic++
		}
	}
	return high > 0 && arabic*10 >= high*7 && high*10 >= (high+latin)*3
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// utf8Reader validates UTF-8 as it streams, keeping byte offset and line for errors.
type utf8Reader struct {
	name    string
	src     *bufio.Reader
	offset  int64
	line    int
	pending []byte // the start of a rune cut by the previous read
	spill   []byte // validated bytes a short read could not take
	err     error

	maybeUTF16 bool // the NULs of the first bytes fall every other byte: hint --encoding utf-16
}

func (r *utf8Reader) Read(p []byte) (int, error) {
	if len(r.spill) > 0 {
		n := copy(p, r.spill)
		r.spill = r.spill[n:]
		return n, nil
	}
	if r.err != nil {
		return 0, r.err
	}
	if len(p) < utf8.UTFMax {
		// Too small to hold a rune: validate into a scratch buffer and hand it out in pieces
		// (bufio.Reader does this when its buffer is nearly full).
		var scratch [64]byte
		n, err := r.Read(scratch[:])
		k := copy(p, scratch[:n])
		r.spill = append(r.spill[:0], scratch[k:n]...)
		return k, err
	}
	n := copy(p, r.pending)
	r.pending = r.pending[:0]
	m, err := r.src.Read(p[n:])
	n += m
	end := n
	if err == nil {
		// keep an incomplete rune at the end for the next read
		for back := 1; back <= utf8.UTFMax-1 && back <= n; back++ {
			c := p[n-back]
			if c >= 0xC0 {
				if size := runeLen(c); size > back {
					end = n - back
				}
				break
			}
			if c < 0x80 {
				break
			}
		}
	}
	valid, bad := validate(p[:end])
	r.advance(p[:valid])
	if bad != "" {
		hint := hintFor(bad)
		if r.maybeUTF16 && strings.HasPrefix(bad, "binary") {
			hint = "its NUL bytes fall every other byte, as in UTF-16 without a byte order mark: pass --encoding utf-16"
		}
		r.err = &Error{File: r.name, Offset: r.offset, Line: r.line, Reason: bad, Hint: hint}
		return valid, nil
	}
	r.pending = append(r.pending, p[end:n]...)
	if err == io.EOF && len(r.pending) > 0 {
		r.err = &Error{File: r.name, Offset: r.offset, Line: r.line, Reason: "invalid UTF-8", Hint: hintFor("invalid UTF-8")}
		return valid, nil
	}
	if err != nil {
		r.err = err
		if err != io.EOF {
			r.err = fmt.Errorf("%s: %w", r.name, err)
		}
	}
	return valid, nil
}

func (r *utf8Reader) advance(b []byte) {
	r.offset += int64(len(b))
	r.line += bytes.Count(b, []byte{'\n'})
}

func runeLen(c byte) int {
	switch {
	case c >= 0xF0:
		return 4
	case c >= 0xE0:
		return 3
	}
	return 2
}

// validate returns the length of the valid prefix of b and, if it stops early, why.
func validate(b []byte) (int, string) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				return i, "binary data (NUL byte)"
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i, "invalid UTF-8"
		}
		i += size
	}
	return len(b), ""
}

func hintFor(reason string) string {
	if strings.HasPrefix(reason, "binary") {
		return "this is not a text file"
	}
	return "if the file is in another encoding, pass --encoding windows-1256 or --encoding utf-16"
}

// nulGuard rejects NUL bytes in single-byte encodings: a Windows-1256 text has none.
type nulGuard struct {
	name   string
	src    io.Reader
	offset int64
	line   int
}

func (g *nulGuard) Read(p []byte) (int, error) {
	n, err := g.src.Read(p)
	if i := bytes.IndexByte(p[:n], 0); i >= 0 {
		line := g.line + 1 + bytes.Count(p[:i], []byte{'\n'})
		return i, &Error{File: g.name, Offset: g.offset + int64(i), Line: line, Reason: "binary data (NUL byte)", Hint: hintFor("binary")}
	}
	g.offset += int64(n)
	g.line += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}

// utf16Reader decodes UTF-16 (skipping a BOM), rejecting lone surrogates with their offset.
type utf16Reader struct {
	name      string
	src       *bufio.Reader
	bigEndian bool
	started   bool
	offset    int64
	line      int
	err       error
	out       []byte
}

func (r *utf16Reader) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		r.fill()
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

func (r *utf16Reader) unit() (uint16, error) {
	var b [2]byte
	if _, err := io.ReadFull(r.src, b[:]); err != nil {
		if err == io.ErrUnexpectedEOF {
			return 0, &Error{File: r.name, Offset: r.offset, Line: r.line + 1, Reason: "truncated UTF-16 (odd number of bytes)"}
		}
		return 0, err
	}
	r.offset += 2
	if r.bigEndian {
		return uint16(b[0])<<8 | uint16(b[1]), nil
	}
	return uint16(b[1])<<8 | uint16(b[0]), nil
}

func (r *utf16Reader) fill() {
	if !r.started {
		r.started = true
		if u, err := r.unit(); err != nil {
			r.err = err
			return
		} else if u != 0xFEFF {
			r.out = r.appendUnit(r.out, u)
			if r.err != nil {
				return
			}
		}
	}
	for len(r.out) < 4096 && r.err == nil {
		u, err := r.unit()
		if err != nil {
			r.err = err
			return
		}
		r.out = r.appendUnit(r.out, u)
	}
}

func (r *utf16Reader) appendUnit(out []byte, u uint16) []byte {
	at := r.offset - 2
	switch {
	case u == 0:
		r.err = &Error{File: r.name, Offset: at, Line: r.line + 1, Reason: "binary data (NUL character)", Hint: hintFor("binary")}
		return out
	case utf16.IsSurrogate(rune(u)):
		if u >= 0xDC00 {
			r.err = &Error{File: r.name, Offset: at, Line: r.line + 1, Reason: "lone UTF-16 surrogate"}
			return out
		}
		low, err := r.unit()
		if err != nil || low < 0xDC00 || low > 0xDFFF {
			r.err = &Error{File: r.name, Offset: at, Line: r.line + 1, Reason: "lone UTF-16 surrogate"}
			return out
		}
		return utf8.AppendRune(out, utf16.DecodeRune(rune(u), rune(low)))
	}
	if u == '\n' {
		r.line++
	}
	return utf8.AppendRune(out, rune(u))
}
