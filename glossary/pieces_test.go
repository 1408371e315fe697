package glossary

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// withPieceBytes runs fn with pieceBytes set to n.
func withPieceBytes(n int, fn func()) {
	old := pieceBytes
	pieceBytes = n
	defer func() { pieceBytes = old }()
	fn()
}

// longDoc is the seed article and sentences that exercise clitics, spellings, organisations
// and names, repeated into one document of several pieces, its sentences and names found.
func longDoc(t *testing.T, names bool) Doc {
	seed := readSeed(t)
	extra := "زار أمريكا وأميركا والأمريكية. للكويت والكويت الكويت. الفرنسى الفرنسي الفرنسية الفرنسيين. " +
		"وشينك شينك بباريس باريس. الجدة جدة جدة. عبد العزيز عبدالعزيز. " +
		"وقالت الهيئة العامة للشباب والرياضة إن وزارة الفلاحة والموارد المائية والصيد البحري تدعم الاتحاد العام التونسي للشغل. " +
		"وزار الوفد مدينة بن قردان."
	// The last sentence's words are new after the organisations and names of the pieces before.
	text := strings.Repeat(seed.Text+"\n\n"+extra+"\n", 4) + "وتحدث المدرب الجديد عن الموسم المقبل."
	opts := Options{}
	if names {
		opts.Names = longDocNames
	}
	return Prepare(Doc{Name: "long", Text: text}, opts)
}

// longDocNames tags the seed's names and بن قردان, which no n-gram covers (بن is a stopword).
var longDocNames = func() func(string) []span.Entity {
	names := map[string]string{"بن قردان": "LOC"}
	for k, v := range seedNames {
		names[k] = v
	}
	return fixtureNames(names)
}()

