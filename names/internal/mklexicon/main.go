// Command mklexicon builds the Arabic→English name lexicon that package names embeds
// (names/data/lexicon.tsv.gz) from the name lists in ../shared/data/names, the CLDR names in
// golang.org/x/text and the hand-written table curated.tsv beside this file:
//
//	go run ./names/internal/mklexicon -names ../shared/data/names
//
// The output is deterministic: every table is sorted and the gzip header carries no time, so
// building twice gives the same bytes (TestBuildDeterministic).
//
// Lines of the table, tab-separated, after a header of "#" comment lines:
//
//	P  arabic  english  source   a whole name: a place, country, person, nationality
//	T  arabic  english  count  total   one word of person names, its most frequent English
//	                                   spelling with how often it has it out of all
//
// Arabic is normalised (arabic.Normalize); P lines come in order of preference (by source,
// then Arabic), and a name's first line is the one the lexicon keeps.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/names/cldr"
	"golang.org/x/text/unicode/norm"
)

// Sources of whole names, in order of preference: when two give one Arabic name different
// English forms, the earlier wins.
const (
	srcCurated     = "curated"     // curated.tsv: hand-written
	srcCLDR        = "cldr"        // CLDR country and region names
	srcNationality = "nationality" // ArWikiCats nationalities: country names and adjectives
	srcPeople      = "wikipedia-person"
	srcGeoNames    = "geonames"
	srcCities      = "wikipedia-place"
	srcRegions     = "wikipedia-region"
	srcLanguage    = "cldr-language"
)

var preference = []string{srcCurated, srcCLDR, srcNationality, srcPeople, srcGeoNames, srcCities, srcRegions, srcLanguage}

type phrase struct{ ar, en, src string }

