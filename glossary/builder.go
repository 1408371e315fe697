package glossary

import (
	"hash/maphash"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
)

// Builder builds a glossary from documents added one at a time, in two passes (see doc.go,
// "Memory"): Add counts each document's candidates as it comes, Build collects the places of
// the candidates that can reach the glossary and makes the entries. The glossary is the one
// Build(docs, opts) makes.
type Builder struct {
	opts     Options
	maxWords int
	c        *collector // the words' spellings from Add; the candidates from Build
	counts   *keyCounts
	docs     docStore
	agencies agencyFrames
	// keepPlaces keeps the occurrences in the entries (see Entry.places): Build does, for
	// the tests of its callers' entries; a streaming Builder lets them go with the collector.
	keepPlaces bool
}

// NewBuilder starts a glossary with opts.
func NewBuilder(opts Options) *Builder {
	preloadNames()
	maxWords := maxTermWords(opts)
	c := newCollector()
	c.log = placeLog{limit: opts.PlaceMemory, dir: opts.TempDir}
	return &Builder{opts: opts, maxWords: maxWords, c: c, counts: newKeyCounts(),
		docs: docStore{limit: opts.DocMemory, dir: opts.TempDir}}
}

// Add prepares d (see Prepare) and adds its counts. It fails only when a document cannot be
// kept for the second pass (the temporary file cannot be written).
func (b *Builder) Add(d Doc) error {
	if d.counts != nil && d.counts.maxWords != b.maxWords {
		d.counts = nil // prepared with another MaxWords: counted again
	}
	d = Prepare(d, b.opts)
	if d.counts != nil {
		for _, wc := range d.counts.words {
			b.c.addWord(wc)
		}
		for _, p := range d.counts.places {
			b.counts.add(p)
		}
	} else {
		countPlaces(d, b.maxWords, b.c.addWord, b.counts.add) // a long document, a piece at a time
	}
	b.agencies.add(d.Text)
	d.counts, d.Sentences = nil, nil // the store keeps the sentence spans
	return b.docs.add(d)
}

// docCounts is what a document adds to the first pass: its words' spellings and the hashes
// of its candidate places, computed by Prepare, in parallel. A document longer than
// pieceBytes has none: Builder.Add counts it a piece at a time rather than hold them all.
type docCounts struct {
	maxWords int
	words    []wordCount
	places   []placeHashes
}

// placeHashes are the hashes of a candidate place's key and of its skeletons.
type placeHashes struct {
	key, skeleton uint64
	// article is the skeleton hash of ال + key, for a key without the article (withoutArticle).
	article        uint64
	withoutArticle bool
	named          bool
}

// hashSeed seeds the first pass's hashes and the collector's string indexes (stringIndex);
// one per process, so that Prepare and Builder agree.
var hashSeed = maphash.MakeSeed()

func keyHash(s string) uint64 { return maphash.String(hashSeed, s) }

// countDoc returns the counts of d, a document of pieceBytes or less (nil for a longer one).
func countDoc(d Doc, opts Options) *docCounts {
	if len(d.Text) > pieceBytes {
		return nil
	}
	maxWords := maxTermWords(opts)
	dc := &docCounts{maxWords: maxWords}
	countPlaces(d, maxWords, func(wc wordCount) { dc.words = append(dc.words, wc) },
		func(p placeHashes) { dc.places = append(dc.places, p) })
	return dc
}

// maxTermWords is the longest term in words: Options.MaxWords, 4 when it is 0, at most
// maxSpanWords.
func maxTermWords(opts Options) int {
	if opts.MaxWords <= 0 {
		return 4
	}
	return min(opts.MaxWords, maxSpanWords)
}

// countPlaces calls word with the spelling of each of d's words and place with each place of
// a candidate, a piece of d at a time (docPieces).
func countPlaces(d Doc, maxWords int, word func(wordCount), place func(placeHashes)) {
	sentOf := sentenceIndex(d.spans)
	long := docLongNames(d)
	for _, p := range docPieces(d) {
		ws := analysePiece(d.Text, p)
		countWords(ws, word)
		scan(ws, sentOf, p.names, long, maxWords, func(key string, _, _ int, named naming, _ placeKind) {
			place(placeOf(key, named.typ != 0))
		})
	}
}

// placeOf hashes a place of the candidate key, named when the tagger named it there.
func placeOf(key string, named bool) placeHashes {
	p := placeHashes{key: keyHash(key), skeleton: skeletonHash(key), named: named}
	if !strings.HasPrefix(key, "ال") {
		p.article, p.withoutArticle = skeletonHash("ال"+key), true
	}
	return p
}

