package glossary

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/names"
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
	c.keys(func(cd *candidate) {
		k := cd.key
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
			if tc := c.find(t); tc != nil && tc.n >= cd.n && c.spelledWith(cd, p) {
				target, n = t, utf8.RuneCountInString(p)
				break
			}
		}
		if target == "" {
			return
		}
		// The two keys differ, so their places are different places: no duplicates. The
		// candidate is no key from now on (find).
		tc := c.find(target)
		cd.merged = &mergedInto{into: tc, respelled: make(map[int32]int32, len(cd.forms))}
		for _, f := range cd.forms {
			sf := c.surfaces[f.surface]
			bare := c.intern(sf[skipLetters(sf, n):])
			cd.merged.respelled[f.surface] = bare
			tc.takeForm(f, bare)
		}
		cd.forms = nil
	})
}

// writtenDefinite reports whether the first word of spelling s is written with the article,
// or with an alef and lam that look like it (ألاباما), while its key has none.
func (c *collector) writtenDefinite(s int32) bool {
	for int(s) >= len(c.definite) {
		first, _, _ := strings.Cut(c.surfaces[len(c.definite)], " ")
		c.definite = append(c.definite, definite(first))
	}
	return c.definite[s]
}

// splitArticle keeps apart a name and the noun its key also spells with the article: جدة
// (Jeddah) and الجدة (the grandmother) share the key جده. When the places written without
// the article are mostly named (tagged, or part of a tagged name: جمال in جمال سليمان) and at
// most half of those with it are, the article's places become a key of their own (الجده),
// which merges with no name: a name does not alternate with the article. A name the tagger
// also names with the article (الكويت, والكويت, كويت) stays one, unless it names the two as
// two kinds of name (twoNames: خليل, a person, and الخليل, Hebron).
func (c *collector) splitArticle() error {
	look, err := c.countInName()
	if err != nil {
		return err
	}
	c.keys(func(cd *candidate) {
		if !look[cd] {
			return
		}
		var def, bare []formCount
		var defN, bareN, defNamed, bareNamed, bareTagged int32
		var defTypes, bareTypes [5]int32
		for _, f := range cd.forms {
			if c.writtenDefinite(f.surface) {
				def = append(def, f)
				defN += f.places()
				defNamed += f.named() + f.inName
				addTypes(&defTypes, f.types)
			} else {
				bare = append(bare, f)
				bareN += f.places()
				bareNamed += f.named() + f.inName
				bareTagged += f.named()
				addTypes(&bareTypes, f.types)
			}
		}
		if !mostlyNamed(int(bareNamed), int(bareN)) || 2*defNamed > defN && !twoNames(bareTypes, defTypes) {
			return
		}
		cd.forms, cd.n, cd.tagged = bare, bareN, bareTagged
		nk := c.candidate("ال" + cd.key)
		for _, f := range def {
			nk.takeForm(f, f.surface)
		}
		cd.merged = &mergedInto{article: nk}
	})
	return nil
}

// twoNames reports whether the tagger names the places written without the article and
// those with it as two kinds of name, each at two places or more: خليل (Khalil) and الخليل
// (Hebron), not كويت and الكويت.
func twoNames(bare, def [5]int32) bool {
	return namedPlaces(bare) >= 2 && namedPlaces(def) >= 2 && dominantOf(bare) != dominantOf(def)
}

// addTypes adds the places by type of a spelling to a sum.
func addTypes(sum *[5]int32, types [5]int32) {
	for t := range sum {
		sum[t] += types[t]
	}
}

// bothArticles reports whether splitArticle looks at candidate k: a key without the article
// whose places are written both with it and without.
func (c *collector) bothArticles(cd *candidate) bool {
	if strings.HasPrefix(cd.key, "ال") {
		return false
	}
	def, bare := false, false
	for _, f := range cd.forms {
		if c.writtenDefinite(f.surface) {
			def = true
		} else {
			bare = true
		}
	}
	return def && bare
}

