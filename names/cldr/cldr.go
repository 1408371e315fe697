package cldr

import (
	"fmt"
	"iter"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Kind says what a Name names.
type Kind uint8

const (
	// Country is a country or territory under its ISO 3166 alpha-2 code (EG, US).
	Country Kind = iota
	// Group is a continent or area under its UN M.49 numeric code (002 Africa, 145 Western
	// Asia).
	Group
	// OtherRegion is any other region code CLDR reads: alpha-2 groups (EU, UN, EZ), the
	// numeric code of a country (818, again Egypt), reserved codes (ZZ, Unknown Region).
	OtherRegion
	// Language is a language with an ISO 639-1 two-letter code.
	Language
)

// Name is one code with its CLDR names; a name CLDR lacks is "".
type Name struct {
	Code    string // as looked up: "EG", "002", "ar"
	Kind    Kind
	Arabic  string
	English string
}

// Names yields every region code CLDR reads — the alpha-2 codes AA to ZZ, then the numeric
// codes 001 to 999 — and then every two-letter language code, in that order, each with its
// Arabic and English names.
func Names() iter.Seq[Name] {
	return func(yield func(Name) bool) {
		arR, enR := display.Arabic.Regions(), display.English.Regions()
		region := func(code string, kind func(language.Region) Kind) bool {
			r, err := language.ParseRegion(code)
			if err != nil {
				return true
			}
			return yield(Name{Code: code, Kind: kind(r), Arabic: arR.Name(r), English: enR.Name(r)})
		}
		alpha := func(r language.Region) Kind {
			if r.IsCountry() {
				return Country
			}
			return OtherRegion
		}
		numeric := func(r language.Region) Kind {
			if r.IsGroup() {
				return Group
			}
			return OtherRegion
		}
		for _, code := range letterPairs('A') {
			if !region(code, alpha) {
				return
			}
		}
		for n := 1; n < 1000; n++ {
			if !region(fmt.Sprintf("%03d", n), numeric) {
				return
			}
		}
		arL, enL := display.Arabic.Languages(), display.English.Languages()
		for _, code := range letterPairs('a') {
			base, err := language.ParseBase(code)
			if err != nil {
				continue
			}
			if !yield(Name{Code: code, Kind: Language, Arabic: arL.Name(base), English: enL.Name(base)}) {
				return
			}
		}
	}
}

// letterPairs returns the 676 two-letter codes in order from first: AA to ZZ for 'A'.
func letterPairs(first rune) []string {
	codes := make([]string, 0, 26*26)
	for a := first; a < first+26; a++ {
		for b := first; b < first+26; b++ {
			codes = append(codes, string([]rune{a, b}))
		}
	}
	return codes
}