// Build collects the candidates that can reach the glossary, then merges, scores and ranks
// them, best entry first. The Builder is spent: call Close after it.
func (b *Builder) Build() ([]Entry, error) {
	c := b.c
	defer c.log.close()
	if err := b.collect(); err != nil {
		return nil, err
	}
	b.counts = nil
	c.attachClitics()
	if err := c.splitArticle(); err != nil {
		return nil, err
	}
	groups := c.mergeVariants()
	entries, err := c.entries(groups, &b.docs, b.opts, b.keepPlaces)
	b.c = nil
	b.docs.forget()
	if err != nil {
		return nil, err
	}
	b.agencies.mark(entries)
	return entries, nil
}

// collect is the second pass: it reads the documents again and collects the places of the
// candidates that can reach the glossary. Documents up to pieceBytes are scanned by
// Options.Jobs workers and taken by the collector in input order, so the candidates are the
// ones of one scan after another; a longer document is scanned and taken a piece at a time
// (addDoc), which holds none of its places.
func (b *Builder) collect() error {
	jobs := b.opts.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if jobs == 1 {
		return b.docs.each(func(i int32, d Doc) { b.c.addDoc(i, d, b.maxWords, b.keep) })
	}
	// A document's scan, in the order the collector takes them: done is closed when its
	// places are found (or, for a long document, when the collector may scan it itself).
	type scanned struct {
		i         int32
		d         Doc
		long      bool
		places    []placeFound
		nameSpans [][2]int32
		tokens    int
		done      chan struct{}
	}
	tasks := make(chan *scanned)
	order := make(chan *scanned, 4*jobs)
	var workers sync.WaitGroup
	for range jobs {
		workers.Go(func() {
			for s := range tasks {
				s.nameSpans, s.tokens = scanDoc(s.i, s.d, b.maxWords, b.keep, func(pf placeFound) {
					s.places = append(s.places, pf)
				})
				close(s.done)
			}
		})
	}
	taken := make(chan struct{})
	go func() {
		defer close(taken)
		for s := range order {
			<-s.done
			if s.long {
				b.c.addDoc(s.i, s.d, b.maxWords, b.keep)
				continue
			}
			t := b.c.taker()
			for _, pf := range s.places {
				t.take(pf)
			}
			t.finish(s.d, s.nameSpans, s.tokens)
		}
	}()
	err := b.docs.each(func(i int32, d Doc) {
		s := &scanned{i: i, d: d, long: len(d.Text) > pieceBytes, done: make(chan struct{})}
		order <- s
		if s.long {
			close(s.done)
			return
		}
		tasks <- s
	})
	close(tasks)
	close(order)
	workers.Wait()
	<-taken
	return err
}

// keep reports whether the second pass collects the places of key: not when the key cannot
// reach the glossary (with --min-freq 1, every key may be listed).
func (b *Builder) keep(key string) bool {
	return b.opts.MinFreq == 1 || b.liveCounted(key, b.counts.keys[keyHash(key)])
}

// Close removes the temporary files of the documents and places, if any.
func (b *Builder) Close() error {
	err := b.docs.close()
	if b.c != nil { // Build did not finish
		if lerr := b.c.log.close(); err == nil {
			err = lerr
		}
	}
	return err
}

// keyCounts is the first pass: for each candidate key (by a 64-bit hash, so a corpus of any
// size costs a few bytes per key), how many places it has and whether one was tagged, and
// for each consonant skeleton (the blocks of mergeVariants) whether more than one key has it.
// A hash collision only ever makes a candidate look more frequent or less alone than it is,
// so it keeps more candidates than needed, never fewer.
type keyCounts struct {
	keys map[uint64]uint32 // places (up to placesMask) | keyNamed
	// seenBits has the bit of each key's hash set (seenBit): most keys live asks about were
	// never seen, and a bit of this 1 MB array answers that without a look-up in keys, a
	// cache miss each (live asks up to 22 of them for a key seen once: 1.4 s of ANT's
	// glossary).
	seenBits  []uint64
	skeletons map[uint64]uint64 // the hash of the one key with the skeleton, or manyKeys
	// articleSkeletons holds the skeletons of ال + k for the keys k seen twice or more without
	// the article: splitArticle may make that key.
	articleSkeletons map[uint64]bool
}

