package entity

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"strings"
)

// Model file: magic, a format version byte, the CRC-32 (IEEE) of the rest, then a
// DEFLATE stream holding the hash size, transition weights, the non-zero emission rows,
// the word clusters and the gazetteer.
const (
	modelMagic   = "arprep-ner"
	modelVersion = 1
)

// ErrCorruptModel is returned (wrapped) by ReadModel for a file that is not a valid model.
var ErrCorruptModel = errors.New("corrupt entity model")

// WriteTo writes the model in its binary format.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var payload bytes.Buffer
	fw, _ := flate.NewWriter(&payload, flate.BestCompression)
	e := &encoder{w: fw}
	e.byte(t.w.bits)
	for i := range t.w.trans {
		for _, x := range t.w.trans[i] {
			e.float(x)
		}
	}
	var rows []int
	for b := 0; b < 1<<t.w.bits; b++ {
		for _, x := range t.w.emit[b*nTags : (b+1)*nTags] {
			if x != 0 {
				rows = append(rows, b)
				break
			}
		}
	}
	e.uvarint(uint64(len(rows)))
	last := 0
	for _, b := range rows {
		e.uvarint(uint64(b - last))
		last = b
		for _, x := range t.w.emit[b*nTags : (b+1)*nTags] {
			e.float(x)
		}
	}
	words := sortedKeys(t.clusters)
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		e.string(w)
		for _, c := range t.clusters[w] {
			e.uvarint(uint64(c))
		}
	}
	phrases := sortedKeys(t.gaz.phrases)
	e.uvarint(uint64(len(phrases)))
	for _, p := range phrases {
		e.string(p)
		e.uvarint(uint64(t.gaz.phrases[p]))
	}
	parts := sortedKeys(t.gaz.parts)
	e.uvarint(uint64(len(parts)))
	for _, p := range parts {
		e.string(p)
		e.uvarint(uint64(t.gaz.parts[p]))
	}
	if e.err != nil {
		return 0, e.err
	}
	if err := fw.Close(); err != nil {
		return 0, err
	}
	var head [len(modelMagic) + 5]byte
	copy(head[:], modelMagic)
	head[len(modelMagic)] = modelVersion
	binary.LittleEndian.PutUint32(head[len(modelMagic)+1:], crc32.ChecksumIEEE(payload.Bytes()))
	n, err := w.Write(head[:])
	if err != nil {
		return int64(n), err
	}
	m, err := w.Write(payload.Bytes())
	return int64(n + m), err
}

// ReadModel decodes a model written by WriteTo.
func ReadModel(data []byte) (*Tagger, error) {
	hl := len(modelMagic) + 5
	if len(data) < hl || string(data[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("%w: not an arprep entity model (bad magic)", ErrCorruptModel)
	}
	if v := data[len(modelMagic)]; v != modelVersion {
		return nil, fmt.Errorf("%w: format version %d, this build reads version %d", ErrCorruptModel, v, modelVersion)
	}
	if crc32.ChecksumIEEE(data[hl:]) != binary.LittleEndian.Uint32(data[len(modelMagic)+1:]) {
		return nil, fmt.Errorf("%w: checksum mismatch (truncated or damaged file)", ErrCorruptModel)
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data[hl:])))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptModel, err)
	}
	d := &decoder{b: raw}
	bits := d.byte()
	if bits < 10 || bits > 26 {
		return nil, fmt.Errorf("%w: hash size 2^%d out of range", ErrCorruptModel, bits)
	}
	t := &Tagger{w: newWeights(bits), clusters: map[string][nLevels]uint16{}, gaz: newGazetteer()}
	for i := range t.w.trans {
		for j := range t.w.trans[i] {
			t.w.trans[i][j] = d.float()
		}
	}
	b := 0
	for n := d.count(nTags * 4); n > 0 && d.err == nil; n-- {
		b += int(d.uvarint())
		if b >= 1<<bits {
			return nil, fmt.Errorf("%w: weight row %d out of range", ErrCorruptModel, b)
		}
		for j := 0; j < nTags; j++ {
			t.w.emit[b*nTags+j] = d.float()
		}
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		w := d.string()
		var c [nLevels]uint16
		for l := range c {
			c[l] = uint16(d.uvarint())
		}
		t.clusters[w] = c
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		p := d.string()
		t.gaz.addPhrase(strings.Split(p, " "), uint16(d.uvarint()))
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		p := d.string()
		t.gaz.parts[p] = uint16(d.uvarint())
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = errors.New("trailing data")
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptModel, d.err)
	}
	return t, nil
}

type encoder struct {
	w   io.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) byte(b byte) { e.write([]byte{b}) }
func (e *encoder) uvarint(v uint64) {
	e.write(e.buf[:binary.PutUvarint(e.buf[:], v)])
}
func (e *encoder) float(x float32) {
	binary.LittleEndian.PutUint32(e.buf[:4], math.Float32bits(x))
	e.write(e.buf[:4])
}
func (e *encoder) string(s string) { e.uvarint(uint64(len(s))); e.write([]byte(s)) }

type decoder struct {
	b   []byte
	err error
}

var errShort = errors.New("unexpected end of data")

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) < 1 {
		d.fail(errShort)
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads an element count, rejecting counts the remaining data cannot hold (each
// element takes at least minSize bytes).
func (d *decoder) count(minSize int) int {
	n := d.uvarint()
	if n > uint64(len(d.b)/minSize) {
		d.fail(fmt.Errorf("count %d exceeds the data", n))
		return 0
	}
	return int(n)
}

func (d *decoder) float() float32 {
	if d.err != nil || len(d.b) < 4 {
		d.fail(errShort)
		return 0
	}
	x := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return x
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail(errShort)
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}
