package summarize

import (
	"strings"
	"testing"

	"github.com/arprep/arprep/segment"
)

const framed = "Next Previous\n" +
	"عبدالله البرقاوي- سبق- الرياض: أعلنت وزارة الداخلية القبض على المتهم في جريمة حي النسيم أمس.\n" +
	"وقال المتحدث الأمني إن التحقيق جار مع المتهم في الجريمة. وأضاف أن الجهات المختصة ستعلن النتائج قريبا.\n" +
	"وفقا للألمانية.\n(أ ف ب)"

func TestNewsFrameLeftOut(t *testing.T) {
	s, err := Summarize(framed, Options{Budget: Budget{Sentences: 3}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Dateline == nil || s.Dateline.Text != "عبدالله البرقاوي- سبق- الرياض:" || framed[s.Dateline.Start:s.Dateline.End] != s.Dateline.Text {
		t.Fatalf("dateline %+v", s.Dateline)
	}
	first := s.Sentences[0]
	if !strings.HasPrefix(first.Text, "أعلنت وزارة الداخلية") || first.Index != 0 || first.Features.Position != 1 || first.Features.Paragraph != 1 {
		t.Errorf("first sentence %+v", first)
	}
	var kinds []string
	for _, u := range s.Frame {
		kinds = append(kinds, u.Kind.String())
	}
	if got := strings.Join(kinds, " "); got != "furniture dateline credit credit" {
		t.Errorf("frame kinds %q", got)
	}
	for _, i := range s.Chosen {
		for _, bad := range []string{"سبق", "Next", "للألمانية", "أ ف ب"} {
			if strings.Contains(s.Sentences[i].Text, bad) {
				t.Errorf("summary sentence %q holds %q", s.Sentences[i].Text, bad)
			}
		}
	}
}

func TestNewsFramePlain(t *testing.T) {
	s, err := Summarize(framed, Options{Budget: Budget{Sentences: 1}, Plain: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Dateline != nil || len(s.Frame) != 0 || s.Sentences[0].Text != "Next Previous" {
		t.Errorf("Plain: dateline %+v, frame %d, first %q", s.Dateline, len(s.Frame), s.Sentences[0].Text)
	}
}

// A splitter that marks nothing (English text through prose, say) still gets the frame.
func TestNewsFrameOtherSplitter(t *testing.T) {
	split := func(text string) []segment.Sentence { return segment.SplitWith(text, segment.Options{Plain: true}) }
	s, err := Summarize(framed, Options{Budget: Budget{Sentences: 3}, Split: split})
	if err != nil {
		t.Fatal(err)
	}
	if s.Dateline == nil || len(s.Frame) != 4 || !strings.HasPrefix(s.Sentences[0].Text, "أعلنت") {
		t.Errorf("dateline %+v, frame %d, first %q", s.Dateline, len(s.Frame), s.Sentences[0].Text)
	}
}

// When the frame is all there is, the text is kept: a summary is never empty for it.
func TestNewsFrameOnly(t *testing.T) {
	s, err := Summarize("واس - الرياض", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sentences) != 1 || len(s.Chosen) != 1 || s.Dateline != nil || s.Sentences[0].Text != "واس - الرياض" {
		t.Errorf("%+v", s)
	}
	for _, u := range s.Frame {
		t.Errorf("frame unit %v %q", u.Kind, u.Text)
	}
}
