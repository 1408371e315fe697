package entity

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/span"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func loadDefault(t testing.TB) *Tagger {
	t.Helper()
	tagger, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tagger
}

// TestSeedGolden tags the seed article: the names the issue lists must be found with their
// types, and the whole output must match testdata/seed.golden.
func TestSeedGolden(t *testing.T) {
	text, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	spans := loadDefault(t).Tag(string(text))
	found := map[string]map[string]bool{}
	var out bytes.Buffer
	for _, sp := range spans {
		name := string(text[sp.Start:sp.End])
		if found[name] == nil {
			found[name] = map[string]bool{}
		}
		found[name][sp.Type] = true
		fmt.Fprintf(&out, "%d\t%d\t%s\t%s\n", sp.Start, sp.End, sp.Type, name)
	}
	for _, want := range []struct{ text, typ string }{
		{"الكويت", "LOC"},
		{"الولايات المتحدة", "LOC"},
		{"خالد الشريعان", "PERS"},
		{"دان كين", "PERS"},
		{"مايكل دومينو", "PERS"},
		{"وزارة الحرب الأمريكية", "ORG"},
	} {
		if !found[want.text][want.typ] {
			t.Errorf("%s not tagged %s", want.text, want.typ)
		}
	}
	// The Pentagon, spelt with پ in the title and ب in the body: one type for both.
	a, b := found["الپنتاغون"], found["البنتاغون"]
	if len(a) != 1 || len(b) != 1 || fmt.Sprint(a) != fmt.Sprint(b) || !(a["ORG"] || a["LOC"]) {
		t.Errorf("الپنتاغون tagged %v, البنتاغون tagged %v; want the same type, ORG or LOC", a, b)
	}
	checkGolden(t, "seed.golden", out.Bytes())
}

// checkGolden compares the tagged spans got with testdata/name, rewriting the file first
// under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("spans differ from %s (run with -update after retraining and review the diff):\n%s", golden, got)
	}
}

func checkSpans(t *testing.T, text string, spans []span.Entity) {
	t.Helper()
	// Rune boundaries as a decoder walking the text sees them (an invalid byte is one step).
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	boundary[len(text)] = true
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %+v out of order or range (previous end %d, text %d bytes)", sp, last, len(text))
		}
		if !boundary[sp.Start] || !boundary[sp.End] {
			t.Fatalf("span %+v not on rune boundaries", sp)
		}
		switch sp.Type {
		case "PERS", "LOC", "ORG", "MISC":
		default:
			t.Fatalf("span %+v: unknown type", sp)
		}
		last = sp.End
	}
}

func TestTagEdgeCases(t *testing.T) {
	tagger := loadDefault(t)
	for _, text := range []string{
		"", " ", "\n\n", "،", "وو", "\xff\xfe", "الكويت", "«الكويت»", "و الكويت",
		strings.Repeat("محمد ", 600), "قال الرئيس\u200fالمصري حسني مبارك",
	} {
		checkSpans(t, text, tagger.Tag(text))
	}
	if got := tagger.TagTokens(nil); len(got) != 0 {
		t.Errorf("TagTokens(nil) = %v", got)
	}
	toks := []string{"قال", "الرئيس", "المصري", "حسني", "مبارك", "في", "القاهرة", "."}
	tags := tagger.TagTokens(toks)
	if len(tags) != len(toks) || !wellFormed(ids(tags...)) {
		t.Errorf("TagTokens(%v) = %v", toks, tags)
	}
}

func FuzzTag(f *testing.F) {
	text, _ := os.ReadFile("../testdata/seed.txt")
	f.Add(string(text))
	f.Add("قال الفريق دان كين إن «الپنتاغون» والولايات المتحدة")
	f.Add("وَالكُويت\u0640\u0640 ١٢٣ F-16 \xff")
	f.Add(`روايات " اللص والكلاب " و " " 1939 و « الطريق » و "`)
	tagger := loadDefault(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, tagger.Tag(text))
		words := strings.Fields(text)
		tags := tagger.TagTokens(words)
		if len(tags) != len(words) || !wellFormed(ids(tags...)) {
			t.Fatalf("TagTokens(%q) = %v", words, tags)
		}
	})
}

