package names

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/arprep/arprep/arabic"
)

var update = flag.Bool("update", false, "rewrite data/letter_names.txt from the lexicon")

const ownLetterNamesHeader = "# Names of lexicon.tsv.gz whose first letter arabic.Forms reads as a proclitic (their Key).\n" +
	"# Made by: go test ./names -run TestLetterNames -update\n"

// TestLetterNames: the embedded list is the one the lexicon and the news analysis give now
// (it goes stale when either changes: run with -update and read the diff).
func TestLetterNames(t *testing.T) {
	want := ownLetterNamesHeader + strings.Join(ownFirstLetterKeys(), "\n") + "\n"
	if *update {
		if err := os.WriteFile("data/letter_names.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if ownLetterNamesTxt != want {
		t.Error("data/letter_names.txt is stale: go test ./names -run TestLetterNames -update")
	}
}

func TestOwnFirstLetter(t *testing.T) {
	for name, want := range map[string]bool{
		"كاليفورنيا": true, "فالنسيا": true, "بيونغ يانغ": true, "كابل": true, "كالينينغراد": true,
		"اليفورنيا": false, "تونس": false, "بتونس": false, "روسيا": false, "بروسيا": false, "": false,
	} {
		if got := OwnFirstLetter(name); got != want {
			t.Errorf("OwnFirstLetter(%s) = %v", name, got)
		}
	}
}

// ownFirstLetterKeys returns the keys of the lexicon's names whose first word arabic.Forms
// reads with a proclitic that the name needs (see OwnFirstLetter), sorted.
func ownFirstLetterKeys() []string {
	loadOnce.Do(load)
	var keys []string
	for k := range phrases {
		first, rest, _ := strings.Cut(k, " ")
		bare, _, _ := arabic.Forms(first)
		clitics, ok := strings.CutSuffix(first, bare)
		if !ok || clitics == "" || bare == "" {
			continue
		}
		if rest != "" {
			rest = " " + rest
		}
		if !Known(bare + rest) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
