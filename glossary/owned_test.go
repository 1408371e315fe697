package glossary

import (
	"strings"
	"testing"
	"unsafe"
)

// sharesBytes reports whether s is a slice of doc's bytes.
func sharesBytes(s, doc string) bool {
	if s == "" || doc == "" {
		return false
	}
	p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(doc)))
	return p >= start && p < start+uintptr(len(doc))
}

// TestCountsOwnTheirKeys checks that the counts a Builder keeps across documents hold no key
// sliced from a document, also for words the documents repeat: a map assignment with an
// existing key stores the key it is given, which kept the last document with each spelling
// alive.
func TestCountsOwnTheirKeys(t *testing.T) {
	docs := []string{
		"واس - الرياض: قال الرئيس الفرنسى إن الموسيقى العربية تجمع الناس في الرياض.",
		"واس - جدة: الموسيقى العربية في جدة، وقال الرئيس الفرنسى إن الناس يحبون الموسيقى.",
	}
	b := NewBuilder(Options{})
	defer b.Close()
	for i, text := range docs {
		// A copy per document, so that its bytes are its own.
		text = strings.Clone(text)
		if err := b.Add(Doc{Name: "d" + string(rune('1'+i)), Text: text}); err != nil {
			t.Fatal(err)
		}
		for name, m := range map[string]ownedCounts{"spellings": b.c.spellings.words, "final ى": b.c.finalYa, "agency frames": b.agencies.framed} {
			if len(m) == 0 {
				t.Fatalf("no %s counted: the test reads nothing", name)
			}
			for k := range m {
				if sharesBytes(k, text) {
					t.Errorf("after document %d, the %s key %q is a slice of the document", i+1, name, k)
				}
			}
		}
	}
	if got := b.c.spellings.words.get("موسيقى"); got != 3 {
		t.Errorf("موسيقى counted %d times, want 3", got)
	}
}

func TestOwnedCounts(t *testing.T) {
	doc := strings.Clone("كلمة كلمة أخرى")
	m := ownedCounts{}
	for _, w := range strings.Fields(doc) {
		m.add(w, 1)
	}
	m.add("أخرى", -3)
	for _, tc := range []struct {
		key  string
		want int
	}{{"كلمة", 2}, {"أخرى", -2}, {"غائبة", 0}} {
		if got := m.get(tc.key); got != tc.want {
			t.Errorf("get(%q) = %d, want %d", tc.key, got, tc.want)
		}
	}
	for k := range m {
		if sharesBytes(k, doc) {
			t.Errorf("key %q is a slice of the document", k)
		}
	}
}
