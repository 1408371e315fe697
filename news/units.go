package news

import "strings"

// Kind is what a unit of a news article is, besides running text.
type Kind uint8

const (
	// Text is running text: a sentence, a headline.
	Text Kind = iota
	// Dateline is a dateline or byline: reporter, outlet, agency, city, date.
	Dateline
	// Credit names the source at the end of an article: "(أ ف ب)", "وفقا للألمانية.",
	// "المصدر (وات)".
	Credit
	// Furniture is a label of the page the text was scraped from: "Next Previous",
	// "اقرأ أيضا", "شارك", "(صورة أرشيفية)".
	Furniture
)

var kindNames = [...]string{"sentence", "dateline", "credit", "furniture"}

// String returns the kind's name: sentence, dateline, credit or furniture.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "sentence"
}

// MarshalText encodes the kind by its name, for JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// maxUnitBytes bounds the units Classify looks at: credits and furniture are short, and a
// longer unit is running text without a look.
const maxUnitBytes = 160

// maxUnitSpaces: a unit with more spaces is running text without a look.
const maxUnitSpaces = 12

// Classify says whether a whole unit (a sentence or line) is a credit or page furniture; anything
// else, including a unit that merely contains a credit, is Text. Datelines are recognised at the
// start of an article only (see Dateline).
func Classify(s string) Kind {
	if len(s) > maxUnitBytes || len(s) == 0 || strings.Count(s, " ") > maxUnitSpaces {
		return Text
	}
	if c := s[0]; c != '(' && c != '[' && c != '-' {
		var kb [64]byte
		if !firstWords[string(firstWordKey(s, kb[:0]))] {
			return Text
		}
	}
	var buf [maxTokens]token
	toks, whole := scan(s, maxUnitBytes, buf[:0])
	if !whole || len(toks) == 0 {
		return Text
	}
	if isFurniture(toks) || readAlso(toks) {
		return Furniture
	}
	if isCredit(toks) {
		return Credit
	}
	return Text
}

// isFurniture reports whether the tokens are furniture phrases only, with separators, brackets and
// full stops between them.
func isFurniture(toks []token) bool {
	words := 0
	for i := 0; i < len(toks); {
		switch toks[i].kind {
		case tWord, tNum:
			n, _ := match(&furniture, toks, i)
			if n == 0 {
				return false
			}
			words += n
			i += n
		default:
			i++
		}
	}
	return words > 0
}

// readAlsoLabels open a link to another article: the whole unit ("اقرأ أيضا: مقتل 5 أشخاص في
// حادث مرور") is furniture.
var readAlsoLabels = map[string]bool{}

func init() {
	for _, l := range []string{"اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "اقرأ أيضاً", "اقرأ المزيد", "إقرأ المزيد",
		"أخبار ذات صلة", "مواضيع ذات صلة", "read also", "read more", "see also", "related"} {
		readAlsoLabels[foldKey(l)] = true
		addFirst(l, false)
	}
}

// readAlso reports whether the tokens open with a "read also" label.
func readAlso(toks []token) bool {
	var kb [64]byte
	key := kb[:0]
	for i := 0; i < 3 && i < len(toks) && toks[i].kind == tWord; i++ {
		if key = appendFold(key, toks[i].raw); readAlsoLabels[string(key)] {
			return true
		}
	}
	return false
}

// isCredit reports whether the tokens are a credit: optional brackets around an optional credit
// lead ("المصدر", "وفقا ل", "نقلا عن", "ترجمة") and one or two known sources; or "المصدر:" and a
// few words of any source.
func isCredit(toks []token) bool {
	// Drop a final full stop and the brackets around the whole.
	if last := toks[len(toks)-1]; last.kind == tOther && last.end-last.start == 1 {
		toks = toks[:len(toks)-1]
	}
	if len(toks) >= 2 && toks[0].kind == tOpen && toks[len(toks)-1].kind == tClose {
		toks = toks[1 : len(toks)-1]
	}
	i := 0
	lead := false
	if n, kind := match(&leads, toks, 0); n > 0 && kind == "credit" {
		lead, i = true, n
	}
	if i < len(toks) && toks[i].kind == tColon {
		// "المصدر : الجامعة التونسية لكرة القدم": a labelled source of a few words
		i++
		if lead && allWords(toks[i:], 1, 6) {
			return true
		}
	}
	sources := 0
	for i < len(toks) {
		t := toks[i]
		switch t.kind {
		case tOpen, tClose, tComma, tDash:
			i++
			continue
		case tWord:
		default:
			return false
		}
		n, _ := match(&outlets, toks, i)
		if n == 0 {
			// "للألمانية", "لوكالة رويترز", "وأ ف ب": a proclitic on the first word.
			n = cliticOutlet(toks, i)
		}
		if n == 0 {
			return false
		}
		sources++
		i += n
	}
	return sources > 0 && sources <= 3
}

