package entity

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Sentence
	}{
		{"empty", "", nil},
		{"only blank lines", "\n\n \n", nil},
		{"two sentences", "الكويت\tB-LOC\nو\tO\n\nدان\tB-PERS\n", []Sentence{
			{Tokens: []string{"الكويت", "و"}, Tags: []string{"B-LOC", "O"}, Line: 1},
			{Tokens: []string{"دان"}, Tags: []string{"B-PERS"}, Line: 4},
		}},
		{"extra columns, tag last", "دان\tNOUN\tx\tB-PERS\nكين\tNOUN\tx\tI-PERS\n", []Sentence{
			{Tokens: []string{"دان", "كين"}, Tags: []string{"B-PERS", "I-PERS"}, Line: 1},
		}},
		{"blank-line runs and CRLF", "\r\n\r\nا\tO\r\n\r\n\r\n\r\nب\tO", []Sentence{
			{Tokens: []string{"ا"}, Tags: []string{"O"}, Line: 3},
			{Tokens: []string{"ب"}, Tags: []string{"O"}, Line: 7},
		}},
		{"one column", "ا\nب\n", []Sentence{{Tokens: []string{"ا", "ب"}, Tags: []string{"", ""}, Line: 1}}},
		{"space separated", "ا O\n", []Sentence{{Tokens: []string{"ا"}, Tags: []string{"O"}, Line: 1}}},
	}
	for _, tt := range tests {
		got, err := ReadCoNLL(strings.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %#v, want %#v", tt.name, got, tt.want)
		}
	}
}

func TestReadCoNLLError(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("ا\tO\n\tO\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v, want an error naming line 2", err)
	}
}

// TestCoNLLRoundTrip checks that every token survives reading and writing, in order.
func TestCoNLLRoundTrip(t *testing.T) {
	in := "الكويت\tB-LOC\n،\tO\n\n\n\nخالد\tNOUN\tB-PERS\nالشريعان\tI-PERS\n"
	sents, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	tags := make([][]string, len(sents))
	for i, s := range sents {
		tags[i] = s.Tags
	}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, sents, tags); err != nil {
		t.Fatal(err)
	}
	want := "الكويت\tB-LOC\n،\tO\n\nخالد\tB-PERS\nالشريعان\tI-PERS\n\n"
	if buf.String() != want {
		t.Errorf("wrote %q, want %q", buf.String(), want)
	}
	again, _ := ReadCoNLL(&buf)
	if !reflect.DeepEqual(again, []Sentence{
		{Tokens: sents[0].Tokens, Tags: sents[0].Tags, Line: 1},
		{Tokens: sents[1].Tokens, Tags: sents[1].Tags, Line: 4},
	}) {
		t.Errorf("read back %#v", again)
	}
}
