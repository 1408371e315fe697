package segment

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// lookahead is how far past a candidate boundary a decision may look. Split and Reader
// both cut the view there, so they decide identically whatever the read sizes.
const lookahead = 512

// minClauseWords is how long a clause must be, in words, on both sides of an Arabic
// comma for clause mode to split there ("الدم، والقلب،" stays together).
const minClauseWords = 3

// maxLabelWords is the longest heading label split off before a colon by default.
const maxLabelWords = 4

// scanner finds sentence boundaries. It works on a window that starts at the current
// position and keeps the little state that crosses sentences: the line breaks seen since
// the previous sentence and the paragraph number. Split and Reader drive it.
type scanner struct {
	clauses bool
	max     int // MaxSentenceBytes in force; 0 means no limit
	breaks  int // line breaks in the white space since the previous sentence
	seen    bool
	para    int
	// quoteClear is how far from the current position the text is known to hold no
	// closing quotation mark or line break, so that quoteClosesAhead, called at every
	// terminator inside an open quotation, never scans the same text twice.
	quoteClear int
}

func newScanner(opts Options) scanner {
	max := opts.MaxSentenceBytes
	switch {
	case max == 0:
		max = DefaultMaxSentenceBytes
	case max < 0:
		max = 0
	}
	return scanner{clauses: opts.Clauses, max: max}
}

// skipGap skips the white space at the start of d, counting line breaks, and returns how
// many bytes it consumed. more reports that d ended before the gap did.
func (sc *scanner) skipGap(d []byte, atEOF bool) (n int, more bool) {
	i := 0
	defer func() { sc.quoteClear = max(0, sc.quoteClear-n) }()
	for i < len(d) {
		if b := d[i]; b < utf8.RuneSelf {
			switch b {
			case ' ', '\t':
			case '\n', '\v':
				sc.breaks++
			case '\f':
				sc.breaks += 2
			case '\r':
				if i+1 == len(d) && !atEOF {
					return i, true
				}
				if i+1 == len(d) || d[i+1] != '\n' {
					sc.breaks++
				}
			default:
				return i, false
			}
			i++
			continue
		}
		if !atEOF && !utf8.FullRune(d[i:]) {
			return i, true
		}
		r, w := utf8.DecodeRune(d[i:])
		if !unicode.IsSpace(r) {
			return i, false
		}
		switch r {
		case 0x85, 0x2028:
			sc.breaks++
		case 0x2029:
			sc.breaks += 2
		}
		i += w
	}
	return i, !atEOF
}

// startSentence records that a sentence is emitted and returns its paragraph number.
func (sc *scanner) startSentence() int {
	switch {
	case !sc.seen:
		sc.seen, sc.para = true, 1
	case sc.breaks >= 2:
		sc.para++
	}
	sc.breaks = 0
	return sc.para
}

// context of the sentence being scanned.
type context struct {
	lineStart bool        // the sentence starts a line
	quotes    int         // quotation marks opened and not yet closed
	words     wordCounter // words from the start of the sentence
	url       urlToken    // the last token inURL looked at
	ahead     quoteAhead  // what quoteClosesAhead found
}

// sentence finds the end of the sentence that starts at d[0], a non-space byte. It
// returns the end of its text (trailing white space excluded) and whether the end was
// forced by the length limit; more reports that d must be extended to decide.
func (sc *scanner) sentence(d []byte, atEOF bool) (end int, forced, more bool) {
	ctx := context{lineStart: !sc.seen || sc.breaks > 0, ahead: quoteAhead{at: sc.quoteClear}}
	end, forced, more = sc.scanSentence(d, atEOF, &ctx)
	if !more {
		sc.quoteClear = max(0, ctx.ahead.at-end)
	}
	return end, forced, more
}

