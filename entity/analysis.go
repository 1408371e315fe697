package entity

import (
	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/idf"
	"github.com/arprep/arprep/span"
)

// Analysis is what one tagging pass finds in a text.
type Analysis struct {
	// Words are the tokens of the text (arabic.Tokens), in order, each with its content term
	// as idf.Term gives it.
	Words []idf.Word
	// Entities are the named entities, as Tag finds them.
	Entities []span.Entity
}

// Analyse tags text as Tag does, and returns its tokens with their content terms as well.
// The tagger normalises, clitic-splits and stems every word anyway, and keeps the result with
// the word in its cache, so the terms cost next to nothing here: a summarizer handed them
// (summarize.Analysed) need not tokenise and analyse the text a second time.
func (t *Tagger) Analyse(text string) Analysis {
	spans, words := t.tag(text, true)
	return Analysis{Words: words, Entities: spans}
}

// wordOf is the word of token tk, whose entry is e.
func wordOf(tk arabic.Token, e *wordEntry) idf.Word {
	w := idf.Word{Start: tk.Start, End: tk.End, Term: e.term}
	if tk.Kind != arabic.Word { // Latin words and numbers: no stem to reuse
		w.Term, _ = idf.Term(tk)
	}
	return w
}

// wordTerm is the content term of the token tk analysed (idf.Term of it as an arabic.Word),
// "" when it is no content word or not an Arabic word.
func wordTerm(tk *token) string {
	if tk.raw == "" || !startsArabicWord(tk.raw) {
		return ""
	}
	if !inArabicBlock(tk.raw) {
		// Normalize can leave an edge that analyse trims off tk.norm (a ligature's expansion,
		// a joiner), so the word is analysed again, as idf analyses it.
		term, _ := idf.Term(arabic.Token{Text: tk.raw, Kind: arabic.Word})
		return term
	}
	// Letters, marks and tatweel of the Arabic block normalise to letters: tk.norm is
	// arabic.Normalize(raw) untrimmed, and tk.stem its arabic.Stem.
	term, _ := idf.StemTerm(tk.norm, tk.stem)
	return term
}

// startsArabicWord reports whether s begins as an arabic.Word token does: with an Arabic
// letter, a diacritic or a tatweel.
func startsArabicWord(s string) bool {
	for _, r := range s {
		return arabic.IsArabicLetter(r) || arabic.IsDiacritic(r) || r == 0x0640
	}
	return false
}

// inArabicBlock reports whether every character of s lies in the Arabic block, U+0600–U+06FF
// (in UTF-8, a lead byte D8–DB and one continuation byte).
func inArabicBlock(s string) bool {
	for i := 0; i < len(s); i += 2 {
		if c := s[i]; c < 0xD8 || c > 0xDB || i+1 == len(s) || s[i+1]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}