// TestDevSlice scores the embedded model on the held-out end of ANERcorp's training split
// (which it was not trained on), as ../shared/eval/nerf1.py does, to catch regressions in
// the features or the arabic package they read.
func TestDevSlice(t *testing.T) {
	f, err := os.Open("../../shared/data/anercorp/train.tsv")
	if err != nil {
		t.Skip("../shared not present:", err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	dev := sents[len(sents)-400:]
	words := make([][]string, len(dev))
	var gold, pred []int
	for i, s := range dev {
		words[i] = s.Tokens
		gold = append(gold, ids(s.Tags...)...)
	}
	for _, tags := range loadDefault(t).TagSentences(words) {
		pred = append(pred, ids(tags...)...)
	}
	g, p := map[tokenSpan]bool{}, tokenSpans(pred)
	for _, sp := range tokenSpans(gold) {
		g[sp] = true
	}
	hit := 0
	for _, sp := range p {
		if g[sp] {
			hit++
		}
	}
	prec, rec := float64(hit)/float64(len(p)), float64(hit)/float64(len(g))
	f1 := 2 * prec * rec / (prec + rec)
	t.Logf("dev slice: P %.4f R %.4f F1 %.4f", prec, rec, f1)
	if f1 < 0.69 {
		t.Errorf("dev F1 %.4f, below 0.69", f1)
	}
}

func BenchmarkTag(b *testing.B) {
	text, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	tagger := loadDefault(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tagger.Tag(string(text))
	}
}

// The tagger sums each word type's word features once (wordEntry); the scores must be those
// of the full feature lists the model was trained on, whether the words come from the cache
// or not.
func TestCachedEmissionsMatchFeatures(t *testing.T) {
	text, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	tagger := loadDefault(t)
	tagger.prepareToTag()
	chunks := sentenceChunks(string(text), arabic.Tokens(string(text)))
	for pass := range 2 { // the first pass fills the cache, the second reads it
		buf := new(tagBuffer)
		buf.reset()
		an := analyser{t: tagger, buf: buf}
		for _, c := range chunks {
			toks := make([]token, len(c))
			for j, tk := range c {
				toks[j] = an.analyse(tk.Text)
			}
			tagger.gaz.mark(toks)
			first := make([]float32, len(toks)*nTags)
			second := make([]float32, len(toks)*nTags)
			tagger.emissions(toks, first, second, nil)
			for k := range toks {
				var want [2 * nTags]float32
				tagger.pair.sum(appendFeatures(nil, toks, k, tagger.local.bits, false), &want)
				for x := range nTags {
					if math.Abs(float64(first[k*nTags+x]-want[x])) > 1e-3 ||
						math.Abs(float64(second[k*nTags+x]-want[nTags+x])) > 1e-3 {
						t.Fatalf("pass %d, %q: tag %s scores %v/%v, features give %v/%v", pass, toks[k].raw,
							tagNames[x], first[k*nTags+x], second[k*nTags+x], want[x], want[nTags+x])
					}
				}
			}
		}
	}
}

// Goroutines share the tagger's word cache: tagging the same texts concurrently, in any
// order and whatever the cache holds, gives what one goroutine gives.
func TestTagConcurrently(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(string(seed), "\n")
	tagger, err := ReadModel(embeddedModel) // a fresh cache, not Default's
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]span.Entity, len(paras))
	for i, p := range paras {
		want[i] = loadDefault(t).Tag(p)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(paras))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range paras {
				i := (k*7 + g*3) % len(paras)
				if got := tagger.Tag(paras[i]); fmt.Sprint(got) != fmt.Sprint(want[i]) {
					errs <- fmt.Sprintf("goroutine %d, paragraph %d: %v, want %v", g, i, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestReleaseDefault: after ReleaseDefault, Default decodes a new tagger, which tags as the
// released one did.
func TestReleaseDefault(t *testing.T) {
	before, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "قال الرئيس الأمريكي باراك أوباما في واشنطن إن الأمم المتحدة ستجتمع في نيويورك."
	want := before.Tag(text)
	ReleaseDefault()
	after, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Fatal("Default returned the released tagger")
	}
	if again, _ := Default(); again != after {
		t.Fatal("Default decoded the model twice without a release")
	}
	if got := after.Tag(text); fmt.Sprint(got) != fmt.Sprint(want) || len(want) == 0 {
		t.Errorf("the new tagger tags %v, the released one %v", got, want)
	}
}

// TestTagMargins: the model's entities carry a positive margin, those a rule made where the
// model tagged nothing (an institution's name, markInstitutions) a negative one.
func TestTagMargins(t *testing.T) {
	tagger := loadDefault(t)
	text := "وقالت وزارة الحرب الأمريكية إن الرئيس جورج بوش سيزور الكويت الأسبوع المقبل."
	got := map[string]float32{}
	for _, e := range tagger.Tag(text) {
		got[text[e.Start:e.End]] = e.Margin
	}
	for name, positive := range map[string]bool{"وزارة الحرب الأمريكية": false, "جورج بوش": true, "الكويت": true} {
		m, ok := got[name]
		if !ok || (m > 0) != positive || m == 0 {
			t.Errorf("%s: margin %v (found %v), want positive %v; entities %v", name, m, ok, positive, got)
		}
	}
}

// TestInstitutionNameEnds: an institution's name that Tag marks runs through its complement
// and its adjectives, not into the definite noun after it.
func TestInstitutionNameEnds(t *testing.T) {
	tagger := loadDefault(t)
	for text, want := range map[string]string{
		"نعت وزارة الشؤون الثقافية المنشد الصوفي أمس.": "وزارة الشؤون الثقافية",
		"أعلنت وزارة الأمن الداخلي الإجراءات الجديدة.": "وزارة الأمن الداخلي",
		"ونقلت وكالة الأنباء الرسمية التصريحات.":       "وكالة الأنباء الرسمية",
	} {
		var got []string
		for _, e := range tagger.Tag(text) {
			got = append(got, text[e.Start:e.End])
			if e.Type == "ORG" && text[e.Start:e.End] == want {
				got = nil
				break
			}
		}
		if got != nil {
			t.Errorf("%s: entities %q, want the ORG %s", text, got, want)
		}
	}
}

// TestSpanKeepsFutureMarkerLetter: a span leaves out the conjunction and preposition clitics
// of its first word, not a letter the analyser read as the future marker (سان as س + إن).
func TestSpanKeepsFutureMarkerLetter(t *testing.T) {
	tagger := loadDefault(t)
	text := "وقع زلزال سان فرانسيسكو عام 1906. وانفجرت سيارة مفخخة في بغداد وسامراء أمس."
	var got []string
	for _, e := range tagger.Tag(text) {
		got = append(got, text[e.Start:e.End])
	}
	for _, want := range []string{"سان فرانسيسكو", "سامراء"} {
		if !slices.Contains(got, want) {
			t.Errorf("entities %q, want %s among them", got, want)
		}
	}
}
