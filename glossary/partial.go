package glossary

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf8"
)

// PartialMagic is the first word of a partial glossary file; PartialVersion its format
// version (see doc.go).
const (
	PartialMagic   = "arprep-glossary-partial"
	PartialVersion = 2
)

// maxRecord bounds one document's record: a corrupt length is refused before it is read.
const maxRecord = 1 << 31

// PartialError is a partial glossary that cannot be read: corrupt, truncated, of another
// format or version. Offset is the byte where reading stopped.
type PartialError struct {
	Offset int64
	Msg    string
}

func (e *PartialError) Error() string {
	return fmt.Sprintf("not a valid partial glossary (byte %d): %s", e.Offset, e.Msg)
}

// PartialWriter writes the documents of a shard, prepared (see Prepare), as a partial
// glossary. Close writes the trailer; a file without it is refused as truncated.
type PartialWriter struct {
	w    *bufio.Writer
	crc  hash.Hash32
	docs uint64
	rec  recordWriter
	err  error
}

// NewPartialWriter starts a partial glossary on w. names says whether the documents' names
// were tagged: partials made with and without names do not merge.
func NewPartialWriter(w io.Writer, names bool) *PartialWriter {
	crc := crc32.NewIEEE()
	p := &PartialWriter{w: bufio.NewWriter(io.MultiWriter(w, crc)), crc: crc}
	_, p.err = fmt.Fprintf(p.w, "%s %d\nnames %s\n", PartialMagic, PartialVersion, yesNo(names))
	return p
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Add writes one prepared document; english marks a document for BuildEnglish.
func (p *PartialWriter) Add(d Doc, english bool) error {
	if p.err != nil {
		return p.err
	}
	_, p.err = p.rec.write(p.w, []byte{'d'}, d, english)
	p.docs++
	return p.err
}

// Close writes the document count and the checksum. It does not close the underlying writer.
func (p *PartialWriter) Close() error {
	if p.err != nil {
		return p.err
	}
	b := binary.AppendUvarint([]byte{'e'}, p.docs)
	if _, err := p.w.Write(b); err != nil {
		return err
	}
	if err := p.w.Flush(); err != nil {
		return err
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], p.crc.Sum32())
	_, err := p.w.Write(sum[:])
	if err == nil {
		err = p.w.Flush()
	}
	return err
}

// recordWriter writes documents' records: their length, then flags, name, text, sentences and
// names (see doc.go). The text is written as it is, between the parts before and after it,
// rather than copied into one record: a 30 MB document took about 140 MB to encode whole.
// The parts' buffers are reused from one record to the next.
type recordWriter struct{ head, tail []byte }

