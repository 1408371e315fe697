// Package segment splits Arabic text (and the Latin text mixed into it) into sentences,
// with byte offsets back into the input.
//
// Split and SplitWith work on a string; Reader streams from an io.Reader with memory
// bounded by the longest sentence, and finds the same sentences:
//
//	r := segment.FromReader(f, segment.Options{})
//	for r.Next() {
//		s := r.Sentence() // s.Text == input[s.Start:s.End]
//	}
//	if err := r.Err(); err != nil { ... }
//
// Every non-space character of the input lies in exactly one sentence, and a sentence
// never starts or ends with white space.
//
// # Rules
//
// A sentence ends after . ! ? ؟ ۔ … and their runs (؟! ?! ...), taking along the closing
// quotes and brackets that follow (» ” " ' ) ] ﴾ ﴿), and at every line break: a line
// without final punctuation (a headline, a heading, a list item) is a sentence of its
// own. A blank line ends a paragraph.
//
// A full stop does not end a sentence
//   - inside numbers, dates and versions (3.5, 12.08.2014, 2.1.3; ٣٫٥ and 1,000 hold no
//     full stop at all) or URLs and e-mail addresses;
//   - after an abbreviation (data/abbreviations.txt: د. م. ص.ب. إلخ. Dr. e.g. ...), a
//     dotted initialism (أ.د. ق.م. U.S.), a single-letter initial before a name
//     (أحمد ز. أمين; not before a word behind the conjunction و, unless it is a name
//     from data/waw_names.txt, nor before a function word behind ف: "الفئة ب. وفاز"),
//     or a Latin letter name spelled in Arabic before another (data/letter_names.txt:
//     "سي. إن. إن");
//   - after a list number at the start of a sentence ("1." "2."; "iv." at a line start);
//   - after a year (or, for ق.م., a century) with an era marker (data/eras.txt: م. هـ.
//     ق.م.) or a number with a
//     one-letter unit ("35 م د." million dinars) only when the date or amount goes on
//     (data/continuations.txt: "1420 هـ. الموافق 1999 م.");
//   - in a mid-sentence ellipsis ("وما تفعله... في الواقع"), unless a quotation closes
//     right after it;
//   - when a comma, semicolon, colon or lower-case Latin word follows ("«لماذا؟»، قال").
//
// A full stop with no space after it still ends a sentence between Arabic words
// ("بالتعادل.وسيلتقي"), and one after a closing bracket or quote ends it whatever stands
// inside ("(U.S.A.)."). A question mark followed by "أو"/"أم"
// (data/question_continuations.txt) continues an alternative question, and a doubled full
// stop followed by "وغيرها" and its kin (data/and_so_on.txt) a list. Inside a
// quotation that closes later on the same line, terminators do not end the sentence:
// a quoted passage of several sentences stays with the sentence that quotes it.
// Bidi controls, zero-width characters, tatweel and diacritics are skipped whenever a
// rule looks at a neighbour, so they never change a decision.
//
// A colon ends a sentence by default only after a short heading label at the start of
// a line that introduces a question (data/question_words.txt), and never after a verb of
// saying (data/speech_verbs.txt): "سؤال وجواب: ماذا حدث؟" gives "سؤال وجواب:" and the
// question. Clause mode (Options.Clauses) also splits after every colon followed by
// white space and after an Arabic comma with at least three words on each side, as
// pragmatic_segmenter's Arabic rules do.
//
// # News layout
//
// News articles carry a frame around their text, and every later stage starts from segment's
// units, so the units say what they are (Sentence.Kind, from package news): a dateline or byline
// that opens an article ("واس - الرياض:", "تونس (وات) -", a line "فايز الحسيكي – عين اليوم") is
// cut off the first sentence as a unit of kind news.Dateline — a translator still gets it as a
// unit, but never glued to the first sentence; a unit that is only a source credit ("(أ ف ب)",
// "وفقا للألمانية.") or page furniture ("Next Previous", "اقرأ أيضا") is marked news.Credit or
// news.Furniture, and a bracketed credit that ends a line without a full stop ("… المصدر (وات)")
// becomes a credit unit of its own. A dateline is looked for only at the start of a line in the
// article's lead: before the first line of running text, after furniture and a headline (a short
// line that ends with neither a terminator nor a colon). The recognisers keep the text when in
// doubt (see package news). Options.Plain turns the layout off; MarkNews applies it to sentences
// another splitter found. Joined, the units still give the input: a dateline unit ends at a
// separator, never inside a word.
//
// # Data
//
// The word lists are plain text files in data/, embedded at build time: one entry per
// line, "#" starts a comment, and entries are matched after folding (diacritics, tatweel
// and controls removed, أ إ آ ٱ → ا, ى → ي, ASCII lower-cased). Extending a list needs no code
// change. The lists were written for this package.
//
// # Limits
//
// A sentence that finds no boundary within Options.MaxSentenceBytes (default 2000) is
// cut at the last white space before the limit and marked Forced. Decisions look at
// most 512 bytes ahead. The scanner is byte-level and allocation-free on the hot path.
package segment
