// Package span holds the named-entity span that the taggers (entity for Arabic, english for
// English) hand to the packages that use their names: summarize, glossary, view, pipeline and
// the entities command.
//
// It is a package of its own, at the bottom of the import graph (it imports nothing), so that
// those packages share one type instead of each declaring its own {Start, End, Type} and the
// pipeline converting between them, and so that a package that makes or takes names without
// the Arabic tagger (english, summarize, glossary, view) does not import entity for its type.
//
// A document's sentences are segment.Sentence, which every package that takes sentences
// already imports.
package span
