package news

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDatelineBytes bounds a dateline: DatelineEnd never returns more, and looks no further.
const MaxDatelineBytes = 240

// maxPartWords is the most words in one part of a dateline (a reporter's name, an outlet, a
// city with its date).
const maxPartWords = 6

// maxDatedWords is the most words before a bracketed agency: a city with a Hijri and a Gregorian
// date.
const maxDatedWords = 14

// maxNameWords is the most words in a part before the last of a dateline: a reporter's full name
// ("عبد الله بن محمد آل الشيخ"), an outlet, a city.
const maxNameWords = 6

// part is a run of tokens between separators.
type part struct {
	first, last int  // token range [first, last)
	sep         int  // index of the separator token after the part; -1 at the end of the scan
	words       int  // word and number tokens outside brackets
	other       bool // holds a quote, full stop or other punctuation: running text, not a label
	open        int  // index of the first token inside its last bracket pair, or -1
	close       int  // index of that pair's closing bracket
}

// DatelineEnd returns the length in bytes of the dateline or byline that opens s, a unit of text
// at the start of a news article (a line, or the first sentence): a run of reporter, outlet,
// agency, city and date with its separators, up to and including the separator and the white
// space after it. When all of s is a dateline (a byline line "فايز الحسيكي – عين اليوم", a date
// line), it returns len(s). It returns 0 when s does not open with one, or when in doubt: a name
// followed by a colon ("أحمد: سنعود") or a sentence that starts with a city or an agency
// ("الرياض تستضيف", "رويترز تكشف") is running text.
//
// Recognised (see the tests for each):
//   - CITY [DATE] (AGENCY) -   "تونس (وات) -", "سان فرانسيسكو 20 يوليو تموز (رويترز) -",
//     "WASHINGTON (Reuters) -"; the dash may be a colon or missing after a known city;
//   - parts joined by dashes, one of them a known agency or outlet, ending in a colon:
//     "عبدالله البرقاوي- سبق- الرياض:", "سبق- الدمام:", "واس - الرياض:";
//   - NAME – OUTLET as the whole line, or before running text; KNOWN CITY – REPORTER: before
//     running text ("الرياض - فهد العجلان: أكد …");
//   - KNOWN CITY [DATE] - running text ("القاهرة - أعلنت …"); an upper-case Latin city the same way;
//   - a byline line ("بقلم: …", "By …") and a line that holds only a date.
//
// The result never exceeds MaxDatelineBytes, and s[:n] ends at a separator or white space, so
// it never cuts a word.
func DatelineEnd(s string) int {
	limit := min(len(s), MaxDatelineBytes)
	// A dateline needs a separator or a bracket within its first words, or a date (the wire
	// dateline "جدة 5 شوال … واس", a date line), or — as a whole line — a byline lead or a few
	// words at most (an outlet's name alone). Most first sentences are dismissed here unscanned.
	if !separatorWithin(s[:limit], maxDatedWords+3) {
		if len(s) > MaxDatelineBytes || endsSentence(s) {
			if !digitEarly(s) || !opensWithCity(s) {
				return 0
			}
		} else if !fewWords(s, 3) && !digitEarly(s) && !bylineLead(s) {
			return 0
		}
	}
	var buf [maxTokens]token
	toks, whole := scan(s, limit, buf[:0])
	if len(toks) == 0 {
		return 0
	}
	if whole && !endsSentence(s) && wholeLine(s, toks) {
		return len(s)
	}
	parts := splitParts(toks)
	best := 0
	for k := range parts {
		p := &parts[k]
		// A label is a few words; one that ends in brackets may carry a long date
		// ("الرياض 5 رمضان 1436 هـ الموافق 22 يونيو 2015 م (واس)").
		bracketed := p.open >= 0 && p.close == p.last-1
		label := (p.words <= maxPartWords || bracketed && p.words <= maxDatedWords) && !p.other && p.last > p.first
		if !label || p.sep < 0 {
			// Running text starts in this part: a known agency may open it right after a
			// dash ("فايز الحسيكي – عين اليوم أعلنت …"), or a bracketed agency after a city
			// with no dash ("الرياض (واس) أعلن …").
			if n := gluedLead(s, toks, parts[:k+1]); n > best {
				best = n
			}
			break
		}
		if acceptPrefix(toks, parts, k, whole) {
			best = after(s, toks[p.sep].end)
		}
	}
	if best > MaxDatelineBytes {
		return 0
	}
	return best
}

