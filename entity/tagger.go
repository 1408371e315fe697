package entity

import (
	_ "embed"
	"fmt"
	"strings"
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

// Tagger tags named entities in two stages: a first pass with sentence-local features, then
// a second pass that also sees what the first pass found in the surrounding sentences (a
// name tagged once is usually the same entity when it recurs alone). It is safe for
// concurrent use.
type Tagger struct {
	local, doc *weights
	pair       *stagePair // both stages' rows, for tagging
	brown      map[string]brownPath
	profiles   map[string]profile
	gaz        *gazetteer // CLDR names and the training data's entities
	auto       *gazetteer // the self-tagged lexicon of the unlabelled corpus
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

// TagTokens returns one IOB2 tag per token (O, B-PERS, I-PERS, ...) of a single sentence.
// The tags are always well-formed: an I- tag only follows a B- or I- tag of its own type.
func (t *Tagger) TagTokens(tokens []string) []string {
	return t.TagSentences([][]string{tokens})[0]
}

// TagSentences tags the sentences of one document, each as TagTokens does, letting each
// sentence's tags draw on the sentences around it.
func (t *Tagger) TagSentences(sents [][]string) [][]string {
	doc := make([][]token, len(sents))
	an := analyser{t: t, m: map[string]*token{}}
	for i, s := range sents {
		doc[i] = make([]token, len(s))
		for j, w := range s {
			doc[i][j] = an.analyse(w)
		}
	}
	ids := t.tagDocument(doc)
	out := make([][]string, len(ids))
	for i, s := range ids {
		out[i] = make([]string, len(s))
		for j, id := range s {
			out[i][j] = tagNames[id]
		}
	}
	return out
}

func analyseAll(words []string) []token {
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i] = analyse(w)
	}
	return toks
}

// analyser analyses each distinct word of a document once, and looks up its Brown cluster
// and profile once.
type analyser struct {
	t *Tagger
	m map[string]*token
}

func (a analyser) analyse(w string) token {
	if t, ok := a.m[w]; ok {
		return *t
	}
	t := analyse(w)
	a.t.lookUp(&t)
	a.m[w] = &t
	return t
}

// lookUp sets the word's Brown cluster and profile.
func (t *Tagger) lookUp(tk *token) {
	tk.br = t.brownOf(tk)
	tk.prof, tk.known = t.profiles[tk.key]
	tk.lexed = true
}

// tagDocument returns tag ids for analysed sentences.
func (t *Tagger) tagDocument(doc [][]token) [][]int {
	if t.pair == nil {
		t.pair = pairStages(t.local, t.doc) // a freshly trained tagger
	}
	var sc scratch
	var feats [][]uint32
	var flat, docFeats []uint32
	first := make([][]tokenSpan, len(doc))
	second := make([][]float32, len(doc)) // second-stage scores of the shared features
	for i, toks := range doc {
		t.prepare(toks, t.gaz)
		feats, flat = featureLists(toks, t.local.bits, false, feats, flat)
		sc.grow(len(toks))
		clear(sc.emit)
		second[i] = make([]float32, len(toks)*nTags)
		t.pair.addBoth(feats, sc.emit, second[i])
		first[i] = tokenSpans(t.local.decode(len(toks), nil, &sc))
	}
	out := make([][]int, len(doc))
	ctx := docContext{doc: doc, first: first}
	for i, toks := range doc {
		t.auto.mark(toks)
		ctx.mark(i)
		sc.grow(len(toks))
		copy(sc.emit, second[i])
		for k := range toks {
			docFeats = appendDocFeatures(docFeats[:0], toks, k, t.doc.bits)
			t.pair.addSecond(docFeats, sc.emit[k*nTags:(k+1)*nTags])
		}
		out[i] = t.doc.decode(len(toks), nil, &sc)
	}
	return out
}

// institutionHeads are nouns that, followed by a definite genitive, name a public body
// (وزارة الدفاع, هيئة الأركان, وكالة الأنباء الفرنسية). ANERcorp leaves such names untagged
// (وزارة X is O all 43 times in its training part), so the model cannot learn them; Tag
// adds them by rule for readers of running text. TagTokens and TagSentences keep to the
// ANERcorp convention they are scored against (on the dev slice the rule costs 0.006 F1).
var institutionHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("وزارة هيئة وكالة جامعة منظمة مؤسسة سلطة مديرية مفوضية") {
		m[arabic.Key(w)] = true
	}
	return m
}()

