package entity

import (
	"strings"

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

// Piece is a part of a text that the tagger can take alone: tagging text[Start:End] gives, for
// the tokens starting in [KeepStart, KeepEnd), the entities and words that tagging the whole
// text gives (offsets shifted by Start).
type Piece struct {
	Start, End         int // the text to tag: the kept part and a block of sentences either side
	KeepStart, KeepEnd int // the part whose results are kept; the pieces' kept parts tile the text
}

// Pieces cuts text into pieces of about size bytes (see Piece), so that a long text can be
// tagged a piece at a time, in bounded memory, with the result of tagging it whole. The tagger
// reads a sentence in the context of its block of docBlock sentences and the blocks either
// side (docContext), blocks counted from the start of the text, and then reads the tags of
// the spreadWindow sentences either side (recurringNames, spreadEntities): a piece is whole
// blocks, read with contextBlocks blocks before and after it. A text of at most size bytes is
// one piece.
func Pieces(text string, size int) []Piece {
	whole := []Piece{{0, len(text), 0, len(text)}}
	if len(text) <= size {
		return whole
	}
	blocks := blockStarts(text)
	var pieces []Piece
	for b0 := 0; b0 < len(blocks); {
		b1 := b0 + 1
		for b1 < len(blocks) && blocks[b1]-blocks[b0] < size {
			b1++
		}
		p := Piece{KeepStart: blocks[b0], KeepEnd: len(text), End: len(text)}
		if b0 == 0 {
			p.KeepStart = 0
		}
		if b0 >= contextBlocks {
			p.Start = blocks[b0-contextBlocks]
		}
		if b1 < len(blocks) {
			p.KeepEnd = blocks[b1]
		}
		if b1+contextBlocks < len(blocks) {
			p.End = blocks[b1+contextBlocks]
		}
		pieces = append(pieces, p)
		b0 = b1
	}
	if len(pieces) < 2 {
		return whole
	}
	return pieces
}

// contextBlocks is how many blocks either side of a sentence's block its tags depend on:
// spreadEntities reads the tags of the sentences within spreadWindow, each of those may have
// been decoded again by recurringNames from the sentences within spreadWindow of it, and each
// of those depends on the block either side of its own.
const contextBlocks = 1 + (2*spreadWindow+docBlock-1)/docBlock

// blockStarts returns where each block of docBlock sentences of text begins: the offset of its
// first token, the sentences being those of sentenceChunks.
func blockStarts(text string) []int {
	var starts []int
	chunks, inChunk := 0, 0 // chunks closed, tokens in the open chunk
	var prev arabic.Token
	have := false
	eachToken(text, func(tk arabic.Token) {
		if have && (inChunk == maxChunk || endsSentence(text, []arabic.Token{prev, tk}, 0)) {
			chunks, inChunk = chunks+1, 0
		}
		if inChunk == 0 && chunks%docBlock == 0 {
			starts = append(starts, tk.Start)
		}
		inChunk++
		prev, have = tk, true
	})
	return starts
}

// tokenWindow is how many bytes of text eachToken tokenises at a time.
const tokenWindow = 64 << 10

// eachToken calls fn with each token of text, as arabic.Tokens gives them, tokenising a window
// at a time so that the tokens of a long text are never held at once. A window ends after
// white space, and its last token is tokenised again with the next window: a token's scan does
// not read past the white space that follows it.
func eachToken(text string, fn func(arabic.Token)) {
	var toks []arabic.Token
	for start, width := 0, tokenWindow; start < len(text); {
		end := len(text)
		if start+width < len(text) {
			if k := strings.IndexAny(text[start+width:], " \n"); k >= 0 {
				end = start + width + k + 1
			}
		}
		toks = arabic.AppendTokens(toks[:0], text[start:end])
		next := end
		if end < len(text) {
			if len(toks) < 2 {
				width *= 2 // a window of one token: take more text
				continue
			}
			next = start + toks[len(toks)-1].Start
			toks = toks[:len(toks)-1]
		}
		for _, tk := range toks {
			tk.Start += start
			tk.End += start
			fn(tk)
		}
		start, width = next, tokenWindow
	}
}