// cliticOutlet matches a known outlet at toks[i] whose first word carries the proclitic ل, لل
// (for ال), و or ب, or is "وكالة"/"لوكالة" before the name.
func cliticOutlet(toks []token, i int) int {
	t := toks[i]
	t.key = foldKey(t.raw)
	for _, prefix := range []string{"لل", "ل", "و", "ب", "وال"} {
		if len(t.key) <= len(prefix) || t.key[:len(prefix)] != prefix {
			continue
		}
		rest := t.key[len(prefix):]
		if prefix == "لل" {
			rest = "ال" + rest
		}
		if rest == "وكاله" || rest == "الوكاله" {
			if n, _ := match(&outlets, toks, i+1); n > 0 {
				return n + 1
			}
			continue
		}
		cp := make([]token, 0, 6)
		cp = append(cp, token{kind: tWord, key: rest})
		for j := i + 1; j < len(toks) && len(cp) < cap(cp); j++ {
			cp = append(cp, toks[j])
		}
		if n, _ := match(&outlets, cp, 0); n > 0 {
			return n
		}
	}
	if t.key == "وكاله" {
		if n, _ := match(&outlets, toks, i+1); n > 0 {
			return n + 1
		}
	}
	return 0
}

func allWords(toks []token, lo, hi int) bool {
	n := 0
	for _, t := range toks {
		if t.kind != tWord && t.kind != tNum {
			return false
		}
		n++
	}
	return n >= lo && n <= hi
}

// LeadingFurniture returns the length of a run of Latin furniture labels that opens s before
// Arabic text on the same line ("Next Previous عبدالله البرقاوي- سبق- …"), with the white space
// after it; 0 when there is none. Arabic labels are not cut from running text: "شارك" and
// "التالي" are also words of sentences.
func LeadingFurniture(s string) int {
	if s == "" || !('A' <= s[0] && s[0] <= 'Z' || 'a' <= s[0] && s[0] <= 'z') {
		return 0
	}
	var buf [maxTokens]token
	toks, _ := scan(s, MaxDatelineBytes, buf[:0])
	end, i := 0, 0
	for i < len(toks) {
		t := toks[i]
		if t.kind == tBar || t.kind == tDash {
			if end > 0 {
				end = t.end
			}
			i++
			continue
		}
		if t.kind != tWord || !latin(s[t.start:t.end]) {
			break
		}
		n, _ := match(&furniture, toks, i)
		if n == 0 {
			return 0
		}
		i += n
		end = toks[i-1].end
	}
	if end == 0 || i >= len(toks) || toks[i].kind != tWord || latin(s[toks[i].start:toks[i].end]) {
		return 0
	}
	return after(s, end)
}

func latin(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Mention is a known agency or outlet named in a text: text[Start:End].
type Mention struct {
	Start, End int
	Outlet     Outlet
}

// Mentions returns the known agencies and outlets named in s (a dateline or a credit); a span
// includes a proclitic written on the name ("للألمانية").
func Mentions(s string) []Mention {
	var out []Mention
	for off := 0; off < len(s); {
		var buf [maxTokens]token
		toks, _ := scan(s[off:], len(s)-off, buf[:0])
		if len(toks) == 0 {
			nl := indexLineBreak(s[off:])
			if nl < 0 {
				break
			}
			off += nl + 1
			continue
		}
		for i := 0; i < len(toks); {
			n, o := match(&outlets, toks, i)
			if n == 0 {
				if n = cliticOutlet(toks, i); n > 0 {
					if n > 1 { // "لوكالة رويترز"
						o, _ = LookupOutlet(s[off+toks[i+1].start : off+toks[i+n-1].end])
					} else {
						o, _ = outletAfterClitic(foldKey(toks[i].raw))
					}
				}
			}
			if n > 0 {
				out = append(out, Mention{Start: off + toks[i].start, End: off + toks[i+n-1].end, Outlet: o})
				i += n
				continue
			}
			i++
		}
		off += toks[len(toks)-1].end
	}
	return out
}

func indexLineBreak(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return i
		}
	}
	return -1
}

// outletAfterClitic looks a one-word key up with a proclitic ل، لل، و، ب or وال removed.
func outletAfterClitic(key string) (Outlet, bool) {
	for _, prefix := range []string{"لل", "ل", "و", "ب", "وال"} {
		if len(key) > len(prefix) && key[:len(prefix)] == prefix {
			rest := key[len(prefix):]
			if prefix == "لل" {
				rest = "ال" + rest
			}
			if o, ok := outlets.m[rest]; ok {
				return o, true
			}
		}
	}
	return Outlet{}, false
}

// TrailingCredit finds a credit or caption in brackets that ends a unit of running text without a
// separator before it ("… باريس سان جيرمان المصدر (وات)", "… بين النساء والرجال (أ ف ب)"): it
// returns where the credit starts (at a credit lead such as "المصدر" before the bracket, or at
// the bracket) and its kind, or -1 when the unit does not end with one, or when fewer than three
// words would remain. A credit followed by a full stop ("… (أ ف ب).") belongs to its sentence
// (see ClosingCredit).
func TrailingCredit(s string) (int, Kind) { return trailingCredit(s, false) }