// countInName returns the candidates splitArticle looks at (bothArticles), with their places
// the tagger did not name that lie inside a longer name it did counted (formCount.inName).
func (c *collector) countInName() (map[*candidate]bool, error) {
	look := map[*candidate]bool{}
	c.keys(func(cd *candidate) {
		if c.bothArticles(cd) {
			look[cd] = true
		}
	})
	if len(look) == 0 {
		return look, nil
	}
	return look, c.log.each(func(_ int64, id int32, o occurrence) {
		cd, o := c.attached(c.byID(id), o)
		if look[cd] && o.nameType == 0 && c.insideName(o) {
			cd.form(o.surface).inName++
		}
	})
}

// resolve returns the candidate a logged place of candidate id belongs to once the clitics
// are attached and the article split, and the place as that candidate has it.
func (c *collector) resolve(id int32, o occurrence) (*candidate, occurrence) {
	cd, o := c.attached(c.byID(id), o)
	if cd.merged != nil && cd.merged.article != nil && c.writtenDefinite(o.surface) {
		cd = cd.merged.article
	}
	return cd, o
}

// attached returns the candidate a place of cd belongs to once the clitics are attached, and
// the place as that candidate has it.
func (c *collector) attached(cd *candidate, o occurrence) (*candidate, occurrence) {
	for cd.merged != nil && cd.merged.into != nil {
		o.surface, cd = cd.merged.respelled[o.surface], cd.merged.into
	}
	return cd, o
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

// spelledWith reports whether every place of the candidate is written starting with prefix
// (اللكويت has the key لكويت, but its ل follows the article: not a clitic).
func (c *collector) spelledWith(cd *candidate, prefix string) bool {
	for _, f := range cd.forms {
		if !strings.HasPrefix(arabic.Normalize(c.surfaces[f.surface]), prefix) {
			return false
		}
	}
	return true
}

// mergeVariants groups keys whose words are pairwise close spellings; it returns, for each
// candidate by id, the id of its group's head (the key seen first), and -1 for a candidate
// attachClitics sent away. A key always written with the article (or an alef and lam of its
// own, ألاباما) never merges with one never written with it (أوباما).
func (c *collector) mergeVariants() []int32 {
	ev := &variantEvidence{maqsura: map[string]bool{}, kind: map[string]string{},
		nameStems: map[string]string{}}
	for k, n := range c.finalYa {
		if *n > 0 && !c.hasNisbaForms(k) {
			ev.maqsura[k] = true
		}
	}
	head := make([]int32, c.all.n)
	article := make([]int8, c.all.n) // 1: always written with the article, -1: never
	var skeletons []keySkeleton
	for id := range c.all.n {
		head[id] = -1
	}
	c.keys(func(cd *candidate) {
		head[cd.id] = cd.id
		if mostlyNamed(int(cd.tagged), int(cd.n)) {
			ev.kind[cd.key] = cd.dominantType()
			ev.addNameStems(cd.key)
		}
		def := 0
		for _, f := range cd.forms {
			if c.writtenDefinite(f.surface) {
				def += int(f.places())
			}
		}
		switch def {
		case 0:
			article[cd.id] = -1
		case int(cd.n):
			article[cd.id] = 1
		}
		skeletons = append(skeletons, keySkeleton{skeletonHash(cd.key), cd.id})
	})
	// Block by the consonant skeleton of every word so only plausible pairs are compared.
	for _, block := range c.skeletonBlocks(skeletons) {
		for i := 1; i < len(block); i++ {
			a := block[i]
			for _, b := range block[:i] {
				if head[b] != b || int(article[a])*int(article[b]) < 0 {
					continue // compare with group heads only
				}
				if closeKeys(c.byID(a).key, c.byID(b).key, ev) {
					head[a] = b
					break
				}
			}
			if head[a] != a {
				continue
			}
			// A compound spelt apart joins the group of any spelling it joins (ريودي جانيرو
			// that of ريو دي جانيرو, whose head may be ريو ديجانيرو).
			for _, b := range block[:i] {
				if int(article[a])*int(article[b]) >= 0 && c.spacedCompound(c.byID(a), c.byID(b)) {
					head[a] = head[b]
					break
				}
			}
		}
	}
	return head
}

// keySkeleton is a candidate and the hash of its key's skeleton (skeletonKey).
type keySkeleton struct {
	hash uint64
	id   int32
}

// skeletonBlocks returns the candidates of ks that share a skeleton, in blocks of two or more
// by id. Sorting the hashes costs 16 bytes a candidate, where a map of skeletons to their
// keys cost some 90; two skeletons with one hash are told apart by the skeletons themselves.
func (c *collector) skeletonBlocks(ks []keySkeleton) [][]int32 {
	slices.SortFunc(ks, func(a, b keySkeleton) int { return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.id, b.id)) })
	var blocks [][]int32
	for i := 0; i < len(ks); {
		j := i + 1
		for j < len(ks) && ks[j].hash == ks[i].hash {
			j++
		}
		if j-i >= 2 {
			bySkeleton := map[string][]int32{}
			var order []string
			for _, k := range ks[i:j] {
				sk := skeletonKey(c.byID(k.id).key)
				if _, seen := bySkeleton[sk]; !seen {
					order = append(order, sk)
				}
				bySkeleton[sk] = append(bySkeleton[sk], k.id)
			}
			for _, sk := range order {
				if len(bySkeleton[sk]) >= 2 {
					blocks = append(blocks, bySkeleton[sk])
				}
			}
		}
		i = j
	}
	return blocks
}

