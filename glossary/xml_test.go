package glossary

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestXMLLint validates the golden TBX files with xmllint against the official schemas
// (copied into testdata/schemas): TBX v3 core structure and TBX-Basic RELAX NG, and the TBX 2
// DTD. It is skipped when xmllint is not installed.
func TestXMLLint(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils)")
	}
	schemas := filepath.Join("testdata", "schemas")
	checks := []struct{ file, flag, schema string }{
		{"glossary_seed.tbx", "--relaxng", "TBXcoreStructV03.rng"},
		{"glossary_seed.tbx", "--relaxng", "TBXcoreStructV03_TBX-Basic_integrated.rng"},
		{"glossary_multi.tbx", "--relaxng", "TBXcoreStructV03.rng"},
		{"glossary_multi.tbx", "--relaxng", "TBXcoreStructV03_TBX-Basic_integrated.rng"},
		{"glossary_seed.tbx2.tbx", "--dtdvalid", "TBXcoreStructV02.dtd"},
		{"glossary_multi.tbx2.tbx", "--dtdvalid", "TBXcoreStructV02.dtd"},
	}
	for _, c := range checks {
		cmd := exec.Command("xmllint", "--nonet", "--noout", c.flag, filepath.Join(schemas, c.schema), filepath.Join("testdata", c.file))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s against %s: %v\n%s", c.file, c.schema, err, out)
		}
	}
	// Targets from a termbase and the TM, and a romanisation guess, in both TBX versions.
	entries := []Entry{
		{Term: "الكويت", Forms: []Form{{"الكويت", 2}}, Frequency: 2, Kind: "LOC", Target: "State of Kuwait", TargetSource: SourceTermbase, FirstFile: "a", FirstSentence: 1},
		{Term: "التعاون العسكري", Forms: []Form{{"التعاون العسكري", 2}}, Frequency: 2, Kind: KindTerm, Target: "defence cooperation", TargetSource: "tm: 3 units", FirstFile: "a", FirstSentence: 1},
		{Term: "خالد الشريعانس", Forms: []Form{{"خالد الشريعانس", 1}}, Frequency: 1, Kind: "PERS", TargetGuess: "Khalid al-Shriʻans", FirstFile: "a", FirstSentence: 2},
	}
	for _, v := range []struct {
		write        func(io.Writer, []Entry, WriteOptions) error
		flag, schema string
	}{{WriteTBX, "--relaxng", "TBXcoreStructV03_TBX-Basic_integrated.rng"}, {WriteTBX2, "--dtdvalid", "TBXcoreStructV02.dtd"}} {
		var b bytes.Buffer
		if err := v.write(&b, entries, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "targets.tbx")
		os.WriteFile(path, b.Bytes(), 0o644)
		if out, err := exec.Command("xmllint", "--nonet", "--noout", v.flag, filepath.Join(schemas, v.schema), path).CombinedOutput(); err != nil {
			t.Errorf("targets against %s: %v\n%s", v.schema, err, out)
		}
		if !bytes.Contains(b.Bytes(), []byte("romanisation (a guess): Khalid al-Shriʻans")) || !bytes.Contains(b.Bytes(), []byte("target from the termbase")) {
			t.Errorf("%s lacks the guess or the termbase note", v.schema)
		}
	}
	// A broken document must fail, or the check proves nothing.
	bad, err := os.ReadFile(filepath.Join("testdata", "glossary_seed.tbx"))
	if err != nil {
		t.Fatal(err)
	}
	bad = bytes.Replace(bad, []byte(`<termNote type="partOfSpeech">`), []byte(`<termNote type="frequency">`), 1)
	path := filepath.Join(t.TempDir(), "bad.tbx")
	os.WriteFile(path, bad, 0o644)
	cmd := exec.Command("xmllint", "--nonet", "--noout", "--relaxng", filepath.Join(schemas, "TBXcoreStructV03_TBX-Basic_integrated.rng"), path)
	if err := cmd.Run(); err == nil {
		t.Error("xmllint accepted a termNote type TBX-Basic does not define")
	}
}

// TestTBXBasicRules checks the TBX-Basic dialect's Schematron rules that RELAX NG does not:
// the permitted values of administrativeStatus, partOfSpeech and termType, termNote only in a
// termSec, context only in a termSec, and the dialect's name and style.
func TestTBXBasicRules(t *testing.T) {
	allowed := map[string]map[string]bool{
		"administrativeStatus": {"admittedTerm-admn-sts": true, "deprecatedTerm-admn-sts": true, "supersededTerm-admn-sts": true, "preferredTerm-admn-sts": true},
		"partOfSpeech":         {"adjective": true, "noun": true, "other": true, "verb": true, "adverb": true},
		"termType":             {"fullForm": true, "acronym": true, "abbreviation": true, "shortForm": true, "variant": true, "phrase": true},
	}
	for _, file := range []string{"glossary_seed.tbx", "glossary_multi.tbx"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		var stack []xml.StartElement
		var text bytes.Buffer
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			switch v := tok.(type) {
			case xml.StartElement:
				v = v.Copy()
				if v.Name.Local == "tbx" {
					if attr(v, "type") != "TBX-Basic" || attr(v, "style") != "dca" {
						t.Errorf("%s: root %v", file, v.Attr)
					}
				}
				if v.Name.Space != "urn:iso:std:iso:30042:ed-2" {
					t.Errorf("%s: element %s outside the TBX namespace", file, v.Name.Local)
				}
				parent := ""
				if len(stack) > 0 {
					parent = stack[len(stack)-1].Name.Local
				}
				if v.Name.Local == "termNote" && parent != "termSec" {
					t.Errorf("%s: termNote in %s", file, parent)
				}
				if v.Name.Local == "descrip" && attr(v, "type") == "context" && parent != "termSec" {
					t.Errorf("%s: context in %s", file, parent)
				}
				stack = append(stack, v)
				text.Reset()
			case xml.CharData:
				text.Write(v)
			case xml.EndElement:
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top.Name.Local == "termNote" {
					typ := attr(top, "type")
					if vals, ok := allowed[typ]; !ok || !vals[text.String()] {
						t.Errorf("%s: termNote %s = %q not permitted", file, typ, text.String())
					}
				}
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
