// Package english runs English source text through jdkato/prose/v2 — its Punkt sentence
// segmenter, its part-of-speech tagger and its entity model, all trained on English — and
// gives the results the shapes the Arabic pipeline uses: sentences and entity spans with
// byte offsets into the input, and term candidates for the glossary.
//
// prose returns sentence, token and entity text without offsets; this package recovers
// them by aligning that text with the input character by character (white space skipped),
// so that every sentence re-slices the input exactly and every non-space character lies in
// exactly one sentence, whatever prose does with spacing.
//
// prose is never used on Arabic: its models are English. Arabic text goes through the
// segment and entity packages.
//
// data/stopwords.txt is a list of English function words written for arprep (CC0).
package english