// TestPiecesKeepPlaces: scanning a long document a piece at a time counts and collects the
// places a scan of the whole document does, in the same order.
func TestPiecesKeepPlaces(t *testing.T) {
	for _, names := range []bool{false, true} {
		d := longDoc(t, names)
		type collected struct {
			order  []string
			occs   map[string][]occurrence
			surfs  map[string][]string
			tokens []int32
			spans  []nameIndex
			words  []wordCount
			places []placeHashes
		}
		collect := func() collected {
			c := newCollector()
			c.addDoc(0, d, 4, func(string) bool { return true })
			out := collected{occs: map[string][]occurrence{}, surfs: map[string][]string{},
				tokens: c.tokens, spans: c.nameSpans}
			c.keys(func(cd *candidate) { out.order = append(out.order, cd.key) })
			if err := c.log.each(func(_ int64, id int32, o occurrence) {
				k := c.byID(id).key
				out.surfs[k] = append(out.surfs[k], c.surfaces[o.surface])
				o.surface = 0 // numbered in another order
				out.occs[k] = append(out.occs[k], o)
			}); err != nil {
				t.Fatal(err)
			}
			countPlaces(d, 4, func(wc wordCount) { out.words = append(out.words, wc) },
				func(p placeHashes) { out.places = append(out.places, p) })
			slices.SortFunc(out.places, func(a, b placeHashes) int {
				return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(boolInt(a.named), boolInt(b.named)))
			})
			return out
		}
		whole := collect()
		for _, size := range []int{200, 1000, 3000} {
			withPieceBytes(size, func() {
				if n := len(docPieces(d)); n < 2 {
					t.Fatalf("pieceBytes %d: %d piece", size, n)
				}
				if got := collect(); !reflect.DeepEqual(got, whole) {
					t.Errorf("names %v, pieceBytes %d: the pieces' places differ from the whole document's", names, size)
				}
			})
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestPiecesKeepGlossary: the glossary of a long document read in pieces is the one read
// whole, through Build and through a Builder that counts it in Add.
func TestPiecesKeepGlossary(t *testing.T) {
	d := longDoc(t, true)
	opts := Options{Names: longDocNames}
	want := Build([]Doc{d}, opts)
	withPieceBytes(500, func() {
		d.counts = nil
		if countDoc(d, opts) != nil {
			t.Fatal("a long document was counted in Prepare")
		}
		got := Build([]Doc{d}, opts)
		for i := range got {
			got[i].places, want[i].places = nil, nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Error("the glossary of the pieces differs from the whole document's")
		}
	})
}

// TestDocPieces checks where a document is cut.
func TestDocPieces(t *testing.T) {
	// five sentences of 12 bytes and a space
	text := "aaaa bbbb c. dddd eeee f. gggg hhhh i. jjjj kkkk l. mmmm nnnn o."
	var sents []segment.Sentence
	for start := 0; start < len(text); start += 13 {
		sents = append(sents, segment.Sentence{Text: text[start : start+12], Start: start, End: start + 12})
	}
	starts := func(ps []docPiece) []int {
		var out []int
		for _, p := range ps {
			out = append(out, p.start)
		}
		return out
	}
	across := span.Entity{Start: 19, End: 30, Type: "PERS"} // eeee f. gggg: across the third sentence's start
	for _, tc := range []struct {
		name  string
		size  int
		sents []segment.Sentence
		names []span.Entity
		want  []int
	}{
		{"short", 100, sents, nil, []int{0}},
		{"every sentence", 13, sents, nil, []int{0, 13, 26, 39, 52}},
		{"two sentences", 26, sents, nil, []int{0, 26, 52}},
		{"no cut inside a name", 13, sents, []span.Entity{across}, []int{0, 13, 39, 52}},
		{"unsorted names", 13, sents, []span.Entity{{Start: 40, End: 44}, {Start: 0, End: 4}}, []int{0}},
		{"overlapping sentences", 13, []segment.Sentence{{Start: 0, End: 20}, {Start: 13, End: 25}}, nil, []int{0}},
		{"no space between sentences", 13, []segment.Sentence{{Start: 0, End: 13}, {Start: 13, End: 25}, {Start: 26, End: 38}}, nil, []int{0, 26}},
		{"no sentences", 13, nil, nil, []int{0}},
	} {
		withPieceBytes(tc.size, func() {
			ps := docPieces(Doc{Text: text, spans: spansOf(tc.sents), Names: tc.names})
			if got := starts(ps); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s: pieces start at %v, want %v", tc.name, got, tc.want)
			}
			if ps[len(ps)-1].end != len(text) {
				t.Errorf("%s: the last piece ends at %d", tc.name, ps[len(ps)-1].end)
			}
			var names []span.Entity
			for _, p := range ps {
				names = append(names, p.names...)
			}
			if len(names) != len(tc.names) {
				t.Errorf("%s: %d names in the pieces, want %d", tc.name, len(names), len(tc.names))
			}
		})
	}
}

// TestPiecesCompleteNames: a name cut short in a later piece is completed from a longer name
// tagged only in an earlier one, as in a scan of the whole document.
func TestPiecesCompleteNames(t *testing.T) {
	text := "وتحدث عبدالسلام جمعة أمس.\n\n" + strings.Repeat("وقال المدرب إن الفريق جاهز للمباراة.\n\n", 8) +
		"ووعد عبدالسلام جمعة الجماهير."
	tagged := func(text string) []span.Entity {
		first := strings.Index(text, "عبدالسلام جمعة")
		last := strings.LastIndex(text, "عبدالسلام")
		return []span.Entity{{Start: first, End: first + len("عبدالسلام جمعة"), Type: "PERS"},
			{Start: last, End: last + len("عبدالسلام"), Type: "PERS"}}
	}
	build := func() []Entry {
		entries := Build([]Doc{{Name: "t", Text: text}}, Options{Names: tagged, MinFreq: 1})
		for i := range entries {
			entries[i].places = nil // their surfaces are interned in another order
		}
		return entries
	}
	whole := build()
	var pieces []Entry
	withPieceBytes(64, func() {
		if n := len(docPieces(Prepare(Doc{Name: "t", Text: text}, Options{Names: tagged}))); n < 2 {
			t.Fatalf("%d pieces", n)
		}
		pieces = build()
	})
	if !reflect.DeepEqual(whole, pieces) {
		t.Errorf("pieces %v, whole %v", terms(pieces), terms(whole))
	}
	for _, e := range whole {
		if e.Term == "عبدالسلام جمعة" && e.Frequency != 2 {
			t.Errorf("عبدالسلام جمعة: %+v", e)
		}
	}
}

// TestJobsSameGlossary: the second pass gives the glossary of one scan after another whatever
// the number of workers, with a long document (scanned by the collector itself) among short
// ones.
func TestJobsSameGlossary(t *testing.T) {
	withPieceBytes(2048, func() {
		long := longDoc(t, true)
		long.counts = nil
		var docs []Doc
		for i, s := range segment.Split(readSeed(t).Text) {
			docs = append(docs, Doc{Name: "s" + strings.Repeat("x", i), Text: s.Text})
			if i == 3 {
				docs = append(docs, long)
			}
		}
		var want []Entry
		for _, jobs := range []int{1, 2, 4} {
			got := Build(docs, Options{Names: longDocNames, Jobs: jobs})
			if len(got) == 0 {
				t.Fatal("no entries")
			}
			if jobs == 1 {
				want = got
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("jobs %d: %d entries differ from one job's %d", jobs, len(got), len(want))
			}
		}
	})
}
