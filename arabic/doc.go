// Package arabic is the text core every other arprep stage builds on: normalisation for
// matching, tokens with byte spans, clitic splitting, a light stemmer, stopwords and spelling
// variants.
//
// Normalisation is for matching, never for display: callers keep the original text and use
// [Normalize] (or [NormalizeFolds] for a chosen subset of folds) to build keys. All byte offsets
// in this package are offsets into the string the caller passed in.
//
// # Clitics
//
// Arabic attaches conjunctions (و ف), prepositions (ب ك ل), the future marker (س) and the
// article (ال) to the word that follows. [SplitClitics] removes them only when the evidence says
// they are clitics: the remainder must be long enough, and a lexicon of word frequencies
// (embedded, counted from the ANT news corpus) must know the remainder at least as well as the
// whole word, so that words which merely begin with those letters (والد، بلد، لبنان، كتاب،
// فلسطين، الله) stay whole. The table in clitics_test.go holds the cases, half of them traps.
//
// # Stemming
//
// [Stem] is a light stemmer in the Light10 family (Larkey et al. 2007): it removes clitics
// with the guard above, then at most one suffix from a short list, and never leaves fewer than
// two letters (three for plural suffixes). It was chosen over blevesearch/snowballstem's Arabic
// stemmer because the Snowball stemmer conflates far more aggressively (it strips broken-plural
// and verb affixes too, so unrelated words collide), which hurts the glossary and entity keys
// where a false merge is worse than a missed one; stem_test.go measures both on the same table.
//
// # Data
//
// data/stopwords.txt is mohataher/arabic-stop-words (MIT, data/stopwords.LICENSE).
// data/lexicon.txt.gz holds normalised word frequencies counted from the ANT corpus v1.1
// (Chouigui et al. 2017, Apache-2.0), regenerated with
// `go run ./arabic/internal/mklexicon -corpus ../shared/corpora/ant_v1.1.jsonl`.
package arabic
