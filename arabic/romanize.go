package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Romanize writes an Arabic name in Latin letters with a simplified ALA-LC scheme: the
// ALA-LC consonants without underdots (ح h, خ kh, ص s, ض d, ط t, ظ z, ث th, ذ dh, ش sh, غ gh,
// ق q), ع as ʻ and a medial hamza as ʼ (an initial hamza is not written), long vowels without
// macrons (ا ى a, و u, ي i), short vowels and shadda from diacritics when the text has them,
// ة as "ah", the article as "al-" without assimilation, الله as Allah, and each name part
// capitalised. Common given names and name parts (محمد Muhammad, عبد ʻAbd, بن bin) come from a
// table with their vowels. Other unvocalised words have no short vowels, so the result is a
// starting point for a translator, never a checked spelling. Words not in Arabic script are
// kept as they are.
func Romanize(name string) string {
	var parts []string
	for _, t := range Tokens(name) {
		switch t.Kind {
		case Word:
			if r := romanizeWord(t.Text); r != "" {
				if len(parts) == 0 {
					// A name that begins with a lower-case part (bin, al-) still begins
					// with a capital, as a name does in English text: Bin Qrdan.
					r = capitalise(r)
				}
				parts = append(parts, r)
			}
		case Punct:
		default:
			parts = append(parts, t.Text)
		}
	}
	return strings.Join(parts, " ")
}

var consonants = map[rune]string{
	'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z",
	'ع': "ʻ", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n",
	'ه': "h", 'پ': "p", 'چ': "ch", 'ڤ': "v", 'گ': "g", 'ک': "k", 'ی': "y",
}

// givenNames are common Arabic given names and name parts, written the simplified ALA-LC way
// with the short vowels that unvocalised text lacks. Keys are normalised (Normalize).
var givenNames = map[string]string{}

func init() {
	for _, pair := range strings.Split(strings.TrimSpace(`
محمد Muhammad|احمد Ahmad|محمود Mahmud|مصطفي Mustafa|علي ʻAli|حسن Hasan|حسين Husayn|خالد Khalid|
عمر ʻUmar|عثمان ʻUthman|ابراهيم Ibrahim|اسماعيل Ismaʻil|يوسف Yusuf|يعقوب Yaʻqub|موسي Musa|عيسي ʻIsa|
سليمان Sulayman|داود Dawud|صالح Salih|سعيد Saʻid|سعد Saʻd|فهد Fahd|فيصل Faysal|سلمان Salman|
عبد ʻAbd|عبدالله ʻAbd Allah|عبدالرحمن ʻAbd al-Rahman|عبدالعزيز ʻAbd al-ʻAziz|طارق Tariq|
جمال Jamal|كمال Kamal|نبيل Nabil|وليد Walid|هشام Hisham|ماجد Majid|ناصر Nasir|منصور Mansur|
حمد Hamad|راشد Rashid|زايد Zayid|جابر Jabir|صباح Sabah|نواف Nawwaf|بشار Bashshar|حافظ Hafiz|
ياسر Yasir|رامي Rami|زياد Ziyad|عادل ʻAdil|كريم Karim|رشيد Rashid|مروان Marwan|عماد ʻImad|
فاطمه Fatimah|عائشه ʻAʼishah|خديجه Khadijah|مريم Maryam|زينب Zaynab|ليلي Layla|سلمي Salma|
نور Nur|هند Hind|امينه Aminah|ابو Abu|بن bin|ابن Ibn|بنت bint`), "|") {
		ar, en, _ := strings.Cut(strings.TrimSpace(pair), " ")
		givenNames[Normalize(ar)] = en
	}
}

func romanizeWord(w string) string {
	if r, ok := givenNames[Normalize(w)]; ok {
		return r
	}
	w = NormalizeFolds(w, Tatweel|Bidi|Compat)
	var letters []rune
	var marks []string // the diacritics after each letter
	for _, r := range w {
		if IsDiacritic(r) {
			if len(letters) > 0 {
				marks[len(marks)-1] += string(r)
			}
			continue
		}
		letters = append(letters, r)
		marks = append(marks, "")
	}
	if len(letters) == 0 {
		return ""
	}
	if Normalize(string(letters)) == "الله" {
		return "Allah"
	}
	prefix := ""
	if len(letters) > 3 && letters[0] == 'ا' && letters[1] == 'ل' {
		prefix = "al-"
		letters, marks = letters[2:], marks[2:]
	}
	var b strings.Builder
	prevVowel := false  // the previous output ended in a vowel
	lastMark := rune(0) // the short vowel mark on the previous letter: a, i, u
	for i, r := range letters {
		first, last := i == 0, i == len(letters)-1
		nextIsLetter := !last
		switch r {
		case 'ا', 'ى':
			if first {
				b.WriteString("a")
			} else if !prevVowel || r == 'ى' || last {
				b.WriteString("a")
			}
			prevVowel = true
		case 'أ', 'إ', 'آ', 'ٱ':
			switch {
			case first && r == 'إ':
				b.WriteString("i")
			case first:
				b.WriteString("a")
			default:
				b.WriteString("ʼ")
				if r == 'آ' {
					b.WriteString("a")
				}
			}
			prevVowel = true
		case 'ء', 'ؤ', 'ئ':
			b.WriteString("ʼ")
			prevVowel = false
		case 'ة':
			b.WriteString("ah")
			prevVowel = false
		case 'و', 'ي':
			if marks[i] == "" && ((r == 'ي' && lastMark == 'i') || (r == 'و' && lastMark == 'u')) {
				lastMark = 0
				continue // the long vowel of a kasra or damma already written: رِي, دُو
			}
			vowel := !first && !prevVowel && marks[i] == ""
			if vowel && nextIsLetter && (letters[i+1] == 'ا' || letters[i+1] == 'ى') {
				vowel = false // a consonant before a long a: سوار, بيان
			}
			switch {
			case vowel && r == 'و':
				b.WriteString("u")
				prevVowel = true
			case vowel:
				b.WriteString("i")
				prevVowel = true
			case r == 'و':
				b.WriteString("w")
				prevVowel = false
			default:
				b.WriteString("y")
				prevVowel = false
			}
		default:
			c, ok := consonants[r]
			if !ok {
				if unicode.IsLetter(r) && r < utf8.RuneSelf {
					c = string(r)
				} else {
					continue
				}
			}
			b.WriteString(c)
			prevVowel = false
		}
		m := marks[i]
		lastMark = 0
		if strings.ContainsRune(m, '\u0651') && !(i == 0 && prefix != "") { // shadda doubles the consonant (not the assimilated article's)
			if c, ok := consonants[r]; ok {
				b.WriteString(c)
			}
		}
		switch {
		case strings.ContainsAny(m, "\u064E\u064B"):
			b.WriteString("a")
			prevVowel, lastMark = true, 'a'
		case strings.ContainsAny(m, "\u0650\u064D"):
			b.WriteString("i")
			prevVowel, lastMark = true, 'i'
		case strings.ContainsAny(m, "\u064F\u064C"):
			b.WriteString("u")
			prevVowel, lastMark = true, 'u'
		}
	}
	return prefix + capitalise(b.String())
}

// capitalise upper-cases the first Latin letter, skipping a leading ʻ or ʼ.
func capitalise(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) && r < utf8.RuneSelf {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
		}
	}
	return s
}
