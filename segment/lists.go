package segment

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// The lists are data, one file each, so that adding an abbreviation is a one-line change
// with no code touched; doc.go describes them.
var (
	//go:embed data/abbreviations.txt
	abbreviationsText string
	//go:embed data/eras.txt
	erasText string
	//go:embed data/continuations.txt
	continuationsText string
	//go:embed data/question_words.txt
	questionWordsText string
	//go:embed data/speech_verbs.txt
	speechVerbsText string
	//go:embed data/question_continuations.txt
	questionContinuationsText string
	//go:embed data/and_so_on.txt
	andSoOnText string
	//go:embed data/letter_names.txt
	letterNamesText string
	//go:embed data/waw_names.txt
	wawNamesText string
)

var (
	abbreviations         = parseList(abbreviationsText)
	eraMarkers            = parseList(erasText)
	dateContinuations     = parseList(continuationsText)
	questionWords         = parseList(questionWordsText)
	speechVerbs           = parseList(speechVerbsText)
	questionContinuations = parseList(questionContinuationsText)
	andSoOn               = parseList(andSoOnText)
	letterNames           = parseList(letterNamesText)
	wawNames              = parseList(wawNamesText)
)

// maxKeyBytes bounds folded keys: longer tokens are never looked up.
const maxKeyBytes = 48

// wordSet is a set of folded keys (see appendKey).
type wordSet map[string]struct{}

func (s wordSet) has(key []byte) bool {
	_, ok := s[string(key)] // no allocation: the compiler special-cases this conversion
	return ok
}

// parseList parses one list: one entry per line, "#" starts a comment, a final full stop
// is optional. Entries are stored folded, as appendKey folds the text they are matched to.
func parseList(text string) wordSet {
	set := wordSet{}
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSuffix(strings.TrimSpace(line), ".")
		if key, ok := appendKey(nil, []byte(line)); ok && len(key) > 0 {
			set[string(key)] = struct{}{}
		}
	}
	return set
}

// appendKey appends the folded form of tok to dst: diacritics, tatweel, bidi and
// zero-width controls removed, alef variants folded to bare alef, ى to ي, ASCII lower-cased.
// It reports false when the key would exceed maxKeyBytes.
func appendKey(dst, tok []byte) ([]byte, bool) {
	for i := 0; i < len(tok); {
		b := tok[i]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			dst = append(dst, b)
			i++
		} else {
			r, w := utf8.DecodeRune(tok[i:])
			i += w
			switch {
			case ignorable(r):
				continue
			case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
				r = 'ا'
			case r == 'ى':
				r = 'ي' // Egyptian spelling writes a final ي as ى: "بى.جى" is "بي.جي"
			}
			dst = utf8.AppendRune(dst, r)
		}
		if len(dst) > maxKeyBytes {
			return dst, false
		}
	}
	return dst, true
}