func main() {
	dir := flag.String("names", "../shared/data/names", "the name lists (see its README.md)")
	curated := flag.String("curated", "names/internal/mklexicon/curated.tsv", "hand-written names")
	capitals := flag.String("capitals", "names/internal/mklexicon/capitals.tsv", "hand-written capitals named as their countries")
	out := flag.String("o", "names/data/lexicon.tsv.gz", "output file")
	flag.Parse()
	b, err := build(*dir, *curated, *capitals)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

// build returns the gzipped table.
func build(dir, curatedPath, capitalsPath string) ([]byte, error) {
	votes := map[[2]string]map[string]int{} // (source, arabic) → english → votes
	addPhrase := func(src, ar, en string) {
		ar, en = cleanArabic(ar), cleanEnglish(en)
		if ar == "" || en == "" || !hasArabic(ar) {
			return
		}
		k := [2]string{src, ar}
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][en]++
	}
	tokens := map[string]map[string]int{} // arabic word → english spelling → count
	addToken := func(ar, en string, n int) {
		ar = arabic.Normalize(strings.TrimSpace(ar))
		en = foldRare(strings.TrimSpace(en))
		if ar == "" || !isNameWord(en) || strings.ContainsRune(ar, ' ') || !hasArabic(ar) {
			return
		}
		en = titleWord(en)
		if tokens[ar] == nil {
			tokens[ar] = map[string]int{}
		}
		tokens[ar][en] += n
	}

	if err := readTSV(curatedPath, func(f []string) {
		if len(f) == 2 {
			addPhrase(srcCurated, f[0], f[1])
		}
	}); err != nil {
		return nil, err
	}
	eachCLDR(func(ar, en string, lang bool) {
		if lang {
			addPhrase(srcLanguage, ar, en)
		} else {
			addPhrase(srcCLDR, ar, en)
		}
	})

	var nats map[string]map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "nationalities_nationalities_data.json"), &nats); err != nil {
		return nil, err
	}
	for _, adj := range slices.Sorted(maps.Keys(nats)) {
		n := nats[adj]
		addPhrase(srcNationality, n["ar"], titlePhrase(n["en"]))
		for _, form := range []string{"male", "males", "female", "females", "the_male", "the_female"} {
			addPhrase(srcNationality, n[form], titlePhrase(adj))
		}
	}

	var people map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "people_peoples.json"), &people); err != nil {
		return nil, err
	}
	for _, en := range slices.Sorted(maps.Keys(people)) {
		ar := people[en]
		addPhrase(srcPeople, ar, dropRealm(titlePhrase(en)))
		// A person's name gives its words' spellings when both sides have as many words.
		ew, aw := strings.Fields(cleanEnglish(en)), strings.Fields(cleanArabic(ar))
		if len(ew) == len(aw) && len(ew) > 1 {
			for i := range ew {
				addToken(aw[i], ew[i], 1)
			}
		}
	}

	// A province's row (an admin code such as TN.18) gives its English only where no city of
	// the list has the same Arabic name: GeoNames names the province of بنزرت "Banzart" and the
	// city "Bizerte", which English text writes for both.
	var cityRows, adminRows [][]string
	if err := readTSV(filepath.Join(dir, "geonames_cities.tsv"), func(f []string) {
		if len(f) == 3 && f[0] != "id" && !scholarly(f[1]) {
			if strings.Contains(f[0], ".") {
				adminRows = append(adminRows, f)
			} else {
				cityRows = append(cityRows, f)
			}
		}
	}); err != nil {
		return nil, err
	}
	cityNames := map[string]bool{}
	for _, f := range cityRows {
		addPhrase(srcGeoNames, f[2], dropAdminSuffix(f[1]))
		cityNames[cleanArabic(f[2])] = true
	}
	for _, f := range adminRows {
		if !cityNames[cleanArabic(f[2])] {
			addPhrase(srcGeoNames, f[2], dropAdminSuffix(f[1]))
		}
	}
	var cities map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "cities_cities_full.json"), &cities); err != nil {
		return nil, err
	}
	for _, en := range slices.Sorted(maps.Keys(cities)) {
		addPhrase(srcCities, cities[en], titlePhrase(en))
	}
	for _, name := range []string{"geography_New_Keys.json", "geography_P17_2_final_ll.json", "geography_popopo.json"} {
		var m map[string]string
		if err := readJSON(filepath.Join(dir, "arwikicats", name), &m); err != nil {
			return nil, err
		}
		for _, en := range slices.Sorted(maps.Keys(m)) {
			addPhrase(srcRegions, m[en], titlePhrase(en))
		}
	}
	var regions map[string]map[string]string
	if err := readJSON(filepath.Join(dir, "arwikicats", "geography_regions.json"), &regions); err != nil {
		return nil, err
	}
	for _, group := range slices.Sorted(maps.Keys(regions)) {
		for _, en := range slices.Sorted(maps.Keys(regions[group])) {
			addPhrase(srcRegions, regions[group][en], titlePhrase(en))
		}
	}

	if err := readTSV(filepath.Join(dir, "wikidata_name_tokens.tsv"), func(f []string) {
		if len(f) == 3 {
			n, err := strconv.Atoi(f[2])
			if err == nil {
				addToken(strings.ReplaceAll(f[1], " ", ""), f[0], n)
			}
		}
	}); err != nil {
		return nil, err
	}
	if err := readTSV(filepath.Join(dir, "google_ar2en.tsv"), func(f []string) {
		if len(f) == 2 {
			addToken(f[0], f[1], 1)
		}
	}); err != nil {
		return nil, err
	}

	// One English form per (source, Arabic): the most voted, then the first alphabetically.
	rank := map[string]int{}
	for i, s := range preference {
		rank[s] = i
	}
	var phrases []phrase
	for k, m := range votes {
		phrases = append(phrases, phrase{ar: k[1], en: best(m), src: k[0]})
	}
	sort.Slice(phrases, func(i, j int) bool {
		a, b := phrases[i], phrases[j]
		if rank[a.src] != rank[b.src] {
			return rank[a.src] < rank[b.src]
		}
		return a.ar < b.ar
	})

	var buf bytes.Buffer
	buf.WriteString("# Arabic→English name lexicon of package names, made by names/internal/mklexicon.\n")
	buf.WriteString("# Sources and licences: see names/data/README.md.\n")
	buf.WriteString("# P arabic english source | A arabic english-alternative | T arabic english count total\n")
	written := map[string]bool{}
	for _, p := range phrases {
		if written[p.ar] {
			continue // a less preferred source's form of the same Arabic: never read
		}
		written[p.ar] = true
		fmt.Fprintf(&buf, "P\t%s\t%s\t%s\n", p.ar, p.en, p.src)
	}
	// A country's name that also names its capital: the capital's English as the name's
	// alternative (A lines), after the name's own form.
	also := map[string]string{}
	if err := readTSV(capitalsPath, func(f []string) {
		if len(f) == 2 {
			also[cleanArabic(f[0])] = cleanEnglish(f[1])
		}
	}); err != nil {
		return nil, err
	}
	for _, ar := range slices.Sorted(maps.Keys(also)) {
		if !written[ar] {
			return nil, fmt.Errorf("%s: %s is no name of the lexicon", capitalsPath, ar)
		}
		fmt.Fprintf(&buf, "A\t%s\t%s\n", ar, also[ar])
	}
	for _, ar := range slices.Sorted(maps.Keys(tokens)) {
		m := tokens[ar]
		en := best(m)
		total := 0
		for _, n := range m {
			total += n
		}
		fmt.Fprintf(&buf, "T\t%s\t%s\t%d\t%d\n", ar, en, m[en], total)
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return gz.Bytes(), nil
}

