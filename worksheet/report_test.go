package worksheet

import (
	"bytes"
	"strings"
	"testing"
)

func TestWarnings(t *testing.T) {
	long := strings.Repeat("كلمة ", LongUnitWords)
	j := NewJob("ar", "en", Lines)
	j.AddLines("x", long+"\nThe English line.\nجملة.\nجملة.\nنص \x01 هنا\n")
	w := strings.Join(j.Warnings(), "\n")
	for _, want := range []string{"line 1 is very long (60 words)", "line 2 has no ar letters", "line 4 repeats line 3", "U+0001"} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings lack %q:\n%s", want, w)
		}
	}
	if strings.Contains(w, "line 3 has no") {
		t.Errorf("an Arabic unit was flagged:\n%s", w)
	}
}

func TestWriteReport(t *testing.T) {
	j := sampleJob(t, Sentences)
	var b bytes.Buffer
	err := WriteReport(&b, j, ReportInput{Title: "sample.txt", Words: 80, Glossary: 2,
		Terms: []Term{{Text: "الكويت", Kind: "LOC", Frequency: 3, Target: "Kuwait"}, {Text: "a|b", Kind: "term", Frequency: 2}},
		Files: []string{"`source.txt`"}})
	if err != nil {
		t.Fatal(err)
	}
	r := b.String()
	for _, want := range []string{"# Translation job: sample.txt", "| sentences | 8 |", "| paragraphs | 3 |", "| words | 80 |",
		"| summary | 2 sentences", "| الكويت | LOC | 3 | Kuwait |", `a\|b`, "## Warnings", "U+0001", "`source.txt`"} {
		if !strings.Contains(r, want) {
			t.Errorf("report lacks %q:\n%s", want, r)
		}
	}
}

func TestWarningsCapped(t *testing.T) {
	j := NewJob("ar", "en", Lines)
	j.AddLines("x", strings.Repeat("English only\n", 30))
	w := j.Warnings()
	if len(w) != 10+1+10+1 || !strings.Contains(strings.Join(w, "\n"), "29 lines repeat earlier ones in all") {
		t.Errorf("warnings %q", w)
	}
}
