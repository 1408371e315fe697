package glossary

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// cliticPrefixes are the proclitic sequences attachClitics tries, longest first.
var cliticPrefixes = []string{"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"}

// attachClitics uses the documents as evidence where the clitic guard of the arabic package
// has none: a word unknown to its lexicon keeps a proclitic (لعاصي, وشينك), but when the same
// phrase also occurs without it (عاصي الرحباني), the prefixed candidate is that phrase with a
// clitic, and its occurrences join it, shown without the clitic. The bare first word must keep
// at least four letters (three when more words follow), so that كمال never becomes ك+مال, and
// the phrase must occur without the clitic at least as often as with it: over a corpus a
// misspelling such as الاعب (for اللاعب) or الاريس is enough to give لاعب, باريس or ليبيا a
// bare twin (اعب, اريس, يبيا), and the word itself, which begins with the letter, is the
// more frequent one.
func (c *collector) attachClitics() {
	var keep []string
	for _, k := range c.order {
		first, rest, _ := strings.Cut(k, " ")
		target, n := "", 0
		for _, p := range cliticPrefixes {
			bare, ok := strings.CutPrefix(first, p)
			min := 4
			if rest != "" {
				min = 3
			}
			if !ok || utf8.RuneCountInString(bare) < min {
				continue
			}
			t := bare
			if rest != "" {
				t += " " + rest
			}
			if tc, exists := c.cands[t]; exists && len(tc.occs) >= len(c.cands[k].occs) && c.spelledWith(k, p) {
				target, n = t, utf8.RuneCountInString(p)
				break
			}
		}
		if target == "" {
			keep = append(keep, k)
			continue
		}
		// The two keys differ, so their occurrences are at different places: no duplicates.
		cd := c.cands[k]
		delete(c.cands, k)
		tc := c.cands[target]
		for _, o := range cd.occs {
			sf := c.surfaces[o.surface]
			o.surface = c.intern(sf[skipLetters(sf, n):])
			tc.occs = append(tc.occs, o)
		}
		tc.tagged += cd.tagged
	}
	c.order = keep
}

// writtenDefinite reports whether the first word of o is written with the article, or with
// an alef and lam that look like it (ألاباما), while its key has none.
func (c *collector) writtenDefinite(o occurrence) bool {
	for int(o.surface) >= len(c.definite) {
		first, _, _ := strings.Cut(c.surfaces[len(c.definite)], " ")
		c.definite = append(c.definite, definite(first))
	}
	return c.definite[o.surface]
}

// splitArticle keeps apart a name and the noun its key also spells with the article: جدة
// (Jeddah) and الجدة (the grandmother) share the key جده. When the occurrences written
// without the article are mostly named (tagged, or part of a tagged name: جمال in جمال
// سليمان) and at most half of those with it are, the article's occurrences become a key of
// their own (الجده), which merges with no name: a name does not alternate with the article.
// A name the tagger also names with the article (الكويت, والكويت, كويت) stays one.
func (c *collector) splitArticle() {
	for _, k := range c.order {
		cd := c.cands[k]
		if strings.HasPrefix(k, "ال") {
			continue
		}
		var def, bare []occurrence
		defNamed, bareNamed, bareTagged := 0, 0, 0
		for _, o := range cd.occs {
			named := o.nameType != 0 || c.insideName(o)
			if c.writtenDefinite(o) {
				def = append(def, o)
				if named {
					defNamed++
				}
			} else {
				bare = append(bare, o)
				if named {
					bareNamed++
				}
				if o.nameType != 0 {
					bareTagged++
				}
			}
		}
		if len(def) == 0 || len(bare) == 0 {
			continue
		}
		if !mostlyNamed(bareNamed, len(bare)) || 2*defNamed > len(def) {
			continue
		}
		cd.occs, cd.tagged = bare, bareTagged
		nk := "ال" + k
		for _, o := range def {
			c.add(nk, o)
		}
	}
}

// insideName reports whether o lies inside a longer name the tagger found in its document.
func (c *collector) insideName(o occurrence) bool {
	return c.nameSpans[o.doc].covers(o.from, o.end())
}

