package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/arprep/arprep/entity"
)

// wikiFANEClasses maps WikiFANE's fine classes onto ANERcorp's four types; a class not in
// the table (and "O") is untagged. The choices are measured (entity/doc.go): Group is mostly
// peoples and demonyms (الاوروبيين، المصريين), which ANERcorp leaves O.
var wikiFANEClasses = map[string]string{
	// persons
	"Politician": "PERS", "Athlete": "PERS", "Artist": "PERS", "Scientist": "PERS",
	"Businessperson": "PERS", "Religious_PER": "PERS", "Police": "PERS", "Engineer": "PERS",
	"Lawyer": "PERS", "Other_PER": "PERS",
	// organisations
	"Government": "ORG", "Commercial": "ORG", "Educational": "ORG", "Media": "ORG",
	"Non-Governmental": "ORG", "Sports": "ORG", "Religious_ORG": "ORG", "Medical-Science": "ORG",
	"Entertainment": "ORG",
	// geo-political entities and locations
	"Nation": "LOC", "State-or-Province": "LOC", "Population-Center": "LOC", "Continent": "LOC",
	"County-or-District": "LOC", "GPE-Cluster": "LOC", "Water-Body": "LOC",
	"Land-Region-Natural": "LOC", "Celestial": "LOC",
	// products and works
	"Book": "MISC", "Movie": "MISC", "Software": "MISC", "Hardware": "MISC", "Sound": "MISC",
}

// wikiFANEProclitics are the one-letter clitics WikiFANE splits off the front of a word;
// ANERcorp writes them joined (وسيراليون B-LOC). wikiFANEEnclitics are the pronoun suffixes
// it splits off the end (عاصمة ها for عاصمتها).
var (
	wikiFANEProclitics = map[string]bool{"و": true, "ف": true, "ب": true, "ل": true, "ك": true}
	wikiFANEEnclitics  = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true, "هن": true,
		"كم": true, "كما": true, "كن": true, "نا": true}
)

// readWikiFANE reads WikiFANE Gold (TOKEN<TAB>FINE-IOB2, BOM, U+200E marks, CRLF) and returns
// its sentences as ANERcorp writes them: clitics joined to their words and tags mapped by
// classes (overrides, "Class=TYPE" pairs separated by commas, change the table; TYPE O drops
// a class).
func readWikiFANE(r io.Reader, overrides string) ([]entity.Sentence, error) {
	classes := map[string]string{}
	for k, v := range wikiFANEClasses {
		classes[k] = v
	}
	for _, kv := range strings.Split(overrides, ",") {
		if kv = strings.TrimSpace(kv); kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || (v != "O" && v != "PERS" && v != "LOC" && v != "ORG" && v != "MISC") {
			return nil, fmt.Errorf("bad WikiFANE class mapping %q", kv)
		}
		classes[k] = v
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
	raw = bytes.ReplaceAll(raw, []byte("\u200e"), nil)
	raw = bytes.ReplaceAll(raw, []byte("\u200f"), nil)
	sents, err := entity.ReadCoNLL(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	out := sents[:0]
	for _, s := range sents {
		tags := make([]string, len(s.Tags))
		for i, t := range s.Tags {
			tags[i] = mapWikiFANETag(t, classes)
		}
		s.Tokens, s.Tags = joinClitics(s.Tokens, tags)
		repairTags(s.Tags)
		if len(s.Tokens) > 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

func mapWikiFANETag(t string, classes map[string]string) string {
	if len(t) < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-' {
		return "O"
	}
	typ := classes[t[2:]]
	if typ == "" || typ == "O" {
		return "O"
	}
	return t[:2] + typ
}

// joinClitics joins split proclitics to the following token and enclitics to the preceding
// one, spelling the joins as the written word does (ل+ال → لل, ة+ه → ته, ى+ه → يه). A joined
// word takes its stem's tag, or the clitic's when the clitic is inside an entity that
// continues through the stem.
func joinClitics(toks, tags []string) ([]string, []string) {
	var ot, og []string
	var pre []string // pending proclitics
	var preTag string
	for i, w := range toks {
		if wikiFANEProclitics[w] && i+1 < len(toks) && isArabicWord(toks[i+1]) {
			if len(pre) == 0 {
				preTag = tags[i]
			}
			pre = append(pre, w)
			continue
		}
		if wikiFANEEnclitics[w] && len(ot) > 0 && len(pre) == 0 && isArabicWord(ot[len(ot)-1]) &&
			!definite(ot[len(ot)-1]) {
			p := ot[len(ot)-1]
			switch {
			case strings.HasSuffix(p, "ة"):
				p = strings.TrimSuffix(p, "ة") + "ت"
			case strings.HasSuffix(p, "ى") && len([]rune(p)) > 2:
				p = strings.TrimSuffix(p, "ى") + "ي"
			}
			ot[len(ot)-1] = p + w
			continue
		}
		tag := tags[i]
		if len(pre) > 0 {
			stem := w
			if pre[len(pre)-1] == "ل" && strings.HasPrefix(stem, "ال") {
				stem = strings.TrimPrefix(stem, "ا")
			}
			w = strings.Join(pre, "") + stem
			if strings.HasPrefix(preTag, "B-") && tag == "I-"+preTag[2:] {
				tag = preTag
			}
			pre = pre[:0]
		}
		ot = append(ot, w)
		og = append(og, tag)
	}
	for _, w := range pre { // a clitic at the end of a sentence stays a token
		ot = append(ot, w)
		og = append(og, "O")
	}
	return ot, og
}

// definite reports whether w begins with the article, after at most two proclitics: such a
// word takes no pronoun suffix, so a following هم is the pronoun (الشماليين هم تجار).
func definite(w string) bool {
	for _, p := range []string{"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func isArabicWord(w string) bool {
	for _, r := range w {
		return r >= 0x0621 && r <= 0x064A
	}
	return false
}

// repairTags turns an I-X that follows neither B-X nor I-X into B-X.
func repairTags(tags []string) {
	prev := "O"
	for i, t := range tags {
		if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = tags[i]
	}
}

// addWikiFANENames adds the PERS, LOC and ORG entities of the sentences to the name lists,
// as whole phrases.
func addWikiFANENames(sents []entity.Sentence, l *entity.NameLists) {
	seen := map[string]bool{}
	for _, s := range sents {
		for i := 0; i < len(s.Tags); i++ {
			if !strings.HasPrefix(s.Tags[i], "B-") {
				continue
			}
			typ, j := s.Tags[i][2:], i+1
			for j < len(s.Tags) && s.Tags[j] == "I-"+typ {
				j++
			}
			p := strings.Join(s.Tokens[i:j], " ")
			if seen[typ+p] {
				continue
			}
			seen[typ+p] = true
			switch typ {
			case "PERS":
				l.PersFull = append(l.PersFull, p)
			case "LOC":
				l.Loc = append(l.Loc, p)
			case "ORG":
				l.Org = append(l.Org, p)
			}
		}
	}
}
