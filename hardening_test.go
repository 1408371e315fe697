package main

// The bad-input suite (testdata/bad/cases.json): every case runs end to end through every
// command, checking the exit status, the message, and that -o outputs are complete or absent.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

type badCase struct {
	ID              string   `json:"id"`
	File            string   `json:"file"`
	Generate        string   `json:"generate"`
	ArgsFile        string   `json:"args_file"`
	Extra           []string `json:"extra"`
	JSONL           bool     `json:"jsonl"`
	Code            int      `json:"code"`
	Stderr          string   `json:"stderr"`
	Only            []string `json:"only"`
	Long            bool     `json:"long"`
	EmptyTextOutput bool     `json:"empty_text_output"`
}

// hardenedCommands are the commands the suite covers, with the arguments that select a
// text-like output; "OUT" is replaced by an output path in the test's folder.
var hardenedCommands = []struct {
	name  string
	args  []string
	batch bool // accepts --jsonl and --max-doc-bytes
}{
	{"normalize", []string{"normalize", "-o", "OUT"}, false},
	{"segment", []string{"segment", "-o", "OUT"}, true},
	{"summarize", []string{"summarize", "--sentences", "3", "-o", "OUT"}, true},
	{"entities", []string{"entities", "--format", "json", "-o", "OUT"}, true},
	{"glossary", []string{"glossary", "--format", "tsv", "-o", "OUT"}, false},
	{"export-tsv", []string{"export", "--format", "tsv", "-o", "OUT"}, false},
	{"export-xliff", []string{"export", "--format", "xliff", "-o", "OUT"}, false},
	{"idf-build", []string{"idf", "build", "-o", "OUT"}, true},
	{"prep", []string{"prep", "-o", "OUT"}, false},
}

func TestBadInputSuite(t *testing.T) {
	raw, err := os.ReadFile("testdata/bad/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var suite struct{ Cases []badCase }
	if err := json.Unmarshal(raw, &suite); err != nil {
		t.Fatal(err)
	}
	if len(suite.Cases) < 30 {
		t.Errorf("only %d cases", len(suite.Cases))
	}
	runs := 0
	for _, bc := range suite.Cases {
		t.Run(bc.ID, func(t *testing.T) {
			if bc.Long && testing.Short() {
				t.Skip("large input; skipped with -short")
			}
			dir := t.TempDir()
			in := bc.ArgsFile
			switch {
			case bc.File != "":
				in = filepath.Join("testdata/bad", bc.File)
			case bc.Generate != "":
				in = filepath.Join(dir, "input")
				if err := os.WriteFile(in, generateBad(t, bc.Generate), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for _, cmd := range hardenedCommands {
				if len(bc.Only) > 0 && !slices.Contains(bc.Only, cmd.name) {
					continue
				}
				if (bc.JSONL || slices.Contains(bc.Extra, "--max-doc-bytes")) && !cmd.batch {
					continue
				}
				runs++
				t.Run(cmd.name, func(t *testing.T) {
					out := filepath.Join(t.TempDir(), "out")
					var args []string
					for _, a := range cmd.args {
						if a == "OUT" {
							a = out
						}
						args = append(args, a)
					}
					args = append(args, bc.Extra...)
					if bc.JSONL {
						args = append(args, "--jsonl")
					}
					args = append(args, in)
					_, stderr, code := runCLI(t, "", args...)
					if code != bc.Code {
						t.Fatalf("exit %d, want %d; stderr: %.500s", code, bc.Code, stderr)
					}
					if bc.Stderr != "" && !strings.Contains(stderr, bc.Stderr) {
						t.Errorf("stderr %.500q lacks %q", stderr, bc.Stderr)
					}
					if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
						t.Fatalf("panic: %s", stderr)
					}
					entries, _ := os.ReadDir(filepath.Dir(out))
					switch {
					case code != 0 && len(entries) != 0:
						t.Errorf("a failed run left %v behind", entries)
					case code == 0 && (len(entries) != 1 || entries[0].Name() != "out"):
						t.Errorf("a successful run left %v", entries)
					}
					if bc.EmptyTextOutput && code == 0 && (cmd.name == "normalize" || cmd.name == "segment") {
						b, _ := os.ReadFile(out)
						if strings.TrimSpace(string(b)) != "" {
							t.Errorf("output %q for an empty input", b)
						}
					}
				})
			}
		})
	}
	t.Logf("%d cases, %d command runs", len(suite.Cases), runs)
}

func generateBad(t *testing.T, name string) []byte {
	t.Helper()
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	encode := func(e interface{ String(string) (string, error) }, s string) []byte {
		out, err := e.String(s)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(out)
	}
	line := strings.Repeat("ا", 24) + "\n" // 49 bytes
	switch name {
	case "invalid-utf8-mid":
		var b bytes.Buffer
		for b.Len() < 980000 {
			b.WriteString(line)
		}
		b.WriteString(strings.Repeat("ب", 10000)) // 20000 lines of 49 bytes = 980000, +20000
		b.WriteByte(0xFF)
		for b.Len() < 2000000 {
			b.WriteString(line)
		}
		return b.Bytes()
	case "windows-1256":
		// پ has no Windows-1256 code: the legacy file spells it ب.
		return encode(charmap.Windows1256.NewEncoder(), strings.ReplaceAll(string(seed), "پ", "ب"))
	case "utf-16le":
		return encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), string(seed))
	case "utf-16be":
		return encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), string(seed))
	case "lone-surrogate":
		b := encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), "نص قبل")
		b = append(b, 0x00, 0xDC)
		return append(b, encode(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), " بعد")...)
	case "odd-utf-16":
		b := encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), "نص")
		return append(b, 'x')
	case "binary":
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(i * 7 % 251)
		}
		return b
	case "no-punct-1mb":
		return []byte(strings.Repeat("كلمة بلا ترقيم ", 1<<20/len("كلمة بلا ترقيم ")))
	case "long-word-1mb":
		return []byte(strings.Repeat("ب", 1<<19))
	case "jsonl-not-json":
		return []byte(`{"id":"a","text":"نص أول."}` + "\n" + `{"id": "b", "text": "نص` + "\n" + `{"id":"c","text":"نص ثالث."}` + "\n")
	case "jsonl-no-text":
		return []byte(`{"id":"a","text":"نص أول."}` + "\n" + `{"id":"b","body":"لا نص"}` + "\n")
	case "jsonl-long-line":
		return []byte(`{"id":"a","text":"نص أول."}` + "\n" + `{"id":"b","text":"` + strings.Repeat("ن", 100000) + `"}` + "\n" + `{"id":"c","text":"ثالث."}` + "\n")
	case "jsonl-bad-utf8":
		return []byte("{\"id\":\"a\",\"text\":\"\xff\"}\n")
	case "line-100mb":
		var b bytes.Buffer
		b.Grow(100 << 20)
		sentence := "هذه جملة عربية قصيرة في سطر واحد طويل جدا. "
		for b.Len() < 100<<20 {
			b.WriteString(sentence)
		}
		return b.Bytes()
	}
	panic(fmt.Sprintf("no generator %q", name))
}
