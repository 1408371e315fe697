// Package cldr walks the names CLDR gives countries, region groups and languages, in Arabic
// and in English (the tables of golang.org/x/text/language/display), in one fixed order.
//
// It is its own package because the entity tagger's gazetteer, the names lexicon builder
// (names/internal/mklexicon) and the glossary's target suggestions all read these names, and
// each had its own loop over the codes; one iterator keeps them reading the same names.
package cldr