// nameIndex holds a document's name spans (token indices) sorted by start, with the largest
// end up to each, so that finding a name around an occurrence is a binary search rather than
// a loop over every name of the document: that loop, once per occurrence, made the glossary
// of one 3 MB document take 9 s and of a 30 MB one 15 minutes.
type nameIndex struct {
	spans  [][2]int32
	maxEnd []int32 // maxEnd[i] is the largest end of spans[:i+1]
}

func newNameIndex(spans [][2]int32) nameIndex {
	sorted := slices.Clone(spans)
	slices.SortFunc(sorted, func(a, b [2]int32) int { return cmp.Compare(a[0], b[0]) })
	ix := nameIndex{spans: sorted, maxEnd: make([]int32, len(sorted))}
	end := int32(-1)
	for i, s := range sorted {
		end = max(end, s[1])
		ix.maxEnd[i] = end
	}
	return ix
}

// covers reports whether a span longer than [from, to) contains it.
func (ix nameIndex) covers(from, to int32) bool {
	// the spans that start at or before from, latest first, while one of them may reach to
	i, _ := slices.BinarySearchFunc(ix.spans, from+1, func(s [2]int32, t int32) int { return cmp.Compare(s[0], t) })
	for j := i - 1; j >= 0 && ix.maxEnd[j] >= to; j-- {
		if s := ix.spans[j]; to <= s[1] && s[1]-s[0] > to-from {
			return true
		}
	}
	return false
}

// spelledWith reports whether every occurrence of the candidate key is written starting
// with prefix (اللكويت has the key لكويت, but its ل follows the article: not a clitic).
func (c *collector) spelledWith(key, prefix string) bool {
	for _, o := range c.cands[key].occs {
		if !strings.HasPrefix(arabic.Normalize(c.surfaces[o.surface]), prefix) {
			return false
		}
	}
	return true
}

// mergeVariants groups keys whose words are pairwise close spellings; it returns, for each
// key, the key of its group (the key seen first).
func (c *collector) mergeVariants() map[string]string {
	ev := &variantEvidence{maqsura: map[string]bool{}, kind: map[string]string{},
		nameStems: map[string]string{}, article: map[string]int8{}}
	for k, n := range c.finalYa {
		if *n > 0 && !c.hasNisbaForms(k) {
			ev.maqsura[k] = true
		}
	}
	for _, k := range c.order {
		cd := c.cands[k]
		if mostlyNamed(cd.tagged, len(cd.occs)) {
			ev.kind[k] = dominantType(cd.occs)
			ev.addNameStems(k)
		}
		def := 0
		for _, o := range cd.occs {
			if c.writtenDefinite(o) {
				def++
			}
		}
		switch def {
		case 0:
			ev.article[k] = -1
		case len(cd.occs):
			ev.article[k] = 1
		}
	}
	group := make(map[string]string, len(c.cands))
	// Block by the consonant skeleton of every word so only plausible pairs are compared.
	blocks := map[string][]string{}
	for _, k := range c.order {
		group[k] = k
		sk := skeletonKey(k)
		blocks[sk] = append(blocks[sk], k)
	}
	for _, keys := range blocks {
		for i := 1; i < len(keys); i++ {
			for j := 0; j < i; j++ {
				if group[keys[j]] != keys[j] {
					continue // compare with group heads only
				}
				if closeKeys(keys[i], keys[j], ev) {
					group[keys[i]] = keys[j]
					break
				}
			}
		}
	}
	return group
}

// dominantType is the entity type the tagger gave most often among occs ("" if none).
func dominantType(occs []occurrence) string {
	var n [5]int
	for _, o := range occs {
		n[o.nameType]++
	}
	best := 0
	for t := 1; t < len(n); t++ {
		if n[t] > 0 && (best == 0 || n[t] > n[best]) {
			best = t
		}
	}
	return entityTypes[best]
}

// variantEvidence is what the text says about which spellings may be merged.
type variantEvidence struct {
	maqsura map[string]bool // word keys the text writes with a final ى (see closeWords)
	// kind holds the keys the tagger named in a quarter of their occurrences or more, with
	// the type it gave them most, and nameStems the one-word ones and the same less a final
	// ا or يا (أمريكا → أمريك), so that the adjectives of a name (الأمريكية/الأميركية) may
	// follow its spellings.
	kind, nameStems map[string]string
	// article is 1 for keys whose occurrences are all written with the article (or an ال of
	// their own: ألاباما), -1 for keys never written with it.
	article map[string]int8
}

