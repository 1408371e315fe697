// Package safetext keeps text writable in the file formats translators open: it says which
// characters XML 1.0 can carry (XLIFF, TMX, TBX and XLSX are XML), drops the others and lists
// them so that a caller can report what it left out, cuts a spreadsheet cell at Excel's limit
// (counted in UTF-16 code units, as Excel counts), and defuses cells a spreadsheet would run
// as a formula.
//
// It is its own package because every writer — the worksheet formats (XLIFF, TMX, XLSX, CSV)
// and the glossary formats (TBX, XLSX, CSV) — needs these rules and must apply them alike:
// written once per writer, they drifted (one counted the cell limit in runes). None of it is
// about any one format.
package safetext
