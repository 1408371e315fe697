package summarize

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
)

// lines splits a hand-built document at line ends, one sentence per line, so that feature tests
// do not depend on the segmenter; a blank line starts a new paragraph.
func lines(text string) []segment.Sentence {
	var out []segment.Sentence
	para, start := 1, 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		if i > start {
			out = append(out, segment.Sentence{Text: text[start:i], Start: start, End: i, Paragraph: para})
		} else if len(out) > 0 {
			para = out[len(out)-1].Paragraph + 1
		}
		start = i + 1
	}
	return out
}

func mustSummarize(t *testing.T, text string, opts Options) *Summary {
	t.Helper()
	if opts.Split == nil {
		opts.Split = lines
	}
	s, err := Summarize(text, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// entitiesOf tags every occurrence of the given names (a stand-in for the tagger).
func entitiesOf(names ...string) func(string) []span.Entity {
	return func(text string) []span.Entity {
		var out []span.Entity
		for _, n := range names {
			for off := 0; ; {
				i := strings.Index(text[off:], n)
				if i < 0 {
					break
				}
				out = append(out, span.Entity{Start: off + i, End: off + i + len(n), Type: "PERS"})
				off += i + len(n)
			}
		}
		return out
	}
}

func TestFeatures(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entities func(string) []span.Entity
		feature  func(Features) float64
		higher   int // this sentence's feature must be greater than
		lower    int // this one's
	}{
		{
			name: "tfidf: the sentence of the document's recurring topic outranks a stray one",
			text: "وصل الوفد إلى المدينة صباحا.\n" +
				"ناقش الوزير الاقتصاد والنفط والتجارة مع الوفد.\n" +
				"قال الوزير إن الاقتصاد يعتمد على النفط والتجارة.\n" +
				"وأكد الوزير أن النفط والتجارة أساس الاقتصاد.\n" +
				"كانت السماء صافية والحديقة جميلة.\n",
			feature: func(f Features) float64 { return f.TFIDF },
			higher:  1, lower: 4,
		},
		{
			name: "entity: recurring entities outweigh a one-off entity",
			text: "التقى خالد بسمير في المكتب اليوم.\n" +
				"وحضر الاجتماع زائر اسمه مروان أيضا.\n" +
				"وقال خالد إن سمير سيعود غدا.\n" +
				"وأكد خالد أن سمير شريك مهم.\n",
			entities: entitiesOf("خالد", "سمير", "مروان"),
			feature:  func(f Features) float64 { return f.Entity },
			higher:   0, lower: 1,
		},
		{
			name: "entity: a sentence with entities outranks one without",
			text: "التقى خالد بسمير في المكتب اليوم.\n" +
				"كان الجو حارا جدا في ذلك اليوم.\n" +
				"وقال خالد إن سمير سيعود غدا.\n",
			entities: entitiesOf("خالد", "سمير"),
			feature:  func(f Features) float64 { return f.Entity },
			higher:   2, lower: 1,
		},
		{
			name:    "position: earlier is higher",
			text:    "الجملة الأولى هنا طويلة بما يكفي للقراءة.\nالجملة الثانية هنا طويلة بما يكفي للقراءة.\nالجملة الثالثة هنا طويلة بما يكفي للقراءة.\n",
			feature: func(f Features) float64 { return f.Position },
			higher:  1, lower: 2,
		},
		{
			name:    "paragraph: a sentence after a blank line opens a paragraph",
			text:    "الفقرة الأولى تبدأ هنا بجملة.\nثم تستمر الفقرة الأولى بجملة ثانية.\n\nوتبدأ الفقرة الثانية هنا بجملة.\n",
			feature: func(f Features) float64 { return f.Paragraph },
			higher:  2, lower: 1,
		},
		{
			name: "title: sharing the headline's words scores higher",
			text: "ارتفاع أسعار النفط في الأسواق العالمية\n" +
				"سجل فريق كرة القدم فوزا كبيرا أمس في المباراة.\n" +
				"واصلت أسعار النفط ارتفاعها في الأسواق العالمية اليوم.\n",
			feature: func(f Features) float64 { return f.Title },
			higher:  2, lower: 1,
		},
		{
			name: "length: a fragment is penalised, a normal sentence is not",
			text: "هذه جملة عادية الطول تحمل معنى كاملا للقارئ الكريم.\n" +
				"نعم.\n",
			feature: func(f Features) float64 { return f.Length },
			higher:  1, lower: 0,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustSummarize(t, tc.text, Options{Entities: tc.entities})
			hi, lo := tc.feature(s.Sentences[tc.higher].Features), tc.feature(s.Sentences[tc.lower].Features)
			if !(hi > lo) {
				t.Errorf("sentence %d: %.3f, sentence %d: %.3f; want the first higher\n%+v", tc.higher, hi, tc.lower, lo, s.Sentences)
			}
			for _, st := range s.Sentences {
				f := st.Features
				for _, v := range []float64{f.TFIDF, f.Entity, f.Position, f.Paragraph, f.Title, f.Length} {
					if v < 0 || v > 1 || math.IsNaN(v) {
						t.Errorf("feature out of [0, 1]: %+v", f)
					}
				}
			}
		})
	}
}

