// Package worksheet turns segmented Arabic text into the files translators and localisation
// engineers work in: aligned plain text, TSV/CSV, XLIFF 1.2 and 2.1, TMX 1.4b, XLSX and JSON
// Lines, and the report of a job folder (the folder itself is written by output.WriteFolder).
//
// A Job holds Units — one per sentence, line or paragraph — with the byte span they came
// from, their paragraph, the summary flag and score (set by the caller from the summarizer)
// and an optional target. Paragraphs become groups (XLIFF 1.2 <group>, XLIFF 2 <unit>).
// Text is stored in logical order and no bidi control characters are added; line breaks
// inside a unit are folded to spaces so that one unit is always one line in line formats;
// runs of spaces are kept, and XLIFF 1.2 trans-units say xml:space="preserve", since that
// format's default lets a tool collapse them (translate-toolkit does).
// XML writers escape everything and drop the characters XML 1.0 cannot carry (package
// safetext decides which, and cuts XLSX cells at Excel's limit); Job.XMLDropped lists them so
// the caller can report them.
//
// It is its own package because the exporters are one concern (aligned file formats) that
// the export and prep commands share, and none of it is about segmentation or scoring.
package worksheet
