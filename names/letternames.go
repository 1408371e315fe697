package names

import (
	_ "embed"
	"strings"
	"sync"
)

// data/letter_names.txt holds the keys (Key) of the lexicon's names whose first letter the
// news analysis of arabic.Forms reads as a proclitic, where the lexicon knows the name with the
// letter and not without it (كاليفورنيا is no ك + اليفورنيا, فالنسيا no ف + النسيا, بيونغ يانغ no
// ب + يونغ يانغ). TestLetterNames makes it from the lexicon: go test ./names -run
// TestLetterNames -update.
//
//go:embed data/letter_names.txt
var ownLetterNamesTxt string

var ownLetterNames = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for line := range strings.Lines(ownLetterNamesTxt) {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			set[line] = true
		}
	}
	return set
})

// OwnFirstLetter reports whether name, as written, is a name of the lexicon whose first letter
// the news analysis reads as a clitic (كاليفورنيا, كابل, بيونغ يانغ): a caller that takes the
// clitics off a name's first word keeps that letter. It reads a short list (some hundred
// names), not the lexicon, so it costs a tagger nothing to ask.
func OwnFirstLetter(name string) bool {
	return ownLetterNames()[Key(name)]
}
