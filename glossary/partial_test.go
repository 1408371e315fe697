package glossary

import (
	"bytes"
	"errors"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
)

// partialSentences are the sentences of text as a partial carries them: offsets (and so text).
func partialSentences(text string) []segment.Sentence {
	var out []segment.Sentence
	for _, s := range segment.Split(text) {
		out = append(out, segment.Sentence{Text: s.Text, Start: s.Start, End: s.End})
	}
	return out
}

// partialDocs are documents as Prepare leaves them: with and without names, one English.
func partialDocs() []Doc {
	ar := "زار الرئيس الفرنسي إيمانويل ماكرون تونس. وقال ماكرون إن فرنسا تدعم تونس."
	name := func(s, typ string, margin float32) span.Entity {
		i := strings.Index(ar, s)
		return span.Entity{Start: i, End: i + len(s), Type: typ, Margin: margin}
	}
	return []Doc{
		{Name: "a.txt", Text: ar, Sentences: partialSentences(ar),
			Names: []span.Entity{name("إيمانويل ماكرون", "PERS", 212.37), name("تونس", "LOC", -1), name("فرنسا", "LOC", 0)}},
		{Name: "b:2", Text: "نص بلا أسماء.", Sentences: partialSentences("نص بلا أسماء."), Names: []span.Entity{}},
		{Name: "", Text: "", Sentences: []segment.Sentence{}},
	}
}

func writePartial(t testing.TB, docs []Doc, english []bool, names bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewPartialWriter(&buf, names)
	for i, d := range docs {
		if err := w.Add(d, english != nil && english[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readPartial(data []byte) (docs []Doc, english []bool, names bool, err error) {
	r, err := NewPartialReader(bytes.NewReader(data))
	if err != nil {
		return nil, nil, false, err
	}
	for {
		d, en, err := r.Next()
		if errors.Is(err, io.EOF) {
			return docs, english, r.Names(), nil
		}
		if err != nil {
			return nil, nil, false, err
		}
		docs, english = append(docs, d), append(english, en)
	}
}

func TestPartialRoundTrip(t *testing.T) {
	docs := partialDocs()
	for _, names := range []bool{true, false} {
		data := writePartial(t, docs, []bool{false, true, false}, names)
		got, english, gotNames, err := readPartial(data)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, docs) || !reflect.DeepEqual(english, []bool{false, true, false}) || gotNames != names {
			t.Errorf("names %v: read back\n%#v %v %v\nwant\n%#v", names, got, english, gotNames, docs)
		}
	}
}

func TestPartialRefused(t *testing.T) {
	good := writePartial(t, partialDocs(), nil, true)
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x20
		return b
	}
	header := len("arprep-glossary-partial 2\nnames yes\n")
	// a record whose sentence runs past its text, with a correct checksum
	var bad bytes.Buffer
	w := NewPartialWriter(&bad, false)
	w.Add(Doc{Name: "x", Text: "abc", Sentences: []segment.Sentence{{Start: 1, End: 9}}}, false)
	w.Close()
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "header is cut short"},
		{"foreign", []byte("arprep-idf 1\nanalyser x\n"), "not a partial glossary"},
		{"idf-like long line", []byte(strings.Repeat("x", 100)), "not a partial glossary"},
		{"version", []byte("arprep-glossary-partial 3\nnames yes\n"), "format version 3"},
		{"version 1, without margins", []byte("arprep-glossary-partial 1\nnames yes\n"), "format version 1; this arprep reads version 2"},
		{"names line", []byte("arprep-glossary-partial 2\nnames maybe\n"), "bad names line"},
		{"truncated", good[:len(good)-10], ""},
		{"no trailer", good[:header], "no trailer"},
		{"checksum", flip(len(good) - 1), "checksum"},
		{"text corrupt", flip(header + 20), "checksum"},
		{"trailing data", append(bytes.Clone(good), 0), "data after the trailer"},
		{"bad tag", append([]byte("arprep-glossary-partial 2\nnames yes\n"), 'x'), "bad record tag"},
		{"sentence outside", bad.Bytes(), "sentence outside the text"},
	} {
		_, _, _, err := readPartial(tc.data)
		var pe *PartialError
		if err == nil || !errors.As(err, &pe) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v; want a PartialError with %q", tc.name, err, tc.want)
		}
	}
}

