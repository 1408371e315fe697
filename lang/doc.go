// Package lang decides which language leads a document — Arabic or English — from its
// letters, so that every command can pick the Arabic or the English pipeline per document.
// Direction says which way a language tag's text runs (rtl or ltr), for the XLIFF, workbook
// and HTML writers.
//
// It is its own package because the decision is shared by segmentation, entities, summaries,
// glossaries and exports, and belongs to none of them.
package lang
