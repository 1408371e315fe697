package names

import (
	"flag"
	"os"
	"strings"
	"testing"
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