// write writes lead, then d's record, to w, and returns the bytes written.
func (r *recordWriter) write(w io.Writer, lead []byte, d Doc, english bool) (int64, error) {
	var flags uint64
	if english {
		flags |= 1
	}
	if d.Names != nil {
		flags |= 2
	}
	p := binary.AppendUvarint(r.tail[:0], flags)
	p = appendString(p, d.Name)
	p = binary.AppendUvarint(p, uint64(len(d.Text)))
	mid := len(p) // the text goes here
	spans := d.sentenceSpans()
	p = binary.AppendUvarint(p, uint64(len(spans)))
	for _, s := range spans {
		p = binary.AppendUvarint(p, uint64(s.start))
		p = binary.AppendUvarint(p, uint64(s.end-s.start))
	}
	p = binary.AppendUvarint(p, uint64(len(d.Names)))
	for _, n := range d.Names {
		p = binary.AppendUvarint(p, uint64(n.Start))
		p = binary.AppendUvarint(p, uint64(n.End-n.Start))
		p = appendString(p, n.Type)
		p = binary.AppendUvarint(p, uint64(math.Float32bits(n.Margin)))
	}
	r.tail = p
	h := binary.AppendUvarint(append(r.head[:0], lead...), uint64(len(p)+len(d.Text)))
	r.head = append(h, p[:mid]...)
	n, err := w.Write(r.head)
	if err == nil {
		var m int
		m, err = io.WriteString(w, d.Text) // bufio.Writer copies it in pieces
		n += m
	}
	if err == nil {
		var m int
		m, err = w.Write(p[mid:])
		n += m
	}
	return int64(n), err
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// payload is a record's payload as it is read: size bytes, left of them still to come.
type payload struct {
	r          *bufio.Reader
	size, left int
}

func (p *payload) ReadByte() (byte, error) {
	if p.left == 0 {
		return 0, io.ErrUnexpectedEOF
	}
	c, err := p.r.ReadByte()
	if err == nil {
		p.left--
	}
	return c, err
}

// num reads a number no larger than the payload.
func (p *payload) num() (int, bool) {
	v, err := binary.ReadUvarint(p)
	if err != nil || v > uint64(p.size) {
		return 0, false
	}
	return int(v), true
}

// str reads a string, copied once from the reader's buffer into a string of its size: a
// 30 MB text is not read into a record buffer, then a []byte, then a string.
func (p *payload) str() (string, bool) {
	n, ok := p.num()
	if !ok || n > p.left {
		return "", false
	}
	var b strings.Builder
	b.Grow(n)
	for rest := n; rest > 0; {
		piece, err := p.r.Peek(min(rest, p.r.Size()))
		if err != nil {
			return "", false
		}
		b.Write(piece)
		p.r.Discard(len(piece))
		rest -= len(piece)
	}
	p.left -= n
	return b.String(), true
}

// skip passes over a string, returning where its bytes begin in the payload and its length.
func (p *payload) skip() (at, n int, ok bool) {
	if n, ok = p.num(); !ok || n > p.left {
		return 0, 0, false
	}
	at = p.size - p.left
	if _, err := p.r.Discard(n); err != nil {
		return 0, 0, false
	}
	p.left -= n
	return at, n, true
}

// docRecord is a decoded document record: the document, whether it is English, and where its
// text's bytes begin in the payload (when the text was skipped, Doc.Text is empty).
type docRecord struct {
	doc     Doc
	english bool
	textAt  int
}

// decodeDoc reads a record's payload of size bytes from r, checking every offset against the
// text; without withText the text is skipped.
func decodeDoc(r *bufio.Reader, size int, withText bool) (docRecord, error) {
	var d Doc
	bad := func(what string) (docRecord, error) { return docRecord{}, errors.New(what) }
	p := &payload{r: r, size: size, left: size}
	num, str := p.num, p.str
	flags, ok := num()
	if !ok || flags > 3 {
		return bad("bad document flags")
	}
	if d.Name, ok = str(); !ok {
		return bad("bad document name")
	}
	var textAt, textN int
	if withText {
		d.Text, ok = str()
		textAt, textN = p.size-p.left-len(d.Text), len(d.Text)
	} else {
		textAt, textN, ok = p.skip()
	}
	if !ok {
		return bad("bad document text")
	}
	offsets := func() (int, int, bool) {
		start, ok1 := num()
		n, ok2 := num()
		if !ok1 || !ok2 || start > textN || n > textN-start {
			return 0, 0, false
		}
		return start, start + n, true
	}
	n, ok := num()
	if !ok || n > p.left {
		return bad("bad sentence count")
	}
	d.spans = make([]sentenceSpan, n)
	for i := range d.spans {
		s, e, ok := offsets()
		if !ok {
			return bad("sentence outside the text")
		}
		d.spans[i] = sentenceSpan{int32(s), int32(e)}
	}
	if n, ok = num(); !ok || n > p.left {
		return bad("bad name count")
	}
	if flags&2 != 0 {
		d.Names = make([]span.Entity, 0, n)
	} else if n > 0 {
		return bad("names in a document without names")
	}
	for range n {
		s, e, ok := offsets()
		if !ok {
			return bad("name outside the text")
		}
		t, ok := str()
		if !ok || !utf8.ValidString(t) {
			return bad("bad name type")
		}
		m, err := binary.ReadUvarint(p)
		if err != nil || m > math.MaxUint32 {
			return bad("bad name margin")
		}
		d.Names = append(d.Names, span.Entity{Start: s, End: e, Type: t, Margin: math.Float32frombits(uint32(m))})
	}
	if p.left != 0 {
		return bad("trailing bytes in a document record")
	}
	return docRecord{d, flags&1 != 0, textAt}, nil
}

// PartialReader reads a partial glossary written by PartialWriter.
type PartialReader struct {
	r      *bufio.Reader
	crc    hash.Hash32
	off    int64 // bytes read
	names  bool
	docs   uint64
	done   bool
	record *bufio.Reader // decodes a record from its bytes (Next)
}

// NewPartialReader reads the header of a partial glossary.
func NewPartialReader(r io.Reader) (*PartialReader, error) {
	p := &PartialReader{r: bufio.NewReaderSize(r, 1<<16), crc: crc32.NewIEEE()}
	line1, err := p.line()
	if err != nil {
		return nil, err
	}
	var version int
	if n, _ := fmt.Sscanf(line1, PartialMagic+" %d", &version); n != 1 || line1 != fmt.Sprintf("%s %d", PartialMagic, version) {
		return nil, &PartialError{0, "not a partial glossary (made by arprep glossary --partial)"}
	}
	if version != PartialVersion {
		return nil, &PartialError{0, fmt.Sprintf("format version %d; this arprep reads version %d", version, PartialVersion)}
	}
	at := p.off
	line2, err := p.line()
	if err != nil {
		return nil, err
	}
	switch line2 {
	case "names yes":
		p.names = true
	case "names no":
	default:
		return nil, &PartialError{at, "bad names line"}
	}
	return p, nil
}

// Names reports whether the shard's names were tagged.
func (p *PartialReader) Names() bool { return p.names }

func (p *PartialReader) fail(msg string) error { return &PartialError{p.off, msg} }

// line reads a header line of at most 64 bytes.
func (p *PartialReader) line() (string, error) {
	var b []byte
	for len(b) <= 64 {
		c, err := p.r.ReadByte()
		if err != nil {
			return "", p.fail("not a partial glossary: the header is cut short")
		}
		p.off++
		p.crc.Write([]byte{c})
		if c == '\n' {
			return string(b), nil
		}
		b = append(b, c)
	}
	return "", &PartialError{0, "not a partial glossary (made by arprep glossary --partial)"}
}

// byteReader feeds the checksum and the offset as a record is read.
type byteReader struct{ p *PartialReader }

func (b byteReader) ReadByte() (byte, error) {
	c, err := b.p.r.ReadByte()
	if err == nil {
		b.p.off++
		b.p.crc.Write([]byte{c})
	}
	return c, err
}

// Next returns the next document and whether it is English; io.EOF after the last one, once
// the document count and the checksum are verified.
func (p *PartialReader) Next() (Doc, bool, error) {
	if p.done {
		return Doc{}, false, io.EOF
	}
	at := p.off
	tag, err := byteReader{p}.ReadByte()
	if err != nil {
		return Doc{}, false, p.fail("truncated: no trailer")
	}
	switch tag {
	case 'd':
		n, err := binary.ReadUvarint(byteReader{p})
		if err != nil || n > maxRecord {
			return Doc{}, false, p.fail("bad record length")
		}
		var buf bytes.Buffer
		if m, _ := io.Copy(&buf, io.LimitReader(p.r, int64(n))); uint64(m) != n {
			return Doc{}, false, p.fail("truncated document record")
		}
		p.off += int64(n)
		p.crc.Write(buf.Bytes())
		if p.record == nil {
			p.record = bufio.NewReader(nil)
		}
		p.record.Reset(bytes.NewReader(buf.Bytes()))
		rec, err := decodeDoc(p.record, buf.Len(), true)
		if err != nil {
			return Doc{}, false, &PartialError{at, err.Error()}
		}
		d, english := rec.doc, rec.english
		d.Sentences = make([]segment.Sentence, len(d.spans))
		for i, s := range d.spans {
			d.Sentences[i] = segment.Sentence{Text: d.Text[s.start:s.end], Start: int(s.start), End: int(s.end)}
		}
		d.spans = nil // the document as it was written: Prepare sets them again
		p.docs++
		return d, english, nil
	case 'e':
		n, err := binary.ReadUvarint(byteReader{p})
		if err != nil || n != p.docs {
			return Doc{}, false, p.fail(fmt.Sprintf("the trailer's document count is not the %d documents read", p.docs))
		}
		want := p.crc.Sum32()
		var sum [4]byte
		if _, err := io.ReadFull(p.r, sum[:]); err != nil {
			return Doc{}, false, p.fail("truncated checksum")
		}
		p.off += 4
		if binary.BigEndian.Uint32(sum[:]) != want {
			return Doc{}, false, p.fail("checksum mismatch: the file is corrupt")
		}
		if _, err := p.r.ReadByte(); err != io.EOF {
			return Doc{}, false, p.fail("data after the trailer")
		}
		p.done = true
		return Doc{}, false, io.EOF
	}
	return Doc{}, false, &PartialError{at, fmt.Sprintf("bad record tag %q", tag)}
}

// docStore holds the prepared documents between counting and collecting: in memory up to
// limit bytes of text, then in a temporary file in the record format of a partial glossary
// (limit 0: always in memory). The names of all documents stay in memory.
type docStore struct {
	limit, size int64
	dir         string
	names       []string
	mem         []Doc
	file        *os.File      // the spill file, once the limit is passed
	w           *bufio.Writer // writes to file
	offsets     []int64       // of the spilled records, and the end of the last one
	rec         recordWriter  // encodes the records
	r           *bufio.Reader // reads a record for doc
	spilled     int           // documents in the file: the first ones
	cached      int32         // the index of cache plus one (0: none)
	cache       docSentences  // the sentences of the spilled document read last
}

func (s *docStore) add(d Doc) error {
	s.names = append(s.names, d.Name)
	if s.file == nil && (s.limit == 0 || s.size+int64(len(d.Text)) <= s.limit) {
		s.mem = append(s.mem, d)
		s.size += int64(len(d.Text))
		return nil
	}
	if s.file == nil {
		f, err := os.CreateTemp(s.dir, "arprep-glossary-*.tmp")
		if err != nil {
			return fmt.Errorf("glossary: spilling documents past the memory budget: %w", err)
		}
		s.file, s.w, s.offsets = f, bufio.NewWriterSize(f, 1<<16), []int64{0}
		for _, m := range s.mem {
			if err := s.spill(m); err != nil {
				return err
			}
		}
		s.mem, s.size = nil, 0
	}
	return s.spill(d)
}

func (s *docStore) spill(d Doc) error {
	n, err := s.rec.write(s.w, nil, d, false)
	if err != nil {
		return fmt.Errorf("glossary: spilling documents: %w", err)
	}
	s.offsets = append(s.offsets, s.offsets[len(s.offsets)-1]+n)
	s.spilled++
	return nil
}

// each calls fn with every document in order.
func (s *docStore) each(fn func(i int32, d Doc)) error {
	if s.file == nil {
		for i, d := range s.mem {
			fn(int32(i), d)
		}
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("glossary: spilling documents: %w", err)
	}
	r := bufio.NewReaderSize(io.NewSectionReader(s.file, 0, s.offsets[len(s.offsets)-1]), 1<<16)
	for i := 0; i < s.spilled; i++ {
		d, err := s.read(r, i)
		if err != nil {
			return err
		}
		fn(int32(i), d)
	}
	return nil
}

// read decodes spilled record i from r.
func (s *docStore) read(br *bufio.Reader, i int) (Doc, error) {
	rec, _, err := s.record(br, i, true)
	return rec.doc, err
}

// record decodes spilled record i from r, with its text or without it, and returns the
// length of its length's varint.
func (s *docStore) record(br *bufio.Reader, i int, withText bool) (docRecord, int, error) {
	n, err := binary.ReadUvarint(br)
	if err == nil && int64(n) > s.offsets[i+1]-s.offsets[i] {
		err = errors.New("bad record length")
	}
	var rec docRecord
	if err == nil {
		rec, err = decodeDoc(br, int(n), withText)
	}
	if err != nil {
		return docRecord{}, 0, fmt.Errorf("glossary: reading spilled documents: %w", err)
	}
	return rec, len(binary.AppendUvarint(nil, n)), nil
}

// docSentences are a document's sentence spans and the text of any of them, for the
// contexts: a spilled document's text is read a sentence at a time, not whole (30 MB of text
// read back for some thousands of contexts).
type docSentences struct {
	spans []sentenceSpan
	text  string   // the document's text, when it is in memory
	file  *os.File // else the spill file
	at    int64    // where the text begins in file
}

// sentence returns the text of the sentence sn.
func (ds docSentences) sentence(sn sentenceSpan) (string, error) {
	if ds.file == nil {
		return ds.text[sn.start:sn.end], nil
	}
	b := make([]byte, sn.end-sn.start)
	if _, err := ds.file.ReadAt(b, ds.at+int64(sn.start)); err != nil {
		return "", fmt.Errorf("glossary: reading spilled documents: %w", err)
	}
	return string(b), nil
}

// sentences returns the sentences of document i.
func (s *docStore) sentences(i int32) (docSentences, error) {
	if s.file == nil {
		return docSentences{spans: s.mem[i].spans, text: s.mem[i].Text}, nil
	}
	if s.cached == i+1 {
		return s.cache, nil
	}
	if s.r == nil {
		s.r = bufio.NewReaderSize(nil, 1<<16)
	}
	s.r.Reset(io.NewSectionReader(s.file, s.offsets[i], s.offsets[i+1]-s.offsets[i]))
	rec, head, err := s.record(s.r, int(i), false)
	if err != nil {
		return docSentences{}, err
	}
	ds := docSentences{spans: rec.doc.spans, file: s.file, at: s.offsets[i] + int64(head) + int64(rec.textAt)}
	s.cached, s.cache = i+1, ds
	return ds, nil
}

// forget lets go of the documents held in memory and of the sentences read last, once the
// entries have their contexts: the file, if any, stays until close.
func (s *docStore) forget() {
	s.mem, s.cache, s.cached = nil, docSentences{}, 0
}

// close removes the spill file.
func (s *docStore) close() error {
	err := removeTemp(s.file)
	s.file = nil
	return err
}

// removeTemp closes and removes a temporary file, if any.
func removeTemp(f *os.File) error {
	if f == nil {
		return nil
	}
	err := f.Close()
	if rerr := os.Remove(f.Name()); err == nil {
		err = rerr
	}
	return err
}
