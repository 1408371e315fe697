package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A scraped Saudi article: furniture, a Sabq dateline, credits. The summary leaves the frame out
// and the JSON reports the dateline.
const scraped = "Next Previous\n" +
	"عبدالله البرقاوي- سبق- الرياض: أعلنت وزارة الداخلية القبض على المتهم في جريمة حي النسيم أمس.\n" +
	"وقال المتحدث الأمني إن التحقيق جار مع المتهم في الجريمة. وأضاف أن الجهات المختصة ستعلن النتائج قريبا.\n" +
	"(أ ف ب)\n"

func TestCLISummarizeNewsFrame(t *testing.T) {
	out, errs, code := runCLI(t, scraped, "summarize", "-n", "3", "--no-entities")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "أعلنت وزارة الداخلية القبض على المتهم في جريمة حي النسيم أمس.\n" +
		"وقال المتحدث الأمني إن التحقيق جار مع المتهم في الجريمة.\n" +
		"وأضاف أن الجهات المختصة ستعلن النتائج قريبا.\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	out, errs, code = runCLI(t, scraped, "summarize", "-n", "1", "--no-entities", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var js struct {
		Dateline *struct {
			Text       string
			Start, End int
		}
		Sentences []struct {
			Text  string
			Index int
		}
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if js.Dateline == nil || js.Dateline.Text != "عبدالله البرقاوي- سبق- الرياض:" || scraped[js.Dateline.Start:js.Dateline.End] != js.Dateline.Text {
		t.Errorf("dateline %+v", js.Dateline)
	}
	if len(js.Sentences) != 1 || js.Sentences[0].Index != 1 || !strings.HasPrefix(js.Sentences[0].Text, "أعلنت") {
		t.Errorf("sentences %+v", js.Sentences)
	}
	out, _, _ = runCLI(t, scraped, "summarize", "-n", "1", "--no-entities", "--plain")
	if !strings.HasPrefix(out, "عبدالله البرقاوي- سبق- الرياض: أعلنت") {
		t.Errorf("--plain: %q", out)
	}
}
