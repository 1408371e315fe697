// Package entity finds named entities (PERS, LOC, ORG, MISC) in Arabic text, as byte spans
// and as IOB2 tags over tokens. Summaries weigh sentences by entity density with it, and the
// glossary collects names with it, so it is its own package: a trained model with its
// training command (entity/train), not a word list.
//
// # Design
//
// The tagger is an averaged structured perceptron (Collins 2002) over IOB2 tags with
// first-order Viterbi decoding constrained so that I-X only follows B-X or I-X: the output
// is always well-formed. A CRF would fit the same features; the perceptron trains in
// seconds, deterministically, with no numerical tuning, and decodes as fast. Features are
// hashed into 2^20 buckets:
//
//   - the word, its normalised form (arabic.Normalize), its form without conjunction and
//     preposition clitics (arabic.StripProclitics), its Key (no clitics, no article) and
//     light stem (arabic.Stem), the definite article, prefixes and suffixes, letter
//     trigrams (transliterated foreign names have letter sequences of their own), length
//     and shape (Arabic/Latin letters, digits, quotes and brackets), and the proclitics
//     themselves (و، ب، ل...) of the word and its neighbours, which mark where a name of a
//     list (وطارق السعيد وحسن مصطفى) or after a preposition (بإيهود أولمرت) begins;
//   - the words, keys and stems around it (±2), word bigrams, and trigger words: titles
//     (الرئيس، الفريق، وزير...), speech verbs (قال، أعلن...), organisation heads (شركة، جامعة،
//     وزارة، وكالة...) and place heads (مدينة، ولاية...);
//   - Brown clusters (Brown et al. 1992) of the unlabelled ANT news corpus plus the
//     training text, by Liang's (2005) windowed algorithm with 300 active clusters over
//     the 26,073 words seen three times or more: the prefixes of 4, 6, 10 and 20 bits of
//     the bit strings of the word and its neighbours at ±2 (Ratinov and Roth 2009; Turian
//     et al. 2010). Given names, family names and countries fall into clusters of their
//     own. A word profile from the same text: how frequent the word is, how often it takes
//     the article (names of people almost never do), how often it follows a title and how
//     often the head of an organisation's name (حزب الليكود، شركة فولكسفاغن);
//   - gazetteers: the Arabic names of countries, regions and languages from CLDR
//     (golang.org/x/text/language/display), and the entities of the training data (whole
//     phrases and their words, and which words begin and end a person's name of two or
//     more words), jackknifed over five contiguous folds so that no sentence sees its own
//     article's labels.
//
// Tagging runs in two stages. The first uses the features above. The second adds what the
// first found around the sentence (the entities of its block of 20 sentences and the blocks
// either side: a name tagged once is usually the same entity when it recurs alone), the
// first stage's own tags of the word and its neighbours (stacking), and a
// self-tagged lexicon: the words and phrases the first stage tags consistently over the
// 10,161 articles of the unlabelled corpus. Both are built for the training sentences from
// out-of-fold first-stage models, so the second stage learns how far to trust them. In
// training, a token's own word features are hidden a quarter of the time (word dropout), so
// that context, affixes and clusters learn to carry names never seen in training; rows of
// weights all below 2 in magnitude are pruned (a quarter of them remain, at the same F1).
//
// Tag also marks institution names that ANERcorp leaves untagged (وزارة/هيئة/وكالة... with a
// definite genitive, as in وزارة الحرب الأمريكية: وزارة X is O all 43 times in the training
// part, so no model trained on it finds them); TagTokens and TagSentences keep ANERcorp's
// convention, which is what they are scored against. Tag's spans leave out conjunction and
// preposition clitics (و in والكويت) so that the text is the name.
//
// # Measurements
//
// Dev slice = the last 400 sentences of ../shared/data/anercorp/train.tsv, never trained on
// (973 entities; 258 of its 297 PERS entities never occur in the training part):
//
//	go run ./entity/train -data ../shared/data/anercorp/train.tsv \
//	    -corpus ../shared/corpora/ant_v1.1.jsonl -o entity/model.bin -dev-gold dev.gold -dev-pred dev.pred
//	python3 ../shared/eval/nerf1.py dev.gold dev.pred
//
//	LOC      P 0.8333  R 0.9140  F1 0.8718  (gold 279, predicted 306)
//	MISC     P 0.8077  R 0.4078  F1 0.5419  (gold 103, predicted 52)
//	ORG      P 0.7632  R 0.4932  F1 0.5992  (gold 294, predicted 190)
//	PERS     P 0.7226  R 0.7104  F1 0.7165  (gold 297, predicted 292)
//	overall  P 0.7774  R 0.6711  F1 0.7204  (gold 973, predicted 840)
//
// The same figures come from the command: arprep entities --input conll dev.gold > dev.pred.
// On the way: sentence-local perceptron with word, affix and neighbour features and CLDR
// gazetteers 0.664; with k-means corpus clusters 0.675; two stages with document context 0.681;
// with the self-tagged corpus lexicon 0.700; with Brown cluster prefixes 0.704 (PERS
// 0.673 → 0.683, ORG 0.581 → 0.615, MISC 0.542 → 0.480); with first and last name parts
// 0.710; with the proclitics as features 0.718 (PERS 0.688 → 0.718); with the profile's
// organisation-head context 0.721 (ORG 0.593 → 0.621); with the first stage's tags as
// second-stage features 0.726; without the k-means clusters, which the Brown clusters
// replace, 0.720 (dropped all the same: their 17 features a token slowed tagging by a
// quarter, to about 2 MB/s through the command on a loaded machine). A single feature added or
// removed moves the dev figure by up to ±0.008, so each of these steps alone is within
// noise; together they take 0.700 to 0.720. Tried and left out: adding the raw text of the UN
// dev set, the EASC articles and PUD to the corpus (0.710), a self-tagged "never inside
// an entity" mark for words seen five times in the corpus (0.711), a feature for words
// between quotation marks (0.710), 8 or 16 epochs instead of 12 (0.697, 0.696),
// word dropout 0.15 or 0.35 instead of 0.25 (0.703, 0.690), Brown cluster bigrams and
// cluster × title conjunctions (0.706). The bar is 0.80: not reached.
//
// The model (entity/model.bin, 3.3 MB, embedded) loads in 22–25 ms (BenchmarkLoadModel)
// and only in commands that need entities. Training takes about 45 s on one core plus four
// minutes for the Brown clusters (-brown-cache keeps them in a file between runs: they depend
// only on the texts), and is deterministic: the same data, corpus and -seed give the same
// bytes, with or without the cache.
//
// # Speed
//
// Most features of a token name one word of its window (the word, its forms, affixes,
// trigrams and cluster, at an offset of −2..+2: appendWordFeatures); the rest join two words
// or come from the gazetteers and the first stage (appendContextFeatures, appendDocFeatures).
// So a tagger sums, once per word type, the weights its word features add at each offset —
// both stages side by side — and scoring a token costs five additions of 18 numbers and a
// few look-ups (Tagger.emissions; TestCachedEmissionsMatchFeatures checks the sums against
// the full feature lists). The sums, with the word's analysis, stay in a cache shared by
// the goroutines (package wordcache: 32,768 words, some 25 MB, taken at their second
// sighting), since news repeats its frequent words from one article to the next; the
// weights of a Brown cluster are summed once per cluster, and a bitmap of the buckets that
// have weights answers most look-ups of rare words' features. The tags are the same as
// with the feature lists (the dev figures above come from the cached path).
//
// Measured on this 2-core VM, three alternate runs each, another job paused (2026-11-28
// 23:40 UTC): GOMAXPROCS=1 arprep entities --format tsv on 5.0 MB of ANT news in one
// document takes 1.22–1.54 s (3.2–4.1 MB/s; the tagger before this design, same runs:
// 2.14–2.85 s), peak RSS 280 MB (the whole input is one document); GOMAXPROCS=1 arprep
// entities --jsonl over the 17.4 MB ANT corpus 2.22–2.45 s (7.1–7.9 MB/s), 116–121 MB.
// scripts/bench.sh: Tag 6.2 MB/s on one core, 0.039 × uax29's sentence iterator (it was
// 1.4 MB/s, 0.010 ×).

// # Data and licences
//
// The model is trained on ANERcorp (CAMeL Lab train split, minus the dev slice), CC BY-SA
// 4.0: Benajiba, Rosso and Benedí Ruiz, "ANERsys: An Arabic Named Entity Recognition System
// Based on Maximum Entropy", CICLing 2007; split by Obeid et al., "CAMeL Tools: An Open
// Source Python Toolkit for Arabic Natural Language Processing", LREC 2020. Its clusters,
// word profiles and self-tagged lexicon come from the ANT corpus v1.1, Apache-2.0: Chouigui,
// Ben Khiroun and Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
// Classification", AICCSA 2017. The model file is a derived work of ANERcorp and is
// distributed under CC BY-SA 4.0. Gazetteer names come from CLDR via golang.org/x/text
// (Unicode licence).
//
// # Model file
//
// "arprep-ner", a format version byte, the CRC-32 of the rest, then the hash size, both
// stages' weights (transitions and the non-zero emission rows), the word profiles, the
// Brown clusters and the two gazetteers. A damaged, truncated or foreign file is reported as
// ErrCorruptModel, never loaded in part.
package entity