// addNameStems records the stems of the named key k when it is one word.
func (ev *variantEvidence) addNameStems(k string) {
	if strings.Contains(k, " ") {
		return
	}
	add := func(stem string) {
		if old, seen := ev.nameStems[stem]; seen && old != ev.kind[k] {
			ev.nameStems[stem] = "?" // names of two kinds: no evidence for either
			return
		}
		ev.nameStems[stem] = ev.kind[k]
	}
	add(k)
	for _, end := range []string{"يا", "ا"} {
		if stem, ok := strings.CutSuffix(k, end); ok && stem != "" {
			add(stem)
		}
	}
}

// sameKindNames reports whether the word keys a and b are both names of the text (less a
// final ا or يا) of one kind.
func (ev *variantEvidence) sameKindNames(a, b string) bool {
	ka, kb := ev.nameStems[a], ev.nameStems[b]
	return ka != "" && ka != "?" && ka == kb
}

// nameAdjective reports whether the word key w is a nisba adjective of a name of the text
// (أمريكي، أمريكية of أمريكا).
func (ev *variantEvidence) nameAdjective(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ي"); ok && ev.nameStems[stem] != "" {
		return true
	}
	for _, end := range nisbaEndings {
		if stem, ok := strings.CutSuffix(w, end); ok && ev.nameStems[stem] != "" {
			return true
		}
	}
	return false
}

// closeKeys reports whether two keys are spelling variants word by word. A long vowel letter
// added, dropped or moved is how foreign names vary in Arabic script (أمريكا/أميركا,
// نتنياهو/نتانياهو), but in Arabic words it changes the word: حكومة/حوكمة (government,
// governance), منظمة/منظومة, قصرين/قصيرين, السعودية/السعدية, سليمان/سلمان. Two words the
// news lexicon knows about as often (see establishedPair) never merge by an added or dropped
// letter; otherwise such a difference merges two keys only when
//   - the words that differ are names of the text of one kind (both tagged LOC: أمريكا and
//     أميركا), or the adjective of a name with a letter moved (الأمريكية/الأميركية);
//   - the whole keys are names of one kind;
//   - one is a name and the other a spelling the news lexicon does not know, with the letter
//     moved or doubling a long vowel (البرازيل/البرازايل): a misspelling, never a word of
//     its own as السعدية is for السعودية.
//
// A key always written with the article (or an alef and lam of its own, ألاباما) never
// merges with one never written with it (أوباما), and a different hamza seat or a final ى
// written ا is a spelling anywhere.
func closeKeys(a, b string, ev *variantEvidence) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) || int(ev.article[a])*int(ev.article[b]) < 0 {
		return false
	}
	vowels, misspelt := false, true
	unknownA, unknownB := true, true // the differing words of a (b) are all unknown to the news lexicon
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		close, vowel := closeWords(wa[i], wb[i], ev.maqsura)
		if !close {
			return false
		}
		if !vowel {
			continue
		}
		moved := arabic.VowelMoved(wa[i], wb[i])
		if !moved && establishedPair(wa[i], wb[i]) {
			return false
		}
		if ev.sameKindNames(wa[i], wb[i]) {
			continue
		}
		if moved && (ev.nameAdjective(wa[i]) || ev.nameAdjective(wb[i])) {
			continue
		}
		vowels = true
		misspelt = misspelt && (moved || vowelDoubled(wa[i], wb[i]))
		unknownA = unknownA && arabic.Frequency(wa[i]) == 0
		unknownB = unknownB && arabic.Frequency(wb[i]) == 0
	}
	if !vowels {
		return true
	}
	ka, kb := ev.kind[a], ev.kind[b]
	switch {
	case ka != "" && kb != "":
		return ka == kb
	case ka != "":
		return misspelt && unknownB
	case kb != "":
		return misspelt && unknownA
	}
	return false
}

// establishedPair reports whether the news lexicon knows both words well, the rarer at least
// a third as often as the other: two names of their own (سليمان 70, سلمان 34), not a name
// and its minority spelling (نتنياهو 34, نتانياهو 9; كلينتون 19, كلنتون unseen).
func establishedPair(a, b string) bool {
	fa, fb := arabic.Frequency(a), arabic.Frequency(b)
	return fa > 0 && fb > 0 && 3*min(fa, fb) >= max(fa, fb)
}