func TestEntityRanking(t *testing.T) {
	// With only the entity feature weighted, the sentence full of the document's recurring
	// entities is chosen first.
	text := "كان الطقس معتدلا في الصباح الباكر.\n" +
		"التقى خالد وسمير في بيروت لبحث المشروع.\n" +
		"زار مروان المعرض وحده بعد الظهر.\n" +
		"وعاد خالد وسمير إلى بيروت مساء.\n"
	w := Weights{Entity: 1}
	s := mustSummarize(t, text, Options{Weights: &w, Budget: Budget{Sentences: 1}, Entities: entitiesOf("خالد", "سمير", "بيروت", "مروان")})
	if len(s.Chosen) != 1 || s.Chosen[0] != 1 && s.Chosen[0] != 3 {
		t.Errorf("chosen %v, want sentence 1 or 3 (recurring entities)", s.Chosen)
	}
}

func TestRedundancy(t *testing.T) {
	text := "ارتفعت أسعار النفط في الأسواق العالمية اليوم بشكل كبير.\n" +
		"ارتفعت أسعار النفط في الأسواق العالمية اليوم بشكل كبير جدا.\n" +
		"وفي الرياضة فاز الفريق المحلي بالبطولة بعد مباراة صعبة.\n"
	w := Weights{Position: 1}
	without := mustSummarize(t, text, Options{Weights: &w, Budget: Budget{Sentences: 2}})
	if got := without.Chosen; len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Fatalf("without redundancy control: chosen %v, want [0 1]", got)
	}
	w.Redundancy = 5
	with := mustSummarize(t, text, Options{Weights: &w, Budget: Budget{Sentences: 2}})
	if got := with.Chosen; len(got) != 2 || got[0] != 0 || got[1] != 2 {
		t.Errorf("with redundancy control: chosen %v, want [0 2] (the near-duplicate skipped)", got)
	}
	if r := with.Sentences[2].Redundancy; r < 0 || r > 0.5 {
		t.Errorf("redundancy of the chosen distinct sentence = %.3f", r)
	}
}

func TestJoinWrapped(t *testing.T) {
	text := "عنوان قصير للخبر\n" +
		"بدأت الغرفة التجارية في المحافظة تنفيذ برامجها التدريبية الجديدة\n" +
		"اعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين.\n" +
		"وقال المدير إن البرنامج ناجح.\n"
	s := mustSummarize(t, text, Options{})
	var got []string
	for _, st := range s.Sentences {
		got = append(got, st.Text)
	}
	want := []string{
		"عنوان قصير للخبر",
		"بدأت الغرفة التجارية في المحافظة تنفيذ برامجها التدريبية الجديدة\nاعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين.",
		"وقال المدير إن البرنامج ناجح.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("units\n%q\nwant\n%q", got, want)
	}
	for _, st := range s.Sentences {
		if text[st.Start:st.End] != st.Text {
			t.Errorf("span %d:%d does not slice %q", st.Start, st.End, st.Text)
		}
	}
}

