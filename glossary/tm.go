package glossary

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// TM is a translation memory: aligned Arabic and English units. For a glossary entry it
// proposes the English n-gram that co-occurs with the term across the units (Target): of the
// one- to four-word n-grams of the units that hold the term, the one with the highest Dice
// coefficient 2·c(term, n-gram) / (c(term) + c(n-gram)), counted in units, seen with the term
// in at least TMMinUnits units and with a Dice of at least TMMinDice. N-grams do not begin or
// end with an English function word and do not run across punctuation.
type TM struct {
	units  []tmUnit
	byKey  map[string][]int32 // first word key → units holding it
	ngrams map[string]int32   // lower-cased n-gram → units holding it
}

type tmUnit struct {
	keys     []string // glossary word keys of the Arabic side
	grams    []string // candidate English n-grams, lower-cased, each once
	surfaces []string // the first surface of each n-gram
}

// Thresholds of TM.Target.
const (
	TMMinUnits = 2
	TMMinDice  = 0.6
	tmMaxWords = 4
)

// NewTM indexes aligned units: pairs of Arabic and English text.
func NewTM(pairs [][2]string) *TM {
	tm := &TM{byKey: map[string][]int32{}, ngrams: map[string]int32{}}
	for _, p := range pairs {
		var u tmUnit
		for g, surface := range candidateNgrams(englishSegments(p[1])) {
			u.grams = append(u.grams, g)
			u.surfaces = append(u.surfaces, surface)
		}
		for _, t := range arabic.Tokens(p[0]) {
			if t.Kind == arabic.Word {
				u.keys = append(u.keys, wordKey(t.Text))
			}
		}
		if len(u.keys) == 0 || len(u.grams) == 0 {
			continue
		}
		id := int32(len(tm.units))
		tm.units = append(tm.units, u)
		seen := map[string]bool{}
		for _, k := range u.keys {
			if !seen[k] {
				seen[k] = true
				tm.byKey[k] = append(tm.byKey[k], id)
			}
		}
		for _, g := range u.grams {
			tm.ngrams[g]++
		}
	}
	return tm
}

// Len is the number of units.
func (tm *TM) Len() int {
	if tm == nil {
		return 0
	}
	return len(tm.units)
}

// candidateNgrams returns the candidate n-grams of English text split at punctuation,
// lower-cased, each once, with the surface of its first occurrence.
func candidateNgrams(segments [][]string) map[string]string {
	out := map[string]string{}
	for _, seg := range segments {
		for i := range seg {
			if englishFunctionWord(seg[i]) {
				continue
			}
			for n := 1; n <= tmMaxWords && i+n <= len(seg); n++ {
				last := seg[i+n-1]
				if englishFunctionWord(last) {
					continue
				}
				surface := strings.Join(seg[i:i+n], " ")
				low := strings.ToLower(surface)
				if _, ok := out[low]; !ok {
					out[low] = surface
				}
			}
		}
	}
	return out
}