func (sc *scanner) scanSentence(d []byte, atEOF bool, ctx *context) (end int, forced, more bool) {
	limit := len(d)
	if sc.max > 0 && sc.max < limit {
		limit = sc.max + 1 // enough to know the sentence is too long
	}
	i := 0
	for {
		i = skipPlain(d, i, limit)
		if i >= limit {
			if limit < len(d) {
				return forceCut(d, sc.max), true, false
			}
			if !atEOF {
				return 0, false, true
			}
			return sc.finish(d, trimEnd(d, len(d)))
		}
		if c := d[i]; c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return sc.finish(d, trimEnd(d, i)) // needs no look-ahead, so live input flows
		}
		if !atEOF && len(d)-i < lookahead {
			return 0, false, true
		}
		w := d[:min(len(d), i+lookahead)]
		next, boundary := sc.decide(w, i, ctx)
		if boundary {
			return sc.finish(d, trimEnd(d, next))
		}
		i = next
	}
}

// skipPlain returns the first index from i up to limit where the scanner must look:
// one table look-up per byte, and for the lead bytes shared with ordinary Arabic letters
// (D8, DB) a check of the second byte, so letters cost no rune decoding.
func skipPlain(d []byte, i, limit int) int {
	for i < limit {
		c := d[i]
		if !special[c] {
			i++
			continue
		}
		if (c == 0xD8 || c == 0xDB) && i+1 < len(d) {
			if c2 := d[i+1]; c2&0xC0 == 0x80 && c2 != 0x9F && c2 != 0x8C && c2 != 0x94 { // not ؟ ، ۔
				i += 2
				continue
			}
		}
		return i
	}
	return i
}

// finish applies the length limit to a sentence ending at end.
func (sc *scanner) finish(d []byte, end int) (int, bool, bool) {
	if sc.max > 0 && end > sc.max {
		return forceCut(d, sc.max), true, false
	}
	return end, false, false
}

// forceCut ends an over-long sentence at the last white space within max bytes, or, in
// a run without any, at the last character boundary within them.
func forceCut(d []byte, max int) int {
	for j := max; j > 0; {
		r, n := utf8.DecodeLastRune(d[:j])
		j -= n
		if unicode.IsSpace(r) {
			if e := trimEnd(d, j); e > 0 {
				return e
			}
			break
		}
	}
	j := max
	for k := 0; k < utf8.UTFMax-1 && j > 0 && !utf8.RuneStart(d[j]); k++ {
		j--
	}
	if j == 0 {
		_, j = utf8.DecodeRune(d)
	}
	return j
}

// decide looks at the special byte w[i] (ASCII line breaks are handled by the caller).
// It returns where scanning goes on and whether a sentence ends there (then next is the
// end of the sentence).
func (sc *scanner) decide(w []byte, i int, ctx *context) (next int, boundary bool) {
	switch w[i] {
	case '.', '!', '?':
		return sc.terminator(w, i, ctx)
	case ':':
		if sc.colon(w, i, ctx) {
			return skipIgnorable(w, i+1), true
		}
		return i + 1, false
	case '"':
		ctx.asciiQuote(w, i)
		return i + 1, false
	}
	r, n := utf8.DecodeRune(w[i:])
	switch r {
	case '؟', '۔', '…':
		return sc.terminator(w, i, ctx)
	case 0x85, 0x2028, 0x2029:
		return i, true
	case '«', '“':
		ctx.quotes++
	case '»', '”':
		if ctx.quotes > 0 {
			ctx.quotes--
		}
	case '،':
		if sc.clauses && clauseComma(w, i, ctx) {
			return i + n, true
		}
	}
	return i + n, false
}

// asciiQuote updates the quote count for a '"' at w[i]: it opens after white space, an
// opening bracket or at the start, and closes otherwise.
func (ctx *context) asciiQuote(w []byte, i int) {
	prev := lastRune(w, i)
	if i == 0 || unicode.IsSpace(prev) || opener(prev) && prev != '"' {
		ctx.quotes++
	} else if ctx.quotes > 0 {
		ctx.quotes--
	}
}

// run is a terminator and what is glued to it: more terminators, closers, footnote
// markers and ignorables.
type run struct {
	end         int  // end of the run
	dots        int  // full stops in it
	final       bool // ? ! ؟ or ۔: ends a sentence whatever the token before
	question    bool
	ellipsis    bool // … or three or more full stops ("..", mostly a doubled full stop, is not)
	closedQuote bool // a quotation mark closed in the run
	closed      bool // a closing quote or bracket in the run
	stopAfter   bool // a terminator after a closer: "(U.S.A.)." ends whatever came before
}

