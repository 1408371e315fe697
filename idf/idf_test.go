package idf

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var corpus = []string{
	"ارتفعت أسعار النفط في الأسواق العالمية.",
	"وقال الوزير إن النفط مهم للاقتصاد والكويت.",
	"زار الوفد الكويتي واشنطن في 2024.",
	"والكويت بلد صغير. The Gulf.",
}

func build(docs []string) *Model {
	m := New()
	for _, d := range docs {
		m.Add(d)
	}
	return m
}

func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&b)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return got
}

func sameModel(t *testing.T, a, b *Model) {
	t.Helper()
	if a.Documents() != b.Documents() || a.Len() != b.Len() {
		t.Fatalf("documents %d/%d, terms %d/%d", a.Documents(), b.Documents(), a.Len(), b.Len())
	}
	for term, n := range a.df {
		if b.DF(term) != n {
			t.Fatalf("df(%q) = %d, want %d", term, b.DF(term), n)
		}
	}
}

func TestTerms(t *testing.T) {
	var got []string
	Terms("والكويت في الكويت، بالكويت. من 2024 The", func(s string) { got = append(got, s) })
	want := "كويت كويت كويت 2024 the"
	if strings.Join(got, " ") != want {
		t.Errorf("Terms = %q, want %q (stopwords out, clitics and article split)", strings.Join(got, " "), want)
	}
}

func TestCountsAndIDF(t *testing.T) {
	m := build(corpus)
	if m.Documents() != 4 {
		t.Fatalf("documents %d", m.Documents())
	}
	// الكويت, والكويت and الكويتي share the stem كويت
	if m.DF("كويت") != 3 || m.DF("نفط") != 2 || m.DF("2024") != 1 {
		t.Errorf("df كويت %d نفط %d 2024 %d", m.DF("كويت"), m.DF("نفط"), m.DF("2024"))
	}
	if !(m.IDF("2024") > m.IDF("كويت") && m.IDF("unseen") > m.IDF("2024")) {
		t.Error("IDF must fall as document frequency rises")
	}
	if got, want := m.IDF("كويت"), math.Log(5.0/4.0)+1; math.Abs(got-want) > 1e-12 {
		t.Errorf("IDF = %v, want %v", got, want)
	}
}

func TestRoundTripAndMerge(t *testing.T) {
	whole := build(corpus)
	sameModel(t, whole, roundTrip(t, whole))
	// built in two parts, written, read and merged: the same as built whole
	a, b := roundTrip(t, build(corpus[:2])), roundTrip(t, build(corpus[2:]))
	a.Merge(b)
	sameModel(t, whole, roundTrip(t, a))
	// writing is deterministic
	var x, y bytes.Buffer
	whole.WriteTo(&x)
	a.WriteTo(&y)
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("the same counts wrote different files")
	}
	empty := roundTrip(t, New())
	if empty.Documents() != 0 || empty.Len() != 0 {
		t.Error("empty model did not round-trip")
	}
}

func TestPrune(t *testing.T) {
	m := build(corpus)
	m.Prune(2)
	if m.DF("2024") != 0 || m.DF("كويت") != 3 || m.Documents() != 4 {
		t.Errorf("after Prune(2): df 2024 %d, كويت %d, docs %d", m.DF("2024"), m.DF("كويت"), m.Documents())
	}
}

func TestReadRejects(t *testing.T) {
	var good bytes.Buffer
	build(corpus).WriteTo(&good)
	g := good.String()
	lines := strings.SplitAfter(g, "\n")
	lines = lines[:len(lines)-1] // the empty string after the last line end
	body := func(ls []string) string { return strings.Join(ls, "") }
	// withCRC rewrites the end line so that only the intended fault remains.
	withCRC := func(s string) string {
		i := strings.LastIndex(s[:len(s)-1], "\n")
		return s[:i+1] + fmt.Sprintf("end %08x\n", crc(s[:i+1]))
	}
	tests := []struct {
		name, data, want string
		foreign          bool
	}{
		{"empty", "", "not an arprep IDF model", true},
		{"foreign text", "hello world\n", "not an arprep IDF model", true},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00", "not an arprep IDF model", true},
		{"future version", withCRC(strings.Replace(g, "arprep-idf 1", "arprep-idf 2", 1)), "line 1: format version 2", false},
		{"other analyser", withCRC(strings.Replace(g, Analyser(), "arabic-stem-1+00000000", 1)), "line 2: made by analyser", false},
		{"truncated", g[:len(g)/2], "truncated", false},
		{"no end line", body(lines[:len(lines)-1]), "no end line", false},
		{"flipped byte", strings.Replace(g, "نفط\t2", "نفط\t1", 1), "checksum mismatch", false},
		{"df above documents", withCRC(strings.Replace(g, "نفط\t2", "نفط\t9", 1)), "bad document frequency", false},
		{"bad count", withCRC(strings.Replace(g, "documents 4", "documents x", 1)), "line 3: bad count", false},
		{"non-canonical count", withCRC(strings.Replace(g, "documents 4", "documents 04", 1)), "line 3: bad count", false},
		{"unsorted", withCRC(body(append(append(append([]string{}, lines[:4]...), lines[5], lines[4]), lines[6:]...))), "out of order", false},
		{"trailing data", g + "more\n", "data after the end line", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.data))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to mention %q", err, tc.want)
			}
			if errors.Is(err, ErrForeign) != tc.foreign {
				t.Errorf("errors.Is(ErrForeign) = %v", !tc.foreign)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	var good bytes.Buffer
	build(corpus).WriteTo(&good)
	f.Add(good.Bytes())
	f.Add([]byte("arprep-idf 1\nanalyser " + Analyser() + "\ndocuments 1\nterms 1\nx\t1\nend 00000000\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		// whatever reads must write back to the same bytes
		var b bytes.Buffer
		m.WriteTo(&b)
		if !bytes.Equal(b.Bytes(), data) {
			t.Fatalf("read then written differs:\n%q\n%q", data, b.Bytes())
		}
	})
}

func crc(s string) uint32 { return crc32.ChecksumIEEE([]byte(s)) }

// TestLoad checks that Load's errors name the file.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good, foreign := filepath.Join(dir, "good.idf"), filepath.Join(dir, "notes.txt")
	var b bytes.Buffer
	build(corpus).WriteTo(&b)
	if err := os.WriteFile(good, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(foreign, []byte("hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, wantErr string // wantErr: the error's start, "" for none
	}{
		{good, ""},
		{foreign, foreign + ": not an arprep IDF model"},
		{filepath.Join(dir, "none.idf"), "open " + filepath.Join(dir, "none.idf")},
	}
	for _, tt := range tests {
		m, err := Load(tt.path)
		switch {
		case tt.wantErr == "" && (err != nil || m.Documents() != build(corpus).Documents()):
			t.Errorf("%s: %v", tt.path, err)
		case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
			t.Errorf("%s: err %v, want %q...", tt.path, err, tt.wantErr)
		}
	}
}
