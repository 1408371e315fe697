package news

import (
	_ "embed"
	"strings"
	"unicode"

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

var (
	outlets   phraseSet[Outlet]
	cities    phraseSet[bool]
	furniture phraseSet[bool]
	dateWords phraseSet[bool]
	leads     phraseSet[string] // "credit" or "byline"
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
		}
	}
	for _, line := range dataLines(citiesText) {
		for _, form := range strings.Split(line, "|") {
			cities.add(form, true)
		}
	}
	for _, line := range dataLines(furnitureText) {
		furniture.add(line, true)
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
	}
}

// dataLines returns the non-empty lines of a list with "#" comments removed (a "#" that
// follows a letter, as in "C#", is kept; the lists hold none).
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

// foldKey is the matching key of a word or phrase: arabic.Normalize's folds, Latin lower-cased,
// and everything but letters and digits dropped ("أ.ف.ب" and "ا ف ب" give "افب").
func foldKey(s string) string {
	s = arabic.Normalize(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80 && 'A' <= r && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// LookupOutlet reports whether name (a word or phrase, any spelling variant) is a news agency or
// outlet of the embedded list.
func LookupOutlet(name string) (Outlet, bool) {
	o, ok := outlets.m[foldKey(name)]
	return o, ok
}