// budgetDoc has sentences of known word counts: 5, 9, 7, 12, 6, 10 (54 words).
var budgetDoc = "كلمة كلمة كلمة كلمة كلمة.\n" +
	"أخرى أخرى أخرى أخرى أخرى أخرى أخرى أخرى أخرى.\n" +
	"ثالث ثالث ثالث ثالث ثالث ثالث ثالث.\n" +
	"رابع رابع رابع رابع رابع رابع رابع رابع رابع رابع رابع رابع.\n" +
	"خامس خامس خامس خامس خامس خامس.\n" +
	"سادس سادس سادس سادس سادس سادس سادس سادس سادس سادس.\n"

func TestBudgets(t *testing.T) {
	counts := []int{5, 9, 7, 12, 6, 10}
	tests := []struct {
		name  string
		b     Budget
		check func(t *testing.T, s *Summary)
	}{
		{"sentences", Budget{Sentences: 2}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 2 {
				t.Errorf("chose %d, want 2", len(s.Chosen))
			}
		}},
		{"ratio", Budget{Ratio: 0.5}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 3 {
				t.Errorf("chose %d, want 3", len(s.Chosen))
			}
		}},
		{"tiny ratio still gives one", Budget{Ratio: 0.01}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 1 {
				t.Errorf("chose %d, want 1", len(s.Chosen))
			}
		}},
		{"default", Budget{}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 2 { // round(0.25·6)
				t.Errorf("chose %d, want 2", len(s.Chosen))
			}
		}},
		{"max words never exceeded", Budget{MaxWords: 20}, func(t *testing.T, s *Summary) {
			if s.Words > 20 || s.Words < 15 {
				t.Errorf("words %d, want ≤ 20 and the space used", s.Words)
			}
		}},
		{"max words smaller than every sentence", Budget{MaxWords: 4}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 0 || s.Words != 0 {
				t.Errorf("chose %v (%d words), want nothing", s.Chosen, s.Words)
			}
		}},
		{"words reached with at most one sentence over", Budget{Words: 20}, func(t *testing.T, s *Summary) {
			last := 0
			for _, st := range s.Sentences {
				if st.Rank == len(s.Chosen) {
					last = st.Words
				}
			}
			if s.Words < 20 || s.Words-last >= 20 {
				t.Errorf("words %d (last added %d), want ≥ 20 and < 20 before the last", s.Words, last)
			}
		}},
		{"words and max words", Budget{Words: 20, MaxWords: 22}, func(t *testing.T, s *Summary) {
			if s.Words > 22 {
				t.Errorf("words %d > 22", s.Words)
			}
		}},
		{"words beyond the document returns all", Budget{Words: 1000}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 6 || s.Words != 49 {
				t.Errorf("chose %d sentences, %d words; want all 6, 49", len(s.Chosen), s.Words)
			}
		}},
		{"sentences beyond the document returns all", Budget{Sentences: 99}, func(t *testing.T, s *Summary) {
			if len(s.Chosen) != 6 {
				t.Errorf("chose %d, want 6", len(s.Chosen))
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mustSummarize(t, budgetDoc, Options{Budget: tc.b})
			for i, st := range s.Sentences {
				if st.Words != counts[i] {
					t.Fatalf("sentence %d has %d words, want %d", i, st.Words, counts[i])
				}
			}
			checkInvariants(t, budgetDoc, s, tc.b)
			tc.check(t, s)
		})
	}
}

