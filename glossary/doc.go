// Package glossary builds a term glossary for translators from Arabic documents and writes it
// in the formats translation tools import: OmegaT's tab-separated glossary, CSV, TBX v3
// (TBX-Basic), TBX 2 (<martif>), JSON and XLSX.
//
// # Candidates
//
// A candidate is either a named entity (from a tagger the caller injects, see
// [Options.Names]) or a term: one to four content words in a row. Terms are bounded by
// stopwords, punctuation, numbers, Latin words and sentence ends, and a word that carries a
// proclitic (و ف ب ك ل س) can only begin a term, never continue one: "والشراكات الإستراتيجية"
// gives "الشراكات الإستراتيجية" with the conjunction stripped (arabic.StripProclitics), and a
// term never runs across "و" into the next phrase.
//
// # Merging spellings
//
// Every occurrence has a key: the arabic.Key of each word (normalised, no clitics, no article),
// so الكويت, والكويت and كويت are one entry and الپنتاغون/البنتاغون, الإستراتيجية/الاستراتيجية
// fold together. Keys with the same number of words whose words are pairwise close spellings
// (arabic.Variant: أمريكا/أميركا) are merged too, under an extra guard: the two words must
// begin and end with the same letter, so that a word is never merged with its nisba adjective
// or a suffixed form (فلسطين/فلسطيني, مسؤول/مسؤولي). An entry keeps every surface form with
// its count; the canonical form is the most frequent one (the earliest on a tie).
//
// # Scoring
//
// Terms are ranked by C-value (Frantzi, Ananiadou and Mima 2000): log2(n+1)·(f − mean
// frequency of the longer candidates that contain it), so a fragment that only ever occurs
// inside a longer term ("دان" in "دان كين") scores zero and is dropped. Names are ranked by
// log2(n+1)·f without the nesting discount, since a name inside a longer phrase ("الرئيس جورج
// بوش") is still the name a translator needs. With a background model ([Options.Background])
// every score is multiplied by the mean IDF of the entry's words, which pushes down words
// that are frequent everywhere.
//
// # Suggestions
//
// Targets are only suggestions, and are marked as such in every format: the English CLDR name
// of a country, region or language whose Arabic CLDR name matches the entry (with or without
// the article, see [Suggest]), or a romanisation of a person's name ([Romanize], a simplified
// ALA-LC scheme). Otherwise the target is empty.
package glossary
