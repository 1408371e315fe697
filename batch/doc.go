// Package batch reads many documents — files, folders walked recursively, and JSONL streams
// with one document per line — and processes them in parallel while emitting results in input
// order, with a fixed window of documents in flight so that memory stays flat however large
// the corpus.
//
// It is its own package because it is about scheduling and input framing, which every
// corpus-scale command (segment, entities, summarize, glossary, idf build) shares and none of
// the text packages should know about.
//
// Run is such a run as a command makes it: a progress bar on the writer it is given (a
// terminal's stderr; the caller decides), failed documents handed to a callback and counted,
// and an optional last step over all the results. Like the rest of the package it returns
// errors and prints nothing else.
//
// A document that cannot be read (invalid encoding, too large, a JSONL line that is not JSON
// or lacks the text field) is not fatal: it arrives with Err set, so that the caller can
// report it, skip it and go on.
package batch