func scanRun(w []byte, i int, ctx *context) run {
	var ru run
	j := i
loop:
	for j < len(w) {
		r, n := utf8.DecodeRune(w[j:])
		if ru.closed && terminatorRune(r) {
			ru.stopAfter = true
		}
		switch {
		case r == '.':
			ru.dots++
		case r == '!' || r == '۔':
			ru.final = true
		case r == '?' || r == '؟':
			ru.final, ru.question = true, true
		case r == '…':
			ru.ellipsis = true
		case ignorable(r):
		case r == '»' || r == '”' || r == '’':
			ru.closedQuote, ru.closed = true, true
			if ctx.quotes > 0 {
				ctx.quotes--
			}
		case closer(r):
			ru.closed = true
		case r == '(' || r == '[':
			m := footnoteMarker(w, j)
			if m == 0 {
				break loop
			}
			n = m
		case r == '"' || r == '\'':
			// A quote closes here when one is open or when nothing word-like follows;
			// otherwise it opens the next sentence ("انتهى."وقال).
			after := skipIgnorable(w, j+n)
			if ctx.quotes == 0 && after < len(w) && wordStart(w, after) {
				break loop
			}
			ru.closedQuote, ru.closed = true, true
			if r == '"' && ctx.quotes > 0 {
				ctx.quotes--
			}
		default:
			break loop
		}
		j += n
	}
	ru.end = j
	if ru.dots >= 3 {
		ru.ellipsis = true
	}
	return ru
}

// footnoteMarker returns the length of a footnote reference at w[j] — a bracket holding
// nothing, up to three digits or asterisks ("()" "(12)" "[*]") — or 0.
func footnoteMarker(w []byte, j int) int {
	want := byte(')')
	if w[j] == '[' {
		want = ']'
	}
	for k := j + 1; k < len(w) && k <= j+4; k++ {
		switch c := w[k]; {
		case c == want:
			return k + 1 - j
		case c == '*' || '0' <= c && c <= '9':
		default:
			return 0
		}
	}
	return 0
}

