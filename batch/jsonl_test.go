package batch

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceFields is the plain encoding/json reading of a JSONL line that jsonFields must
// agree with: the line as a map of raw values, then the text (a string, not null) and the id
// out of it. A line of null decodes into a nil map without error; it is not a document, so
// both refuse it.
func referenceFields(line []byte, textField, idField string) (text string, textOK bool, id string, ok bool) {
	var obj map[string]json.RawMessage
	if json.Unmarshal(line, &obj) != nil || obj == nil {
		return "", false, "", false
	}
	if raw, found := obj[textField]; found && raw[0] == '"' {
		textOK = json.Unmarshal(raw, &text) == nil
	}
	if raw, found := obj[idField]; found {
		id = string(raw)
	}
	return text, textOK, id, true
}

func checkAgainstReference(t *testing.T, line string) {
	t.Helper()
	text, id, err := jsonFields([]byte(line), "text", "id")
	wantText, wantTextOK, wantID, wantOK := referenceFields([]byte(line), "text", "id")
	if (err == nil) != wantOK {
		t.Fatalf("%q: err %v, encoding/json accepts it: %v", line, err, wantOK)
	}
	if err != nil {
		return
	}
	if text.found && text.isString != wantTextOK || text.value != wantText || string(id) != wantID {
		t.Fatalf("%q: text %+v id %q, want text %q (%v) id %q", line, text, id, wantText, wantTextOK, wantID)
	}
}

func TestJSONFieldsAgreesWithEncodingJSON(t *testing.T) {
	for _, line := range []string{
		`{"id":"a","text":"نص"}`,
		` { "id" : 7 , "text" : "قال \"نعم\"\n\tثم\\/ مضى" } `,
		`{"text":"\u0627\u0644\ud83d\ude00","id":null}`,
		`{"text":null}`,
		`{"text":42}`,
		`{"text":["a","b"],"id":{"x":[1,{"y":"}"}]}}`,
		`{"te\u0078t":"escaped key"}`,
		`{"text":"first","text":"last"}`,
		`{"Text":"case differs"}`,
		`{}`,
		`{"text":"x"} trailing`,
		`{"text":"x",}`,
		`{"text":"x" "id":1}`,
		`{"text":"bad \x escape"}`,
		"{\"text\":\"control \x01 char\"}",
		`{"text":"unterminated}`,
		`{"id":tru,"text":"x"}`,
		`{"id":01,"text":"x"}`,
		`{"id":[1,2,"text":"x"}`,
		`["text","x"]`,
		`"text"`,
		`not json`,
		`null`,
		` null `,
		`{"text":"x"}}`,
		`{"a":{"b":"]"},"text":"x"}`,
	} {
		checkAgainstReference(t, line)
	}
}

func FuzzJSONFields(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"نص"}`, `{"text":"a\"b\\c\u00e9","id":[1,{"x":null}]}`, `{"text":1e5}`, `{} `} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsRune(line, '\n') || !utf8.ValidString(line) {
			return // the reader frames lines; parseJSONLine refuses invalid UTF-8 before
		}
		checkAgainstReference(t, line)
	})
}
