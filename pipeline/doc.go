// Package pipeline analyses a document once — its language, sentences, named entities and
// words — and hands that analysis to the packages that use it: summarize, glossary, worksheet
// (a translation job) and view (a page). It is a package of its own because every command needs
// the same routing (English text goes to prose, Arabic to the segmenter and the tagger) and
// because tagging is the slowest stage: a job's summary, glossary and report page take the
// names found once, not once each, and the summarizer takes the words the tagger analysed
// (entity.Tagger.Analyse, summarize.Analysed) instead of tokenising and stemming them again.
//
// The packages it feeds share the tagger's span.Entity and the segmenter's segment.Sentence, so
// the names and sentences found once are handed on as they are, not converted.
//
// Parallelism is passed in explicitly (Analyser.Parallel, AnalyseParallel's n): the caller
// decides how many CPUs a run may use.
package pipeline