// separatorWithin reports whether a dash, colon, bracket, bar or lone tatweel comes in the first
// maxWords space-separated words of s: where the label of a dateline can end.
func separatorWithin(s string, maxWords int) bool {
	end := 0
	for n := 0; n < maxWords && end < len(s); n++ {
		i := strings.IndexByte(s[end:], ' ')
		if i < 0 {
			end = len(s)
			break
		}
		end += i + 1
	}
	w := s[:end]
	// (A tatweel counts only after a space, as a dash does: "الرياض ـ واس"; looking for ـ alone
	// would stop at every ف ق ك ل م ن ه و ي, which share its first byte.)
	for _, c := range []byte("-:(|") { // IndexByte is vectorised; IndexAny loops byte by byte
		if strings.IndexByte(w, c) >= 0 {
			return true
		}
	}
	// – and — start with 0xE2, ـ ends with 0x80: bytes rare in Arabic text, found fast.
	for i := 0; i < len(w); i++ {
		j := strings.IndexByte(w[i:], 0xE2)
		if j < 0 {
			break
		}
		if i += j; strings.HasPrefix(w[i:], "–") || strings.HasPrefix(w[i:], "—") {
			return true
		}
	}
	for i := 2; i < len(w); i++ {
		j := strings.IndexByte(w[i:], 0x80)
		if j < 0 {
			break
		}
		if i += j; w[i-1] == 0xD9 && w[i-2] == ' ' { // " ـ"
			return true
		}
	}
	return false
}

// fewWords reports whether s has at most n space-separated words.
func fewWords(s string, n int) bool {
	return strings.Count(strings.TrimSpace(s), " ") < n
}

// bylineLead reports whether s opens with a byline lead ("بقلم", "كتب", "By").
func bylineLead(s string) bool {
	var kb [64]byte
	k := firstWordKey(s, kb[:0])
	if leads.m[string(k)] == "byline" {
		return true
	}
	lower := strings.ToLower(s[:min(len(s), 16)])
	return strings.HasPrefix(lower, "reporting by") || strings.HasPrefix(lower, "written by")
}

// digitEarly reports whether a digit comes in the first bytes of s, where the date of a wire
// dateline starts ("جدة 5 شوال …", "سان فرانسيسكو 20 يوليو").
func digitEarly(s string) bool {
	s = s[:min(len(s), 48)]
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c == 0xD9 && i+1 < len(s) && 0xA0 <= s[i+1] && s[i+1] <= 0xA9 {
			return true
		}
	}
	return false
}

// opensWithCity reports whether s starts with a known city.
func opensWithCity(s string) bool {
	var kb [96]byte
	key := kb[:0]
	for words := 0; words < cities.maxWords && s != ""; words++ {
		before := len(key)
		key = firstWordKey(s, key)
		if len(key) == before {
			return false
		}
		if cities.m[string(key)] {
			return true
		}
		// the next word
		i := 0
		for i < len(s) && s[i] != ' ' {
			i++
		}
		s = strings.TrimLeft(s[i:], " ")
	}
	return false
}