const (
	keyNamed   = 1 << 31
	placesMask = keyNamed - 1
	manyKeys   = ^uint64(0)
)

func newKeyCounts() *keyCounts {
	return &keyCounts{keys: map[uint64]uint32{}, seenBits: make([]uint64, seenBitCount/64),
		skeletons: map[uint64]uint64{}, articleSkeletons: map[uint64]bool{}}
}

// seenBitCount is the size of keyCounts.seenBits, 1<<seenBitShift: with ANT's 391k keys, 4.5%
// of the keys never seen find their bit set.
const (
	seenBitShift = 23
	seenBitCount = 1 << seenBitShift
)

// seenBit is the word and bit of keyCounts.seenBits for a key's hash: its top bits.
func seenBit(h uint64) (word int, bit uint64) {
	i := h >> (64 - seenBitShift)
	return int(i / 64), 1 << (i % 64)
}

// skeletonHash is the hash of skeletonKey(s), computed without building it.
func skeletonHash(s string) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if !outOfSkeleton(r) {
			h.Write(buf[:utf8.EncodeRune(buf[:], r)]) // as skeletonKey writes it, a bad byte as U+FFFD
		}
	}
	return h.Sum64()
}

func (k *keyCounts) add(p placeHashes) {
	v := k.keys[p.key]
	if v&placesMask == 1 && p.withoutArticle {
		k.articleSkeletons[p.article] = true // seen twice from now
	}
	if v&placesMask < placesMask {
		v++
	}
	if p.named {
		v |= keyNamed
	}
	k.keys[p.key] = v
	w, bit := seenBit(p.key)
	k.seenBits[w] |= bit
	if old, ok := k.skeletons[p.skeleton]; !ok {
		k.skeletons[p.skeleton] = p.key
	} else if old != p.key {
		k.skeletons[p.skeleton] = manyKeys
	}
}

func (k *keyCounts) seen(key string) bool { return k.seenHash(keyHash(key)) }

// seenHash reports whether the key of hash h was seen.
func (k *keyCounts) seenHash(h uint64) bool {
	w, bit := seenBit(h)
	return k.seenBits[w]&bit != 0 && k.keys[h] != 0
}

// prefixedHash is keyHash(prefix + key), without making the string.
func prefixedHash(prefix, key string) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	h.WriteString(prefix)
	h.WriteString(key)
	return h.Sum64()
}

// live reports whether the candidate key can reach the glossary or change an entry that does.
// Only a key seen once, untagged, can be left out: with --min-freq other than 1 its own
// entry is below the minimum, and it is left out only when no stage could join it to another
// key — no clitic (attachClitics) links it to a key of the text either way, no article split
// (splitArticle) makes it, it is alone in its block of spellings (mergeVariants), and it is
// not the feminine or plural of a nisba adjective the text writes with a final ى
// (hasNisbaForms). A key the termbase approves is always kept.
func (b *Builder) live(key string) bool { return b.liveCounted(key, b.counts.keys[keyHash(key)]) }

// liveCounted is live with v, the first pass's count of key.
func (b *Builder) liveCounted(key string, v uint32) bool {
	k := b.counts
	if v&placesMask >= 2 || v&keyNamed != 0 || b.opts.Termbase.has(key) {
		return true
	}
	first, _, multi := strings.Cut(key, " ")
	min := 4
	if multi {
		min = 3
	}
	firstRunes := utf8.RuneCountInString(first)
	for _, p := range cliticPrefixes {
		// The key less the clitic p, and the key with it: p + the key (its first word with p,
		// then the rest).
		if bare, ok := strings.CutPrefix(first, p); ok && utf8.RuneCountInString(bare) >= min && k.seen(key[len(p):]) {
			return true // it may take the clitic off
		}
		if firstRunes >= min && k.seenHash(prefixedHash(p, key)) {
			return true // a key with the clitic may join it
		}
	}
	if bare, ok := strings.CutPrefix(key, "ال"); ok && k.keys[keyHash(bare)]&placesMask >= 2 {
		return true // splitArticle may move the places of bare written with the article here
	}
	sk := skeletonHash(key)
	if k.skeletons[sk] == manyKeys || k.articleSkeletons[sk] {
		return true
	}
	if !multi {
		for _, end := range nisbaEndings {
			if stem, ok := strings.CutSuffix(key, end); ok && stem != "" && b.c.finalYa.get(stem+"ي") > 0 {
				return true
			}
		}
	}
	return false
}
