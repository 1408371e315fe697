// Package view writes a document, its summary, its named entities and its glossary as one
// self-contained HTML page that a translator or news monitor opens in a browser, shares with
// a client or prints.
//
// It is a package of its own because the page is a concern none of the others has: it only
// presents what segment, summarize, entity and glossary found (the caller passes their
// results in a [Page]); the one text operation it asks for, finding the glossary's spellings
// in the text, is glossary.Locate.
//
// The page holds the whole text with the summary's sentences highlighted (rank in the margin,
// rank and score on hover, a "summary only" switch that is a checkbox and CSS), entities
// marked by type with a legend, glossary terms linked to their row of a sortable glossary
// table, whose first-occurrence cell links to the sentence. Several documents give one page
// with a table of contents, a section each, and one glossary.
//
// Safety and layout: every piece of input is written through html/template, so text is
// escaped where it lands (element text, attribute values); a Content-Security-Policy meta
// tag allows no network request and no script but the page's own sort script (by its
// SHA-256), so even markup that slipped through could neither run nor load anything. The
// page sets lang and dir from each document's language (rtl for Arabic); runs of input
// inside English labels (names, terms, warnings) are isolated with <bdi>, and each sentence
// with unicode-bidi: isolate, so bidi controls in the input reorder at most their own
// sentence. Marks and links do not isolate: a sentence looks as its plain text would.
// Nothing is ever inserted into the text: no bidi controls, no zero-width characters.
// A print stylesheet sets A4 pages, keeps the direction, repeats table headers on each page
// and wraps long cells instead of cutting tables off.
//
// Every entity gets exactly one <mark> and every sentence one element, so a page's mark and
// highlight counts equal those of `arprep entities` and `arprep summarize` for the same input
// (the browser test in scripts/browser_check.sh checks this). An entity that runs past its
// sentence's end is cut there; a glossary place that would cross a sentence or an entity
// boundary is left unlinked.
//
// Measured with ARPREP_BROWSER_TEST=1 go test -run TestBrowser -v . (2 cores shared with
// other work, load average 11-13, headless Chromium 156, best of three runs):
//
//	1 MB document                          page bytes       DOMContentLoaded
//	ANT news, 645 articles (1,049,041 B)   2,006,885 (1.91×)  380 ms (2,444 ms before .p got content-visibility)
//	seed article repeated, hostile lines   2,505,796 (2.38×)  361 ms (1,201 ms before)
//
// The page shows the best 500 glossary entries by default (view --top): the whole glossary of
// the news megabyte, 9,343 entries with their contexts, had made an 8 MB page (7.7×).
// Paragraphs are blocks with content-visibility: auto, so the browser lays out only those on
// screen; printing still lays out all of them (the seed prints on 5 A4 pages either way).
// `arprep view` on the news megabyte takes about 5 s, most of it the tagger and the glossary;
// Write alone does 0.59-0.79 MB/s under that load (BenchmarkWrite, 30,000 marks per MB; in
// its profile 70% of the time is html/template's escaping calls).
package view
