package news

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

var (
	//go:embed data/agencies.txt
	agenciesText string
	//go:embed data/cities.txt
	citiesText string
	//go:embed data/furniture.txt
	furnitureText string
	//go:embed data/dates.txt
	datesText string
	//go:embed data/leads.txt
	leadsText string
	//go:embed data/given.txt
	givenText string
)

// Outlet is a news agency or outlet from data/agencies.txt.
type Outlet struct {
	English string // the name to suggest as a translation: "SPA (Saudi Press Agency)"
	Agency  bool   // a news agency (false: a newspaper, site or broadcaster)
	// Common is set when the spelling looked up is also an ordinary word ("الفرنسية" French,
	// "اليوم" today, "المدينة" the city): marked "~" in data/agencies.txt.
	Common bool
}

// phraseSet maps folded phrases (words joined without spaces) to a value, and knows its longest
// phrase in words so that lookups try only lengths that can match.
type phraseSet[V any] struct {
	m        map[string]V
	maxWords int
}

func (p *phraseSet[V]) add(phrase string, v V) {
	words := strings.Fields(phrase)
	k := foldKey(phrase)
	if k == "" {
		return
	}
	if p.m == nil {
		p.m = map[string]V{}
	}
	if _, dup := p.m[k]; !dup {
		p.m[k] = v
	}
	p.maxWords = max(p.maxWords, len(words))
}

// firstWords holds the folded first word of every phrase of the lists a frame unit can start
// with (outlets, with their proclitics, furniture labels, credit and byline leads): Classify
// looks no further at a unit whose first word is not one.
var firstWords = map[string]bool{}

// addFirst records the first word of phrase in firstWords, with the proclitics a credit puts
// on an outlet's name when outlet is set ("للألمانية", "ورويترز").
func addFirst(phrase string, outlet bool) {
	f := strings.Fields(phrase)
	if len(f) == 0 {
		return
	}
	k := foldKey(f[0])
	if k == "" {
		return
	}
	firstWords[k] = true
	if outlet {
		for _, p := range []string{"ل", "و", "ب"} {
			firstWords[p+k] = true
		}
		if rest, ok := strings.CutPrefix(k, "ال"); ok {
			firstWords["لل"+rest] = true
			firstWords["وال"+rest] = true
		}
	}
}

var (
	outlets   phraseSet[Outlet]
	cities    phraseSet[bool]
	furniture phraseSet[bool]
	dateWords phraseSet[bool]
	leads     phraseSet[string] // "credit", "byline", "bylinesep", "source" or "intro"
	given     phraseSet[bool]   // given names that open a reporter's name
)

func init() {
	for _, line := range dataLines(agenciesText) {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			panic("news: data/agencies.txt: want forms, English name and kind: " + line)
		}
		o := Outlet{English: f[1], Agency: f[2] == "agency"}
		for _, form := range strings.Split(f[0], "|") {
			o := o
			form, o.Common = strings.CutPrefix(form, "~")
			outlets.add(form, o)
			addFirst(form, true)
		}
	}
	for _, line := range dataLines(citiesText) {
		for _, form := range strings.Split(line, "|") {
			cities.add(form, true)
		}
	}
	for _, line := range dataLines(furnitureText) {
		furniture.add(line, true)
		addFirst(line, false)
	}
	for _, w := range []string{"وكالة", "لوكالة", "ووكالة", "بوكالة"} {
		addFirst(w, false)
	}
	for _, line := range dataLines(datesText) {
		dateWords.add(line, true)
	}
	for _, line := range dataLines(leadsText) {
		kind, phrase, ok := strings.Cut(line, "\t")
		if !ok {
			panic("news: data/leads.txt: want kind and phrase: " + line)
		}
		leads.add(phrase, kind)
		addFirst(phrase, false)
	}
	for _, line := range dataLines(givenText) {
		given.add(line, true)
	}
}

// dataLines returns the non-empty lines of a list, without the comment lines (those that start
// with "#").
func dataLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// foldKey is the matching key of a word or phrase (see appendFold).
func foldKey(s string) string { return string(appendFold(nil, s)) }

// appendFold appends the matching key of s to dst: diacritics, tatweel and format controls
// removed, أ إ آ ٱ → ا, ى ی → ي, ة ۀ ھ → ه, Persian letters to their Arabic counterparts,
// Arabic-Indic digits to ASCII, Latin lower-cased, and everything but letters and digits
// dropped ("أ.ف.ب" and "ا ف ب" give "افب"). It folds as arabic.Normalize does for these
// letters, without allocating: it runs on every short unit segment marks.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+':
				dst = append(dst, c)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if 0x0628 <= r && r <= 0x063A && r != 'ة' || 0x0641 <= r && r <= 0x0648 || r == 'ا' || r == 'ي' {
			dst = utf8.AppendRune(dst, r) // the plain Arabic letters: no fold
			continue
		}
		switch {
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ٲ' || r == 'ٳ' || r == 'ٵ':
			r = 'ا'
		case r == 'ى' || r == 'ی' || r == 'ې':
			r = 'ي'
		case r == 'ة' || r == 'ۀ' || r == 'ھ' || r == 'ە':
			r = 'ه'
		case r == 'پ':
			r = 'ب'
		case r == 'ڤ' || r == 'ڨ':
			r = 'ف'
		case r == 'چ':
			r = 'ج'
		case r == 'گ' || r == 'ک':
			r = 'ك'
		case r == 'ژ':
			r = 'ز'
		case '٠' <= r && r <= '٩':
			dst = append(dst, byte('0'+r-'٠'))
			continue
		case '۰' <= r && r <= '۹':
			dst = append(dst, byte('0'+r-'۰'))
			continue
		case r == 'ـ' || unicode.IsMark(r) || arabic.IsFormatControl(r):
			continue
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			continue
		}
		r = unicode.ToLower(r)
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// firstWordKey folds the first word of s (up to a space, bracket or punctuation) into buf.
func firstWordKey(s string, buf []byte) []byte {
	end := 0
	for end < len(s) {
		r, w := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(r) && r != 'ـ' && !arabic.IsFormatControl(r) && r != '.' {
			break
		}
		end += w
	}
	return appendFold(buf, s[:end])
}

// LookupOutlet reports whether name (a word or phrase, any spelling variant) is a news agency or
// outlet of the embedded list.
func LookupOutlet(name string) (Outlet, bool) {
	o, ok := outlets.m[foldKey(name)]
	return o, ok
}
