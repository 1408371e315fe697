package glossary

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/names"
)

// wraps decides between an entry l and a shorter entry (key inner, a name when isName) whose
// occurrences all lie inside l's: it reports whether l only wraps the shorter one, which then
// stays while l goes. A name followed by its country's adjective (جامعة ريكو اليابانية, نادي
// ليون الفرنسي) is the name. Otherwise the shorter one goes when l is a name (المتحدة in
// الأمم المتحدة) or names an organisation, beginning with an institution (المنافسة in مجلس
// حماية المنافسة) or holding words foreign to the news lexicon around it (كييف in دينامو
// كييف); when l is a definite term and the shorter one a term too (استراتيجية مكافحة in
// استراتيجية مكافحة التطرف). Otherwise l stays out: a definite term around a name adds a
// title or an adjective (تشلسي الإنجليزي, توقيت مكة المكرمة), and an indefinite term is as
// often a verb or a noun before a word as a compound (يغيب إيتو, وفد أريزوني, بطل كوت ديفوار).
func wraps(l Entry, lIndefinite bool, inner string, isName bool) bool {
	if l.Kind != KindTerm || !isName && !lIndefinite || knownWhole(l) {
		return false
	}
	words := strings.Split(l.Key, " ")
	if termWords := strings.Fields(l.Term); isName && strings.HasPrefix(l.Key, inner+" ") &&
		len(termWords) == len(words) && len(words) == strings.Count(inner, " ")+2 && placeAdjective(termWords[len(termWords)-1]) {
		return true // a name and its country's adjective: جامعة ريكو اليابانية, نادي ليون الفرنسي
	}
	if institutions()[words[0]] {
		return false
	}
	inInner := map[string]bool{}
	for _, w := range strings.Split(inner, " ") {
		inInner[w] = true
	}
	for _, w := range words {
		if !inInner[w] && arabic.Frequency(w) > 0 {
			return true
		}
	}
	return false
}

// knownWhole reports whether the termbase or the name lexicon knows a term as a whole, not
// by a generic word before a name: a country or region (جمهورية أفريقيا الوسطى, بابوا غينيا
// الجديدة, جزر فوكلاند, أميركا اللاتينية in another spelling) is one name, and the name inside
// it (أفريقيا الوسطى, بابوا) its part.
func knownWhole(e Entry) bool {
	if e.TargetSource == SourceTermbase {
		return true
	}
	src, ok := lexiconSource(e.TargetSource)
	return ok && src != names.SourceComposed && src != names.SourceAcronym && !strings.Contains(src, ",") && !strings.Contains(src, " with ")
}

// scoring holds the constants of the score, per language. The score of an entry is
// log2(words+1) × its termhood (a C-value: its count less what longer entries hold; see
// Build and BuildEnglish for how each language counts it), times the weights below.
type scoring struct {
	// nameWeight raises names the tagger found and the text repeats: they are what a
	// translator most needs to render the same way every time, and a repeated name is rarely
	// a tagging error. A name seen fewer than nameMinFreq times keeps its plain score, so
	// that a stray tag does not lead (Arabic, where the tagger is ours; prose's entities are
	// weighed from one occurrence).
	nameWeight  float64
	nameMinFreq int
	// indefiniteWeight scales the score of an Arabic term without the article at its end:
	// such a phrase is as often a verb or a fragment as a name the tagger missed (نيسان,
	// ريال مدريد). English has no such mark.
	indefiniteWeight float64
	// background multiplies the score by the mean background IDF of the entry's words
	// (Options.Background or the embedded Arabic news background); there is no English one.
	background bool
	// roundTo rounds the score to that many decimals (0: not rounded).
	roundTo int
}

var (
	arabicScoring  = scoring{nameWeight: 2, nameMinFreq: 2, indefiniteWeight: 0.5, background: true}
	englishScoring = scoring{nameWeight: 1.5, nameMinFreq: 1, indefiniteWeight: 1, roundTo: 3}
)

// score is the score of an entry of words words, termhood termhood and frequency freq, a name
// when name, an indefinite term when indefinite; term is its text, for the background.
func (s scoring) score(words int, termhood float64, freq int, name, indefinite bool, term string, opts Options) float64 {
	score := math.Log2(float64(words)+1) * termhood
	if !name && indefinite {
		score *= s.indefiniteWeight
	}
	if name && freq >= s.nameMinFreq {
		score *= s.nameWeight
	}
	if s.background {
		switch {
		case opts.Background != nil:
			score *= meanIDF(term, opts.Background)
		case !opts.NoBackground:
			score *= meanIDF(term, embeddedBackground{})
		}
	}
	return score
}

