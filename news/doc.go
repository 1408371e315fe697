// Package news recognises the frame that news articles carry around their text when they come
// from agencies and scraped pages: the dateline or byline that opens them ("تونس (وات) -",
// "عبدالله البرقاوي- سبق- الرياض:", "سان فرانسيسكو 20 يوليو تموز (رويترز) -", "فايز الحسيكي –
// عين اليوم"), the source credits that close them ("(أ ف ب)", "وفقا للألمانية.", "المصدر (وات)")
// and the page furniture scraping leaves in ("Next Previous", "اقرأ أيضا", "شارك | طباعة",
// "(صورة أرشيفية)").
//
// # Why a package of its own
//
// The frame is neither a sentence rule nor a summary feature: it is knowledge of how news is
// written — agencies and outlets, dateline cities, date words, credit and byline leads,
// template labels — and it is used by three stages. Package segment cuts a leading dateline
// off the first sentence and marks credit and furniture units (segment.Sentence.Kind), so that
// a translator's worksheet keeps the dateline as a unit of its own; package summarize leaves
// those units out of the summary and of its position feature, and reports the dateline; package
// glossary marks the agencies named there. The recognisers live here, on plain strings, so each
// stage uses them without depending on the others; where the pipeline applies them is
// segment's layout (segment/news.go), because every later stage starts from segment's units.
//
// # Recognisers
//
//   - [DatelineEnd]: the length of the dateline that opens a unit (0 when none, len(s) when the
//     unit is all dateline: a byline or date line). See its documentation for the shapes.
//   - [Classify]: whether a whole unit is a credit or furniture.
//   - [TrailingCredit]: a bracketed credit or caption that ends a line of running text with no
//     full stop before it ("… ديبورتيفو الافيس المصدر (وات)"); [ClosingCredit] also one before a
//     sentence's full stop ("… تستمر (واس)."), which segment applies after the first sentence.
//   - [LeadingFurniture]: Latin template labels before the Arabic text on the same line.
//   - [Mentions] and [LookupOutlet]: the agencies and outlets named in a piece of text.
//
// They are written to keep the text when in doubt: a real first sentence must never be lost.
// A dateline needs a structural signal and a known name together — an agency or outlet in
// brackets before a dash or a colon, or dash-joined short parts one of which is a known agency or
// outlet ending in a colon, or a known city before a dash and running text — so a name followed
// by a colon in a quote ("أحمد الحربي: لن نتراجع"), a sentence that starts with a city ("الرياض
// تستضيف") or with an agency as its subject ("رويترز تكشف", "رويترز: الحكومة تدرس") and a match
// ("تونس - المغرب: …") stay text. Saudi papers add three shapes: a reporter and a city alone on a
// line ("محمد العتيبي - الرياض", "أبها - فهد الشهري"), taken only when the city is known and the
// name two to four words opening with a known given name (data/given.txt) or عبد, so that "أمير
// الرياض - يستقبل السفير" and "السعودية - الإمارات" stay text, and never when text follows on the
// same line; an outlet introduced as one ("صحيفة المرصد:", "موقع عاجل -"); and source words
// ("الرياض - متابعات:", "خاص - سبق"). An outlet whose name is also an ordinary word ("سبق",
// "المدينة", "الجزيرة", marked ~) counts only beside a city, a reporter's name or another source,
// so "الهلال - الجزيرة: موعد المباراة" stays text, and one named after a city ("مكة") beside
// another city is a second place ("جدة - مكة"); glued to running text such a name stays in the
// sentence ("الدمام - اليوم أعلنت …" cuts "الدمام - " only). Okaz's "فهد البقمي (جدة)" and
// "عكاظ (جدة)" and a comma ("الرياض، عبدالله الحسني") are bylines as whole lines only. A byline
// lead that is also an ordinary word ("كتب" books, "تقرير" report, "حوار") needs a reporter's name
// after it, so "كتب جديدة في معرض الرياض" and "تقرير: الاقتصاد ينمو" stay text ("بقلم" and "By"
// take any few words). A dateline is at most [MaxDatelineBytes] and ends at a separator
// or white space, never inside a word (FuzzDatelineEnd checks both). Arabic furniture words
// ("شارك", "التالي") are also words of sentences, so only a unit made of furniture labels alone is
// furniture, and only Latin labels are cut from the start of a line.
//
// # Data
//
// data/agencies.txt (international and Arab national agencies, Saudi and other Arab outlets, with
// their abbreviations and an English name), data/cities.txt (dateline cities), data/dates.txt
// (weekdays, Gregorian months in their Egyptian/Gulf, Levantine and Maghrebi names, Hijri months),
// data/furniture.txt (template labels), data/leads.txt (credit and byline leads, source words
// and the words that introduce an outlet) and data/given.txt (given names that open a byline). Each file
// says where its entries come from: the agencies' own names as they sign their wires (FANA and
// UNA members, the international agencies' Arabic services), mastheads, and the credits and
// captions of the ANT corpus; written for this project from public knowledge. Entries are
// matched after folding (diacritics and tatweel removed, أ إ آ → ا, ى → ي, ة → ه, Latin lower-case,
// spaces and dots dropped: "أ ف ب" = "أ.ف.ب"). Adding a name needs no code change.
//
// # Measurements
//
// On the test set of scripts/make_news_set.py (ANT articles dressed with the dateline,
// byline, furniture and credit shapes, look-alikes, and ANT articles as they are; 600 articles
// per half, the held-out half with other reporters, other cities and other separator spellings),
// measured by scripts/news_eval.py with `summarize -n 3`:
//
//	                                    dev half                 held-out half
//	                                    before        after      before        after
//	summaries carrying their dateline   312/327       0/327      313/327       0/327
//	summaries carrying any frame text   316/327       0/327      317/327       0/327
//	real first sentence lost            -             0/600      -             0/600
//
// ("before" is commit e5dc506, which has no frame; a lost first sentence is one that any unit
// marked dateline, credit or furniture overlaps.) The held-out half was first measured when the
// rules passed on dev, with the same 0/327 and 0/600; the shapes added since (the SPA wire
// dateline, outlets in quotation marks, six-word names) came from hand-written probes, not from it.
//
// Issue 22b added Saudi shapes to the set (a reporter and a city on a line, introduced outlets,
// source words, byline leads, and look-alikes: "أمير الرياض - يستقبل السفير", two places, a
// named quote), drawn by a second generator in both halves with split names and spellings. On
// that set, commit 1ecefee (the layout before them) carried the dateline in 64/327 (dev) and
// 66/327 (held-out) summaries; now 0/327 and 0/327, first sentences lost 0/600 in both; on the set
// as 1ecefee's script builds it the figures above are unchanged (0/327, 0/600), and so are ANT's
// marked units below (ClosingCredit's "لمراسل (وات)." cases stay in their sentences). The held-out half was first measured with an
// introducer paired with an outlet it does not fit ("قناة الرياض", 5/327 carried, kept as text);
// the generator now pairs them, and the rules were not changed for it.
//
// Over the whole ANT corpus (10,161 articles, as they are) segment marks 1 dateline ("تونس 11
// ديسمبر 2016 (وات) -"), 87 credits and 31 furniture units, every one checked by hand; no first
// sentence is touched. UD Arabic-PUD and UN dev segmentation are unchanged (F1 0.9970 and 1.0000,
// no unit marked). In the EASC dev half three articles open with a dateline ("عمان- الرأي-",
// "الدوحة - (اف ب) -"); their summaries now leave it out, while the human summaries, which copy
// whole sentences, keep it: ROUGE-1/2 move from 0.5283/0.4519 to 0.5276/0.4513 (--plain gives the
// old figures).
//
// # Cost
//
// The recognisers run on the first unit of each article (and on short units, for credits and
// furniture); most units are dismissed by byte searches before any token is read (no separator
// within the first words, no date, a short line that ends a sentence). Measured over the ANT
// articles one by one (bench/: Stages/segment against Stages/segment-plain, the same code without
// the layout, in one run): in a CPU profile the layout takes about 10% of segment.SplitWith, a
// fixed cost under 1 µs an article (`go test ./bench/ -run '^$' -bench 'Stages/segment$'
// -benchtime 60x -cpuprofile cpu.prof`); wall-clock, best of 6 on a 2-core machine shared with
// other work, 196 against 221 MB/s (0.89). A single long document pays it once. In summarize it is
// about 1% of the time (the entity tagger dominates).
package news
