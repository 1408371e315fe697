// Package wordcache keeps what has been computed about words (their analysis, their summed
// model weights) for reuse across the documents of a corpus, where the same few tens of
// thousands of word types make up nearly all tokens. It is a package of its own because the
// entity tagger and package idf's term analysis (which the summarizer uses) both use it, and
// neither should import the other.
//
// A Cache is bounded — in words (it stops taking them when full) and in bytes (it never takes
// a word longer than MaxKeyBytes) — and takes a word the second time it is offered, so that
// the words seen once only do not fill it before the frequent words of a corpus come round
// again — or the first time, when the caller knows the word to be common (WantsCommon): the
// tagger asks its word-frequency lexicon, and over ANT analyses 121k words instead of 144k.
// It is safe for concurrent use: reads go to an immutable map without locks; new words wait
// in a small locked map and are folded into a fresh copy of the immutable map every so often,
// so that the total copying stays linear in the size of the cache.
package wordcache
