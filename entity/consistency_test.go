package entity

import (
	"reflect"
	"strings"
	"testing"
)

func TestSpreadEntities(t *testing.T) {
	// Each case is a document: sentences of "word/TAG" items (TAG O when left out), and the
	// tags wanted after the pass.
	tests := []struct {
		name      string
		doc, want []string
	}{
		{
			name: "found twice nearby, missed once",
			doc:  []string{"قال البنك/B-ORG التجاري/I-ORG إن", "أرباح البنك/B-ORG التجاري/I-ORG ارتفعت", "وأعلن البنك التجاري أمس"},
			want: []string{"O B-ORG I-ORG O", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		},
		{
			name: "clitics aside",
			doc:  []string{"زار ليون/B-ORG", "فاز ليون/B-ORG", "خسر أمام وليون"},
			want: []string{"O B-ORG", "O B-ORG", "O O B-ORG"},
		},
		{
			name: "found once: not spread",
			doc:  []string{"قال البنك/B-ORG التجاري/I-ORG إن", "وأعلن البنك التجاري أمس"},
			want: []string{"O B-ORG I-ORG O", "O O O O"},
		},
		{
			name: "most frequent type",
			doc:  []string{"زار ميلان/B-ORG", "فاز ميلان/B-ORG", "في ميلان/B-LOC", "خسر ميلان"},
			want: []string{"O B-ORG", "O B-ORG", "O B-LOC", "O B-ORG"},
		},
		{
			name: "tagged words are left alone",
			doc:  []string{"قال البنك/B-ORG التجاري/I-ORG", "البنك/B-ORG التجاري/I-ORG", "البنك/B-ORG التجاري/I-LOC"},
			want: []string{"O B-ORG I-ORG", "B-ORG I-ORG", "B-ORG I-LOC"},
		},
	}
	for _, tt := range tests {
		var doc [][]token
		var ids [][]int
		for _, s := range tt.doc {
			var toks []token
			var tags []int
			for _, item := range strings.Fields(s) {
				w, tag, _ := strings.Cut(item, "/")
				toks = append(toks, analyse(w))
				tags = append(tags, parseTag(tag))
			}
			doc, ids = append(doc, toks), append(ids, tags)
		}
		spreadEntities(doc, ids)
		var got []string
		for _, s := range ids {
			names := make([]string, len(s))
			for i, id := range s {
				names[i] = tagNames[id]
			}
			got = append(got, strings.Join(names, " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Sentences farther than spreadWindow do not count.
func TestSpreadEntitiesWindow(t *testing.T) {
	n := 2*spreadWindow + 3
	doc := make([][]token, n)
	ids := make([][]int, n)
	for i := range doc {
		doc[i] = []token{analyse("زار"), analyse("سلتيك")}
		ids[i] = []int{tagO, tagO}
	}
	ids[0][1], ids[1][1] = parseTag("B-ORG"), parseTag("B-ORG")
	spreadEntities(doc, ids)
	for i := range ids {
		want := tagO
		if i <= spreadWindow {
			want = parseTag("B-ORG")
		}
		if ids[i][1] != want {
			t.Errorf("sentence %d: tag %s, want %s", i, tagNames[ids[i][1]], tagNames[want])
		}
	}
}
