package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// token holds what the features read about one token; computed once per token.
type token struct {
	raw, norm, bare, key, stem string
	hRaw, hNorm, hBare, hKey   uint64
	hStem, hShape, hPre, hSuf  uint64
	hClit                      uint64    // the conjunction and preposition clitics (و، ب، ل، ف...) before bare
	br                         brownPath // Brown cluster bit string; empty = unknown
	gazB, gazI                 uint32    // gazetteer categories starting / continuing here
	trig                       uint8     // trigger class of the word (see triggers)
	article                    bool
	rare                       bool  // an Arabic word of three letters or more unknown to the news lexicon (recurringNames)
	first                      uint8 // second stage: the first stage's tag, as 1 + B/I×type (0 = O)
	prof                       profile
	known                      bool      // prof is set
	lexed                      bool      // br, prof and known are set (Tagger.lookUp)
	hidden                     bool      // training only: leave out the features naming the word itself
	sums                       *wordSums // tagging only: the word's summed weights (Tagger.word)
}

// Gazetteer categories (bits of token.gazB/gazI).
const (
	gazRegion   = 0 // CLDR Arabic name of a country or region
	gazLanguage = 1 // CLDR Arabic name of a language (also the feminine nisba: الفرنسية)
	gazPhrase   = 2 // 2..5: whole entity of types[k] in the training lists
	gazPart     = 6 // 6..9: a word seen inside an entity of types[k] in the training lists
	nGazLocal   = 10
	// Document categories, from the first-stage tags of the surrounding sentences.
	docPhrase = 10 // 10..13: a whole entity of types[k] tagged nearby
	docPart   = 14 // 14..17: a word tagged inside an entity of types[k] nearby
	// Self-tagged lexicon categories: the first stage's tags over the unlabelled corpus.
	autoPhrase = 18 // 18..21
	autoPart   = 22 // 22..25
	nGaz       = 26
	// Name parts in the training lists: the first and the last word of a person's name of
	// two or more words.
	gazFirst = 26
	gazLast  = 27
	// External name lists (NameLists): a person-name token or full name, a place, a club,
	// a nationality adjective.
	gazExtPers = 28
	gazExtLoc  = 29
	gazExtOrg  = 30
	gazExtNat  = 31
)

// Trigger classes: words that announce a name next to them.
const (
	trigNone = iota
	trigTitle
	trigSpeech
	trigOrg
	trigLoc
)

// triggers maps the Keys of trigger words to their class; built on first use (Key needs the
// word-frequency lexicon, which commands without entities never load).
var triggers = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[arabic.Key(w)] = class
		}
	}
	add(trigTitle, `الرئيس رئيسة الوزير وزيرة الفريق الشيخ الملك الملكة الأمير الأميرة السيد السيدة
		الدكتور الدكتورة اللواء العقيد العميد المستشار نائب المتحدث الناطق الأمين قائد زعيم سفير
		مبعوث مدير مدرب لاعب النجم الفنان الفنانة المطرب المطربة المخرج الكاتب الكاتبة الشاعر
		البابا الإمام القاضي المحامي الجنرال المشير الركن حاكم المفتي مساعد عضو المرشح الأستاذ
		السلطان الرائد النقيب المقدم الوزيرة المعلق المراسل الصحفي رئيسه مستشار الحاج
		المدافع الحارس المهاجم اللاعب الممثل الممثلة الراقصة السينارست المذيع المذيعة المنتج
		المؤلف الروائي الفيلسوف المفكر الباحث الحكم الزميل`)
	add(trigSpeech, `قال قالت أعلن أعلنت أكد أكدت صرح صرحت ذكر ذكرت أضاف أضافت أوضح أوضحت أشار
		أشارت أفاد أفادت دعا دعت اعتبر اعتبرت نفى نفت`)
	add(trigOrg, `شركة جامعة وزارة وكالة منظمة حزب مجلس هيئة اتحاد بنك مؤسسة جمعية نادي حركة جبهة
		لجنة صحيفة جريدة مجلة قناة إذاعة محكمة مصرف جيش شرطة مركز معهد أكاديمية مجموعة منتدى برلمان
		صندوق مكتب إدارة دائرة مديرية تحالف كتلة جماعة تنظيم مستشفى مدرسة كلية نقابة سلطة بورصة
		مصنع مطبعة مؤتمر`)
	add(trigLoc, `مدينة ولاية محافظة منطقة جزيرة نهر بحر جبل عاصمة بلدة قرية إقليم دولة مطار شارع
		ميناء مخيم حي ساحة مقاطعة بلاد جمهورية مملكة إمارة بحيرة خليج صحراء وادي قطاع ضاحية`)
	return m
})

