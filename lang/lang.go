package lang

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code is a language code as used in exports (BCP 47).
type Code string

const (
	Arabic  Code = "ar"
	English Code = "en"
	Auto    Code = "auto"
)

// Parse accepts the values of --lang.
func Parse(s string) (Code, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "ar", "ara", "arabic":
		return Arabic, nil
	case "en", "eng", "english":
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q (want ar, en or auto)", s)
}

// sampleBytes bounds how much of a document Detect reads: the opening is enough to decide.
const sampleBytes = 64 << 10

// arabicShare is the share of Arabic letters among all letters above which a document is
// Arabic. It is low on purpose: an Arabic article quoting English sentences, names and URLs
// stays Arabic-led, while an English text with a few Arabic names is English.
const arabicShare = 0.2

// Detect returns Arabic or English for text, from the letters of its first 64 KiB. Text
// without letters is Arabic, arprep's default.
func Detect(text string) Code {
	if len(text) > sampleBytes {
		text = text[:sampleBytes]
	}
	var arabic, latin int
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if (c|0x20) >= 'a' && (c|0x20) <= 'z' {
				latin++
			}
			i++
			continue
		}
		var r rune
		if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F) // two bytes, as Arabic letters are: decoded in line
			i += 2
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			i += size
		}
		switch {
		case r >= 0x0621 && r <= 0x064A, r >= 0x0671 && r <= 0x06D3: // the common Arabic letters
			arabic++
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			if unicode.IsLetter(r) {
				arabic++
			}
		case r < 0x0250 && unicode.IsLetter(r): // Latin-1 and Latin Extended letters
			latin++
		}
	}
	if latin > 0 && float64(arabic) < arabicShare*float64(arabic+latin) {
		return English
	}
	return Arabic
}

// Resolve returns c, or the detected language of text when c is Auto.
func Resolve(c Code, text string) Code {
	if c == Auto || c == "" {
		return Detect(text)
	}
	return c
}

// rtlLanguages are the primary language subtags written right to left.
var rtlLanguages = map[string]bool{"ar": true, "arc": true, "ckb": true, "dv": true, "fa": true,
	"he": true, "ks": true, "ps": true, "sd": true, "syr": true, "ug": true,
	"ur": true, "yi": true}

// Direction is "rtl" or "ltr" for a BCP 47 language tag, from its primary subtag.
func Direction(tag string) string {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	if rtlLanguages[primary] {
		return "rtl"
	}
	return "ltr"
}

// ValidTag accepts BCP 47-shaped tags such as ar, en-GB or zh-Hant-TW: letters, digits and
// hyphens, starting with 2-8 letters. It checks the shape, not the registry.
func ValidTag(tag string) bool {
	if tag == "" || len(tag) > 35 {
		return false
	}
	for i, part := range strings.Split(tag, "-") {
		if part == "" || len(part) > 8 {
			return false
		}
		for _, r := range part {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && !(i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}