// dominantOf is the entity type of n (places by type, 0: not named) given most often ("" if
// none).
func dominantOf(n [5]int32) string {
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
// A different hamza seat or a final ى written ا is a spelling anywhere.
func closeKeys(a, b string, ev *variantEvidence) bool {
	wa, wb := strings.Split(a, " "), strings.Split(b, " ")
	if len(wa) != len(wb) {
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
			persons := ev.kind[a] == "PERS" && ev.kind[b] == "PERS"
			if persons && sameComposition(wa[i], wb[i]) {
				continue // ترامب/ترمب: the name lists write both Trump
			}
			switch {
			case persons && vowelBeforeLast(wa[i], wb[i]): // ميركل/ميركيل
			case ev.kind[a] != "" && ev.kind[a] == ev.kind[b] && unattestedVowel(wa[i], wb[i]): // بوتين/بوتن, جنيف/جينيف
			case ev.kind[a] == ev.kind[b] && hamzaDropped(wa[i], wb[i]): // مؤتمر/موتمر
				continue
			default:
				return false
			}
			close, vowel = true, true
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

// spacedCompound reports whether candidates a and b are one compound written with a space and
// without it, the rest of their keys the same: فيس بوك/فيسبوك, بن عروس/بنعروس, بوركينا
// فاسو/بوركينافاسو (over ANT, 19 such pairs of entries, all one word). Each part has two
// letters or more, and the two are not both letters' names (بي بي is B B, not بيبي; إس دي is
// not أسدى; يو تيوب is YouTube); the second part is nowhere written with the article, which
// the key leaves out (يد العون, a helping hand, is not يدعون, they claim). The tagger named one
// of the two (a name: مد يد, to extend a hand, is not مديد, long), and each is seen twice
// unless both are named: a spelling seen once (رياضةكرة اليد; ريودي where the tagger named
// ريودي alone in ريودي جانيرو) would give a fragment of its phrase (رياضة كرة, ريو دي) a place
// outside the longer entry, and so an entry of its own.
func (c *collector) spacedCompound(a, b *candidate) bool {
	if bothNamed := a.tagged > 0 && b.tagged > 0; !bothNamed && (a.tagged == 0 && b.tagged == 0 || a.n < 2 || b.n < 2) {
		return false
	}
	if d := strings.Count(a.key, " ") - strings.Count(b.key, " "); d != 1 && d != -1 {
		return false // most pairs of a block: no splitting for them
	}
	wa, wb := strings.Split(a.key, " "), strings.Split(b.key, " ")
	if len(wa) < len(wb) {
		a, wa, wb = b, wb, wa
	}
	i := 0
	for i < len(wb) && wa[i] == wb[i] {
		i++
	}
	if i == len(wb) || wa[i]+wa[i+1] != wb[i] || !slices.Equal(wa[i+2:], wb[i+1:]) {
		return false
	}
	if utf8.RuneCountInString(wa[i]) < 2 || utf8.RuneCountInString(wa[i+1]) < 2 || wa[i] == "ال" ||
		names.IsLetterName(wa[i]) && names.IsLetterName(wa[i+1]) {
		return false
	}
	for _, f := range a.forms {
		words := strings.Fields(c.surface(f.surface))
		if len(words) != len(wa) || strings.HasPrefix(arabic.Normalize(words[i+1]), "ال") {
			return false
		}
	}
	return true
}

// hamzaDropped reports whether one of two words is the other with its hamza ؤ or ئ written as
// the bare seat (موتمر for مؤتمر, سوال for سؤال, جايزة for جائزة), a spelling the news lexicon
// never uses while it knows the other well: informal and Egyptian writing drops the hamza. A word
// the lexicon knows both ways is another word (قايد, as in قايد السبسي, 183 times; فايز, the
// name, 9), and closeKeys asks that both be named with one kind or neither be named, so that
// رييس (Reyes, named) stays apart from رئيس (president).
func hamzaDropped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 4 {
		return false
	}
	i, j := 0, len(ra)-1
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	for j > i && ra[j] == rb[j] {
		j--
	}
	if i != j {
		return false
	}
	hamza, bare := a, b
	switch {
	case ra[i] == 'ؤ' && rb[i] == 'و', ra[i] == 'ئ' && rb[i] == 'ي':
	case rb[i] == 'ؤ' && ra[i] == 'و', rb[i] == 'ئ' && ra[i] == 'ي':
		hamza, bare = b, a
	default:
		return false
	}
	return arabic.Frequency(hamza) >= wellKnown && arabic.Frequency(bare) == 0
}

// wellKnown is how often the news lexicon must have seen a spelling for hamzaDropped to take
// it as the word's own: it lists few rare forms, so that an unseen spelling of a rare word is
// no evidence (يؤمها 3 times, يومها, "that day", never).
const wellKnown = 10

// vowelBeforeLast reports whether one of two words of persons' names is the other with a long
// vowel letter written before its last letter, the two no established pair of names (news
// writes ميركل 55 times and ميركيل 6): a transliteration's spelling, which closeWords' rule of
// the same last two letters (kept for nisba forms, السياسة/السياسية) turns away.
func vowelBeforeLast(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	n := len(ra)
	return n >= 5 && len(rb) == n+1 && longVowel(rb[n-1]) && string(rb[:n-1]) == string(ra[:n-1]) &&
		rb[n] == ra[n-1] && !establishedPair(a, b)
}

// unattestedVowel reports whether one of two words of names is the other with one long vowel
// letter written between its first and its last letter — or two in a word of seven letters or
// more (فيليبين for فلبين), or an alef after a final و (موسكوا for موسكو, the alef that follows
// a plural verb's و) — and one of the two spellings is attested nowhere — not in the name
// lists, not in the news lexicon — while the other is: a transliteration spelt another way
// (بوتن for بوتين, جينيف for جنيف, كيبك for كيبيك), too short for arabic.Variant's rule of five
// letters. Two Arabic names a vowel apart are both attested (منصور/منصر, مسعود/مسعد,
// سمير/سمر) and stay apart.
func unattestedVowel(a, b string) bool {
	longer, at := addedVowels(a, b, 2)
	if len(at) == 0 || len(longer) < 5 || len(at) == 2 && len(longer) < 7 {
		return false
	}
	last := len(longer) - 1
	if at[0] == last && longer[last] == 'ا' && longer[last-1] == 'و' {
		// موسكوا is not موسكو with an accusative's alef (see attested): a name in و takes none
		shorter := string(longer[:last])
		return attested(shorter) && !attestedAsWritten(string(longer))
	}
	for _, i := range at {
		if i == 0 || i == last {
			return false // an ending is another word: القصريني, the adjective of القصرين; درهما
		}
	}
	return attested(a) != attested(b)
}

// attested reports whether the name lists, the news lexicon or the lexicon's short lists
// (countries, nationalities, the curated names, persons) know a word: غيانا (Guyana) is a
// country of its own, not غانا (Ghana) spelt another way. The long place lists are left out:
// they hold a chance reading of nearly any spelling (بوتن as Putten).
func attested(w string) bool {
	if stem, ok := strings.CutSuffix(w, "ا"); ok && arabic.Frequency(stem) > 0 {
		return true // غنيا: غني with the accusative's alef, not غينيا (Guinea)
	}
	return attestedAsWritten(w)
}

// attestedAsWritten is attested without the accusative's alef.
func attestedAsWritten(w string) bool {
	if _, _, ok := names.WordEvidence(w); ok || arabic.Frequency(w) > 0 {
		return true
	}
	m, ok := names.Lookup(w)
	return ok && !m.Headed && (m.Source == names.SourceCLDR || m.Source == names.SourceNationality ||
		m.Source == names.SourceCurated || m.Source == names.SourcePerson)
}

// sameComposition reports whether the name lists spell two words of persons' names, of one
// consonant skeleton (the merge's blocks), with one English form: a transliterated name with a
// long vowel written or left out (ترامب/ترمب, Trump), too short for arabic.Variant's rule of
// five letters, which keeps Arabic names apart (منصور/منصر, محمود/محمد: no one English form).
func sameComposition(a, b string) bool {
	ma, okA := names.Compose(a)
	mb, okB := names.Compose(b)
	return okA && okB && ma.English != "" && strings.EqualFold(ma.English, mb.English)
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
	longer, at := addedVowels(a, b, 1)
	if len(at) != 1 {
		return false
	}
	i := at[0]
	return i > 0 && longVowel(longer[i-1]) || i+1 < len(longer) && longVowel(longer[i+1])
}

// addedVowels reports whether one of the words a and b is the other with up to most long vowel
// letters added, and returns the longer one's letters and where the added letters stand (nil
// if it is not so).
func addedVowels(a, b string, most int) (longer []rune, at []int) {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if n := len(rb) - len(ra); n < 1 || n > most {
		return nil, nil
	}
	i := 0
	for j, r := range rb {
		switch {
		case i < len(ra) && ra[i] == r:
			i++
		case longVowel(r) && len(at) < most:
			at = append(at, j)
		default:
			return nil, nil
		}
	}
	return rb, at
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
		if c.find(stem+end) != nil {
			return true
		}
	}
	return false
}

// nisbaEndings are the endings, in keys (ة folded to ه), of the feminine and plural forms of a
// nisba adjective in ي: فرنسيه، فرنسيين، فرنسيون، فرنسيات.
var nisbaEndings = []string{"يه", "يين", "يون", "يات"}

// outOfSkeleton reports whether skeletonKey leaves r out: a long vowel, a hamza or a space.
func outOfSkeleton(r rune) bool {
	switch r {
	case 'ا', 'و', 'ي', 'ء', 'ئ', 'ؤ', ' ':
		return true
	}
	return false
}

// skeletonKey is the key without its long vowels, hamzas and spaces: the spellings mergeVariants
// compares share it (أمريكا/أميركا, فيس بوك/فيسبوك).
func skeletonKey(k string) string {
	var b strings.Builder
	for _, r := range k {
		if !outOfSkeleton(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// creditShortNames resolves a person's short name as a reader does: in a document that names
// ديفيد كاميرون, كاميرون alone is David Cameron, not Cameroon, and بن دغر is أحمد عبيد بن دغر.
// A place of the last word or words of a person's name (a name of two words or more the
// tagger names PERS) outside that name and after its first place joins the name's entry,
// with its kind, when the document names one such person only; the entry shows the short form
// among its spellings.
// The place counts when the tagger named it (as anything), or when its words are not common
// in news (see commonWord): كاميرون and الشريعان (after خالد الشريعان) though the tagger never
// named them alone, but not نور in a text about نور الشريف, nor برنامجا after a stray tag
// أحمد برنامجا. A name particle alone (بن) is never a short name, and a person named inside a
// longer person's name (عبيد بن دغر in أحمد عبيد بن دغر) is that person.
// A family name the tagger named a person before the full name (a headline's نيستلروي, then
// رود فان نيستلروي in the text) joins it too, as the reader who reads on resolves it; not a
// given name (محمد, which also ends a chain of fathers' names: ends, mostlyFirst; nor the
// father's name after بن), nor a month, nor a short form of two words, which is a person's
// name of its own (نجيبة الحمروني).
//
// Every decision is within one document, so the log is read a document at a time, keeping
// only the places of persons and of the groups that end a person's name. It returns the places
// that move, in log order, and counts them in the groups.
func (c *collector) creditShortNames(groups []*groupData, groupOfKey func(string) (int32, bool), ends map[string]nameEnds) ([]shortPlace, error) {
	isPerson := make([]bool, len(groups))
	personWords := map[int32][]string{}
	ending := make([]bool, len(groups)) // the group's key ends a person's name: it may move
	for gi, g := range groups {
		if g.words < 2 || !g.named {
			continue
		}
		if !mostlyNamed(int(namedPlaces(g.types)), g.n) || dominantOf(g.types) != "PERS" {
			continue
		}
		isPerson[gi] = true
		words := strings.Split(g.key, " ")
		personWords[int32(gi)] = words
		for i := 1; i < len(words); i++ {
			k := strings.Join(words[i:], " ")
			if sg, ok := groupOfKey(k); ok && !onlyParticles(k) {
				ending[sg] = true
			}
		}
	}
	var moves []shortPlace
	familyName := make([]bool, len(groups)) // may take the places before the full name
	for gi, g := range groups {
		familyName[gi] = g.words == 1 && !ends[g.key].mostlyFirst() && !months()[g.key]
	}
	common := map[int32]bool{}
	here := map[int32][]shortPlace{} // the document's places of persons and endings, by group
	doc := int32(-1)
	flush := func() {
		if len(here) > 0 {
			moves = c.creditDocument(groups, here, isPerson, ending, familyName, personWords, common, moves)
			clear(here)
		}
	}
	err := c.eachPlace(nil, func(seq int64, gi int32, o occurrence) {
		if !isPerson[gi] && !ending[gi] {
			return
		}
		if o.doc != doc {
			flush()
			doc = o.doc
		}
		here[gi] = append(here[gi], shortPlace{seq, gi, o})
	})
	flush()
	return moves, err
}

// shortPlace is a logged place (seq) of group g; as a move, the place goes to group g.
type shortPlace struct {
	seq int64
	g   int32
	o   occurrence
}

// creditDocument is creditShortNames over one document's places (here, by group); it adds the
// places it moves to moves.
func (c *collector) creditDocument(groups []*groupData, here map[int32][]shortPlace, isPerson, ending, familyName []bool,
	personWords map[int32][]string, common map[int32]bool, moves []shortPlace) []shortPlace {
	// The persons of the document, in the groups' order.
	var ps []person
	for gi := range here {
		if isPerson[gi] {
			ps = append(ps, person{gi, personWords[gi]})
		}
	}
	if len(ps) == 0 {
		return moves
	}
	slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(a.g, b.g) })
	// short[key] is the one longest person of the document whose name ends in key (-1 when
	// two do).
	short := map[string]int32{}
	for _, p := range ps {
		if endsIn(ps, p.words) {
			continue // a shorter form of another person of the document
		}
		for i := 1; i < len(p.words); i++ {
			k := strings.Join(p.words[i:], " ")
			if old, seen := short[k]; seen && old != p.g {
				short[k] = -1
			} else {
				short[k] = p.g
			}
		}
	}
	// The endings of a person of the document, longer ones first: بن دغر takes its places
	// before دغر could.
	var shorts []int32
	for gi := range here {
		if l, ok := short[groups[gi].key]; ending[gi] && ok && l >= 0 {
			shorts = append(shorts, gi)
		}
	}
	slices.SortFunc(shorts, func(a, b int32) int {
		return cmp.Or(cmp.Compare(groups[b].words, groups[a].words), cmp.Compare(a, b))
	})
	from := len(moves)
	for _, gi := range shorts {
		g, long := groups[gi], short[groups[gi].key]
		if long == gi {
			continue
		}
		isCommon, ok := common[gi]
		if !ok {
			isCommon = commonWord(g.key)
			common[gi] = isCommon
		}
		// Before the full name, only a family name the tagger named a person: not a father's
		// name after بن (محمد of أحمد بن محمد), and only as a headline or a lead names it, a
		// place or two: a word the document uses many times before a longer name is its own
		// (الأوزون, which the tagger also named a person, eleven times before قل الأوزون).
		words := personWords[long]
		early := familyName[gi] && (len(words) < 2 || !lineage()[words[len(words)-2]]) &&
			countFunc(here[gi], func(p shortPlace) bool { return !after(here[long], p.o) }) <= maxEarlyPlaces
		for _, p := range here[gi] {
			o := p.o
			named := early && o.nameType == entityType("PERS")
			if o.nameType == 0 && isCommon || !named && !after(here[long], o) || inside(here[long], o) {
				continue
			}
			o.alias, o.nameType = true, entityType("PERS")
			here[long] = append(here[long], shortPlace{p.seq, long, o})
			moves = append(moves, shortPlace{p.seq, long, o})
			g.n--
			g.narrow(o.width)
			groups[long].n++
			groups[long].tokens.add(o.width, 1)
		}
	}
	slices.SortFunc(moves[from:], func(a, b shortPlace) int { return cmp.Compare(a.seq, b.seq) })
	return moves
}

// maxEarlyPlaces is how many places of a family name before the person's full name
// creditShortNames credits to it: a headline's and a lead's.
const maxEarlyPlaces = 2

// person is a person's name of a document, for creditShortNames.
type person struct {
	g     int32
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

// after reports whether the full name (its places in o's document) occurs before o: a reader
// resolves كاميرون by the ديفيد كاميرون already read.
func after(long []shortPlace, o occurrence) bool {
	for _, l := range long {
		if !l.o.alias && l.o.start < o.start {
			return true
		}
	}
	return false
}

// inside reports whether o lies within one of the places (of its document).
func inside(long []shortPlace, o occurrence) bool {
	for _, l := range long {
		if l.o.from <= o.from && o.end() <= l.o.end() {
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

// lineage holds the keys of the words that put a father's, mother's or house's name after
// them in a person's name (أحمد بن محمد, محمد ولد عبد العزيز, تميم بن حمد آل ثاني): the word
// after them is no family name. فان and دي, which begin family names, are not among them.
var lineage = wordKeySet("بن ابن بنت ولد أبو أبي أم آل")

// kunya reports whether a one-word key is a kunya written as one word (أبو الغيط, أبو مازن:
// أبو and a name), which names a person by itself.
func kunya(key string) bool {
	rest, ok := strings.CutPrefix(key, abuKey())
	return ok && utf8.RuneCountInString(rest) >= 3
}

// abuKey is the key of أبو, built on first use (keys need the word-frequency lexicon).
var abuKey = sync.OnceValue(func() string { return wordKey("أبو") })