// checkInvariants holds for every summary: chosen ⊆ sentences, in document order, ranks
// consistent, word count right, strict budgets respected, spans slicing the text.
func checkInvariants(t *testing.T, text string, s *Summary, b Budget) {
	t.Helper()
	words, prev := 0, -1
	for _, i := range s.Chosen {
		if i <= prev || i < 0 || i >= len(s.Sentences) {
			t.Fatalf("chosen %v not increasing indexes into %d sentences", s.Chosen, len(s.Sentences))
		}
		prev = i
		if !s.Sentences[i].Chosen || s.Sentences[i].Rank < 1 || s.Sentences[i].Rank > len(s.Chosen) {
			t.Fatalf("sentence %d in Chosen but marked %+v", i, s.Sentences[i])
		}
		words += s.Sentences[i].Words
	}
	marked := 0
	for k, st := range s.Sentences {
		if st.Chosen {
			marked++
		}
		if st.Start < 0 || st.End > len(text) || st.Start > st.End || text[st.Start:st.End] != st.Text || st.Index != k {
			t.Fatalf("sentence %d span %d:%d does not slice its text", k, st.Start, st.End)
		}
	}
	if marked != len(s.Chosen) || words != s.Words {
		t.Fatalf("marked %d, chosen %d, words %d vs %d", marked, len(s.Chosen), words, s.Words)
	}
	if b.MaxWords > 0 && s.Words > b.MaxWords {
		t.Fatalf("words %d > max %d", s.Words, b.MaxWords)
	}
	if b.Sentences > 0 && len(s.Chosen) > b.Sentences {
		t.Fatalf("chose %d > %d sentences", len(s.Chosen), b.Sentences)
	}
	if b.Words > 0 && len(s.Chosen) > 0 {
		last := 0
		for _, st := range s.Sentences {
			if st.Rank == len(s.Chosen) {
				last = st.Words
			}
		}
		if s.Words-last >= b.Words {
			t.Fatalf("words %d: the budget %d was reached before the last sentence (%d words)", s.Words, b.Words, last)
		}
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, text := range []string{"", "   \n\n  \t", "،؛.!"} {
		s, err := Summarize(text, Options{Budget: Budget{Words: 50}})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if text != "،؛.!" && (len(s.Chosen) != 0 || len(s.Sentences) != 0) {
			t.Errorf("%q: %+v, want an empty summary", text, s)
		}
		checkInvariants(t, text, s, Budget{Words: 50})
	}
}

func TestBadOptions(t *testing.T) {
	nan := math.NaN()
	for _, o := range []Options{
		{Budget: Budget{Sentences: -1}}, {Budget: Budget{Ratio: 1.5}}, {Budget: Budget{Ratio: nan}},
		{Budget: Budget{Words: -3}}, {Budget: Budget{MaxWords: -1}}, {Weights: &Weights{TFIDF: nan}},
	} {
		if _, err := Summarize("جملة.", o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

func TestDeterministic(t *testing.T) {
	text := strings.Repeat(budgetDoc, 3)
	a := mustSummarize(t, text, Options{Budget: Budget{Words: 40}})
	for range 5 {
		b := mustSummarize(t, text, Options{Budget: Budget{Words: 40}})
		if strings.Join(summaryLines(a), "|") != strings.Join(summaryLines(b), "|") {
			t.Fatal("two runs chose differently")
		}
	}
}

func summaryLines(s *Summary) []string {
	var out []string
	for _, i := range s.Chosen {
		out = append(out, s.Sentences[i].Text)
	}
	return out
}

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"كلمة", 1}, {"مُحَمَّد رسول", 2}, {"1.8 مليار", 3}, {"لـ\"الوطن\" إن", 3},
		{"hello, world_x 42", 3}, {"  ؟!  ", 0}, {"الإستراتيجية، و قد", 3},
	}
	for _, tc := range tests {
		if got := arabic.CountWords(tc.in); got != tc.want {
			t.Errorf("arabic.CountWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
		if got := len(rougeWords(tc.in)); got != tc.want {
			t.Errorf("rougeWords(%q) = %d words, want %d", tc.in, got, tc.want)
		}
	}
}

func FuzzSummarize(f *testing.F) {
	f.Add(budgetDoc, 2, 0.0, 20, 0)
	f.Add("عنوان\nنص.\n\nفقرة ثانية. وجملة أخرى؟ نعم!", 0, 0.5, 0, 10)
	f.Add("", 1, 0.0, 0, 0)
	f.Add("a\xffb. c.", 0, 0.0, 3, 3)
	f.Fuzz(func(t *testing.T, text string, n int, ratio float64, words, maxWords int) {
		b := Budget{Sentences: n % 50, Ratio: ratio, Words: words % 500, MaxWords: maxWords % 500}
		s, err := Summarize(text, Options{Budget: b, Entities: entitiesOf("ال", "a")})
		if err != nil {
			if b.validate() == nil {
				t.Fatalf("error for a valid budget %+v: %v", b, err)
			}
			return
		}
		checkInvariants(t, text, s, b)
	})
}

// cosine of two unit vectors sorted by id.
func cosine(a, b []termWeight) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += a[i].w * b[j].w
			i++
			j++
		}
	}
	return s
}

