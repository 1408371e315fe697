package view

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/span"
)

// textOf returns the text the page shows for document n: the content of its text block,
// tags removed and entities decoded.
func textOf(t *testing.T, page string, n int) string {
	t.Helper()
	start := strings.Index(page, `<section class="doc" id="d`+string(rune('0'+n))+`"`)
	if start < 0 {
		t.Fatalf("no section d%d", n)
	}
	page = page[start:]
	open := strings.Index(page, `<div class="text"`)
	body := page[open:]
	body = body[strings.Index(body, ">")+1 : strings.Index(body, "</div>\n</section>")]
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(body, ""))
}

func write(t testing.TB, p Page) string {
	var b bytes.Buffer
	if err := Write(&b, p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestStructure(t *testing.T) {
	text := "زار محمد الكويت. ثم عاد إلى بيروت وقال كلاما.\n\nوالكويت بلد."
	// sentences: [0,30) [31, ...) [..]
	s1 := strings.Index(text, " ثم")
	s2 := strings.Index(text, "والكويت")
	doc := Doc{Name: "a.txt", Lang: "ar", Text: text,
		Sentences: []Sentence{{Start: 0, End: s1, Words: 3, Score: 2, Chosen: true, Rank: 1},
			{Start: s1 + 1, End: s2 - 2, Words: 6, Score: 1},
			{Start: s2, End: len(text), Words: 2, Score: 1.5, Chosen: true, Rank: 2}},
		Entities: []span.Entity{
			{Start: strings.Index(text, "محمد"), End: strings.Index(text, "محمد") + len("محمد"), Type: "PERS"},
			// runs past its sentence's end: cut there, still one mark
			{Start: strings.Index(text, "الكويت"), End: s1 + 4, Type: "LOC"},
			{Start: strings.Index(text, "بيروت"), End: strings.Index(text, "بيروت") + len("بيروت"), Type: "LOC"},
			// overlaps the one before: dropped
			{Start: strings.Index(text, "بيروت") + 2, End: strings.Index(text, "بيروت") + len("بيروت") + 4, Type: "ORG"},
			{Start: s2 + len("و"), End: s2 + len("والكويت"), Type: "LOC"},
		}}
	entries := []glossary.Entry{
		{Term: "الكويت", Kind: "LOC", Frequency: 2, Forms: []glossary.Form{{Text: "الكويت", Count: 2}},
			FirstFile: "a.txt", FirstSentence: 1, Target: "Kuwait", TargetSource: "suggestion: CLDR English name"},
		// crosses the edge of the entity الكويت.: never linked
		{Term: "محمد الكويت", Kind: "term", Frequency: 1, Forms: []glossary.Form{{Text: "محمد الكويت", Count: 1}}, FirstFile: "a.txt", FirstSentence: 1},
		{Term: "عاد", Kind: "term", Frequency: 1, Forms: []glossary.Form{{Text: "عاد", Count: 1}}, FirstFile: "a.txt", FirstSentence: 2},
	}
	page := write(t, Page{Docs: []Doc{doc}, Glossary: entries, Generator: "test"})
	if got := strings.Count(page, "<mark "); got != 4 {
		t.Errorf("%d marks, want 4 (one per entity that does not overlap another)", got)
	}
	if got := strings.Count(page, `<span class="s sum"`); got != 2 {
		t.Errorf("%d highlighted sentences, want 2", got)
	}
	if got := textOf(t, page, 1); got != text {
		t.Errorf("the page shows %q, want the text %q", got, text)
	}
	for _, want := range []string{
		`<html lang="ar" dir="rtl">`,
		`<div class="text" lang="ar" dir="rtl">`,
		`<span class="s sum" id="d1-s1" data-rank="1" title="sentence 1, in the summary, rank 1, score 2.000">`,
		// the entity cut at the sentence's end; the place محمد الكويت crosses its edge, and
		// is left unlinked
		`زار <mark class="PERS">محمد</mark> <mark class="LOC">الكويت.</mark></span>`,
		`<a href="#g1">و<mark class="LOC">الكويت</mark></a>`, // the link holds the clitic, the mark not
		`<a href="#g3">عاد</a>`,
		`<tr id="g1"><td>1</td><td><bdi>الكويت</bdi></td>`,
		`<a href="#d1-s1">sentence 1</a>`,
		`<a href="#d1-s2">sentence 2</a>`,
		`<td dir="auto">Kuwait</td><td lang="en">suggestion: CLDR English name</td>`,
		`2 sentences (67%), 5 words (45% of the words)`,
		"entities</th><td>4 · ",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, `href="#g2"`) {
		t.Errorf("a glossary place crossing an entity's edge was linked")
	}
}

func TestDirection(t *testing.T) {
	for _, tc := range []struct{ lang, dir string }{{"ar", "rtl"}, {"en", "ltr"}, {"en-GB", "ltr"}, {"fa", "rtl"}, {"AR-EG", "rtl"}} {
		page := write(t, Page{Docs: []Doc{{Name: "x", Lang: tc.lang, Text: "x"}}})
		if want := `<html lang="` + tc.lang + `" dir="` + tc.dir + `">`; !strings.Contains(page, want) {
			t.Errorf("%s: no %s", tc.lang, want)
		}
	}
}

const hostile = `<script>document.title="x"</script></table></div></span><img src=x onerror="alert(1)"> "quotes" 'single' &amp; {{.Title}} <!-- ]]>`

func TestEscaping(t *testing.T) {
	text := hostile + " الكويت"
	k := strings.Index(text, "الكويت")
	page := write(t, Page{Title: hostile, Generator: hostile, Warnings: []string{hostile},
		Docs: []Doc{{Name: hostile, Lang: `ar" onload="x`, Text: text, Warnings: []string{hostile},
			Sentences: []Sentence{{Start: 0, End: len(text), Chosen: true, Rank: 1}},
			Entities:  []span.Entity{{Start: k, End: len(text), Type: `LOC" onclick="alert(1)`}}}},
		Glossary: []glossary.Entry{{Term: hostile, Kind: hostile, Forms: []glossary.Form{{Text: "الكويت"}, {Text: hostile}},
			Target: hostile, TargetSource: hostile, FirstFile: hostile, Context: hostile, FirstSentence: 1}}})
	for tag, want := range map[string]int{"<script": 1, "</script>": 1, "<img": 0, "</table>": 3, `" onload="`: 0, `" onclick="`: 0, "<!--": 0} {
		if got := strings.Count(page, tag); got != want {
			t.Errorf("%d of %s, want %d", got, tag, want)
		}
	}
	if got := textOf(t, page, 1); got != text {
		t.Errorf("the page shows %q, want %q", got, text)
	}
}

// isInvisible reports the characters a page must never add: bidi controls and zero-width
// characters.
func isInvisible(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x061C || r == 0xFEFF
}

func TestNoControlsAdded(t *testing.T) {
	text := "قال Obama إن الولايات المتحدة (USA) ستدعم 3.5% من الخطة.\nEnglish line."
	page := write(t, Page{Docs: []Doc{{Name: "mixed نص.txt", Lang: "ar", Text: text,
		Sentences: []Sentence{{Start: 0, End: strings.Index(text, "\n"), Chosen: true}},
		Entities:  []span.Entity{{Start: strings.Index(text, "Obama"), End: strings.Index(text, "Obama") + 5, Type: "PERS"}}}}})
	if i := strings.IndexFunc(page, isInvisible); i >= 0 {
		r, _ := utf8.DecodeRuneInString(page[i:])
		t.Errorf("the page holds %U at %d", r, i)
	}
}

func TestSeveralDocuments(t *testing.T) {
	page := write(t, Page{Docs: []Doc{{Name: "a.txt", Lang: "ar", Text: "نص"}, {Name: "b.txt", Lang: "en", Text: "Text."}},
		Glossary: []glossary.Entry{{Term: "Text", Forms: []glossary.Form{{Text: "Text", Count: 1}}, FirstFile: "b.txt", FirstSentence: 1}}})
	for _, want := range []string{`<nav class="toc">`, `<a href="#d1"><bdi>a.txt</bdi></a>`, `<a href="#d2"><bdi>b.txt</bdi></a>`,
		`<div class="text" lang="en" dir="ltr">`, `<bdi>b.txt</bdi><br>sentence 1`, `<title>a.txt, b.txt</title>`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

// FuzzWrite checks, for any text and any sentences and entities, that the page shows the
// text exactly, with one mark per entity kept and one highlight per chosen sentence.
func FuzzWrite(f *testing.F) {
	f.Add("زار محمد الكويت. ثم عاد.\n\nوالكويت بلد.", 3, 9, 5)
	f.Add(hostile, 0, 7, 2)
	f.Add("\u202eabc\u2066 <b>", 1, 2, 1)
	f.Fuzz(func(t *testing.T, text string, a, b, step int) {
		n := len(text)
		if n == 0 || step <= 0 {
			return
		}
		var sents []Sentence
		chosen := 0
		for at, k := 0, 0; at < n; k++ {
			end := min(n, at+step+k%3)
			c := k%2 == 0
			if c {
				chosen++
			}
			sents = append(sents, Sentence{Start: at, End: end, Chosen: c, Rank: k})
			at = end + k%2
		}
		var ents []span.Entity
		for at := max(0, a%n); at < n; at += max(1, b) {
			ents = append(ents, span.Entity{Start: at, End: min(n, at+max(1, b/2)), Type: "LOC"})
		}
		entries := []glossary.Entry{{Term: "x", Forms: []glossary.Form{{Text: strings.TrimSpace(text[:min(n, 3)])}}}}
		page := write(t, Page{Docs: []Doc{{Name: text, Lang: "ar", Text: text, Sentences: sents, Entities: ents}}, Glossary: entries})
		if !utf8.ValidString(text) {
			return // the page is UTF-8: html/template keeps bytes, the browser replaces them
		}
		want := strings.ReplaceAll(text, "\x00", "\uFFFD") // as html/template and browsers do
		if got := textOf(t, page, 1); got != want {
			t.Fatalf("the page shows %q, want %q", got, want)
		}
		if got := strings.Count(page, "<mark "); got != len(ents) {
			t.Fatalf("%d marks for %d entities", got, len(ents))
		}
		if got := strings.Count(page, `<span class="s sum"`); got != chosen {
			t.Fatalf("%d highlights for %d chosen sentences", got, chosen)
		}
	})
}