// best is the key with the most votes, the alphabetically first on a tie.
func best(m map[string]int) string {
	bestK, bestN := "", -1
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if m[k] > bestN {
			bestK, bestN = k, m[k]
		}
	}
	return bestK
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

func readTSV(path string, fn func([]string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return nil
}

// cleanArabic drops a parenthesised qualifier (آربيرغ (سويسرا)), normalises, and removes a
// lone و between words, which the lexicon's keys skip too.
func cleanArabic(s string) string {
	s = dropParens(s)
	var words []string
	for _, w := range strings.Fields(arabic.Normalize(s)) {
		if w != "و" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// cleanEnglish drops a parenthesised or comma qualifier ("aalst, belgium", "acre (state)").
func cleanEnglish(s string) string {
	s = dropParens(s)
	if i := strings.Index(s, ","); i >= 0 {
		s = s[:i]
	}
	return strings.Join(strings.Fields(s), " ")
}

func dropParens(s string) string {
	for {
		i := strings.Index(s, "(")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], ")")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+1:]
	}
}

func hasArabic(s string) bool {
	for _, r := range s {
		if arabic.IsArabicLetter(r) {
			return true
		}
	}
	return false
}

// scholarly reports an English form written in a scholarly transliteration (Dar‘ā, Al
// Ḩasakah), which English text does not use.
func scholarly(s string) bool {
	for _, r := range s {
		if strings.ContainsRune("‘’ʼʻ", r) || r > 0xFF {
			return true // macrons and dots (ā, ḩ), breves and carons (ğ, š): a transliteration
		}
	}
	return false
}

// adminSuffixes end GeoNames' names of the province named after its capital (Khartoum
// State, Bago Region) and of a Japanese city (Tottori-shi); the name without them is the
// city's, as English text writes it.
var adminSuffixes = []string{" Governorate", " Province", " Region", " State", " District", " Prefecture",
	" Oblast", " County", " Municipality", " Department", " Division", "-shi"}

func dropAdminSuffix(s string) string {
	for _, suf := range adminSuffixes {
		if t, ok := strings.CutSuffix(s, suf); ok && t != "" {
			return t
		}
	}
	return s
}