// vowelDoubled reports whether one of the word keys a and b is the other with one long vowel
// letter added next to another (البرازيل/البرازايل): Arabic patterns do not put two long
// vowels together, a misspelt transliteration does.
func vowelDoubled(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == len(rb)+1 {
		ra, rb = rb, ra
	}
	if len(rb) != len(ra)+1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if string(ra[i:]) != string(rb[i+1:]) || !longVowel(rb[i]) {
		return false
	}
	return i > 0 && longVowel(rb[i-1]) || i+1 < len(rb) && longVowel(rb[i+1])
}

func longVowel(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }

// closeWords is arabic.Variant with a guard against merging a word with a suffixed form of
// itself: both must begin with the same letter and end with the same two letters, so that
// فلسطين/فلسطيني, مسؤول/مسؤولي and السياسة/السياسية (a nisba ي before ة) stay apart while
// أمريكا/أميركا merge; so does a final ى written ا (موسيقى/موسيقا). vowel reports that the
// two differ by a long vowel letter added, dropped or moved (not by a hamza seat alone).
func closeWords(a, b string, maqsura map[string]bool) (close, vowel bool) {
	ra, rb := []rune(a), []rune(b)
	// A final alef maqsura is also written as alef in loanwords: موسيقى/موسيقا. The key has
	// lost ى (folded to ي), so maqsura says which keys the text writes with it: more often
	// with ى than with ي, and never with the endings of a nisba adjective — Egyptian
	// spelling writes الفرنسى for الفرنسي, which is not فرنسا, and the text then also has
	// الفرنسية. أمريكي (with ي) and أمريكا stay apart.
	if len(ra) == len(rb) && len(ra) >= 5 && string(ra[:len(ra)-1]) == string(rb[:len(rb)-1]) {
		la, lb := ra[len(ra)-1], rb[len(rb)-1]
		if (la == 'ا' && lb == 'ي' && maqsura[b]) || (la == 'ي' && lb == 'ا' && maqsura[a]) {
			return true, false
		}
	}
	if len(ra) < 2 || len(rb) < 2 || ra[0] != rb[0] ||
		ra[len(ra)-1] != rb[len(rb)-1] || ra[len(ra)-2] != rb[len(rb)-2] {
		return false, false
	}
	if !arabic.Variant(a, b) {
		return false, false
	}
	return true, !arabic.HamzaVariant(a, b)
}

// hasNisbaForms reports whether the text has the feminine or a plural of k read as a nisba
// adjective in ي (فرنسي: الفرنسية, فرنسيون). Every content word is a one-word candidate.
func (c *collector) hasNisbaForms(k string) bool {
	stem, ok := strings.CutSuffix(k, "ي")
	if !ok || stem == "" {
		return false
	}
	for _, end := range nisbaEndings {
		if _, seen := c.cands[stem+end]; seen {
			return true
		}
	}
	return false
}

// nisbaEndings are the endings, in keys (ة folded to ه), of the feminine and plural forms of a
// nisba adjective in ي: فرنسيه، فرنسيين، فرنسيون، فرنسيات.
var nisbaEndings = []string{"يه", "يين", "يون", "يات"}

func skeletonKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		switch r {
		case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// creditShortNames resolves a person's short name as a reader does: in a document that names
// ديفيد كاميرون, كاميرون alone is David Cameron, not Cameroon, and بن دغر is أحمد عبيد بن دغر.
// An occurrence of the last word or words of a person's name (a name of two words or more the
// tagger names PERS) outside that name and after its first occurrence joins the name's entry,
// with its kind, when the document names one such person only; the entry shows the short form
// among its spellings.
// The occurrence counts when the tagger named it (as anything), or named the short form
// elsewhere in the document and its words are not common in news (see commonWord): كاميرون,
// but not نور in a text about نور الشريف, nor برنامجا after a stray tag أحمد برنامجا. A name
// particle alone (بن) is never a short name, and a person named inside a longer person's
// name (عبيد بن دغر in أحمد عبيد بن دغر) is that person.
func creditShortNames(groups map[string]*groupData, order []string, ndocs int) {
	// The persons named in each document.
	persons := make([][]person, ndocs)
	for _, gk := range order {
		g := groups[gk]
		if g.words < 2 || !g.named {
			continue
		}
		tagged := 0
		for _, o := range g.occs {
			if o.nameType != 0 {
				tagged++
			}
		}
		if !mostlyNamed(tagged, len(g.occs)) || dominantType(g.occs) != "PERS" {
			continue
		}
		p := person{g, strings.Split(gk, " ")}
		seen := map[int32]bool{}
		for _, o := range g.occs {
			if !seen[o.doc] {
				seen[o.doc] = true
				persons[o.doc] = append(persons[o.doc], p)
			}
		}
	}
	// short[doc][key] is the one longest person of the document whose name ends in key (nil
	// when two do).
	short := make([]map[string]*groupData, ndocs)
	for d, ps := range persons {
		if len(ps) == 0 {
			continue
		}
		short[d] = map[string]*groupData{}
		for _, p := range ps {
			if endsIn(ps, p.words) {
				continue // a shorter form of another person of the document
			}
			for i := 1; i < len(p.words); i++ {
				k := strings.Join(p.words[i:], " ")
				if old, seen := short[d][k]; seen && old != p.g {
					short[d][k] = nil
				} else {
					short[d][k] = p.g
				}
			}
		}
	}
	// Only the groups whose key is the ending of a person's name can be short names. Longer
	// short forms first: بن دغر takes its places before دغر could.
	var byLength []string
	for _, gk := range order {
		for _, o := range groups[gk].occs {
			if m := short[o.doc]; m != nil && m[gk] != nil {
				byLength = append(byLength, gk)
				break
			}
		}
	}
	sort.SliceStable(byLength, func(i, j int) bool { return groups[byLength[i]].words > groups[byLength[j]].words })
	for _, gk := range byLength {
		g := groups[gk]
		if onlyParticles(gk) {
			continue
		}
		common := commonWord(gk)
		taggedIn := map[int32]bool{} // documents where the tagger names the short form itself
		for _, o := range g.occs {
			if o.nameType != 0 {
				taggedIn[o.doc] = true
			}
		}
		var keep []occurrence
		moved := false
		for _, o := range g.occs {
			var long *groupData
			if m := short[o.doc]; m != nil {
				long = m[gk]
			}
			if long == nil || long == g || (o.nameType == 0 && (common || !taggedIn[o.doc])) ||
				!after(long.occs, o) || inside(long.occs, o) {
				keep = append(keep, o)
				continue
			}
			o.alias, o.nameType = true, entityType("PERS")
			long.occs = append(long.occs, o)
			moved = true
		}
		if moved {
			g.occs = keep
		}
	}
}

// person is a person's name of a document, for creditShortNames.
type person struct {
	g     *groupData
	words []string
}

// endsIn reports whether words are the last words of a longer name of ps.
func endsIn(ps []person, words []string) bool {
	for _, p := range ps {
		n := len(p.words)
		if n > len(words) && strings.Join(p.words[n-len(words):], " ") == strings.Join(words, " ") {
			return true
		}
	}
	return false
}

// after reports whether the full name (occs) occurs in o's document before o: a reader
// resolves كاميرون by the ديفيد كاميرون already read.
func after(occs []occurrence, o occurrence) bool {
	for _, l := range occs {
		if l.doc == o.doc && !l.alias && l.start < o.start {
			return true
		}
	}
	return false
}

// inside reports whether o lies within one of occs, in the same document.
func inside(occs []occurrence, o occurrence) bool {
	for _, l := range occs {
		if l.doc == o.doc && l.from <= o.from && o.end() <= l.end() {
			return true
		}
	}
	return false
}

// onlyParticles reports whether every word of the key is a name particle (بن، أبو) or
// shorter than three letters.
func onlyParticles(key string) bool {
	for _, w := range strings.Split(key, " ") {
		if nameWords()[w] != nameParticle && utf8.RuneCountInString(w) >= 3 {
			return false
		}
	}
	return true
}

// kunya reports whether a one-word key is a kunya written as one word (أبو الغيط, أبو مازن:
// أبو and a name), which names a person by itself.
func kunya(key string) bool {
	rest, ok := strings.CutPrefix(key, abuKey())
	return ok && utf8.RuneCountInString(rest) >= 3
}

// abuKey is the key of أبو, built on first use (keys need the word-frequency lexicon).
var abuKey = sync.OnceValue(func() string { return wordKey("أبو") })
