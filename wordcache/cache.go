package wordcache

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// Cache maps words to values of type V. The zero value is not usable: call New.
type Cache[V any] struct {
	max  int
	snap atomic.Pointer[map[string]V] // read without locks; never modified once stored

	mu      sync.Mutex
	pending map[string]V // added since snap was made
	size    int          // len(*snap) + len(pending)
	full    atomic.Bool  // size has reached max: no more pending words to look at

	seed maphash.Seed
	seen [seenBits / 64]atomic.Uint64 // words offered once, by hash (see Add)
}

const seenBits = 1 << 20

// New returns an empty cache that holds at most max words.
func New[V any](max int) *Cache[V] {
	c := &Cache[V]{max: max, pending: map[string]V{}, seed: maphash.MakeSeed()}
	c.snap.Store(&map[string]V{})
	return c
}

// Get returns the value cached for w.
func (c *Cache[V]) Get(w string) (V, bool) {
	if v, ok := (*c.snap.Load())[w]; ok {
		return v, true
	}
	if c.full.Load() { // folded for the last time: pending is empty
		var zero V
		return zero, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.pending[w]; ok {
		return v, true
	}
	v, ok := (*c.snap.Load())[w] // folded since the look above
	return v, ok
}

// Add caches v for w unless the cache is full, w is there already, or w is offered for the
// first time, and returns the value now cached for w (v, or the one another goroutine added
// first) and whether one is. A word is taken the second time it is offered: the words of a
// corpus seen once only (a third of its words) would otherwise fill the cache before the
// frequent ones arrive. The key is copied, so w may be a slice of a larger text that the
// cache should not keep alive.
func (c *Cache[V]) Add(w string, v V) (V, bool) {
	if old, ok := (*c.snap.Load())[w]; ok {
		return old, true
	}
	if len(w) > MaxKeyBytes || c.full.Load() || !c.offeredBefore(w) {
		return v, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.pending[w]; ok {
		return old, true
	}
	if old, ok := (*c.snap.Load())[w]; ok { // folded since the look above
		return old, true
	}
	if c.size >= c.max {
		return v, false
	}
	c.pending[strings.Clone(w)] = v
	c.size++
	if len(c.pending) >= max(256, c.size/4) || c.size >= c.max {
		c.fold()
	}
	return v, true
}

// Wants reports whether Add would take w now (the cache is not full and w has been offered
// before), and counts this as an offer of w: a caller can then keep a word the cache does not
// want in cheaper storage of its own.
func (c *Cache[V]) Wants(w string) bool {
	return len(w) <= MaxKeyBytes && !c.full.Load() && c.offeredBefore(w)
}

// WantsCommon is Wants, except that a word common reports as frequent in the corpus (the
// caller's word-frequency lexicon) is taken at its first offer, since it will come round
// again: the frequent words then cost one analysis each rather than two. common is asked only
// at a first offer the cache has room for.
func (c *Cache[V]) WantsCommon(w string, common func(string) bool) bool {
	// offeredBefore marks w as offered either way, so that Add takes it.
	return len(w) <= MaxKeyBytes && !c.full.Load() && (c.offeredBefore(w) || common(w))
}

// MaxKeyBytes bounds the words a cache takes: a longer "word" (a run of letters with no
// space, an encoded blob) is not a word worth remembering, and a cache of them would not be
// bounded in bytes.
const MaxKeyBytes = 64

// offeredBefore marks w as offered and reports whether it was already (or another word with
// the same hash bit was: then w is taken at once, which is harmless).
func (c *Cache[V]) offeredBefore(w string) bool {
	h := maphash.String(c.seed, w) % seenBits
	bit := uint64(1) << (h % 64)
	return c.seen[h/64].Or(bit)&bit != 0
}

// fold makes a new snapshot with the pending words. c.mu is held.
func (c *Cache[V]) fold() {
	old := *c.snap.Load()
	m := make(map[string]V, len(old)+len(c.pending))
	for k, v := range old {
		m[k] = v
	}
	for k, v := range c.pending {
		m[k] = v
	}
	c.snap.Store(&m)
	c.pending = map[string]V{}
	if c.size >= c.max {
		c.full.Store(true)
	}
}

// Len returns the number of words cached.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
