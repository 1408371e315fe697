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
// Measured (2 shared cores, load average 10-17 from other work, 2026-12-04) on the 1,054,500-
// byte document the browser test builds (the seed article repeated, with hostile lines):
// the page is 2,533,689 bytes (2.40×: 30,601 glossary links, 5,550 entity marks, 5,850
// sentences); headless Chromium 156 reached DOMContentLoaded after 1,132 to 1,700 ms at best
// of three (ARPREP_BROWSER_TEST=1 go test -run TestBrowser -v .), a plain <pre> page of the
// same text 84 to 1,189 ms in the same conditions. `arprep view` on it takes 1.2-1.4 s against
// 0.5-0.75 s for `arprep glossary` and 0.4 s for `arprep entities` (/usr/bin/time); Write
// alone does 0.59-0.79 MB/s of document under that load (BenchmarkWrite, 30,000 marks per MB;
// 0.55 s of CPU per MB in its profile, 70% of it html/template's escaping calls).
package view
