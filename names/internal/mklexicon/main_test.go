package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

const namesDir = "../../../../shared/data/names"

// TestBuildDeterministic builds the lexicon twice from ../shared/data/names: the bytes must
// be equal, and the table must hold the examples.
func TestBuildDeterministic(t *testing.T) {
	if _, err := os.Stat(namesDir); err != nil {
		t.Skip("../shared/data/names not present")
	}
	curated := "curated.tsv"
	a, err := build(namesDir, curated, "capitals.tsv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := build(namesDir, curated, "capitals.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two builds differ")
	}
	zr, err := gzip.NewReader(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"P\tالرياض\tRiyadh\t", "P\tانتيغوا وبربودا\tAntigua and Barbuda\tcldr",
		"P\tالكينيه\tKenyan\tnationality", "T\tاوباما\tObama\t",
	} {
		if !bytes.Contains(text, []byte(line)) {
			t.Errorf("table lacks %q", line)
		}
	}
	if bytes.Contains(text, []byte("Antigua &")) {
		t.Errorf("an English form with & (CLDR's Antigua & Barbuda)")
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "data", "lexicon.tsv.gz"))
	if err == nil && !bytes.Equal(committed, a) {
		t.Logf("names/data/lexicon.tsv.gz differs from a fresh build: run go run ./names/internal/mklexicon")
	}
}

func TestTitlePhrase(t *testing.T) {
	for in, want := range map[string]string{
		"antigua and barbuda": "Antigua and Barbuda", "bashar al-assad": "Bashar al-Assad",
		"charles iv of spain": "Charles IV of Spain", "aalst, belgium": "Aalst",
	} {
		if got := titlePhrase(in); got != want {
			t.Errorf("titlePhrase(%q) = %q, want %q", in, got, want)
		}
	}
	if got := dropRealm("Charles IV of Spain"); got != "Charles IV" {
		t.Errorf("dropRealm = %q", got)
	}
	if got := foldRare("erdoğan"); got != "erdogan" {
		t.Errorf("foldRare = %q", got)
	}
}