// round rounds a score as the language's entries show it.
func (s scoring) round(score float64) float64 {
	if s.roundTo == 0 {
		return score
	}
	p := math.Pow(10, float64(s.roundTo))
	return math.Round(score*p) / p
}

// nominal reports whether a term has the shape of an Arabic noun phrase — no word without
// the article after one with it (an annexation chain رئيس هيئة الأركان, then agreeing
// adjectives المشتركة), which drops fragments that run across phrase edges (الأركان بحث) —
// and whether it is definite (its last word carries the article). Names come from the
// tagger and are not held to it.
func nominal(term string) (ok, isDefinite bool) {
	seenDefinite := false
	for _, w := range strings.Fields(term) {
		def := definite(w)
		if seenDefinite && !def {
			return false, false
		}
		seenDefinite = seenDefinite || def
	}
	return true, definite(lastField(term))
}

// notATerm holds keys of nouns the stopword list lacks that work as quantifiers, connectives
// or time words (العديد من, على الرغم, بالإضافة إلى, السنة): they are never a term on their
// own, though they may stand inside one.
var notATerm = wordKeySet("العديد الكثير القليل الرغم رغم الإضافة مجموعة جانب الجانب " +
	"السنة الأسبوع الشهر الساعة الفترة المرة مرة الأمر النسبة نسبة الوقت")

// transliterated reports whether forms hold two spellings that differ in their letters, not
// only in the article, clitics or hamza and diacritics (أمريكا/أميركا): the mark of a name
// borrowed from another language.
func transliterated(forms []Form) bool {
	seen := ""
	for _, f := range forms {
		k := strings.TrimPrefix(arabic.Normalize(f.Text), "ال")
		if seen == "" {
			seen = k
		} else if k != seen {
			return true
		}
	}
	return false
}

// hasPronoun reports whether a word of term carries a possessive or object pronoun (أعمارهم,
// ابنها, أعماله): a glossary term is a name for a thing, never "his works". The suffixes are
// those arabic.SplitClitics splits (its guard keeps names such as سيبويه whole), the plural
// pronouns هم هما هن كم after three letters or more, and ه when the documents also have the
// word without it (أعمالاً beside أعماله).
func hasPronoun(term string, sp *spellings) bool {
	for _, w := range strings.Fields(term) {
		n := arabic.Normalize(w)
		if _, _, suffix := arabic.SplitClitics(n); suffix != "" {
			return true
		}
		for _, p := range []string{"هما", "هم", "هن", "كم"} {
			if stem, ok := strings.CutSuffix(n, p); ok && utf8.RuneCountInString(stem) >= 3 {
				return true
			}
		}
		bare := arabic.NormalizeFolds(w, arabic.Diacritics|arabic.Tatweel)
		if stem, ok := strings.CutSuffix(bare, "ه"); ok && utf8.RuneCountInString(stem) >= 3 && sp.has(strings.TrimPrefix(stem, "ال")) {
			return true
		}
	}
	return false
}

// nisba reports whether the normalised word w ends as a nisba adjective (التقليدية, الوطني).
func nisba(w string) bool {
	return strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")
}

