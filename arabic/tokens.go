package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota // Arabic-script word (with its diacritics, tatweel and clitics)
	Number             // digits in any script, with internal separators: 3.5 ٣٫٥ 1,000 12/08/2014 8:30
	Punct              // punctuation, Arabic (، ؛ ؟ « » ٪) or Latin (incl. %); runs of dots are one token
	Latin              // a word in Latin (or another non-Arabic) script
	URL                // http(s)://… or www.…
	Email              // local@domain.tld
	Symbol             // any other visible character: currency, maths, emoji…
)

var kindNames = [...]string{"word", "number", "punct", "latin", "url", "email", "symbol"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Token is a span of the input: s[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}

// Tokens splits s into tokens with byte spans into s. White space, control characters, bidi
// controls, zero-width characters and invalid UTF-8 bytes between tokens are skipped; ZWNJ and
// ZWJ inside a word are kept, so a span always re-slices the input exactly.
func Tokens(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/8+1), s)
}

// AppendTokens appends the tokens of s, as Tokens gives them, to toks: a caller that
// tokenises many texts can reuse one slice.
func AppendTokens(toks []Token, s string) []Token {
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if isSeparator(r, size) {
			i += size
			continue
		}
		end, kind := scanToken(s, i, r, size)
		toks = append(toks, Token{Text: s[i:end], Start: i, End: end, Kind: kind})
		i = end
	}
	return toks
}

// isSeparator reports whether the rune r of size bytes lies between tokens: white space,
// control and format characters, invalid bytes.
func isSeparator(r rune, size int) bool {
	switch {
	case r < utf8.RuneSelf:
		return r <= ' ' || r == 0x7F
	case r >= 0x0600 && r <= 0x06FF:
		return r == 0x061C // ALM is the only format control in the Arabic block
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || IsFormatControl(r) || r == utf8.RuneError && size == 1
}

func scanToken(s string, i int, r rune, size int) (int, Kind) {
	switch {
	case isArabicLetter(r) || IsDiacritic(r) || r == 0x0640:
		return scanArabicWord(s, i), Word
	case r >= '0' && r <= '9':
		if end, kind, ok := scanURLOrEmail(s, i); ok {
			return end, kind // 2014info@example.com
		}
		return scanNumber(s, i), Number
	case isDigit(r):
		return scanNumber(s, i), Number
	case r < utf8.RuneSelf && (isASCIILetter(byte(r)) || r == '_'):
		if end, kind, ok := scanURLOrEmail(s, i); ok {
			return end, kind
		}
		return scanLatinWord(s, i), Latin
	case unicode.IsLetter(r):
		return scanLatinWord(s, i), Latin
	case r == '.':
		j := i
		for j < len(s) && s[j] == '.' {
			j++
		}
		return j, Punct
	case unicode.IsPunct(r):
		return i + size, Punct
	}
	return i + size, Symbol
}

// isArabicLetter reports whether r is a letter of the Arabic script blocks (not digits,
// punctuation or marks).
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x064A, r >= 0x066E && r <= 0x066F, r >= 0x0671 && r <= 0x06D3,
		r == 0x06D5, r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FC, r == 0x06FF,
		r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		return unicode.IsLetter(r)
	}
	return false
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool { return isArabicLetter(r) }

func isDigit(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '٠' && r <= '٩') || (r >= '۰' && r <= '۹')
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func scanArabicWord(s string, i int) int {
	for i < len(s) {
		r, size := decodeRune(s, i)
		switch {
		case isArabicLetter(r) || IsDiacritic(r) || r == 0x0640:
			i += size
		case r == 0x200C || r == 0x200D:
			// ZWNJ/ZWJ inside a word (Persian and Urdu spelling) only when a letter follows.
			n, _ := utf8.DecodeRuneInString(s[i+size:])
			if !isArabicLetter(n) {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// scanNumber takes digits with single internal separators that are followed by a digit:
// decimals, thousands, dates, times and versions stay one token.
func scanNumber(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isDigit(r) {
			i += size
			continue
		}
		switch r {
		case '.', ',', '/', ':', '٫', '٬', '-':
			n, _ := utf8.DecodeRuneInString(s[i+size:])
			if isDigit(n) {
				i += size
				continue
			}
		}
		return i
	}
	return i
}

func scanLatinWord(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < utf8.RuneSelf && (isASCIILetter(byte(r)) || (r >= '0' && r <= '9') || r == '_'):
			i += size
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) && !isArabicLetter(r):
			i += size
		case r == '\'' || r == '’' || r == '-':
			// don't, l'Aube, COVID-19: joiners between letters or digits.
			n, _ := utf8.DecodeRuneInString(s[i+size:])
			if n < utf8.RuneSelf && (isASCIILetter(byte(n)) || (n >= '0' && n <= '9')) {
				i += size
				continue
			}
			return i
		default:
			return i
		}
	}
	return i
}

// scanURLOrEmail recognises http(s):// and www. addresses and e-mail addresses starting at i.
func scanURLOrEmail(s string, i int) (int, Kind, bool) {
	rest := s[i:]
	lower := strings.ToLower(rest[:min(len(rest), 8)])
	for _, prefix := range urlPrefixes {
		if strings.HasPrefix(lower, prefix) {
			if n := urlLength(rest); n > len(prefix) {
				return i + n, URL, true
			}
			return 0, 0, false
		}
	}
	// e-mail: local part of [A-Za-z0-9._%+-] then @ then a domain with a dot. The length
	// limits (RFC 5321) keep a long run of dotted words from being rescanned at every word.
	j := 0
	for j < len(rest) && j <= maxEmailLocal && isEmailLocal(rest[j]) {
		j++
	}
	if j == 0 || j > maxEmailLocal || j >= len(rest) || rest[j] != '@' {
		return 0, 0, false
	}
	k := j + 1
	for k < len(rest) && k-j <= maxEmailDomain && isDomainByte(rest[k]) {
		k++
	}
	for k > j+1 && (rest[k-1] == '.' || rest[k-1] == '-') {
		k--
	}
	domain := rest[j+1 : k]
	if dot := strings.LastIndexByte(domain, '.'); dot <= 0 || dot == len(domain)-1 {
		return 0, 0, false
	}
	return i + k, Email, true
}

var urlPrefixes = []string{"http://", "https://", "www."}

const (
	maxEmailLocal  = 64
	maxEmailDomain = 255
)

func isDomainByte(c byte) bool {
	return isASCIILetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'
}

func isEmailLocal(c byte) bool {
	return isASCIILetter(c) || (c >= '0' && c <= '9') || strings.IndexByte("._%+-", c) >= 0
}

// urlLength runs to the next white space, then gives back trailing punctuation that more
// likely ends the sentence than the address.
func urlLength(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '«' || r == '»' || IsFormatControl(r) {
			break
		}
		n += size
	}
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if r == ')' && strings.Count(s[:n], "(") >= strings.Count(s[:n], ")") {
			break // balanced: https://en.wikipedia.org/wiki/Kuwait_(disambiguation)
		}
		if strings.ContainsRune(".,;:!?)]}'،؛؟", r) {
			n -= size
			continue
		}
		break
	}
	return n
}
