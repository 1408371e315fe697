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
// (بواشنطن → Washington, الكينيون → Kenyan). The table's own names lose only the article and
// the conjunction و: keyed through arabic.Key, which splits a clitic wherever news uses the
// rest, 993 of its 21,929 phrases had lost a first letter (بروني, Bruneian, was keyed as
// روني and gave Rooney its English; آبل, Apple, read as Kabul), until stop 38. [Known] looks a
// name up as written, with no clitic read off. [Compose] writes a person's name word by word
// (باراك أوباما → Barack Obama) when every word has a spelling seen often enough.
//
// The table (data/lexicon.tsv.gz) is made by internal/mklexicon from ../shared/data/names
// (Wikidata name tokens, Google's transliteration pairs, GeoNames, Arabic Wikipedia titles
// via ArWikiCats), the CLDR names in golang.org/x/text, and a short hand-written table of
// exonyms and international organisations (internal/mklexicon/curated.tsv).
// Measured with scripts/glossary_targets.py on the glossaries of two aligned sets (a target
// is right when it occurs in the English lines aligned to the Arabic lines of its entry):
// UN dev 4,000 lines, precision 0.893 and 0.556 right targets per PERS/LOC/ORG entry (CLDR
// and romanisation before: 0.452, 0.245); UD Arabic-PUD, 0.854 and 0.483 (before: 0.222,
// 0.139). Without the curated table: 0.882 / 0.482 and 0.852 / 0.464. The person-name
// thresholds (a spelling must make 70% of a word's attested spellings) trade one for the
// other: at 60%, PUD precision falls below 0.85. Lookups cost little: a glossary of the ANT
// corpus (17 MB) takes as long as with the CLDR-only suggestions it replaces.
package names
