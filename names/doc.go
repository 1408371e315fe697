// Package names is an Arabic→English lexicon of names: countries, places, regions,
// nationalities, well-known persons and organisations, and the words of person names with
// their most frequent English spelling. The glossary uses it for its target column, so that a
// translator gets "Barack Obama", "Riyadh" and "Kenyan" for باراك أوباما, الرياض and الكينية
// instead of a romanisation (Barak Awbama); romanisation is left to names no list knows.
//
// It is a package of its own because it is a concern of its own, an embedded data set with
// its build command and licences (data/README.md), that glossary, prep and export share, and
// that may grow sources without touching how glossaries are collected.
//
// [Lookup] finds a whole name through arabic's normalisation and clitic stripping
// (بواشنطن → Washington, الكينيون → Kenyan). [Compose] writes a person's name word by word
// (باراك أوباما → Barack Obama) when every word has a spelling seen often enough.
//
// The table (data/lexicon.tsv.gz) is made by internal/mklexicon from ../shared/data/names
// (Wikidata name tokens, Google's transliteration pairs, GeoNames, Arabic Wikipedia titles
// via ArWikiCats), the CLDR names in golang.org/x/text, and a short hand-written table of
// exonyms and international organisations (internal/mklexicon/curated.tsv).
// Measured with scripts/glossary_targets.py: see the glossary package's doc and README.
package names
