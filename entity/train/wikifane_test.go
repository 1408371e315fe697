package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadWikiFANE(t *testing.T) {
	in := "\ufeff\u200eو\tO\r\n\u200eرومبيك\tB-Population-Center\r\n\u200eعاصمة\tO\r\n\u200eها\tO\r\n" +
		"\u200eل\tO\r\n\u200eالدولة\tO\r\n\u200eالشماليين\tB-Group\r\n\u200eهم\tO\r\n" +
		"\u200eجامعة\tB-Educational\r\n\u200eالملك\tI-Educational\r\n\u200eسعود\tI-Educational\r\n" +
		"\u200eو\tO\r\n\u200eاللغة\tI-Book\r\n.\tO\r\n\t\r\n\u200eعلى\tO\r\n\u200eه\tO\r\n"
	got, err := readWikiFANE(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	want := [][2][]string{
		{{"ورومبيك", "عاصمتها", "للدولة", "الشماليين", "هم", "جامعة", "الملك", "سعود", "واللغة", "."},
			{"B-LOC", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "B-MISC", "O"}},
		{{"عليه"}, {"O"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d: %v", len(got), len(want), got)
	}
	for i, s := range got {
		if !reflect.DeepEqual(s.Tokens, want[i][0]) || !reflect.DeepEqual(s.Tags, want[i][1]) {
			t.Errorf("sentence %d:\n got %q %q\nwant %q %q", i, s.Tokens, s.Tags, want[i][0], want[i][1])
		}
	}
	got, err = readWikiFANE(strings.NewReader(in), "Group=PERS,Educational=O")
	if err != nil {
		t.Fatal(err)
	}
	if g := strings.Join(got[0].Tags, " "); g != "B-LOC O O B-PERS O O O O B-MISC O" {
		t.Errorf("with overrides: %s", g)
	}
	if _, err := readWikiFANE(strings.NewReader(in), "Group=PERSON"); err == nil {
		t.Error("bad override accepted")
	}
}
