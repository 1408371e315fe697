package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// NameLists holds external lists of Arabic names by kind (../shared/data/names): person-name
// tokens and full names, places, clubs and nationality adjectives. Train turns them into
// gazetteer categories (gazExtPers...) after dropping the single words that the training
// data mostly leaves untagged (غريب is a surname and an adjective).
type NameLists struct {
	Pers, PersFull, Loc, Org, Nat []string
}

// ReadNameLists reads the lists of dir (../shared/data/names; its README gives sources and
// licences): wikidata_name_tokens.tsv and google_ar2en.tsv (person-name tokens),
// arwikicats/people_peoples.json (full names), geonames_cities.tsv, arwikicats/cities_*.json
// and geography_*.json (places), sports_Clubs_key.json (clubs, with and without نادي ... لكرة
// القدم) and nationalities_nationalities_data.json (adjectives, and the countries as places).
func ReadNameLists(dir string) (*NameLists, error) {
	l := &NameLists{}
	tsv := func(name string, col int, join bool, dst *[]string) error {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if col >= len(cols) {
				continue
			}
			s := cols[col]
			if join {
				s = strings.ReplaceAll(s, " ", "")
			}
			*dst = append(*dst, s)
		}
		return sc.Err()
	}
	if err := tsv("wikidata_name_tokens.tsv", 1, true, &l.Pers); err != nil {
		return nil, err
	}
	if err := tsv("google_ar2en.tsv", 0, false, &l.Pers); err != nil {
		return nil, err
	}
	if err := tsv("geonames_cities.tsv", 2, false, &l.Loc); err != nil {
		return nil, err
	}
	flat := func(name string, dst *[]string) error {
		var m map[string]string
		if err := readJSON(filepath.Join(dir, "arwikicats", name), &m); err != nil {
			return err
		}
		for _, k := range slices.Sorted(maps.Keys(m)) {
			*dst = append(*dst, m[k])
		}
		return nil
	}
	for _, f := range []string{"cities_cities_full.json", "geography_New_Keys.json", "geography_P17_2_final_ll.json", "geography_popopo.json"} {
		if err := flat(f, &l.Loc); err != nil {
			return nil, err
		}
	}
	var regions map[string]map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "geography_regions.json"), &regions); err != nil {
		return nil, err
	}
	for _, k := range slices.Sorted(maps.Keys(regions)) {
		for _, r := range slices.Sorted(maps.Keys(regions[k])) {
			v := regions[k][r]
			if i := strings.Index(v, " ("); i > 0 {
				v = v[:i]
			}
			l.Loc = append(l.Loc, v)
		}
	}
	if err := flat("people_peoples.json", &l.PersFull); err != nil {
		return nil, err
	}
	var clubs []string
	if err := flat("sports_Clubs_key.json", &clubs); err != nil {
		return nil, err
	}
	for _, c := range clubs {
		l.Org = append(l.Org, c)
		bare := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(c, "نادي "), "لكرة القدم"))
		if bare != c && bare != "" {
			l.Org = append(l.Org, bare)
		}
	}
	var nats map[string]map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "nationalities_nationalities_data.json"), &nats); err != nil {
		return nil, err
	}
	for _, k := range slices.Sorted(maps.Keys(nats)) {
		n := nats[k]
		for _, f := range []string{"male", "males", "female", "females", "the_male", "the_female"} {
			if n[f] != "" {
				l.Nat = append(l.Nat, n[f])
			}
		}
		if n["ar"] != "" {
			l.Loc = append(l.Loc, n["ar"])
		}
	}
	return l, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// gazetteer returns the lists as gazetteer categories. A single word (a name token, or a
// one-word list entry) that occurs at least twice in the training sentences and is tagged
// outside any entity in half of its occurrences or more is left out; so is a nationality
// adjective's form that is tagged inside an entity more often than not (it is a name there).
func (l *NameLists) gazetteer(data []analysedSentence) *gazetteer {
	seen, inside := map[string]int{}, map[string]int{}
	for _, s := range data {
		for j, t := range s.toks {
			seen[t.key]++
			if s.gold[j] != 0 {
				inside[t.key]++
			}
		}
	}
	mostlyO := func(k string) bool { return seen[k] >= 2 && 2*inside[k] < seen[k] }
	g := newGazetteer()
	add := func(list []string, bit int, phrase bool) {
		for _, s := range list {
			keys := phraseKeys(s)
			if len(keys) == 0 {
				continue
			}
			if len(keys) == 1 {
				k := keys[0]
				if utf8.RuneCountInString(k) < 2 || arabic.IsStopword(k) {
					continue
				}
				if bit == gazExtNat {
					if seen[k] >= 2 && 2*inside[k] > seen[k] {
						continue
					}
				} else if mostlyO(k) {
					continue
				}
				if !phrase {
					g.addPart(k, 1<<bit)
					continue
				}
			}
			g.addPhrase(keys, 1<<bit)
		}
	}
	add(l.Pers, gazExtPers, false)
	add(l.PersFull, gazExtPers, true)
	add(l.Loc, gazExtLoc, true)
	add(l.Org, gazExtOrg, true)
	add(l.Nat, gazExtNat, false)
	return g
}

// countBits returns the number of entries of each kind, for the training log.
func (g *gazetteer) countBits(from, to int) string {
	n := make([]int, to-from)
	for _, bits := range g.phrases {
		for c := from; c < to; c++ {
			if bits&(1<<c) != 0 {
				n[c-from]++
			}
		}
	}
	m := make([]int, to-from)
	for _, e := range g.words {
		bits := e.parts
		for c := from; c < to; c++ {
			if bits&(1<<c) != 0 {
				m[c-from]++
			}
		}
	}
	var b []string
	for i := range n {
		b = append(b, fmt.Sprintf("%d: %d phrases, %d words", from+i, n[i], m[i]))
	}
	sort.Strings(b)
	return strings.Join(b, "; ")
}