// analyse fills the token fields that do not depend on the model.
func analyse(raw string) token {
	t := token{raw: raw}
	norm := arabic.Normalize(raw)
	core := strings.TrimFunc(norm, isEdgePunct)
	if core == "" {
		core = norm
	}
	t.norm = core
	t.bare, t.key, t.stem = arabic.Forms(core)
	t.article = strings.HasPrefix(t.bare, "ال") && t.bare != t.key
	t.trig = triggers()[t.key]
	t.rare = utf8.RuneCountInString(t.key) >= 3 && arabicWord(t.key) && arabic.Frequency(t.key) == 0
	t.hRaw = hashString(1, raw)
	t.hNorm = hashString(2, t.norm)
	t.hBare = hashString(3, t.bare)
	t.hKey = hashString(4, t.key)
	t.hStem = hashString(5, t.stem)
	t.hShape = hashString(6, shape(raw))
	t.hPre = hashString(7, firstRunes(t.key, 2))
	t.hSuf = hashString(8, lastRunes(t.norm, 2))
	if strings.HasSuffix(t.norm, t.bare) {
		t.hClit = hashString(12, t.norm[:len(t.norm)-len(t.bare)])
	}
	return t
}

func isEdgePunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// shape summarises a token's character classes: runs of Arabic letters (a), Latin letters
// (l), digits (d) and other characters (the character itself when punctuation, else x).
func shape(s string) string {
	var b []byte
	last := byte(0)
	for _, r := range s {
		var c byte
		switch {
		case r >= '0' && r <= '9' || r >= '٠' && r <= '٩':
			c = 'd'
		case arabic.IsArabicLetter(r):
			c = 'a'
		case unicode.IsLetter(r):
			c = 'l'
		case unicode.IsMark(r):
			continue
		case r < utf8.RuneSelf && unicode.IsPunct(r):
			c = byte(r)
		case r == '«' || r == '»' || r == '،' || r == '؛' || r == '؟':
			c = 'q'
		default:
			c = 'x'
		}
		if c != last && len(b) < 6 {
			b = append(b, c)
		}
		last = c
	}
	return string(b)
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func lastRunes(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over a namespace byte and s; stable across runs and platforms, as the
// model's feature buckets require.
func hashString(ns byte, s string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(ns)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// mix combines a feature template id with a value hash (splitmix64 finaliser).
func mix(tpl, v uint64) uint64 {
	z := v + tpl*0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// Feature templates. A window feature's template also encodes its offset.
const (
	tBias = iota
	tRaw
	tNorm  // +offset 0..4 (−2..+2)
	tKey   = tNorm + 5
	tStem  = tKey + 3
	tBare  = tStem + 3
	tPre   = tBare + 1
	tSuf   = tPre + 1
	tPre1  = tSuf + 1
	tSuf3  = tPre1 + 1
	tArt   = tSuf3 + 1
	tShape = tArt + 1 // +offset 0..2
	tBiL   = tShape + 3
	tBiR   = tBiL + 1
	tGaz   = tBiR + 1 + 18 // +offset 0..2, value category*2 (+1 for inside); 18 ids retired
	tTrig  = tGaz + 3      // +offset 0..4
	tTrigW = tTrig + 5     // trigger class at −1 with the word
	tLen   = tTrigW + 1
	tProf  = tLen + 1               // +component 0..len(profile)-1
	tProfP = tProf + len(profile{}) // previous word's article bucket with this word's
	tGram  = tProfP + 1
	tBrown = tGram + 1                     // +offset*len(brownPrefixes) + prefix index
	tClit  = tBrown + 5*len(brownPrefixes) // +offset 0..2: the proclitics of the word
	tFirst = tClit + 3                     // +offset 0..2: the first stage's tags
)

// brownPrefixes are the lengths of the Brown bit-string prefixes used as features.
var brownPrefixes = [...]int{4, 6, 10, 20}

var (
	hBOS = hashString(0, "<s>")
	hEOS = hashString(0, "</s>")
)

// appendFeatures appends the feature buckets of token i of toks to out; doc adds the
// document categories (second stage). They are the word features of the tokens at −2..+2
// and the context features of token i.
func appendFeatures(out []uint32, toks []token, i int, bits uint8, doc bool) []uint32 {
	shift := 64 - bits
	for d := -2; d <= 2; d++ {
		var t *token
		if j := i + d; j >= 0 && j < len(toks) {
			t = &toks[j]
		}
		out = appendWordFeatures(out, t, d, shift)
	}
	out = appendContextFeatures(out, toks, i, shift)
	if doc {
		out = appendDocFeatures(out, toks, i, bits)
	}
	return out
}

// appendWordFeatures appends the features that token t gives the token d places after it
// (d in −2..+2; t == nil past either end of the sentence). They depend on t alone, so a
// tagger can sum their weights once per word type and offset (see Tagger.word).
func appendWordFeatures(out []uint32, t *token, d int, shift uint8) []uint32 {
	add := func(tpl int, v uint64) {
		out = append(out, uint32(mix(uint64(tpl), v)>>shift))
	}
	if t == nil {
		h := hBOS
		if d > 0 {
			h = hEOS
		}
		add(tNorm+d+2, h)
		for k := range brownPrefixes {
			add(tBrown+(d+2)*len(brownPrefixes)+k, h)
		}
		return out
	}
	out = appendOwnFeatures(out, t, d, shift)
	return appendBrownFeatures(out, t.br, d, shift)
}

// appendBrownFeatures appends the features of Brown path br at offset d: shared by all the
// words of a cluster, so a tagger sums them once per cluster.
func appendBrownFeatures(out []uint32, br brownPath, d int, shift uint8) []uint32 {
	for k, n := range brownPrefixes {
		out = append(out, uint32(mix(uint64(tBrown+(d+2)*len(brownPrefixes)+k), br.prefix(n))>>shift))
	}
	return out
}

// appendOwnFeatures appends the word features of t at offset d but its Brown features.
func appendOwnFeatures(out []uint32, t *token, d int, shift uint8) []uint32 {
	add := func(tpl int, v uint64) {
		out = append(out, uint32(mix(uint64(tpl), v)>>shift))
	}
	ident := d != 0 || !t.hidden
	if d == 0 {
		add(tBias, 0)
		if ident {
			add(tRaw, t.hRaw)
			add(tBare, t.hBare)
		}
		add(tPre, t.hPre)
		add(tSuf, t.hSuf)
		add(tPre1, hashString(9, firstRunes(t.key, 3)))
		add(tSuf3, hashString(10, lastRunes(t.norm, 3)))
		if t.article {
			add(tArt, 1)
		}
		add(tLen, uint64(min(utf8.RuneCountInString(t.key), 8)))
		if t.known {
			for c, v := range t.prof {
				add(tProf+c, uint64(v)+1)
			}
		} else {
			add(tProf, 0)
		}
		out = appendGrams(out, t.key, shift)
	}
	if ident {
		add(tNorm+d+2, t.hNorm)
	}
	if t.trig != trigNone {
		add(tTrig+d+2, uint64(t.trig))
	}
	if d >= -1 && d <= 1 {
		if ident {
			add(tKey+d+1, t.hKey)
			add(tStem+d+1, t.hStem)
		}
		add(tShape+d+1, t.hShape)
		add(tClit+d+1, t.hClit)
	}
	return out
}

// appendContextFeatures appends the features of token i that depend on more than one token:
// the gazetteer categories around it (phrases span tokens), and its pairs with the word
// before and after it.
func appendContextFeatures(out []uint32, toks []token, i int, shift uint8) []uint32 {
	add := func(tpl int, v uint64) {
		out = append(out, uint32(mix(uint64(tpl), v)>>shift))
	}
	w := &toks[i]
	ident := !w.hidden
	for d := -1; d <= 1; d++ {
		if j := i + d; j >= 0 && j < len(toks) {
			out = appendGaz(out, &toks[j], d, 0, nGazLocal, shift)
			out = appendGaz(out, &toks[j], d, gazFirst, gazExtNat+1, shift)
		}
	}
	prevNorm, nextNorm := hBOS, hEOS
	if i > 0 {
		p := &toks[i-1]
		add(tProfP, uint64(p.prof[1])<<8|uint64(w.prof[1]))
		prevNorm = p.hNorm
		if p.trig != trigNone && ident {
			add(tTrigW, w.hKey^uint64(p.trig))
		}
	}
	if i+1 < len(toks) {
		nextNorm = toks[i+1].hNorm
	}
	if ident {
		add(tBiL, prevNorm*31^w.hNorm)
		add(tBiR, w.hNorm*31^nextNorm)
	}
	return out
}

// appendDocFeatures appends the second stage's own features of token i: the document
// and self-tagged lexicon categories of it and its neighbours.
func appendDocFeatures(out []uint32, toks []token, i int, bits uint8) []uint32 {
	for d := -1; d <= 1; d++ {
		if j := i + d; j >= 0 && j < len(toks) {
			out = appendGaz(out, &toks[j], d, nGazLocal, nGaz, 64-bits)
			out = append(out, uint32(mix(uint64(tFirst+d+1), uint64(toks[j].first))>>(64-bits)))
		} else {
			out = append(out, uint32(mix(uint64(tFirst+d+1), 99)>>(64-bits)))
		}
	}
	return out
}

// appendGaz adds the gazetteer categories from..to-1 of t, a token at offset d.
func appendGaz(out []uint32, t *token, d, from, to int, shift uint8) []uint32 {
	if (t.gazB|t.gazI)&(1<<to-1)>>from<<from == 0 {
		return out // most words are in no list
	}
	for c := from; c < to; c++ {
		if t.gazB&(1<<c) != 0 {
			out = append(out, uint32(mix(uint64(tGaz+d+1), uint64(2*c))>>shift))
		}
		if t.gazI&(1<<c) != 0 {
			out = append(out, uint32(mix(uint64(tGaz+d+1), uint64(2*c+1))>>shift))
		}
	}
	return out
}

// appendGrams adds the letter trigrams of key, word edges included (so a word of n letters
// gives n trigrams): transliterated foreign names have letter sequences of their own.
func appendGrams(out []uint32, key string, shift uint8) []uint32 {
	var offs [33]int
	nr := 0
	for i := range key {
		if nr == len(offs)-1 {
			break
		}
		offs[nr] = i
		nr++
	}
	if nr == 0 {
		return out
	}
	offs[nr] = len(key)
	for i := -1; i <= nr-2; i++ {
		lo, hi := offs[max(i, 0)], offs[min(i+3, nr)]
		h := hashString(11, key[lo:hi])
		if i < 0 {
			h ^= 0x5bd1e995
		}
		if i+3 > nr {
			h ^= 0x27d4eb2f165667c5
		}
		out = append(out, uint32(mix(uint64(tGram), h)>>shift))
	}
	return out
}

// arabicWord reports whether every character of w is an Arabic letter: the news lexicon
// (arabic.Frequency) counts Arabic words only, so a Latin word or a number is never rare by it.
func arabicWord(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return !arabic.IsArabicLetter(r) })
}