// ClosingCredit is TrailingCredit that also finds a known source alone in brackets before the
// full stop that ends a sentence ("… وقالت إن الحملة تستمر (واس)."), and returns where it starts:
// the credit unit keeps the full stop. The bracket stays in the sentence when it abbreviates a
// name just before it ("في تصريح لوكالة الأنباء السعودية (واس)."). Segment applies it after the
// article's first sentence only, which keeps its text whole.
func ClosingCredit(s string) (int, Kind) { return trailingCredit(s, true) }

func trailingCredit(s string, stop bool) (int, Kind) {
	dotted := false
	if t := trimSpaceRight(strings.TrimSuffix(s, ".")); stop && len(t) < len(s) && strings.HasSuffix(t, ")") {
		s, dotted = t, true
	}
	if len(s) < 4 || s[len(s)-1] != ')' {
		return -1, Text
	}
	open := -1
	for i := len(s) - 2; i >= 0 && len(s)-i <= maxUnitBytes; i-- {
		if s[i] == '(' {
			open = i
			break
		}
		if s[i] == ')' || s[i] == '\n' {
			return -1, Text
		}
	}
	if open <= 0 {
		return -1, Text
	}
	cut := open
	// A lead right before the bracket: "المصدر (وات)", "ترجمة (…)" is inside the bracket.
	before := s[:open]
	trimmed := trimSpaceRight(before)
	for _, lead := range []string{"المصدر", "المصدر:", "المصدر :"} {
		if len(trimmed) >= len(lead) && trimmed[len(trimmed)-len(lead):] == lead {
			start := len(trimmed) - len(lead)
			if start == 0 || s[start-1] == ' ' || s[start-1] == '\n' || s[start-1] == '\t' {
				cut = start
			}
			break
		}
	}
	kind := Classify(s[cut:])
	if kind == Text || dotted && (kind != Credit || cut != open) {
		return -1, Text
	}
	var buf [maxTokens]token
	toks, _ := scan(s[:cut], cut, buf[:0])
	words := 0
	for _, t := range toks {
		if t.kind == tWord || t.kind == tNum {
			words++
		}
	}
	if words < 3 {
		return -1, Text
	}
	if dotted {
		if toks, _ = scanTail(s[:cut], buf[:0]); namesAgency(toks) {
			return -1, Text
		}
	}
	return cut, kind
}

// governs holds the words after which a bracketed source is part of the sentence, a complement
// of the word ("لمراسل (وات)", "في تصريح لـ(واس)", "حسب (واس)"), folded.
var governs = map[string]bool{}

func init() {
	for _, w := range []string{"مراسل", "مراسلة", "مراسلي", "موفد", "موفدة", "مبعوث", "مبعوثة", "صحفي",
		"تصريح", "تصريحات", "حديث", "حوار", "مقابلة", "بيان", "مصدر", "مصادر", "حسب", "وفق", "وفقا",
		"طبقا", "عن", "نقلا", "ل", "لـ", "مع"} {
		governs[foldKey(w)] = true
	}
}

// scanTail scans the last words of s: its last line, up to maxUnitBytes bytes from a space.
func scanTail(s string, toks []token) ([]token, bool) {
	if i := strings.LastIndexAny(s, "\n\r"); i >= 0 {
		s = s[i+1:]
	}
	if len(s) > maxUnitBytes {
		i := len(s) - maxUnitBytes
		for i < len(s) && s[i] != ' ' {
			i++
		}
		s = s[i:]
	}
	return scan(s, len(s), toks)
}

// namesAgency reports whether toks end with an agency's or outlet's name or hold the word
// "وكالة" or "الأنباء" among their last words: a bracket after them abbreviates that name
// ("في تصريح لوكالة الأنباء السعودية (واس)."), it is not a credit.
func namesAgency(toks []token) bool {
	// The word before the bracket governs it: "في تصريح لمراسل (وات).", "حسب (واس).".
	if len(toks) > 0 {
		last := foldKey(toks[len(toks)-1].raw)
		if governs[last] {
			return true
		}
		for _, p := range []string{"ل", "و", "ب", "ول", "وب"} {
			if rest, ok := strings.CutPrefix(last, p); ok && governs[rest] {
				return true
			}
		}
	}
	for k := max(0, len(toks)-6); k < len(toks); k++ {
		if toks[k].kind != tWord {
			continue
		}
		switch foldKey(toks[k].raw) {
		case "وكاله", "لوكاله", "ووكاله", "بوكاله", "الوكاله", "انباء", "الانباء", "للانباء", "صحيفه", "لصحيفه", "قناه", "لقناه":
			return true
		}
		if n, _ := match(&outlets, toks, k); n > 0 && k+n == len(toks) {
			return true
		}
		if n := cliticOutlet(toks, k); n > 0 && k+n == len(toks) {
			return true
		}
	}
	return false
}

func trimSpaceRight(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}
