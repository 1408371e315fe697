package wordcache

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestBoundedAndConsistent(t *testing.T) {
	for _, max := range []int{0, 1, 300, 5000} {
		c := New[int](max)
		want := map[string]int{}
		for i := range 3000 {
			w := fmt.Sprint("w", i)
			c.Add(w, -1) // offered once: not taken (unless its hash bit was set)
			got, ok := c.Add(w, i)
			if ok != (i < max) || ok && got != i && got != -1 {
				t.Fatalf("max %d: Add(%s) = %d, %v", max, w, got, ok)
			}
			if again, ok := c.Add(w, -2); ok != (i < max) || ok && again != got {
				t.Fatalf("max %d: third Add(%s) = %d, %v", max, w, again, ok)
			}
			if ok {
				want[w] = got
			}
		}
		if c.Len() != min(max, 3000) {
			t.Errorf("max %d: Len = %d", max, c.Len())
		}
		for i := range 3000 {
			v, ok := c.Get(fmt.Sprint("w", i))
			if ok != (i < max) || ok && v != want[fmt.Sprint("w", i)] {
				t.Fatalf("max %d: Get(w%d) = %d, %v", max, i, v, ok)
			}
		}
	}
}

// Once a word is cached, every goroutine gets the value cached first, also when they race
// to add it.
func TestConcurrentAdd(t *testing.T) {
	c := New[string](1000)
	var wg sync.WaitGroup
	results := make([]map[string]string, 4)
	for g := range results {
		results[g] = map[string]string{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 4000 {
				w := fmt.Sprint("w", i%1500)
				v, ok := c.Get(w)
				if !ok {
					v, ok = c.Add(w, fmt.Sprint(g))
				}
				if ok {
					results[g][w] = v
				}
			}
		}()
	}
	wg.Wait()
	for g := range results {
		for w, v := range results[g] {
			if held, _ := c.Get(w); held != v {
				t.Fatalf("%s: goroutine %d saw %q, cache holds %q", w, g, v, held)
			}
		}
	}
	if c.Len() != 1000 {
		t.Errorf("Len = %d, want 1000", c.Len())
	}
}

// A word offered once is not taken; offered again, it is.
func TestSecondOfferIsTaken(t *testing.T) {
	c := New[int](100)
	taken := 0
	for i := range 50 {
		if _, ok := c.Add(fmt.Sprint("w", i), i); ok {
			taken++ // only on a hash-bit collision
		}
	}
	if taken > 2 {
		t.Fatalf("%d of 50 words taken at their first offer", taken)
	}
	for i := range 50 {
		if _, ok := c.Add(fmt.Sprint("w", i), i); !ok {
			t.Fatalf("w%d not taken at its second offer", i)
		}
	}
}

// Keys are copied: the cache does not keep the text they were cut from.
func TestKeyCopied(t *testing.T) {
	c := New[int](10)
	text := strings.Repeat("x", 1<<20)
	c.Add(text[:3], 2)
	c.Add(text[:3], 2)
	for k := range *c.snap.Load() {
		if k == "xxx" && len(k) != 3 {
			t.Fatal("key is not a copy")
		}
	}
	if v, ok := c.Get("xxx"); !ok || v != 2 {
		t.Fatalf("Get(xxx) = %d, %v", v, ok)
	}
}

func BenchmarkGet(b *testing.B) {
	c := New[int](1 << 16)
	words := make([]string, 1<<16)
	for i := range words {
		words[i] = fmt.Sprint("word", i)
		c.Add(words[i], i)
		c.Add(words[i], i)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.Get(words[i&(1<<16-1)])
			i += 7919
		}
	})
}

// Wants counts as an offer and says what Add would do.
func TestWants(t *testing.T) {
	c := New[int](1)
	if c.Wants("a") {
		t.Fatal("wanted at its first offer")
	}
	if !c.Wants("a") {
		t.Fatal("not wanted at its second offer")
	}
	if _, ok := c.Add("a", 1); !ok {
		t.Fatal("Add did not take a wanted word")
	}
	c.Wants("b")
	if c.Wants("b") {
		t.Fatal("wanted when full")
	}
}

// A common word is wanted, and taken by Add, at its first offer; another word only at its
// second; never when full or too long, and then common is not asked.
func TestWantsCommon(t *testing.T) {
	asked := 0
	common := func(w string) bool { asked++; return w != "rare" }
	c := New[int](2)
	if !c.WantsCommon("a", common) {
		t.Fatal("common word not wanted at its first offer")
	}
	if _, ok := c.Add("a", 1); !ok {
		t.Fatal("Add did not take a wanted common word")
	}
	if c.WantsCommon("rare", common) || !c.WantsCommon("rare", common) {
		t.Fatal("a word not common not wanted at its second offer only")
	}
	c.Add("rare", 2)
	asked = 0
	if c.WantsCommon("b", common) || asked != 0 {
		t.Fatalf("common word wanted when full, or common asked (%d times)", asked)
	}
	if New[int](10).WantsCommon(strings.Repeat("ك", MaxKeyBytes), common) || asked != 0 {
		t.Fatal("wants a common word longer than MaxKeyBytes, or asked common of it")
	}
}

// Words longer than MaxKeyBytes are never taken.
func TestLongWordsNotTaken(t *testing.T) {
	c := New[int](10)
	long := strings.Repeat("ك", MaxKeyBytes)
	for range 3 {
		if c.Wants(long) {
			t.Fatal("wants a word longer than MaxKeyBytes")
		}
		if _, ok := c.Add(long, 1); ok {
			t.Fatal("took a word longer than MaxKeyBytes")
		}
	}
	if c.Len() != 0 {
		t.Fatalf("Len = %d", c.Len())
	}
}