// isNameWord reports whether s is one word of Latin letters (with ' or -) as English text
// writes a name.
func isNameWord(s string) bool {
	if s == "" || scholarly(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && r <= 0x24F:
			letters++
		case r == '\'' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// foldRare writes the letters beyond Latin-1 (ğ ş ł ı ō) without their marks, as English
// text mostly writes them (Erdogan); é, ü and the other Latin-1 letters stay.
func foldRare(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r <= 0xFF {
			b.WriteRune(r)
			continue
		}
		switch r {
		case 'ı':
			b.WriteRune('i')
			continue
		case 'ł':
			b.WriteRune('l')
			continue
		case 'Ł':
			b.WriteRune('L')
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(d)
			}
		}
	}
	return b.String()
}

// lowerWords stay lower-case inside a name.
var lowerWords = map[string]bool{"and": true, "of": true, "the": true, "de": true, "da": true, "del": true,
	"der": true, "van": true, "von": true, "bin": true, "al": true, "el": true, "la": true, "le": true, "du": true, "di": true, "on": true, "upon": true, "in": true}

// titlePhrase capitalises the words of a lower-cased name as English writes it: "antigua and
// barbuda" → "Antigua and Barbuda", "bashar al-assad" → "Bashar al-Assad".
func titlePhrase(s string) string {
	words := strings.Fields(cleanEnglish(s))
	for i, w := range words {
		if i > 0 && lowerWords[w] {
			continue
		}
		if romanNumeral(w) {
			words[i] = strings.ToUpper(w)
			continue
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

// dropRealm removes the realm Wikipedia adds to a regnal name (Charles IV of Spain → Charles
// IV), which English text about the person seldom repeats.
func dropRealm(s string) string {
	words := strings.Fields(s)
	for i := 1; i+1 < len(words); i++ {
		if words[i+1] == "of" && romanNumeral(strings.ToLower(words[i])) {
			return strings.Join(words[:i+1], " ")
		}
	}
	return s
}

// romanNumeral reports whether w is a regnal number (ii, iv, xiv), written in capitals.
func romanNumeral(w string) bool {
	if w == "" || len(w) > 5 || w == "mix" || w == "liv" || w == "dix" {
		return false
	}
	return strings.Trim(w, "ivx") == ""
}

// titleWord capitalises a word and each part after a hyphen or apostrophe, except a leading
// al-/el- inside a name part (al-assad → al-Assad) and a final 's.
func titleWord(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if i < len(parts)-1 && (p == "al" || p == "el") {
			if i > 0 {
				continue
			}
			parts[i] = p
			continue
		}
		parts[i] = upperFirst(p)
	}
	out := strings.Join(parts, "-")
	if out != "" && (strings.HasPrefix(out, "al-") || strings.HasPrefix(out, "el-")) && len(parts) == 2 {
		return out // al-Assad as a name part
	}
	return upperFirst(out)
}

func upperFirst(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// regionUsage rewrites CLDR's names of UN M49 statistical regions of Africa and Asia into the
// names English text gives them (Middle Africa is Central Africa in running text).
var regionUsage = map[string]string{
	"Eastern Africa": "East Africa", "Western Africa": "West Africa", "Northern Africa": "North Africa",
	"Middle Africa": "Central Africa", "Eastern Asia": "East Asia", "Western Asia": "West Asia",
}

// eachCLDR calls fn with the Arabic and English CLDR names of every country and region group
// (cldr.Country and cldr.Group), then of every language with a two-letter code (lang true). English names are written as
// running text writes them: "&" as "and", "St." as "Saint", no "SAR China"; names CLDR writes
// with a dash (Congo - Kinshasa) are left to the other sources.
func eachCLDR(fn func(ar, en string, lang bool)) {
	add := func(ar, en string, lang bool) {
		en = strings.ReplaceAll(en, " & ", " and ")
		en = strings.TrimSuffix(en, " SAR China")
		if strings.HasPrefix(en, "St. ") {
			en = "Saint " + en[4:]
		}
		if r, ok := regionUsage[en]; ok {
			en = r
		}
		if ar != "" && en != "" && !strings.Contains(en, " - ") {
			fn(ar, en, lang)
		}
	}
	for n := range cldr.Names() {
		if n.Kind != cldr.OtherRegion {
			add(n.Arabic, n.English, n.Kind == cldr.Language)
		}
	}
}