// wordStart reports whether a letter or digit starts at w[i].
func wordStart(w []byte, i int) bool {
	r, _ := utf8.DecodeRune(w[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// terminator decides a run of sentence-final punctuation starting at w[i].
func (sc *scanner) terminator(w []byte, i int, ctx *context) (int, bool) {
	ru := scanRun(w, i, ctx)
	k := skipIgnorable(w, ru.end)
	if k == len(w) {
		return ru.end, true // end of text (or of the look-ahead window)
	}
	nx, _ := utf8.DecodeRune(w[k:])
	if !unicode.IsSpace(nx) {
		return ru.end, sc.glued(w, i, k, ru, ctx)
	}
	// Followed by white space: find what comes next on the line.
	j := k
	for j < len(w) {
		r, n := utf8.DecodeRune(w[j:])
		if lineBreak(r) {
			return ru.end, true
		}
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	if j == len(w) {
		return ru.end, true
	}
	nx, _ = utf8.DecodeRune(w[j:])
	switch {
	case continuesClause(nx), 'a' <= nx && nx <= 'z':
		return ru.end, false
	case ru.final:
		if ru.question && questionContinuations.has(nextKey(w, j)) {
			return ru.end, false
		}
	case ru.dots == 2 && !ru.closed && andSoOn.has(nextKey(w, j)):
		return ru.end, false // "الكتب والمجلات.. وغيرها.": the list goes on
	case ru.ellipsis:
		// A mid-sentence ellipsis: the sentence goes on unless a quotation closed.
		if !ru.closedQuote {
			return ru.end, false
		}
	case ru.stopAfter:
	case !sc.dotEnds(w, i, j, ctx):
		return ru.end, false
	}
	if ctx.quotes > 0 && ctx.quoteClosesAhead(w, j) {
		return ru.end, false // a quoted passage of several sentences stays whole
	}
	return ru.end, true
}

// continuesClause reports punctuation that cannot start a sentence, so a terminator
// before it does not end one ("«لماذا؟»، قال").
func continuesClause(r rune) bool {
	switch r {
	case ',', '،', ';', '؛', ':', ')', ']', '}':
		return true
	}
	return false
}

// quoteClosesAhead reports whether an open quotation ends a sentence later on the same
// line within the window starting at j: its first closing mark stands right after a
// terminator (.») or right before one (".) or ends the line. Requiring the terminator keeps
// a stray or unbalanced quote ("3000" ليلة "للمخرجة ...) from gluing sentences together.
// The first closing mark or line break found is remembered for the later terminators of
// the sentence, so that text full of open quotes is not scanned again and again.
func (ctx *context) quoteClosesAhead(w []byte, j int) bool {
	if ctx.ahead.found && j <= ctx.ahead.at {
		return ctx.ahead.closes
	}
	j = max(j, ctx.ahead.at) // nothing closes before ctx.ahead.at
	for j < len(w) {
		r, n := utf8.DecodeRune(w[j:])
		switch {
		case lineBreak(r):
			ctx.ahead = quoteAhead{at: j, found: true}
			return false
		case r == '»' || r == '”' || r == '"' && !unicode.IsSpace(lastRune(w, j)):
			k := skipIgnorable(w, j+n)
			closes := terminatorRune(lastRune(w, j)) || k == len(w)
			if !closes {
				next, _ := utf8.DecodeRune(w[k:])
				closes = terminatorRune(next) || lineBreak(next)
			}
			if k < len(w) { // decided within the window: it holds for later windows too
				ctx.ahead = quoteAhead{at: j, found: true, closes: closes}
			}
			return closes
		}
		j += n
	}
	ctx.ahead.at = j
	return false
}

// quoteAhead remembers what quoteClosesAhead found: the first closing mark or line break
// at or after the terminators looked at so far (found), or how far none was.
type quoteAhead struct {
	at            int
	found, closes bool
}

func terminatorRune(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '۔', '…':
		return true
	}
	return false
}

// glued decides a terminator run at w[i] followed without white space by w[k].
func (sc *scanner) glued(w []byte, i, k int, ru run, ctx *context) bool {
	nx, _ := utf8.DecodeRune(w[k:])
	if continuesClause(nx) {
		return false
	}
	if (ru.ellipsis || ru.dots == 2) && !ru.final {
		return false // "كان...ثم" "كان..ثم"
	}
	prev := lastRune(w, i)
	switch {
	case ru.final && unicode.IsSpace(prev):
		return false // "ياسمين ?ولف": a stray mark, not the end of the word before it
	case latinOrDigit(prev) && latinOrDigit(nx):
		return false // 3.5, 12.08.2014, 2.1.3, example.com, a.m, Yahoo!News, ?id=5
	case ctx.inURL(w, i):
		return false
	case ru.final:
		return true // "بالتعادل؟وسيلتقي"
	}
	// A single full stop with a letter or a quote right after it.
	var buf [maxKeyBytes + utf8.UTFMax]byte
	key, ok := tokenKey(buf[:0], w, i)
	if next := nextKey(w, k); ok && (abbreviations.has(key) || singleLetter(key) || initialism(key) ||
		initialNext(w, k, next) || letterNames.has(lastPiece(key)) && letterNames.has(next)) {
		return false // أ.د  ص.ب  "محمد.ر"  سي.إن.إن
	}
	// بالتعادل.وسيلتقي : a missing space after a full stop.
	return arabic.IsArabicLetter(nx) || opener(nx)
}

func latinOrDigit(r rune) bool { return isLatinLetter(r) || isDigit(r) }

// initialNext reports whether the word at w[k], whose key is next, is one letter
// closed by punctuation: the initial of a surname ("محمد.ر"" "أم.ب.أم"), where a detached
// conjunction ("بالمائة .و تفيد") is followed by white space.
func initialNext(w []byte, k int, next []byte) bool {
	if !singleLetter(next) {
		return false
	}
	e := skipIgnorable(w, k+len(next))
	if e >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRune(w[e:])
	return r == '.' || r == '"' || closer(r)
}

// maxTokenBytes bounds how far a decision scans through a token. Longer runs without
// white space are not prose (URLs, encoded data, tables) and are not split inside, and
// the bound keeps the scanner linear on them.
const maxTokenBytes = 256

// inURL reports whether the token around w[i] is a URL or an e-mail address, or too long
// to be anything else. The answer is remembered for the rest of the token.
func (ctx *context) inURL(w []byte, i int) bool {
	if i < ctx.url.end && i >= ctx.url.start {
		return ctx.url.is
	}
	s, whole := tokenStart(w, i)
	e := i
	for e < len(w) {
		if e-i > maxTokenBytes {
			whole = false
			break
		}
		r, n := utf8.DecodeRune(w[e:])
		if unicode.IsSpace(r) {
			break
		}
		e += n
	}
	tok := w[s:e]
	is := !whole || containsFold(tok, "://") || containsFold(tok, "www.") || bytes.IndexByte(tok, '@') >= 0
	if e < len(w) {
		ctx.url = urlToken{start: s, end: e, is: is}
	}
	return is
}

// urlToken remembers inURL's answer for a token.
type urlToken struct {
	start, end int
	is         bool
}

// containsFold reports whether b contains the lower-case ASCII string s, ignoring case.
func containsFold(b []byte, s string) bool {
outer:
	for i := 0; i+len(s) <= len(b); i++ {
		for j := 0; j < len(s); j++ {
			c := b[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != s[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// tokenStart returns the start of the white-space delimited token that ends at w[i], and
// whether the whole token lies within maxTokenBytes.
func tokenStart(w []byte, i int) (start int, whole bool) {
	lo := max(0, i-maxTokenBytes)
	for i > lo {
		r, n := utf8.DecodeLastRune(w[:i])
		if unicode.IsSpace(r) {
			return i, true
		}
		i -= n
	}
	return i, lo == 0
}

// tokenKey appends the folded key of the token ending at w[i], from after its last
// opening quote or bracket ("الأمريكية(سي." is looked up as "سي."). It reports false
// for a key too long to be listed.
func tokenKey(dst, w []byte, i int) ([]byte, bool) {
	s := i
	for s > 0 {
		r, n := utf8.DecodeLastRune(w[:s])
		if unicode.IsSpace(r) || opener(r) {
			break
		}
		if i-s > 2*maxKeyBytes {
			return dst, false
		}
		s -= n
	}
	return appendKey(dst, w[s:i])
}

// nextKey returns the folded key of the word starting at w[j], without trailing
// punctuation.
func nextKey(w []byte, j int) []byte {
	e := j
	for e < len(w) {
		r, n := utf8.DecodeRune(w[e:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || ignorable(r) || unicode.Is(unicode.Mn, r)) {
			break
		}
		e += n
	}
	key, _ := appendKey(make([]byte, 0, maxKeyBytes+utf8.UTFMax), w[j:e])
	return key
}

// dotEnds decides a single full stop at w[i] followed by white space and then by the
// word at w[j]: it ends the sentence unless the token before it is an abbreviation, an
// initial, a list number or an era marker followed by more of the date.
func (sc *scanner) dotEnds(w []byte, i, j int, ctx *context) bool {
	var buf [maxKeyBytes + utf8.UTFMax]byte
	key, ok := tokenKey(buf[:0], w, i)
	if !ok || len(key) == 0 {
		return true
	}
	start, _ := tokenStart(w, i)
	num, rest := splitNumber(key)
	switch {
	case len(num) > 0 && len(rest) == 0:
		return start > 0 // "1." at the start of a sentence numbers a list item
	case len(num) > 0 && eraMarkers.has(rest),
		eraMarkers.has(key) && (numberBefore(w, start) || !singleLetter(key)): // "القرن الخامس ق.م."
		return !continuesDate(w, j)
	case (singleLetter(key) || initialism(key)) && quantityBefore(w, start):
		return !continuesDate(w, j) // a unit after a number: "بقيمة 35 م د."
	case singleLetter(key):
		return clauseNext(w, j) // an initial stands before a name: "أحمد ز. أمين"
	case abbreviations.has(key), initialism(key):
		return false
	case letterNames.has(lastPiece(key)) && letterNames.has(nextKey(w, skipOpeners(w, j))):
		return false // "سي. إن. إن"
	case start == 0 && ctx.lineStart && roman(key):
		return false
	}
	return true
}

// lastPiece returns the part of a key after its last full stop ("بي" in "ايه.بي").
func lastPiece(key []byte) []byte {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[i+1:]
		}
	}
	return key
}

// skipOpeners returns the index after any opening quotes or brackets at w[j].
func skipOpeners(w []byte, j int) int {
	for j < len(w) {
		r, n := utf8.DecodeRune(w[j:])
		if !opener(r) {
			break
		}
		j += n
	}
	return j
}

// quantityBefore reports whether a number, possibly followed by a one-letter unit,
// stands before position s: "35 د." and "35 م د." (million dinars).
func quantityBefore(w []byte, s int) bool {
	if numberBefore(w, s) {
		return true
	}
	e := trimEnd(w, s)
	if e == s {
		return false
	}
	prev, _ := tokenStart(w, e)
	var buf [maxKeyBytes + utf8.UTFMax]byte
	key, ok := appendKey(buf[:0], w[prev:e])
	return ok && singleLetter(key) && numberBefore(w, prev)
}

// clauseNext reports whether the word at w[j] opens a clause rather than continuing a
// name after an initial: a word behind the conjunction و other than a name that starts
// with و (data/waw_names.txt), or a function word behind ف ("فقد" "فإن"):
// "حصل على تقدير أ. وكان سعيدا" ends at "أ.", "أحمد ز. وليد" does not.
func clauseNext(w []byte, j int) bool {
	key := nextKey(w, j)
	r, n := utf8.DecodeRune(key)
	switch {
	case r == 'و':
		return utf8.RuneCount(key[n:]) >= 2 && !wawNames.has(key)
	case r == 'ف':
		return arabic.IsStopword(string(key))
	}
	return false
}

// splitNumber splits a key into a leading number (digits with inner . , / : -) and the
// rest.
func splitNumber(key []byte) (num, rest []byte) {
	i, digits := 0, false
	for i < len(key) {
		r, n := utf8.DecodeRune(key[i:])
		switch {
		case isDigit(r):
			digits = true
		case digits && (r == '.' || r == ',' || r == '/' || r == ':' || r == '-' || r == '٫' || r == '٬'):
		default:
			if !digits {
				return nil, key
			}
			return key[:i], key[i:]
		}
		i += n
	}
	if !digits {
		return nil, key
	}
	return key, nil
}

// numberBefore reports whether the token before position s ends with a digit.
func numberBefore(w []byte, s int) bool {
	e := trimEnd(w, s)
	return e < s && isDigit(lastRune(w, e))
}

// continuesDate reports whether the word at w[j] carries a date or an amount on after an
// era marker or a unit.
func continuesDate(w []byte, j int) bool {
	r, _ := utf8.DecodeRune(w[j:])
	if isDigit(r) || r == '-' || r == '–' || r == '/' || r == '(' {
		return true
	}
	return dateContinuations.has(nextKey(w, j))
}

// singleLetter reports a key of one letter: an initial ("ز." "F.").
func singleLetter(key []byte) bool {
	r, n := utf8.DecodeRune(key)
	return n == len(key) && unicode.IsLetter(r)
}

// initialism reports keys made of one- or two-letter groups joined by full stops:
// "ا.د" "ص.ب" "u.s" "e.g".
func initialism(key []byte) bool {
	letters, groups := 0, 1
	for i := 0; i < len(key); {
		r, n := utf8.DecodeRune(key[i:])
		i += n
		switch {
		case r == '.':
			if letters == 0 {
				return false
			}
			letters = 0
			groups++
		case unicode.IsLetter(r):
			letters++
			if letters > 2 {
				return false
			}
		default:
			return false
		}
	}
	return groups >= 2 && letters > 0
}

// roman reports a small Roman numeral ("iv"), numbering a list item at a line start.
func roman(key []byte) bool {
	if len(key) == 0 || len(key) > 6 {
		return false
	}
	for _, c := range key {
		if c != 'i' && c != 'v' && c != 'x' {
			return false
		}
	}
	return true
}

// colon decides a colon at w[i]. In clause mode every colon followed by white space
// ends a segment, except between digits ("05:01"). By default only a short heading label
// at the start of a line that introduces a question does ("سؤال وجواب: ماذا حدث ...؟"),
// never a quotation ("وقال المتحدث: هل ...").
func (sc *scanner) colon(w []byte, i int, ctx *context) bool {
	k := skipIgnorable(w, i+1)
	if k < len(w) {
		if r, _ := utf8.DecodeRune(w[k:]); !unicode.IsSpace(r) {
			return false
		}
	}
	if sc.clauses {
		return true
	}
	if !ctx.lineStart || ctx.quotes > 0 || k == len(w) {
		return false
	}
	words := ctx.words.upTo(w, i)
	if words == 0 || words > maxLabelWords {
		return false
	}
	if speechVerbs.has(nextKey(w, 0)) {
		return false
	}
	j := k
	for j < len(w) {
		r, n := utf8.DecodeRune(w[j:])
		if lineBreak(r) || !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return j < len(w) && questionWords.has(nextKey(w, j))
}

// clauseComma decides an Arabic comma at w[i] in clause mode: it ends a clause when at
// least minClauseWords words stand on each side of it, up to the nearest punctuation.
func clauseComma(w []byte, i int, ctx *context) bool {
	if k := skipIgnorable(w, i+len("،")); k < len(w) && isDigit(lastRune(w, i)) {
		if r, _ := utf8.DecodeRune(w[k:]); isDigit(r) {
			return false // a decimal comma: "١،٥"
		}
	}
	if ctx.words.upTo(w, i) < minClauseWords {
		return false
	}
	words, inWord := 0, false
	for j := i + len("،"); j < len(w) && words < minClauseWords; {
		r, n := utf8.DecodeRune(w[j:])
		j += n
		switch {
		case r == '،' || r == ':' || r == '.' || r == '!' || r == '?' || r == '؟' || r == '؛' || r == ';' || lineBreak(r):
			if inWord {
				words++
			}
			return words >= minClauseWords
		case unicode.IsSpace(r):
			if inWord {
				words++
			}
			inWord = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			inWord = true
		}
	}
	if inWord {
		words++
	}
	return words >= minClauseWords
}

// wordCounter counts the white-space separated words that hold a letter or digit from
// the start of the sentence, resuming where it stopped, so that asking at every comma
// or colon costs linear time in all.
type wordCounter struct {
	pos, words    int
	inWord, wordy bool
}

// upTo returns the number of words in b[:end], counting a word that end cuts.
func (c *wordCounter) upTo(b []byte, end int) int {
	for c.pos < end {
		if b0 := b[c.pos]; (b0 == 0xD8 || b0 == 0xD9) && c.pos+1 < end {
			// Fast path for the common Arabic letters ء-غ (D8 A1-BA) and ف-ي (D9 81-8A).
			if b1 := b[c.pos+1]; b0 == 0xD8 && 0xA1 <= b1 && b1 <= 0xBA || b0 == 0xD9 && 0x81 <= b1 && b1 <= 0x8A {
				c.inWord, c.wordy = true, true
				c.pos += 2
				continue
			}
		}
		r, n := utf8.DecodeRune(b[c.pos:end])
		c.pos += n
		switch {
		case unicode.IsSpace(r):
			if c.inWord && c.wordy {
				c.words++
			}
			c.inWord, c.wordy = false, false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			c.inWord, c.wordy = true, true
		default:
			c.inWord = true
		}
	}
	if c.inWord && c.wordy {
		return c.words + 1
	}
	return c.words
}