// unitsWith returns the units whose Arabic side holds one of the term's spellings.
func (tm *TM) unitsWith(forms []string) []int32 {
	found := map[int32]bool{}
	for _, f := range forms {
		var keys []string
		for _, t := range arabic.Tokens(f) {
			if t.Kind == arabic.Word {
				keys = append(keys, wordKey(t.Text))
			}
		}
		if len(keys) == 0 {
			continue
		}
		for _, id := range tm.byKey[keys[0]] {
			if !found[id] && containsRun(tm.units[id].keys, keys) {
				found[id] = true
			}
		}
	}
	ids := make([]int32, 0, len(found))
	for id := range found {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// termWords is the number of Arabic words of the shortest spelling.
func termWords(forms []string) int {
	min := 0
	for _, f := range forms {
		n := 0
		for _, t := range arabic.Tokens(f) {
			if t.Kind == arabic.Word {
				n++
			}
		}
		if n > 0 && (min == 0 || n < min) {
			min = n
		}
	}
	return min
}

func containsRun(keys, run []string) bool {
	for i := 0; i+len(run) <= len(keys); i++ {
		match := true
		for j := range run {
			if keys[i+j] != run[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// Target returns the English n-gram the memory translates a term (given by its spellings)
// with, and the number of units that support it; ok is false when no n-gram passes the
// thresholds.
func (tm *TM) Target(forms ...string) (target string, support int, ok bool) {
	if tm == nil || len(tm.units) == 0 {
		return "", 0, false
	}
	ids := tm.unitsWith(forms)
	if len(ids) < TMMinUnits {
		return "", 0, false
	}
	co := map[string]int32{}
	surfaces := map[string]map[string]int{}
	for _, id := range ids {
		u := &tm.units[id]
		for i, low := range u.grams {
			surface := u.surfaces[i]
			co[low]++
			if surfaces[low] == nil {
				surfaces[low] = map[string]int{}
			}
			surfaces[low][surface]++
		}
	}
	best, bestDice, bestWords := "", 0.0, 0
	ct := float64(len(ids))
	maxWords := tmMaxWords
	if k := termWords(forms); k+1 < maxWords {
		maxWords = k + 1 // English seldom takes more than a word more than the Arabic
	}
	for g, n := range co {
		if n < TMMinUnits || strings.Count(g, " ") >= maxWords {
			continue
		}
		dice := 2 * float64(n) / (ct + float64(tm.ngrams[g]))
		words := strings.Count(g, " ") + 1
		if dice > bestDice || dice == bestDice && (words > bestWords || words == bestWords && g < best) {
			best, bestDice, bestWords = g, dice, words
		}
	}
	if best == "" || bestDice < TMMinDice {
		return "", 0, false
	}
	// The surface most units write, capitals included.
	var surface string
	max := 0
	for s, n := range surfaces[best] {
		if n > max || n == max && s < surface {
			surface, max = s, n
		}
	}
	return surface, int(co[best]), true
}

// englishSegments splits English text into runs of words between punctuation marks.
func englishSegments(s string) [][]string {
	var segs [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			segs = append(segs, cur)
			cur = nil
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
				// an apostrophe, hyphen or dot inside a word: Côte d'Ivoire, Secretary-General, U.N.
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+n < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n
						continue
					}
				}
				break
			}
			cur = append(cur, s[i:j])
			i = j
			continue
		case unicode.IsSpace(r):
		default:
			flush()
		}
		i += size
	}
	flush()
	return segs
}

// englishFunctionWord reports whether an English n-gram may not begin or end with w.
func englishFunctionWord(w string) bool {
	return englishStop[strings.ToLower(w)]
}

var englishStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but nor of to in on at by for from with without as
		into onto upon about over under between among through during before after above below
		is are was were be been being am has have had do does did will would shall should can
		could may might must not no this that these those it its they them their he him his she
		her we us our you your i me my which who whom whose what when where why how all any
		both each few more most other some such only own same so than too very s t just also
		there here then once said says mr mrs ms`) {
		englishStop[w] = true
	}
}

// TMError is a translation memory that cannot be read, with where.
type TMError = TermbaseError

// ReadTMX reads the Arabic and English segments of a TMX file (any version): in each <tu>,
// the first <tuv> whose xml:lang (or TMX 1.1 lang) begins with "ar" is the source and the
// first other one the target. Inline codes (<bpt>, <ept>, <ph>, <it>, <ut>) are left out of
// the text.
func ReadTMX(name string, r io.Reader) (*TM, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &TMError{File: name, Err: err}
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	var (
		pairs    [][2]string
		root     string
		lang     string
		inSeg    bool
		codes    int // depth inside inline codes
		seg      strings.Builder
		src, tgt string
		hasSrc   bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			l, err := xmlErrorAt(d, err)
			return nil, &TMError{File: name, Line: l, Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = t.Name.Local
				if root != "tmx" {
					l, _ := d.InputPos()
					return nil, &TMError{File: name, Line: l, Err: fmt.Errorf("<%s> is not a TMX document", root)}
				}
			}
			switch t.Name.Local {
			case "tu":
				src, tgt, hasSrc = "", "", false
			case "tuv":
				lang = xmlLang(t)
			case "seg":
				inSeg = true
				seg.Reset()
			case "bpt", "ept", "ph", "it", "ut":
				codes++
			}
		case xml.CharData:
			if inSeg && codes == 0 {
				seg.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "seg":
				inSeg = false
				text := strings.TrimSpace(seg.String())
				if strings.HasPrefix(strings.ToLower(lang), "ar") {
					if !hasSrc {
						src, hasSrc = text, true
					}
				} else if tgt == "" {
					tgt = text
				}
			case "bpt", "ept", "ph", "it", "ut":
				codes--
			case "tu":
				if src != "" && tgt != "" {
					pairs = append(pairs, [2]string{src, tgt})
				}
			}
		}
	}
	if len(pairs) == 0 {
		return nil, &TMError{File: name, Err: errors.New("no unit with an Arabic (xml:lang=\"ar\") and an English segment")}
	}
	return NewTM(pairs), nil
}

// ReadAlignedTM reads a translation memory from two line-aligned text files, the Arabic and
// its English translation, one unit per line; both must have as many lines.
func ReadAlignedTM(srcName string, src io.Reader, tgtName string, tgt io.Reader) (*TM, error) {
	lines := func(name string, r io.Reader) ([]string, error) {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, &TMError{File: name, Err: err}
		}
		if !utf8.Valid(b) {
			return nil, &TMError{File: name, Err: errors.New("not UTF-8 text")}
		}
		s := strings.TrimSuffix(strings.ReplaceAll(string(bytes.TrimPrefix(b, []byte("\ufeff"))), "\r\n", "\n"), "\n")
		if s == "" {
			return nil, &TMError{File: name, Err: errors.New("empty file")}
		}
		return strings.Split(s, "\n"), nil
	}
	a, err := lines(srcName, src)
	if err != nil {
		return nil, err
	}
	e, err := lines(tgtName, tgt)
	if err != nil {
		return nil, err
	}
	if len(a) != len(e) {
		return nil, &TMError{File: tgtName, Err: fmt.Errorf("%d lines, but %s has %d: the files are not line-aligned", len(e), srcName, len(a))}
	}
	pairs := make([][2]string, len(a))
	for i := range a {
		pairs[i] = [2]string{a[i], e[i]}
	}
	return NewTM(pairs), nil
}
