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
		for i := range 3000 {
			w := fmt.Sprint("w", i)
			got, ok := c.Add(w, i)
			if ok != (i < max) || got != i {
				t.Fatalf("max %d: Add(%s) = %d, %v", max, w, got, ok)
			}
			if _, ok := c.Add(w, -1); ok != (i < max) {
				t.Fatalf("max %d: second Add(%s) cached = %v", max, w, ok)
			}
		}
		if c.Len() != min(max, 3000) {
			t.Errorf("max %d: Len = %d", max, c.Len())
		}
		for i := range 3000 {
			v, ok := c.Get(fmt.Sprint("w", i))
			if ok != (i < max) || ok && v != i {
				t.Fatalf("max %d: Get(w%d) = %d, %v", max, i, v, ok)
			}
		}
	}
}

// The first value added for a word wins, also when goroutines race to add it.
func TestConcurrentAdd(t *testing.T) {
	c := New[string](1000)
	var wg sync.WaitGroup
	results := make([][]string, 4)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				w := fmt.Sprint("w", i%1500)
				v, ok := c.Get(w)
				if !ok {
					v, _ = c.Add(w, fmt.Sprint(g))
				}
				results[g] = append(results[g], v)
			}
		}()
	}
	wg.Wait()
	for i := range 1500 {
		w := fmt.Sprint("w", i)
		v, ok := c.Get(w)
		if !ok {
			continue
		}
		for g := range results {
			if results[g][i] != v {
				t.Fatalf("%s: goroutine %d saw %q, cache holds %q", w, g, results[g][i], v)
			}
		}
	}
	if c.Len() != 1000 {
		t.Errorf("Len = %d, want 1000", c.Len())
	}
}

// Keys are copied: the cache does not keep the text they were cut from.
func TestKeyCopied(t *testing.T) {
	c := New[int](10)
	buf := []byte("abc")
	c.Add(string(buf[:2]), 1)
	text := strings.Repeat("x", 1<<20)
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