// eagerChoose is the plain O(n·k) maximal marginal relevance the lazy, indexed choose must
// agree with.
func eagerChoose(sum *Summary, d *document, b Budget, redundancy float64) []int {
	n := len(sum.Sentences)
	limit := n
	if b.Sentences > 0 {
		limit = min(limit, b.Sentences)
	}
	sim := make([]float64, n)
	chosen := make([]bool, n)
	var order []int
	words := 0
	for len(order) < limit && !(b.Words > 0 && words >= b.Words) {
		best, bestVal := -1, math.Inf(-1)
		for i, s := range sum.Sentences {
			if chosen[i] || b.MaxWords > 0 && words+d.words[i] > b.MaxWords {
				continue
			}
			if v := s.Score - redundancy*sim[i]; v > bestVal {
				best, bestVal = i, v
			}
		}
		if best < 0 {
			break
		}
		chosen[best] = true
		order = append(order, best)
		words += d.words[best]
		chosenVec := slices.Clone((&vectors{d: d}).of(best))
		vecs := vectors{d: d}
		for i := range sim {
			sim[i] = max(sim[i], cosine(chosenVec, vecs.of(i)))
		}
	}
	return order
}

func TestLazyChooseEqualsEager(t *testing.T) {
	texts := []string{budgetDoc, strings.Repeat(budgetDoc, 4)}
	if docs := loadEASCIfPresent(); docs != nil {
		for _, d := range docs {
			texts = append(texts, d.text)
		}
	}
	for k := range 2 * len(texts) {
		text := texts[k/2]
		units := joinWrapped(text, segment.Split(text))
		d := analyse(text, units, textWords{words: idf.Words(text)}, nil)
		if k%2 == 1 {
			d.vecs = nil // as for a long text: vectors made when asked for
		}
		for _, red := range []float64{0.3, 1, 3} {
			for _, b := range []Budget{{Sentences: 5}, {Words: 120}, {MaxWords: 80}, {Sentences: len(units)}} {
				s := &Summary{Sentences: make([]Sentence, len(units))}
				w := DefaultWeights()
				for i := range units {
					f := d.features[i]
					s.Sentences[i] = Sentence{Index: i, Words: d.words[i], Features: f,
						Score: w.TFIDF*f.TFIDF + w.Position*f.Position + w.Title*f.Title - w.Length*f.Length}
				}
				want := eagerChoose(s, d, b, red)
				choose(s, d, b, red)
				got := make([]int, len(want))
				for _, st := range s.Sentences {
					if st.Chosen {
						if st.Rank > len(got) {
							t.Fatalf("rank %d of %d", st.Rank, len(want))
						}
						got[st.Rank-1] = st.Index
					}
				}
				if len(s.Chosen) != len(want) || fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("redundancy %v budget %+v: lazy chose %v, eager %v", red, b, got, want)
				}
			}
		}
	}
}
