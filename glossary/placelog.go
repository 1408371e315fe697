package glossary

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// placeLog holds every place the second pass collects, in the order the collector takes
// them (document by document), with the candidate it belongs to: in memory up to limit
// bytes, then in a temporary file. The merges work on the candidates' counts; the stages
// that read places one by one (the short names, the entries) read the log again, so that a
// corpus's places never need to be in memory at once (see doc.go, Memory).
type placeLog struct {
	limit int64 // bytes of places kept in memory (0: no limit)
	dir   string
	mem   []loggedPlace
	file  *os.File
	w     *bufio.Writer
	n     int64 // places in the file: the first ones
	err   error // the first write error: add has no caller that could stop for it
}

type loggedPlace struct {
	cand int32
	o    occurrence
}

// placeBytes is the size of a place in the files (appendPlace), and in memory with its
// candidate.
const placeBytes = 24

// appendPlace appends the record of a place of candidate or group id: five little-endian
// 32-bit numbers (id, document, first token, byte offset, spelling), then the width, the
// tagged type, whether it is a short name, and the tagger's margin.
func appendPlace(b []byte, id int32, o occurrence) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(id))
	b = binary.LittleEndian.AppendUint32(b, uint32(o.doc))
	b = binary.LittleEndian.AppendUint32(b, uint32(o.from))
	b = binary.LittleEndian.AppendUint32(b, uint32(o.start))
	b = binary.LittleEndian.AppendUint32(b, uint32(o.surface))
	alias := byte(0)
	if o.alias {
		alias = 1
	}
	return append(b, o.width, o.nameType, alias, o.margin)
}

// readPlace decodes a record of appendPlace.
func readPlace(b []byte) (int32, occurrence) {
	return int32(binary.LittleEndian.Uint32(b[0:])), occurrence{
		doc:      int32(binary.LittleEndian.Uint32(b[4:])),
		from:     int32(binary.LittleEndian.Uint32(b[8:])),
		start:    int32(binary.LittleEndian.Uint32(b[12:])),
		surface:  int32(binary.LittleEndian.Uint32(b[16:])),
		width:    b[20],
		nameType: b[21],
		alias:    b[22] == 1,
		margin:   b[23],
	}
}

func (l *placeLog) add(cand int32, o occurrence) {
	if l.file == nil && (l.limit == 0 || int64(len(l.mem)+1)*placeBytes <= l.limit) {
		l.mem = append(l.mem, loggedPlace{cand, o})
		return
	}
	if l.err != nil {
		return
	}
	if l.file == nil {
		f, err := os.CreateTemp(l.dir, "arprep-glossary-places-*.tmp")
		if err != nil {
			l.err = fmt.Errorf("glossary: spilling places past the memory budget: %w", err)
			return
		}
		l.file, l.w = f, bufio.NewWriterSize(f, 1<<16)
		for _, p := range l.mem {
			l.write(p)
		}
		l.mem = nil
	}
	l.write(loggedPlace{cand, o})
}

func (l *placeLog) write(p loggedPlace) {
	var b [placeBytes]byte
	if _, err := l.w.Write(appendPlace(b[:0], p.cand, p.o)); err != nil && l.err == nil {
		l.err = fmt.Errorf("glossary: spilling places: %w", err)
	}
	l.n++
}

// each calls fn with every place in the order they were added; seq counts them from 0.
func (l *placeLog) each(fn func(seq int64, cand int32, o occurrence)) error {
	if l.err != nil {
		return l.err
	}
	var seq int64
	if l.file != nil {
		if err := l.w.Flush(); err != nil {
			return fmt.Errorf("glossary: spilling places: %w", err)
		}
		r := bufio.NewReaderSize(io.NewSectionReader(l.file, 0, l.n*placeBytes), 1<<20)
		var b [placeBytes]byte
		for ; seq < l.n; seq++ {
			if _, err := io.ReadFull(r, b[:]); err != nil {
				return fmt.Errorf("glossary: reading spilled places: %w", err)
			}
			id, o := readPlace(b[:])
			fn(seq, id, o)
		}
	}
	for _, p := range l.mem {
		fn(seq, p.cand, p.o)
		seq++
	}
	return nil
}

// close removes the spill file.
func (l *placeLog) close() error {
	err := removeTemp(l.file)
	l.file, l.mem = nil, nil
	return err
}

// eachPlace calls fn with every logged place (seq: its index in the log) as the entries have
// it: in its group once the clitics are attached, the article split and the variants merged,
// and in the person's group when creditShortNames moved it (moves, in log order).
func (c *collector) eachPlace(moves []shortPlace, fn func(seq int64, g int32, o occurrence)) error {
	// groupOf[id] is the group of candidate id's places when the merges did not move them
	// (-1: resolve): one look-up in a small array for most places.
	groupOf := make([]int32, c.all.n)
	for id := range c.all.n {
		cd := c.byID(id)
		groupOf[id] = cd.group
		if cd.merged != nil {
			groupOf[id] = -1
		}
	}
	return c.log.each(func(seq int64, id int32, o occurrence) {
		if len(moves) > 0 && moves[0].seq == seq {
			fn(seq, moves[0].g, moves[0].o)
			moves = moves[1:]
			return
		}
		if g := groupOf[id]; g >= 0 {
			fn(seq, g, o)
			return
		}
		cd, o := c.resolve(id, o)
		fn(seq, cd.group, o)
	})
}