// after returns i moved past white space.
func after(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

// splitParts cuts the tokens at dashes, colons and bars.
func splitParts(toks []token) []part {
	var parts []part
	p := part{first: 0, open: -1, close: -1}
	depth := 0
	for i, t := range toks {
		switch t.kind {
		case tDash, tColon, tBar:
			if depth > 0 {
				p.other = true
				continue
			}
			p.last, p.sep = i, i
			parts = append(parts, p)
			p = part{first: i + 1, open: -1, close: -1}
			continue
		case tOpen:
			if depth == 0 {
				p.open = i + 1
			}
			depth++
		case tClose:
			if depth == 0 {
				p.other = true
				continue
			}
			if depth--; depth == 0 {
				p.close = i
			}
		case tWord, tNum:
			if depth == 0 {
				p.words++
			}
		case tComma:
		default:
			p.other = true
		}
	}
	p.last, p.sep = len(toks), -1
	if depth > 0 {
		p.other = true
	}
	if p.last > p.first {
		parts = append(parts, p)
	}
	return parts
}

// acceptPrefix reports whether parts[:k+1], ending at the separator after part k, is a dateline;
// whole says that the tokens reach the end of the unit.
func acceptPrefix(toks []token, parts []part, k int, whole bool) bool {
	p := parts[k]
	sep := toks[p.sep].kind
	if sep == tBar {
		return false
	}
	for _, q := range parts[:k] {
		if q.words > maxNameWords { // an earlier part is a name, outlet or city: a few words
			return false
		}
	}
	// CITY [DATE] (AGENCY) -
	if p.open >= 0 && p.close == p.last-1 {
		if p.words > maxPartWords && !placeDate(toks, p.first, p.open-1) {
			return false // many words before the bracket: only a place and a long date
		}
		if _, ok := phraseAll(&outlets, toks, p.open, p.close); ok {
			return true
		}
		return sep == tDash && p.close-p.open <= 3 && startsWithCity(toks, p.first, p.open-1)
	}
	for _, q := range parts[:k+1] {
		if q.open >= 0 {
			return false // brackets inside a dash-joined label: not a shape seen in datelines
		}
	}
	if k == 0 && (sep == tColon || sep == tDash) && sourcePart(toks, p.first, p.last) == srcLabelled && (len(parts) > 1 || !whole) {
		// "صحيفة المرصد: أعلنت …", "موقع عاجل - …", "متابعات: …": an outlet introduced as
		// one, or a source word, before running text.
		return true
	}
	if k >= 1 && hasSource(toks, parts[:k+1]) {
		// "عبدالله البرقاوي- سبق- الرياض:", "واس - الرياض:", "الرياض - واس -"
		if sep == tColon {
			return true
		}
		last := parts[k]
		return sourcePart(toks, last.first, last.last) != srcNone || cityDate(toks, last.first, last.last)
	}
	if k == 1 && sep == tColon && (len(parts) > 2 || !whole) && toks[parts[0].sep].kind == tDash &&
		cityOnly(toks, parts[0].first, parts[0].last) && personName(toks, p.first, p.last) {
		// "الرياض - فهد العجلان: أكد …": a known city, a dash and a reporter's name closed by
		// a colon before running text. A quote keeps its colon after the name alone
		// ("فهد العجلان: لن نتراجع"), without a city and a dash before it.
		return true
	}
	if k == 0 && sep == tDash && (cityDate(toks, p.first, p.last) || upperCity(toks, p.first, p.last)) {
		// "القاهرة - أعلنت …": only when running text follows, not another label
		// ("تونس - المغرب: …" is a match, not a dateline).
		if len(parts) > 1 {
			next := parts[1]
			if next.words <= 3 && (next.sep >= 0 || whole) {
				return false // another label follows ("أبها - فهد الشهري")
			}
			if sourcePart(toks, next.first, next.last) != srcNone {
				return false
			}
		}
		return true
	}
	return false
}

// gluedLead handles running text that starts inside the last of parts: after NAME – or CITY –, a
// known outlet ends the dateline ("فايز الحسيكي – عين اليوم أعلنت …"); a known city with a
// bracketed agency ends it at the bracket ("الرياض (واس) أعلن …").
func gluedLead(s string, toks []token, parts []part) int {
	k := len(parts) - 1
	p := parts[k]
	if k == 0 {
		// PLACE DATE AGENCY text: the Saudi Press Agency's wire dateline
		// (glued to the text, only after a known city)
		if n, _ := match(&cities, toks, p.first); n > 0 {
			if end := placeDateAgency(toks, p.first, p.last); end > 0 && end+3 <= p.last {
				return after(s, toks[end-1].end)
			}
		}
		// CITY [DATE] (AGENCY) text
		for i := p.first; i < p.last; i++ {
			if toks[i].kind != tOpen {
				continue
			}
			j := i + 1
			for j < p.last && toks[j].kind != tClose {
				j++
			}
			if j == p.last || i == p.first || !cityDate(toks, p.first, i) {
				return 0
			}
			if _, ok := phraseAll(&outlets, toks, i+1, j); !ok {
				return 0
			}
			if j+1 < len(toks) && toks[j+1].kind == tWord {
				return after(s, toks[j].end)
			}
			return 0
		}
		return 0
	}
	for _, q := range parts[:k] {
		if q.words > maxNameWords || q.words == 0 || q.other || q.open >= 0 {
			return 0
		}
	}
	if toks[parts[k-1].sep].kind != tDash {
		return 0
	}
	n, o := match(&outlets, toks, p.first)
	if n == 0 || o.Common {
		return 0 // "الدمام - اليوم أعلنت …": "اليوم" may be the sentence's "today"
	}
	// Running text must follow: at least three words before any separator.
	words := 0
	for i := p.first + n; i < len(toks) && words < 3; i++ {
		if toks[i].kind != tWord {
			return 0
		}
		words++
	}
	if words < 3 {
		return 0
	}
	return after(s, toks[p.first+n-1].end)
}

// plainByline holds the byline leads that are no ordinary words ("بقلم", "By"), folded: any few
// words after them are a byline.
var plainByline = map[string]bool{"بقلم": true, "by": true, "reportingby": true, "writtenby": true}

// wholeLine reports whether all of s (its tokens toks) is a byline, a date line, or a dateline
// label with nothing after it ("فايز الحسيكي – عين اليوم", "تونس (وات)", "واس").
func wholeLine(s string, toks []token) bool {
	// A byline: "بقلم: محمد علي", "By John Smith"
	// A lead that is also an ordinary word ("كتب" books, "تقرير" report, "حوار" dialogue) needs a
	// reporter's name after it ("كتب - محمد الغامدي", not "كتب جديدة في معرض الرياض" nor "تقرير:
	// الاقتصاد ينمو"); "حوار" and the like a separator too.
	if n, kind := match(&leads, toks, 0); n > 0 && (kind == "byline" || kind == "bylinesep") {
		sep := n < len(toks) && (toks[n].kind == tColon || toks[n].kind == tDash)
		name := personName(toks, n, len(toks)) || sep && personName(toks, n+1, len(toks))
		ok := name && (sep || kind == "byline") || kind == "byline" && plainByline[foldKey(s[:toks[n-1].end])]
		words, other := 0, false
		for _, t := range toks[n:] {
			switch t.kind {
			case tWord:
				words++
			case tColon, tDash, tComma:
			default:
				other = true
			}
		}
		if ok && words >= 1 && words <= 6 && !other {
			return true
		}
	}
	if dateOnly(toks, 0, len(toks)) {
		return true
	}
	if placeDateAgency(toks, 0, len(toks)) == len(toks) {
		return true // "الرياض 20 رمضان 1436 هـ الموافق 07 يوليو 2015 م واس"
	}
	parts := splitParts(toks)
	agency := false
	for _, p := range parts {
		if p.other || p.words > 4 {
			return false
		}
		if p.sep >= 0 && toks[p.sep].kind == tBar {
			return false
		}
		if p.open >= 0 && p.close == p.last-1 {
			if _, ok := phraseAll(&outlets, toks, p.open, p.close); ok {
				agency = true
			}
		}
	}
	if len(parts) == 2 && parts[0].open < 0 && parts[1].open < 0 {
		// A reporter and a city on a line of their own: "محمد العتيبي - الرياض", "أبها - فهد
		// الشهري", "الرياض: محمد العتيبي". The name must open with a known given name, so that
		// "أمير الرياض - يستقبل السفير" and "السعودية - الإمارات" stay text.
		a, b := parts[0], parts[1]
		if cityOnly(toks, a.first, a.last) && personName(toks, b.first, b.last) ||
			personName(toks, a.first, a.last) && cityOnly(toks, b.first, b.last) {
			return true
		}
	}
	if len(parts) == 1 && parts[0].open < 0 {
		// "الرياض، عبدالله الحسني": a city and a reporter joined by a comma.
		p := parts[0]
		for c := p.first; c < p.last; c++ {
			if toks[c].kind == tComma {
				if cityOnly(toks, p.first, c) && personName(toks, c+1, p.last) ||
					personName(toks, p.first, c) && cityOnly(toks, c+1, p.last) {
					return true
				}
				break
			}
		}
	}
	if len(parts) == 1 && parts[0].open > parts[0].first+1 && parts[0].close == parts[0].last-1 &&
		cityOnly(toks, parts[0].open, parts[0].close) {
		// Okaz's byline: a reporter or the outlet, and the city in brackets ("فهد البقمي (جدة)",
		// "عكاظ (جدة)").
		p := parts[0]
		if personName(toks, p.first, p.open-1) || sourcePart(toks, p.first, p.open-1) != srcNone {
			return true
		}
	}
	if !agency && !hasSource(toks, parts) {
		return false
	}
	if len(parts) == 1 {
		// One part: an outlet alone, or CITY (AGENCY); not "وكالة الأنباء السعودية (واس)" running on.
		p := parts[0]
		if sourcePart(toks, p.first, p.last) != srcNone {
			return true
		}

		return p.open >= 0 && p.close == p.last-1 && p.words <= 4 // "فايز الحسيكي (عين اليوم)"
	}
	return true
}

// phraseAll reports whether toks[i:j] is exactly one phrase of set.
func phraseAll[V any](set *phraseSet[V], toks []token, i, j int) (V, bool) {
	var zero V
	if i >= j {
		return zero, false
	}
	n, v := match(set, toks, i)
	if n == j-i {
		return v, true
	}
	return zero, false
}

// placeDateAgency matches a place of up to three words, a date and a known agency without
// brackets at toks[i:j] ("الرياض 20 رمضان 1436 هـ الموافق 07 يوليو 2015 م واس", the wire dateline
// of SPA) and returns the index after the agency, or -1.
func placeDateAgency(toks []token, i, j int) int {
	numbered := false // a date here holds a number within the first tokens
	for k := i + 1; k < min(j, i+5); k++ {
		numbered = numbered || toks[k].kind == tNum
	}
	if !numbered {
		return -1
	}
	for place := 1; place <= 3 && i+place < j; place++ {
		for q := min(j, i+place+maxDatedWords) - 1; q > i+place; q-- {
			if n, _ := match(&outlets, toks, q); n > 0 && dateOnly(toks, i+place, q) {
				return q + n
			}
		}
		if toks[i+place-1].kind != tWord {
			break
		}
	}
	return -1
}

// placeDate reports whether toks[i:j] is up to three words of a place followed by a date.
func placeDate(toks []token, i, j int) bool {
	for k := i + 1; k <= i+3 && k < j; k++ {
		if dateOnly(toks, k, j) {
			return true
		}
	}
	return false
}

// startsWithCity reports whether toks[i:j] opens with a known city and holds only it and a date.
func startsWithCity(toks []token, i, j int) bool {
	return cityDate(toks, i, j) || upperCity(toks, i, j)
}

// cityDate reports whether toks[i:j] is a known city followed by nothing or by a date.
func cityDate(toks []token, i, j int) bool {
	n, _ := match(&cities, toks, i)
	if n == 0 {
		return false
	}
	return i+n == j || dateOnly(toks, i+n, j)
}

// upperCity reports whether toks[i:j] is one to three upper-case Latin words ("WASHINGTON",
// "SAN FRANCISCO"), possibly followed by a comma and a date: the English dateline convention.
func upperCity(toks []token, i, j int) bool {
	n := 0
	for i < j && toks[i].kind == tWord && n < 3 {
		w := toks[i]
		if !w.upper {
			break
		}
		i++
		n++
	}
	if n == 0 {
		return false
	}
	if i < j && toks[i].kind == tComma {
		i++
	}
	return i == j || dateOnly(toks, i, j)
}

// dateOnly reports whether toks[i:j] is a date: numbers, date words and commas, at least one
// date word or a number with / or . in it, and no other words.
func dateOnly(toks []token, i, j int) bool {
	if i >= j {
		return false
	}
	dated := false
	for i < j {
		t := toks[i]
		switch t.kind {
		case tNum:
			if t.dotted {
				dated = true
			}
			i++
			continue
		case tComma:
			i++
			continue
		case tWord:
			if n, _ := match(&dateWords, toks, i); n > 0 {
				dated = true
				i += n
				continue
			}
			if k := foldKey(t.raw); trimDigits(k) != k && dateWords.m[trimDigits(k)] {
				dated = true // "1436هـ"
				i++
				continue
			}
		}
		return false
	}
	return dated
}

func trimDigits(key string) string {
	for i, r := range key {
		if !unicode.IsDigit(r) {
			return key[i:]
		}
	}
	return ""
}

// endsSentence reports whether s ends with a full stop, question or exclamation mark: a sentence,
// not a byline or a date line.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’»)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// Kinds of source a part of a dateline names (see sourcePart).
const (
	srcNone     = iota
	srcWeak     // a known outlet whose name is also an ordinary word, bare ("المدينة", "سبق", "اليوم")
	srcBare     // a known agency or outlet, bare ("واس", "عكاظ")
	srcLabelled // an outlet introduced as one ("صحيفة المرصد", "موقع عاجل"), or a source word ("متابعات", "خاص")
)

// sourcePart says which kind of source toks[i:j] names, if any.
func sourcePart(toks []token, i, j int) int {
	if o, ok := phraseAll(&outlets, toks, i, j); ok {
		if n, kind := match(&leads, toks, i); n > 0 && kind == "intro" {
			return srcLabelled // "صحيفة سبق", a form of the list
		}
		if o.Common {
			return srcWeak
		}
		return srcBare
	}
	if kind, ok := phraseAll(&leads, toks, i, j); ok && kind == "source" {
		return srcLabelled
	}
	if n, kind := match(&leads, toks, i); n > 0 && kind == "intro" {
		if _, ok := phraseAll(&outlets, toks, i+n, j); ok {
			return srcLabelled
		}
	}
	return srcNone
}

// hasSource reports whether parts name a source: a known agency or outlet, or one whose name is
// also an ordinary word next to a city, a reporter's name or another source ("سبق- الدمام:",
// "بيروت - «الحياة» -"), not beside another ordinary word ("الهلال - الجزيرة: موعد المباراة").
//
// An outlet named after a city ("مكة", Makkah) beside another city is a second place ("جدة - مكة"):
// it needs a reporter's name or another source.
func hasSource(toks []token, parts []part) bool {
	weak, weakCity, city, name := 0, 0, false, false
	for _, q := range parts {
		switch sourcePart(toks, q.first, q.last) {
		case srcBare, srcLabelled:
			return true
		case srcWeak:
			if cityOnly(toks, q.first, q.last) {
				weakCity++
			} else {
				weak++
			}
		default:
			city = city || cityDate(toks, q.first, q.last)
			name = name || personName(toks, q.first, q.last)
		}
	}
	return weak > 0 && (city || name || weak+weakCity > 1) || weakCity > 0 && (name || weak > 0)
}

// cityOnly reports whether toks[i:j] is exactly a known city.
func cityOnly(toks []token, i, j int) bool {
	_, ok := phraseAll(&cities, toks, i, j)
	return ok
}

// personName reports whether toks[i:j] is a reporter's name of two to four words: a known given
// name or one in عبد first ("محمد العتيبي", "عبد الله الحربي"), and no word that starts a known
// city or outlet.
func personName(toks []token, i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		if toks[k].kind != tWord {
			return false
		}
		if n, _ := match(&cities, toks, k); n > 0 {
			return false
		}
		if n, _ := match(&outlets, toks, k); n > 0 {
			return false
		}
	}
	if n, _ := match(&given, toks, i); n > 0 {
		return true
	}
	first := foldKey(toks[i].raw)
	return strings.HasPrefix(first, "عبد") && (len(first) > len("عبد") || j-i >= 3)
}
