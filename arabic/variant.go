package arabic

// Variant reports whether a and b are spelling variants of one word or name. They are when
// their keys (see [Key]: normalised, proclitics and article off) are equal
// (الپنتاغون/البنتاغون, الإستراتيجية/الاستراتيجية), or differ in one hamza seat and have at least
// four letters (شؤون/شئون), or, for keys of at least five letters with the same consonant
// skeleton, when they differ by
//   - one long vowel letter (ا و ي) or hamza inserted or deleted: ديمقراطية/ديموقراطية,
//     تكنولوجيا/تكنلوجيا;
//   - و or ي swapped with a neighbouring letter: أمريكا/أميركا.
//
// Consonant differences never count, and a moved alef does not either, because Arabic
// patterns move it between distinct words (كاتبة writer / كتابة writing, مكاتب / مكتوب), so
// كاتب/مكتب and سلام/سلم stay apart.
func Variant(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == kb {
		return true
	}
	ra, rb := []rune(ka), []rune(kb)
	if len(ra) == len(rb) && len(ra) >= 4 && hamzaSeatChanged(ra, rb) {
		return true // شؤون/شئون
	}
	if len(ra) < 5 || len(rb) < 5 || skeleton(ra) != skeleton(rb) {
		return false
	}
	switch vowelEdits(ra, rb) {
	case 1:
		return true
	case 2:
		return len(ra) == len(rb) && vowelTransposed(ra, rb)
	}
	return false
}

// HamzaVariant reports whether a and b are variants in the narrow sense: equal keys, or keys
// of at least four letters that differ in one hamza seat (مسؤول/مسئول, شؤون/شئون).
// Those are one word in any text. Variant also accepts a long vowel letter added, dropped or
// moved, which is how foreign names vary (أمريكا/أميركا) but which often makes another Arabic
// word (حكومة/حوكمة, منظمة/منظومة): callers that know which words are names can accept it
// for names only.
func HamzaVariant(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == kb {
		return true
	}
	ra, rb := []rune(ka), []rune(kb)
	return len(ra) == len(rb) && len(ra) >= 4 && hamzaSeatChanged(ra, rb)
}

func isVowelLetter(r rune) bool {
	return r == 'ا' || r == 'و' || r == 'ي' || isHamzaSeat(r)
}

func isHamzaSeat(r rune) bool { return r == 'ء' || r == 'ئ' || r == 'ؤ' }

func skeleton(rs []rune) string {
	b := make([]rune, 0, len(rs))
	for _, r := range rs {
		if !isVowelLetter(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

// diffSpan returns the first and last positions where the equal-length a and b differ.
func diffSpan(a, b []rune) (first, last int) {
	first, last = -1, -1
	for i := range a {
		if a[i] != b[i] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// vowelTransposed reports whether b is a with one و or ي swapped with the letter next to it.
func vowelTransposed(a, b []rune) bool {
	i, j := diffSpan(a, b)
	if i < 0 || j != i+1 || a[i] != b[j] || a[j] != b[i] {
		return false
	}
	// Either of the pair may be the و or ي that moved, so that Variant stays symmetric
	// (سوريا/سوراي).
	return a[i] == 'و' || a[i] == 'ي' || a[j] == 'و' || a[j] == 'ي'
}

// hamzaSeatChanged reports whether a and b differ in one position holding a hamza seat in both.
func hamzaSeatChanged(a, b []rune) bool {
	i, j := diffSpan(a, b)
	return i >= 0 && i == j && isHamzaSeat(a[i]) && isHamzaSeat(b[i])
}

// vowelEdits is the edit distance between a and b where only vowel letters may be inserted or
// deleted (the skeletons are already equal).
func vowelEdits(ra, rb []rune) int {
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

// VowelMoved reports whether the keys of a and b differ only by a و or ي swapped with the
// letter next to it (أمريكا/أميركا): the way a transliterated name moves its long vowel.
func VowelMoved(a, b string) bool {
	ra, rb := []rune(Key(a)), []rune(Key(b))
	return len(ra) == len(rb) && len(ra) >= 5 && skeleton(ra) == skeleton(rb) && vowelTransposed(ra, rb)
}
