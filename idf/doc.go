// Package idf counts document frequencies over a corpus and turns them into inverse document
// frequencies (IDF), and reads and writes them as a versioned model file.
//
// It is a package of its own, not part of summarize, because a background model is corpus
// statistics with a life of its own: it is built once over an archive (in parts, on several
// machines, then merged), stored in a file with its own format, and read by more than one
// consumer (the summarizer's TF-IDF, and any term weighting such as the glossary's). The
// package also owns [Terms], the analysis that turns text into terms, because counts are only
// comparable between texts analysed the same way; the model file records the analyser (its name
// and a checksum of what it makes of a probe text, so that a change in package arabic is caught
// too) and a model made by another analyser is refused.
//
// # Terms
//
// [Terms] keeps content words: every Arabic word is normalised ([arabic.Normalize]), its
// clitics split and light-stemmed ([arabic.Stem]); stopwords, one-letter stems and punctuation
// are dropped. Latin words are lower-cased; numbers (ASCII after normalisation) are kept, since
// a year or a figure that recurs is content in news text. [Words] gives every token of a text
// with its term; [StemTerm] gives the term of a word that an analyser (the entity tagger) has
// normalised and stemmed already, so that the terms need not be found twice.
//
// # IDF
//
// IDF(t) = ln((1+N)/(1+df(t))) + 1, with N documents and df(t) the documents holding t: the
// smoothed form (as in scikit-learn), positive for every term, and defined for unseen terms
// (df 0), which get the largest value.
//
// # File format (version 1)
//
// A model file is UTF-8 text with LF line ends:
//
//	arprep-idf 1
//	analyser arabic-stem-1+CRC
//	documents N
//	terms M
//	TERM<TAB>DF          (M lines, sorted by the bytes of TERM, each TERM once, 1 ≤ DF ≤ N)
//	end CRC
//
// The first line is the magic header and the format version; the second names the analyser
// (see [Analyser]). CRC is the CRC-32 (IEEE), in 8
// lower-case hex digits, of every byte before the "end" line; it catches truncation and
// corruption. A reader refuses a file with another magic, another version, another analyser, a
// bad count, an unsorted or duplicate term, or a wrong checksum, naming the line. Terms hold no
// tab or newline by construction. Models are merged by adding N and every DF ([Model.Merge]),
// so a corpus can be counted in parts.
package idf