func definite(w string) bool {
	n := arabic.StripProclitics(arabic.Normalize(w)) // للشباب, والرياضة inside an organisation's name
	return strings.HasPrefix(n, "ال") && utf8.RuneCountInString(n) > 3
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// meanIDF is the mean background IDF of the words of term, analysed as the background model
// was (idf.Term).
func meanIDF(term string, bg Background) float64 {
	var sum float64
	n := 0
	for _, t := range arabic.Tokens(term) {
		if w, ok := idf.Term(t); ok {
			sum += bg.IDF(w)
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}

// months holds the keys of the names of the months, Hijri, Gregorian and Levantine: alone, رمضان
// is the month, whatever the tagger says, as a reader takes it (a person named رمضان has a
// longer name in the document). نيسان is left out: news names the car maker more.
var months = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range arabic.MonthNames() {
		m[wordKey(w)] = true
	}
	delete(m, wordKey("نيسان"))
	return m
})

// mostlyNamed reports whether a candidate the tagger named tagged times in occs occurrences
// counts as a name: once in every four occurrences or more.
func mostlyNamed(tagged, occs int) bool { return tagged > 0 && 4*tagged >= occs }

// lexiconName reports whether the name lexicon knows term whole as a name of its own, and the
// entity type it gives it: LOC for a country, region or place, PERS for a person's name of two
// words or more, "" for another source. Known whole means not composed word by word from
// person-name words, not spelt as letter names, not a generic word before a name; and for one
// word, not a person's title (محمد: a given name) and not a word of two letters, which the
// place lists match by chance (بي as البي, Albi).
func lexiconName(term string) (typ string, known bool) {
	m, ok := names.Lookup(term)
	if !ok || m.Headed || m.Source == names.SourceComposed || m.Source == names.SourceAcronym {
		return "", false
	}
	if f := strings.Fields(term); len(f) == 1 &&
		(m.Source == names.SourcePerson || utf8.RuneCountInString(wordKey(f[0])) < 3) {
		return "", false
	}
	switch m.Source {
	case names.SourceCLDR, names.SourceGeoNames, names.SourcePlace, names.SourceRegion:
		return "LOC", true
	case names.SourcePerson:
		return "PERS", true
	}
	return "", true
}

// commonInstitution reports whether a one-word key is an institution noun alone (البنك, الجبهة,
// المجلس): the bank, the front, the council, a common noun that stands for the name the
// document gave in full (البنك التجاري), never a name itself. اتحاد is left out: الاتحاد
// alone names clubs and newspapers (Al-Ittihad).
func commonInstitution(key string) bool {
	return institutions()[key] && key != ittihadKey()
}

// placeHead reports whether a one-word entry (key, usual spelling term) is the head noun of a
// place's name without the article, as it begins the name in an annexation (جمهورية مصر
// العربية, جنوب السودان, بلدة الديوانية, ولاية ألاسكا): alone it names no place, the tagger
// cut the name after it. With the article it may be one (المدينة, Medina; الجزيرة, the
// channel; الخليج, the Gulf), and it is left to the tagger. The heads of Levantine, Egyptian
// and Maghrebi place names (دير البلح, كفر الشيخ, تل أبيب, رأس الخيمة, بئر السبع, عين الحلوة,
// سيدي بوزيد) are common nouns alone (a monastery, a spring, a hill), never names.
func placeHead(key, term string) bool {
	return placeHeads()[key] && !definite(term)
}

var placeHeads = wordKeySet("جمهورية مملكة إمارة سلطنة ولاية محافظة مقاطعة مدينة بلدة قرية منطقة إقليم " +
	"جزيرة جزر بحيرة جبل جبال نهر بحر خليج وادي صحراء شمال جنوب شرق غرب دير كفر تل رأس بئر عين سيدي")

var ittihadKey = sync.OnceValue(func() string { return wordKey("اتحاد") })

// verbForm reports whether a word is a verb, as a single-word term never is, by the other
// forms of the verb news writes, when no name list knows the word (يونس, تونس):
//   - the imperfect: it begins with ي or ت and news writes its he/she twin (يوجد/توجد,
//     تحتوي/يحتوي); a noun of the patterns تفعيل and تفاعل has none (تصميم, تخزين, تفاعل);
//   - the past with the feminine ت: news writes both its he-form and that form's imperfect
//     (ضربت: ضرب, يضرب; وقعت: وقع, يقع); a noun in ت has neither (بيت, صوت are too short,
//     ثبوت has no يثبو).
func verbForm(w string) bool {
	n := arabic.Normalize(w)
	if utf8.RuneCountInString(n) < 3 {
		return false
	}
	if _, known := names.Lookup(w); known {
		return false
	}
	if _, _, known := names.WordEvidence(w); known {
		return false // a word of the name lists: يونس, يحيى
	}
	if rest, ok := strings.CutPrefix(n, "ي"); ok {
		return arabic.Frequency("ت"+rest) > 0
	}
	if rest, ok := strings.CutPrefix(n, "ت"); ok && arabic.Frequency("ي"+rest) > 0 {
		return true
	}
	he, ok := strings.CutSuffix(n, "ت")
	return ok && utf8.RuneCountInString(he) >= 3 && arabic.Frequency(he) > 0 && arabic.Frequency("ي"+he) > 0
}

// clauseVerb reports whether a phrase begins with a verb, as a clause does and a term never
// (يتم الإعلان, تمكنت الوحدات الأمنية): a verbForm that cannot be a form-V noun as well, so an
// imperfect beginning with ي or تت, or a past with the feminine ت. تغير المناخ and تحرك
// الصفائح begin with a noun that is also a verb, and stay; so does تجدر الإشارة.
func clauseVerb(phrase string) bool {
	first, _, _ := strings.Cut(phrase, " ")
	n := arabic.Normalize(first)
	return (strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "تت") || strings.HasSuffix(n, "ت")) && verbForm(first)
}
