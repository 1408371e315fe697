package entity

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"slices"
	"strings"
)

// Model file: magic, a format version byte, the CRC-32 (IEEE) of the rest, then the hash size, the two stages' weights (transitions, then the
// non-zero emission rows), the word profiles, the Brown clusters, the gazetteer and the self-tagged lexicon.
const (
	modelMagic   = "arprep-ner"
	modelVersion = 7
)

// ErrCorruptModel is returned (wrapped) by ReadModel for a file that is not a valid model.
var ErrCorruptModel = errors.New("corrupt entity model")

// WriteTo writes the model in its binary format.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var payload bytes.Buffer
	e := &encoder{w: &payload}
	e.byte(t.local.bits)
	e.weights(t.local)
	e.weights(t.doc)
	keys := slices.Sorted(maps.Keys(t.profiles))
	e.uvarint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k)
		p := t.profiles[k]
		e.write(p[:])
	}
	words := slices.Sorted(maps.Keys(t.brown))
	e.uvarint(uint64(len(words)))
	for _, w := range words {
		e.string(w)
		p := t.brown[w]
		e.uvarint(uint64(p.bits))
		e.byte(p.n)
	}
	e.gazetteer(t.gaz)
	e.gazetteer(t.auto)
	if e.err != nil {
		return 0, e.err
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
	d := &decoder{b: data[hl:]}
	bits := d.byte()
	if bits < 10 || bits > 26 {
		return nil, fmt.Errorf("%w: hash size 2^%d out of range", ErrCorruptModel, bits)
	}
	t := &Tagger{local: d.weights(bits), doc: d.weights(bits), profiles: map[string]profile{}}
	for n := d.count(4); n > 0 && d.err == nil; n-- {
		k := d.string()
		var p profile
		for j := range p {
			p[j] = d.byte()
		}
		t.profiles[k] = p
	}
	t.brown = map[string]brownPath{}
	for n := d.count(3); n > 0 && d.err == nil; n-- {
		w := d.string()
		bits := d.uvarint()
		if bits > math.MaxUint32 {
			d.fail(fmt.Errorf("bad Brown path for %q", w))
		}
		t.brown[w] = brownPath{bits: uint32(bits), n: d.byte()}
	}
	t.gaz = d.gazetteer()
	t.auto = d.gazetteer()
	if d.err == nil {
		t.pair = pairStages(t.local, t.doc)
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = errors.New("trailing data")
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptModel, d.err)
	}
	return t, nil
}

// weights writes transitions, then the non-zero emission rows as (bucket delta, row).
func (e *encoder) weights(w *weights) {
	for i := range w.trans {
		for _, x := range w.trans[i] {
			e.float(x)
		}
	}
	var rows []uint32
	for b := uint32(0); b < 1<<w.bits; b++ {
		for _, x := range w.row(b) {
			if x != 0 {
				rows = append(rows, b)
				break
			}
		}
	}
	e.uvarint(uint64(len(rows)))
	last := uint32(0)
	for _, b := range rows {
		e.uvarint(uint64(b - last))
		last = b
		for _, x := range w.row(b) {
			e.float(x)
		}
	}
}

func (d *decoder) weights(bits uint8) *weights {
	w := &weights{bits: bits, index: make([]int32, 1<<bits)}
	for i := range w.index {
		w.index[i] = -1
	}
	for i := range w.trans {
		for j := range w.trans[i] {
			w.trans[i][j] = d.float()
		}
	}
	n := d.count(nTags * 4)
	w.emit = make([]float32, 0, n*nTags)
	b := 0
	for r := 0; r < n && d.err == nil; r++ {
		b += int(d.uvarint())
		if b >= 1<<bits || r > 0 && w.index[b] >= 0 {
			d.fail(fmt.Errorf("weight row %d out of range or repeated", b))
			break
		}
		w.index[b] = int32(r)
		for j := 0; j < nTags; j++ {
			w.emit = append(w.emit, d.float())
		}
	}
	return w
}

func (e *encoder) gazetteer(g *gazetteer) {
	phrases := slices.Sorted(maps.Keys(g.phrases))
	e.uvarint(uint64(len(phrases)))
	for _, p := range phrases {
		e.string(p)
		e.uvarint(uint64(g.phrases[p]))
	}
	var parts []string
	for k, w := range g.words {
		if w.parts != 0 {
			parts = append(parts, k)
		}
	}
	slices.Sort(parts)
	e.uvarint(uint64(len(parts)))
	for _, p := range parts {
		e.string(p)
		e.uvarint(uint64(g.words[p].parts))
	}
}

func (d *decoder) gazetteer() *gazetteer {
	g := newGazetteer()
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		p := d.string()
		if p == "" || strings.Contains(p, "  ") || p[0] == ' ' || p[len(p)-1] == ' ' {
			d.fail(fmt.Errorf("bad gazetteer phrase %q", p))
			break
		}
		g.addJoined(p, uint32(d.uvarint()))
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		p := d.string()
		g.addPart(p, uint32(d.uvarint()))
	}
	return g
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