// markInstitutions tags as ORG an institution head that the model left outside any entity,
// with the definite words after it (at most three; a one-word place name may end it).
func markInstitutions(toks []token, ids []int) {
	orgB := 1 + 2*typeIndex("ORG")
	loc := typeIndex("LOC")
	for i := 0; i < len(toks); i++ {
		if ids[i] != tagO || toks[i].article || !institutionHeads[toks[i].key] {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 {
			t := &toks[j]
			if ids[j] == tagO && t.article && !arabic.IsStopword(t.norm) && strings.TrimFunc(t.raw, isEdgePunct) == t.raw {
				j++
				continue
			}
			if ids[j] != tagO && typeOf(ids[j]) == loc && !isInside(ids[j]) && (j+1 == len(toks) || !isInside(ids[j+1])) {
				j++
			}
			break
		}
		if j == i+1 {
			continue
		}
		ids[i] = orgB
		for k := i + 1; k < j; k++ {
			ids[k] = orgB + 1
		}
		i = j - 1
	}
}

// docContext marks each sentence with the first-stage entities around it: those of its
// block of docBlock sentences and of the blocks either side. Each block's gazetteer is
// built once, as sentences are visited in order.
type docContext struct {
	doc   [][]token
	first [][]tokenSpan
	block int
	g     *gazetteer
}

const docBlock = 20

// docBits are the document categories.
const docBits = (1<<(docPart+len(types)) - 1) &^ (1<<docPhrase - 1)

func (c *docContext) mark(i int) {
	if b := i / docBlock; c.g == nil || b != c.block {
		c.block, c.g = b, newGazetteer()
		for j := max(0, (b-1)*docBlock); j < min(len(c.doc), (b+2)*docBlock); j++ {
			c.g.addEntities(c.doc[j], c.first[j], docPhrase, docPart)
		}
	}
	for k := range c.doc[i] {
		c.doc[i][k].gazB &^= docBits
		c.doc[i][k].gazI &^= docBits
		c.doc[i][k].first = 0
	}
	for _, sp := range c.first[i] {
		ty := uint8(typeIndex(sp.typ))
		for k := sp.start; k < sp.end; k++ {
			c.doc[i][k].first = 1 + 2*ty
			if k > sp.start {
				c.doc[i][k].first++
			}
		}
	}
	c.g.mark(c.doc[i])
}

// prepare sets the cluster and gazetteer fields of analysed tokens.
func (t *Tagger) prepare(toks []token, gaz *gazetteer) {
	for i := range toks {
		if !toks[i].lexed {
			t.lookUp(&toks[i])
		}
	}
	gaz.mark(toks)
}

func (t *Tagger) brownOf(tk *token) brownPath {
	if p, ok := t.brown[tk.bare]; ok {
		return p
	}
	for _, r := range tk.norm {
		switch {
		case r >= '0' && r <= '9':
			return t.brown["<num>"]
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			return t.brown["<lat>"]
		}
	}
	return brownPath{}
}

// featureLists computes the feature buckets of every token; flat is the backing store.
func featureLists(toks []token, bits uint8, doc bool, feats [][]uint32, flat []uint32) ([][]uint32, []uint32) {
	flat = flat[:0]
	ends := make([]int, len(toks))
	for i := range toks {
		flat = appendFeatures(flat, toks, i, bits, doc)
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
// skipped by the tokeniser. The text is one document: a name recognised in one sentence
// helps recognise it in the sentences near it.
func (t *Tagger) Tag(text string) []Span {
	chunks := sentenceChunks(text, arabic.Tokens(text))
	doc := make([][]token, len(chunks))
	an := analyser{t: t, m: map[string]*token{}}
	for i, c := range chunks {
		doc[i] = make([]token, len(c))
		for j, tk := range c {
			doc[i][j] = an.analyse(tk.Text)
		}
	}
	var spans []Span
	for i, ids := range t.tagDocument(doc) {
		markInstitutions(doc[i], ids)
		for _, sp := range tokenSpans(ids) {
			s, e := chunks[i][sp.start].Start, chunks[i][sp.end-1].End
			s += procliticBytes(text[s:e], &doc[i][sp.start])
			spans = append(spans, Span{Start: s, End: e, Type: sp.typ, Text: text[s:e]})
		}
	}
	return spans
}

// procliticBytes returns the length in bytes of the conjunction or preposition clitics
// that begin the entity's first word (و in والكويت), so that spans hold the name alone.
// raw starts with the token tk.
func procliticBytes(raw string, tk *token) int {
	if tk.bare == tk.norm || !strings.HasSuffix(tk.norm, tk.bare) {
		return 0 // no clitic, or one fused with the article (للكويت)
	}
	letters := utf8.RuneCountInString(tk.norm) - utf8.RuneCountInString(tk.bare)
	i := 0
	for i < len(raw) && letters > 0 {
		r, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		if arabic.IsArabicLetter(r) {
			letters--
		}
	}
	// Skip the marks and tatweel still attached to the clitic.
	for i < len(raw) {
		r, size := utf8.DecodeRuneInString(raw[i:])
		if arabic.IsArabicLetter(r) {
			break
		}
		i += size
	}
	if i >= len(raw) {
		return 0
	}
	return i
}

// sentenceChunks groups the tokens of text into sentences of at most maxChunk tokens.
func sentenceChunks(text string, toks []arabic.Token) [][]arabic.Token {
	var chunks [][]arabic.Token
	for start := 0; start < len(toks); {
		end := start
		for end < len(toks) && end-start < maxChunk {
			end++
			if endsSentence(text, toks, end-1) {
				break
			}
		}
		chunks = append(chunks, toks[start:end])
		start = end
	}
	return chunks
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
