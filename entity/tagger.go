package entity

import (
	_ "embed"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/arprep/arprep/arabic"
)

// Span is a named entity in a text: Text == text[Start:End] (byte offsets) and Type is one
// of PERS, LOC, ORG, MISC.
type Span struct {
	Start, End int
	Type       string
	Text       string
}

// Tagger tags named entities. It is safe for concurrent use.
type Tagger struct {
	w        *weights
	clusters map[string][nLevels]uint16
	gaz      *gazetteer
	pool     sync.Pool // *work
}

type work struct {
	toks  []token
	feats [][]uint32
	flat  []uint32
	sc    scratch
	tags  []int
}

//go:embed model.bin
var embeddedModel []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger trained on ANERcorp that is embedded in the binary (see the
// package documentation). The model is decoded once, on first use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = ReadModel(embeddedModel)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded entity model: %w", defaultErr)
		}
	})
	return defaultTagger, defaultErr
}

// TagTokens returns one IOB2 tag per token (O, B-PERS, I-PERS, ...). The tags are always
// well-formed: an I- tag only follows a B- or I- tag of its own type.
func (t *Tagger) TagTokens(tokens []string) []string {
	ids := t.tag(tokens)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = tagNames[id]
	}
	return out
}

// tag returns tag ids for the tokens; the slice is fresh.
func (t *Tagger) tag(tokens []string) []int {
	wk, _ := t.pool.Get().(*work)
	if wk == nil {
		wk = &work{}
	}
	wk.toks = wk.toks[:0]
	for _, s := range tokens {
		wk.toks = append(wk.toks, analyse(s))
	}
	t.prepare(wk.toks, t.gaz)
	wk.feats, wk.flat = featureLists(wk.toks, t.w.bits, wk.feats, wk.flat)
	wk.tags = t.w.viterbi(wk.feats, wk.tags, &wk.sc)
	out := append([]int(nil), wk.tags...)
	t.pool.Put(wk)
	return out
}

// prepare sets the cluster and gazetteer fields of analysed tokens.
func (t *Tagger) prepare(toks []token, gaz *gazetteer) {
	for i := range toks {
		toks[i].cl = t.clusterOf(&toks[i])
	}
	gaz.mark(toks)
}

func (t *Tagger) clusterOf(tk *token) [nLevels]uint16 {
	if c, ok := t.clusters[tk.bare]; ok {
		return c
	}
	for _, r := range tk.norm {
		switch {
		case r >= '0' && r <= '9':
			return t.clusters["<num>"]
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			return t.clusters["<lat>"]
		}
	}
	return [nLevels]uint16{}
}

// featureLists computes the feature buckets of every token; flat is the backing store.
func featureLists(toks []token, bits uint8, feats [][]uint32, flat []uint32) ([][]uint32, []uint32) {
	flat = flat[:0]
	ends := make([]int, len(toks))
	for i := range toks {
		flat = appendFeatures(flat, toks, i, bits)
		ends[i] = len(flat)
	}
	feats = feats[:0]
	start := 0
	for _, e := range ends {
		feats = append(feats, flat[start:e:e])
		start = e
	}
	return feats, flat
}

// maxChunk bounds the tokens decoded at once when a text has no sentence punctuation.
const maxChunk = 256

// Tag finds the named entities of text, in order. Any input is accepted; invalid UTF-8 is
// skipped by the tokeniser.
func (t *Tagger) Tag(text string) []Span {
	toks := arabic.Tokens(text)
	var spans []Span
	words := make([]string, 0, maxChunk)
	for start := 0; start < len(toks); {
		end := start
		for end < len(toks) && end-start < maxChunk {
			end++
			if endsSentence(text, toks, end-1) {
				break
			}
		}
		words = words[:0]
		for _, tk := range toks[start:end] {
			words = append(words, tk.Text)
		}
		tags := t.tag(words)
		names := make([]string, len(tags))
		for i, id := range tags {
			names[i] = tagNames[id]
		}
		for _, sp := range tokenSpans(names) {
			s, e := toks[start+sp.start].Start, toks[start+sp.end-1].End
			spans = append(spans, Span{Start: s, End: e, Type: sp.typ, Text: text[s:e]})
		}
		start = end
	}
	return spans
}

// endsSentence reports whether toks[i] closes a sentence: final punctuation, or a line
// break before the next token.
func endsSentence(text string, toks []arabic.Token, i int) bool {
	switch toks[i].Text {
	case ".", "!", "?", "؟", "...", "…":
		return true
	}
	if i+1 < len(toks) {
		for _, c := range []byte(text[toks[i].End:toks[i+1].Start]) {
			if c == '\n' {
				return true
			}
		}
	}
	return false
}