// mendTokens finds the longest place again of the groups whose longest places all moved to
// a person's name (groupData.narrow).
func (c *collector) mendTokens(groups []*groupData, moves []shortPlace) error {
	var mend []*groupData
	for _, g := range groups {
		if g.needTokens {
			g.tokens = widest{}
			mend = append(mend, g)
		}
	}
	if len(mend) == 0 {
		return nil
	}
	err := c.eachPlace(moves, func(_ int64, gi int32, o occurrence) {
		if g := groups[gi]; g.needTokens {
			g.tokens.add(o.width, 1)
		}
	})
	for _, g := range mend {
		g.needTokens = false
	}
	return err
}

// planBatches cuts order (the groups in the order the entries are made) into batches whose
// places take up to limit bytes (at least one group each; 0: one batch). Groups too rare to
// be listed are left out: their places are never read.
func planBatches(groups []*groupData, order []int32, tooRare func(*groupData) bool, limit int64) [][]int32 {
	var batches [][]int32
	var batch []int32
	var places int64
	for _, gi := range order {
		g := groups[gi]
		if tooRare(g) {
			continue
		}
		if len(batch) > 0 && limit > 0 && (places+int64(g.n))*placeBytes > limit {
			batches, batch, places = append(batches, batch), nil, 0
		}
		places += int64(g.n)
		batch = append(batch, gi)
	}
	if len(batch) > 0 {
		batches = append(batches, batch)
	}
	return batches
}

// batchFile holds the places of the batches after the first, a region each, as distribute
// filed them.
type batchFile struct {
	file   *os.File
	starts []int64 // the first record of each batch's region; one more for the end
}

// distribute reads the log once and files every place the batches need under its batch: the
// first batch's places go to their groups at once, the others to a temporary file in dir, a
// region per batch, for load. Each place is resolved (eachPlace) once, however many batches.
func (c *collector) distribute(groups []*groupData, moves []shortPlace, batches [][]int32, dir string) (*batchFile, error) {
	batchOf := make([]int32, len(groups))
	for i := range batchOf {
		batchOf[i] = -1
	}
	bf := &batchFile{starts: make([]int64, len(batches)+1)}
	for b, batch := range batches {
		n := 0
		for _, gi := range batch {
			batchOf[gi] = int32(b)
			n += groups[gi].n
		}
		if b > 0 {
			bf.starts[b+1] = bf.starts[b] + int64(n)
		}
	}
	for _, gi := range batches[0] {
		groups[gi].occs = make([]occurrence, 0, groups[gi].n)
	}
	type region struct {
		buf []byte
		at  int64 // the file offset buf goes to
	}
	var regions []region
	var werr error
	flush := func(r *region) {
		if _, err := bf.file.WriteAt(r.buf, r.at); err != nil && werr == nil {
			werr = fmt.Errorf("glossary: spilling places: %w", err)
		}
		r.at += int64(len(r.buf))
		r.buf = r.buf[:0]
	}
	if len(batches) > 1 {
		f, err := os.CreateTemp(dir, "arprep-glossary-batches-*.tmp")
		if err != nil {
			return nil, fmt.Errorf("glossary: spilling places past the memory budget: %w", err)
		}
		bf.file = f
		regions = make([]region, len(batches))
		for b := 1; b < len(batches); b++ {
			regions[b] = region{buf: make([]byte, 0, 1<<16), at: bf.starts[b] * placeBytes}
		}
	}
	err := c.eachPlace(moves, func(_ int64, gi int32, o occurrence) {
		b := batchOf[gi]
		switch {
		case b < 0:
		case b == 0:
			groups[gi].occs = append(groups[gi].occs, o)
		default:
			r := &regions[b]
			r.buf = appendPlace(r.buf, gi, o)
			if len(r.buf)+placeBytes > cap(r.buf) {
				flush(r)
			}
		}
	})
	for b := 1; b < len(regions); b++ {
		flush(&regions[b])
	}
	if err == nil {
		err = werr
	}
	if err != nil {
		bf.close()
		return nil, err
	}
	return bf, nil
}

// load gives the groups of batch b (after the first) their places.
func (bf *batchFile) load(groups []*groupData, batch []int32, b int) error {
	for _, gi := range batch {
		groups[gi].occs = make([]occurrence, 0, groups[gi].n)
	}
	from, to := bf.starts[b]*placeBytes, bf.starts[b+1]*placeBytes
	r := bufio.NewReaderSize(io.NewSectionReader(bf.file, from, to-from), 1<<16)
	var rec [placeBytes]byte
	for n := bf.starts[b]; n < bf.starts[b+1]; n++ {
		if _, err := io.ReadFull(r, rec[:]); err != nil {
			return fmt.Errorf("glossary: reading spilled places: %w", err)
		}
		gi, o := readPlace(rec[:])
		groups[gi].occs = append(groups[gi].occs, o)
	}
	return nil
}

// close removes the file, if any.
func (bf *batchFile) close() error {
	err := removeTemp(bf.file)
	bf.file = nil
	return err
}
