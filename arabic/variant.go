package arabic

import "unicode/utf8"

// Variant reports whether a and b are spelling variants of one word or name: equal after
// normalisation and clitic removal (الپنتاغون/البنتاغون, الإستراتيجية/الاستراتيجية), or, for
// words of at least five letters, one long vowel (ا و ي) or hamza seat inserted or deleted
// (أمريكا/أميركا differ by moving ي: one insertion and one deletion of a vowel letter).
// Consonant differences never count, so distinct words such as كاتب/مكتب or سلام/سلم do not
// merge.
func Variant(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == kb {
		return true
	}
	if utf8.RuneCountInString(ka) < 5 || utf8.RuneCountInString(kb) < 5 {
		return false
	}
	// Compare the consonant skeletons; allow the vowel letters to differ by at most two edits.
	if skeleton(ka) != skeleton(kb) {
		return false
	}
	return vowelEdits(ka, kb) <= 2
}

func isVowelLetter(r rune) bool {
	return r == 'ا' || r == 'و' || r == 'ي' || r == 'ء' || r == 'ئ' || r == 'ؤ'
}

func skeleton(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if !isVowelLetter(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

// vowelEdits is the edit distance between a and b where only vowel letters may be inserted or
// deleted (the skeletons are already equal).
func vowelEdits(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			best := min(prev[j]+1, cur[j-1]+1)
			if ra[i-1] == rb[j-1] {
				best = min(best, prev[j-1])
			}
			cur[j] = best
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