// FuzzPartialReader: any input is read without a panic, and what is read writes and reads
// back to the same documents.
func FuzzPartialReader(f *testing.F) {
	f.Add(writePartial(f, partialDocs(), []bool{true, false, false}, true))
	f.Add(writePartial(f, nil, nil, false))
	f.Add([]byte("arprep-glossary-partial 2\nnames no\nd\x05\x00\x01x\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, english, names, err := readPartial(data)
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if s.Start < 0 || s.Start > s.End || s.End > len(d.Text) {
					t.Fatalf("sentence %v outside a text of %d bytes", s, len(d.Text))
				}
			}
		}
		again, english2, names2, err := readPartial(writePartial(t, docs, english, names))
		if err != nil || !reflect.DeepEqual(again, docs) || !reflect.DeepEqual(english2, english) || names2 != names {
			t.Fatalf("round trip: %v\n%#v\n%#v", err, again, docs)
		}
	})
}

// TestBuilderSpills: documents past DocMemory go to a temporary file, and the glossary is
// the one Build makes in memory.
func TestBuilderSpills(t *testing.T) {
	seed := readSeed(t)
	docs := []Doc{seed, {Name: "two", Text: seed.Text[:len(seed.Text)/2]}, {Name: "three", Text: seed.Text}}
	opts := Options{Names: fixtureNames(seedNames)}
	want := Build(docs, opts)
	for _, limit := range []int64{1, int64(len(seed.Text)) + 1} {
		opts.DocMemory, opts.TempDir = limit, t.TempDir()
		b := NewBuilder(opts)
		for _, d := range docs {
			if err := b.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		if b.docs.file == nil {
			t.Fatalf("limit %d: nothing spilled", limit)
		}
		got, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		for i := range want {
			want[i].places = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d: the spilled build differs from Build", limit)
		}
	}
}

// TestPlacesSpill: places past PlaceMemory go to a temporary file and come back in batches of
// that size, and the glossary is the one Build makes in memory; the files go with Build.
func TestPlacesSpill(t *testing.T) {
	seed := readSeed(t)
	docs := []Doc{seed, {Name: "two", Text: seed.Text[:len(seed.Text)/2]}, {Name: "three", Text: seed.Text}}
	for _, opts := range []Options{{Names: fixtureNames(seedNames)}, {MinFreq: 1}} {
		want := Build(docs, opts)
		for i := range want {
			want[i].places = nil
		}
		for _, limit := range []int64{placeBytes, 1000, 50_000} {
			opts.PlaceMemory, opts.TempDir = limit, t.TempDir()
			b := NewBuilder(opts)
			for _, d := range docs {
				if err := b.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			got, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%+v: the spilled build differs from Build", opts)
			}
			if left, _ := os.ReadDir(opts.TempDir); len(left) > 0 {
				t.Errorf("%+v: %d temporary files left", opts, len(left))
			}
		}
	}
}

// TestPruningKeepsOutput compares Build with a build that collects every candidate: leaving
// out the keys that cannot reach the glossary changes nothing, with and without names and at
// every minimum frequency.
func TestPruningKeepsOutput(t *testing.T) {
	seed := readSeed(t)
	extra := "زار أمريكا وأميركا والأمريكية. للكويت والكويت الكويت. الفرنسى الفرنسي الفرنسية الفرنسيين. " +
		"وشينك شينك بباريس باريس. الجدة جدة جدة. عبد العزيز عبدالعزيز."
	docs := []Doc{seed, {Name: "extra", Text: extra}}
	for _, opts := range []Options{{}, {Names: fixtureNames(seedNames)}, {MinFreq: 2}, {MinFreq: 3}, {NoBackground: true}} {
		got := Build(docs, opts)
		// the reference: Builder.Build with every candidate kept
		b := NewBuilder(opts)
		for _, d := range docs {
			b.Add(d)
		}
		c := b.c
		b.docs.each(func(i int32, d Doc) { c.addDoc(i, d, b.maxWords, func(string) bool { return true }) })
		all := keyCount(c)
		c.attachClitics()
		if err := c.splitArticle(); err != nil {
			t.Fatal(err)
		}
		want, _ := c.entries(c.mergeVariants(), &b.docs, opts, true)
		b.agencies.mark(want)
		for i := range got {
			got[i].places = nil // surfaces are numbered apart
		}
		for i := range want {
			want[i].places = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v: pruned build differs from the full one", opts)
		}
		kept := newCollector()
		b2 := NewBuilder(opts)
		for _, d := range docs {
			b2.Add(d)
		}
		b2.docs.each(func(i int32, d Doc) {
			kept.addDoc(i, d, b2.maxWords, b2.live)
		})
		if keyCount(kept) >= all {
			t.Errorf("%+v: no candidate was left out (%d of %d kept)", opts, keyCount(kept), all)
		}
	}
}

// TestLive checks the rules that keep a key seen once.
func TestLive(t *testing.T) {
	b := NewBuilder(Options{})
	for _, k := range []string{"مرتين", "مرتين", "وشينك", "شينك", "بباريس", "الجده", "جده", "جده", "فرنسي", "امريكا", "اميركا", "وحيد فريد", "فرنسيه", "نادره"} {
		b.counts.add(placeOf(k, false))
	}
	b.counts.add(placeOf("موسوم", true))
	b.c.finalYa.add("فرنسي", 2)
	for _, tc := range []struct {
		key  string
		want bool
	}{
		{"مرتين", true},      // seen twice
		{"موسوم", true},      // tagged
		{"وشينك", true},      // the clitic may come off: شينك is a key
		{"شينك", true},       // وشينك may join it
		{"بباريس", false},    // باريس is no key
		{"الجده", true},      // splitArticle may move جده written with the article here
		{"امريكا", true},     // shares its skeleton with اميركا
		{"وحيد فريد", false}, // alone
		{"فرنسيه", true},     // the feminine of فرنسي, which the text writes with ى
		{"نادره", false},
	} {
		if got := b.live(tc.key); got != tc.want {
			t.Errorf("live(%s) = %v, want %v", tc.key, got, tc.want)
		}
	}
	b.opts.Termbase = &Termbase{targets: map[string]string{"نادره": "rare"}}
	if !b.live("نادره") {
		t.Error("a termbase key was left out")
	}
}

// TestKeepIsLive: the second pass keeps what live does (everything with --min-freq 1), and
// each kept candidate's counts add up to its places in the log.
func TestKeepIsLive(t *testing.T) {
	seed := readSeed(t)
	for _, opts := range []Options{{}, {Names: fixtureNames(seedNames)}, {MinFreq: 1}} {
		b := NewBuilder(opts)
		for _, d := range []Doc{seed, {Name: "half", Text: seed.Text[:len(seed.Text)/2]}} {
			b.Add(d)
		}
		c := b.c
		b.docs.each(func(i int32, d Doc) { c.addDoc(i, d, b.maxWords, b.keep) })
		logged := map[int32]int{}
		if err := c.log.each(func(_ int64, id int32, _ occurrence) { logged[id]++ }); err != nil {
			t.Fatal(err)
		}
		c.keys(func(cd *candidate) {
			k := cd.key
			if logged[cd.id] != int(cd.n) {
				t.Errorf("%+v: %s counts %d places, the log has %d", opts, k, cd.n, logged[cd.id])
			}
			if opts.MinFreq != 1 && !b.live(k) {
				t.Errorf("%+v: %s was kept, live says no", opts, k)
			}
		})
	}
}

// TestDocStoreRoundTrip: spilled documents, one of them longer than the pieces a text is
// copied in, read back as they were added (with their sentence spans, as a Builder keeps
// them), in order, and their sentences in any order, a sentence's text read alone.
func TestDocStoreRoundTrip(t *testing.T) {
	docs := partialDocs()
	long := strings.Repeat("نص طويل. ", 2000)
	docs = append(docs, Doc{Name: "long", Text: long, Sentences: partialSentences(long), Names: []span.Entity{{Start: 3, End: 11, Type: "MISC"}}})
	for i := range docs {
		docs[i].spans, docs[i].Sentences = spansOf(docs[i].Sentences), nil
	}
	s := docStore{limit: 1, dir: t.TempDir()}
	for _, d := range docs {
		if err := s.add(d); err != nil {
			t.Fatal(err)
		}
	}
	defer s.close()
	var each []Doc
	if err := s.each(func(_ int32, d Doc) { each = append(each, d) }); err != nil || !reflect.DeepEqual(each, docs) {
		t.Fatalf("each read back %d documents, %v", len(each), err)
	}
	for _, i := range []int32{3, 0, 2, 1, 3} {
		ds, err := s.sentences(i)
		if err != nil || !reflect.DeepEqual(ds.spans, docs[i].spans) {
			t.Fatalf("document %d: sentences read back as %v, %v; want %v", i, ds.spans, err, docs[i].spans)
		}
		for _, sn := range ds.spans {
			if got, err := ds.sentence(sn); err != nil || got != docs[i].Text[sn.start:sn.end] {
				t.Errorf("document %d: sentence %v read back as %q, %v", i, sn, got, err)
			}
		}
	}
}

// keyCount is the number of the collector's candidates that are keys of their own.
func keyCount(c *collector) int {
	n := 0
	c.keys(func(*candidate) { n++ })
	return n
}
