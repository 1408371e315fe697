package input

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const arabicSample = "رئيس الأركان بحث في «الپنتاغون» تعزيز التعاون؟\r\nسطر ثانٍ، مع ٣٫٥ و 10.9.\n"

func mustEncode(t *testing.T, e interface{ String(string) (string, error) }, s string) []byte {
	t.Helper()
	out, err := e.String(s)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}

func TestDecode(t *testing.T) {
	cp1256Sample := "رئيس الأركان بحث في «البنتاغون» تعزيز التعاون؟\r\nسطر ثان، مع 10.9.\n" // پ is not in Windows-1256
	tests := []struct {
		name    string
		data    []byte
		enc     Encoding
		want    string
		wantEnc Encoding
	}{
		{"utf-8", []byte(arabicSample), Auto, arabicSample, UTF8},
		{"utf-8 bom", append([]byte("\xEF\xBB\xBF"), arabicSample...), Auto, arabicSample, UTF8},
		{"utf-16le bom", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), arabicSample), Auto, arabicSample, UTF16},
		{"utf-16be bom", mustEncode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(), arabicSample), Auto, arabicSample, UTF16},
		{"utf-16le no bom latin", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), "plain ascii text here"), Auto, "plain ascii text here", UTF16},
		{"utf-16le no bom arabic", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), arabicSample), Auto, arabicSample, UTF16},
		{"utf-16be no bom arabic", mustEncode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder(), arabicSample), Auto, arabicSample, UTF16},
		{"utf-16 forced", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), arabicSample), UTF16, arabicSample, UTF16},
		{"windows-1256 detected", mustEncode(t, charmap.Windows1256.NewEncoder(), cp1256Sample), Auto, cp1256Sample, Windows1256},
		{"windows-1256 forced", mustEncode(t, charmap.Windows1256.NewEncoder(), "سلام"), Windows1256, "سلام", Windows1256},
		{"empty", nil, Auto, "", UTF8},
		{"cr only", []byte("سطر\rسطر"), Auto, "سطر\rسطر", UTF8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode("f.txt", tc.data, tc.enc)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.wantEnc {
				t.Errorf("Decode = %q (%s), want %q (%s)", got, enc, tc.want, tc.wantEnc)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	long := strings.Repeat("سطر عربي طويل\n", 20000) // well past the 64 KiB sniff window
	tests := []struct {
		name string
		data []byte
		enc  Encoding
		want string
	}{
		{"invalid utf-8", []byte("abc\nde\xff"), Auto, "f.txt: invalid UTF-8 at byte 6 (line 2); if the file is in another encoding"},
		{"invalid utf-8 deep in a long file", []byte(long + "x\xC3(" + long), Auto, "invalid UTF-8 at byte 500001 (line 20001)"},
		{"truncated rune at end", []byte("abc\xD8"), Auto, "invalid UTF-8 at byte 3 (line 1)"},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00"), Auto, "binary data (NUL byte) at byte 7"},
		{"lone low surrogate", []byte("\xFF\xFEa\x00\x00\xDCb\x00"), Auto, "lone UTF-16 surrogate at byte 4"},
		{"lone high surrogate", []byte("\xFF\xFEa\x00\x00\xD8b\x00"), Auto, "lone UTF-16 surrogate at byte 4"},
		{"odd utf-16", []byte("\xFF\xFEa\x00b"), Auto, "truncated UTF-16"},
		{"nul in windows-1256", []byte("\xD3\xE1\xC7\xE3\x00"), Windows1256, "binary data (NUL byte) at byte 4"},
		{"forced utf-8 on cp1256", mustEncode(t, charmap.Windows1256.NewEncoder(), "سلام"), UTF8, "invalid UTF-8 at byte 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Decode("f.txt", tc.data, tc.enc)
			var de *Error
			if !errors.As(err, &de) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

// Reads of one byte at a time must give the same text: runes cut between reads are carried.
func TestReaderSmallReads(t *testing.T) {
	r, _, err := NewReader("f", iotest.OneByteReader(strings.NewReader(arabicSample)), Auto)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	buf := make([]byte, 7)
	for {
		n, err := r.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if out.String() != arabicSample {
		t.Errorf("got %q", out.String())
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]Encoding{"": Auto, "AUTO": Auto, "utf8": UTF8, "UTF-16": UTF16, "cp1256": Windows1256} {
		if got, err := ParseEncoding(in); err != nil || got != want {
			t.Errorf("ParseEncoding(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseEncoding("latin1"); err == nil {
		t.Error("latin1 accepted")
	}
}

// FuzzDecode: any bytes either decode to valid UTF-8 or fail with a positioned *Error inside
// the input; valid UTF-8 without NULs comes back unchanged.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(arabicSample))
	f.Add([]byte("\xFF\xFEa\x00\x00\xDC"))
	f.Add(mustEncodeF(charmap.Windows1256.NewEncoder(), "سلام عليكم"))
	f.Add([]byte("\xEF\xBB\xBFabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, enc := range []Encoding{Auto, UTF8, UTF16, Windows1256} {
			got, _, err := Decode("f", data, enc)
			if err != nil {
				var de *Error
				if !errors.As(err, &de) {
					t.Fatalf("%s: error %v is not *Error", enc, err)
				}
				if de.Offset < 0 || de.Offset > int64(len(data)) || de.Line < 1 {
					t.Fatalf("%s: bad position %d line %d for %d bytes", enc, de.Offset, de.Line, len(data))
				}
				continue
			}
			if !utf8.ValidString(got) {
				t.Fatalf("%s: invalid UTF-8 out", enc)
			}
		}
		if utf8.ValidString(string(data)) && !bytes.ContainsRune(data, 0) && !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
			got, _, err := Decode("f", data, Auto)
			if err != nil || got != string(data) {
				t.Fatalf("valid UTF-8 changed: %q → %q, %v", data, got, err)
			}
		}
	})
}

func mustEncodeF(e interface{ String(string) (string, error) }, s string) []byte {
	out, _ := e.String(s)
	return []byte(out)
}

// bufio.Reader reads into whatever room its buffer has left, sometimes under 4 bytes.
func TestReaderTinyBuffers(t *testing.T) {
	r, _, err := NewReader("f", strings.NewReader(arabicSample), Auto)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for size := 1; ; size = size%5 + 1 {
		buf := make([]byte, size)
		n, err := r.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if out.String() != arabicSample {
		t.Errorf("got %q", out.String())
	}
}
