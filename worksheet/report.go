package worksheet

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/arprep/arprep/arabic"
	"github.com/arprep/arprep/lang"
)

// Term is a glossary entry as the report lists it.
type Term struct {
	Text      string
	Kind      string // PERS, LOC, ORG, MISC or term
	Frequency int
	Target    string // suggested translation, may be empty
}

// ReportInput is what the job report says beyond the units.
type ReportInput struct {
	Title    string   // usually the input's name
	Words    int      // words of the source (the caller counts them its way)
	Terms    []Term   // best first; the report lists the first TopTerms
	Glossary int      // entries in the glossary
	Files    []string // the files of the job folder, with a line each
}

// TopTerms is how many glossary terms the report lists.
const TopTerms = 15

// Warnings lists what a translator or project manager should look at before starting: very
// long units, units without any letter of the source script (for Arabic: Latin-only
// sentences that may not need translating), repeated units, and characters the XML files
// drop.
func (j *Job) Warnings() []string {
	const most = 10 // per kind; the rest are counted
	var long, latin, repeat []string
	nLong, nLatin, nRepeat := 0, 0, 0
	noun := j.Mode.unitNoun()
	seen := map[string]int{}
	for _, u := range j.Units {
		if n := arabic.CountWords(u.Source); n >= LongUnitWords {
			if nLong++; nLong <= most {
				long = append(long, fmt.Sprintf("%s %d is very long (%d words): consider splitting it", noun, u.ID, n))
			}
		}
		if lang.Direction(j.SrcLang) == "rtl" && !strings.ContainsFunc(u.Source, isRTLLetter) && strings.ContainsFunc(u.Source, unicode.IsLetter) {
			if nLatin++; nLatin <= most {
				latin = append(latin, fmt.Sprintf("%s %d has no %s letters: %q", noun, u.ID, j.SrcLang, clip(u.Source, 60)))
			}
		}
		if first, ok := seen[u.Source]; ok {
			if nRepeat++; nRepeat <= most {
				repeat = append(repeat, fmt.Sprintf("%s %d repeats %s %d", noun, u.ID, noun, first))
			}
		} else {
			seen[u.Source] = u.ID
		}
	}
	more := func(list []string, n int, what string) []string {
		if n > most {
			list = append(list, fmt.Sprintf("%d %ss %s in all", n, noun, what))
		}
		return list
	}
	out := more(long, nLong, fmt.Sprintf("have %d words or more", LongUnitWords))
	out = append(out, more(latin, nLatin, "have no "+j.SrcLang+" letters")...)
	out = append(out, more(repeat, nRepeat, "repeat earlier ones")...)
	dropped := j.XMLDropped()
	for i, d := range dropped {
		if i == most {
			out = append(out, fmt.Sprintf("%d characters not allowed in XML 1.0 were dropped in all", len(dropped)))
			break
		}
		out = append(out, d.String())
	}
	return out
}

func isRTLLetter(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana) && unicode.IsLetter(r)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// WriteReport writes the job's report.md: counts (units, paragraphs, words, summary size),
// the top glossary terms, the warnings and the folder's files.
func WriteReport(w io.Writer, j *Job, in ReportInput) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# Translation job: %s\n\n", mdText(in.Title))
	paragraphs := 0
	if len(j.Units) > 0 {
		paragraphs = j.Units[len(j.Units)-1].Paragraph - j.Units[0].Paragraph + 1
	}
	summaryUnits, summaryWords := 0, 0
	for _, u := range j.Units {
		if u.InSummary {
			summaryUnits++
			summaryWords += arabic.CountWords(u.Source)
		}
	}
	p("| | |\n|---|---|\n")
	p("| languages | %s → %s |\n", mdText(j.SrcLang), mdText(j.TgtLang))
	p("| %s | %d |\n", j.Mode, len(j.Units))
	p("| paragraphs | %d |\n", paragraphs)
	p("| words | %d |\n", in.Words)
	if j.HasSummary {
		share := 0.0
		if in.Words > 0 {
			share = 100 * float64(summaryWords) / float64(in.Words)
		}
		p("| summary | %d %s, %d words (%.0f%% of the words) |\n", summaryUnits, j.Mode, summaryWords, share)
	}
	p("| glossary | %d terms |\n\n", in.Glossary)
	p("## Top terms\n\n")
	if len(in.Terms) == 0 {
		p("No terms were found.\n\n")
	} else {
		p("| term | kind | frequency | suggested target |\n|---|---|---|---|\n")
		for i, t := range in.Terms {
			if i == TopTerms {
				break
			}
			p("| %s | %s | %d | %s |\n", mdText(t.Text), mdText(t.Kind), t.Frequency, mdText(t.Target))
		}
		p("\n")
	}
	p("## Warnings\n\n")
	warnings := j.Warnings()
	if len(warnings) == 0 {
		p("None.\n\n")
	}
	for _, wn := range warnings {
		p("- %s\n", mdText(wn))
	}
	if len(warnings) > 0 {
		p("\n")
	}
	if len(in.Files) > 0 {
		p("## Files\n\n")
		for _, f := range in.Files {
			p("- %s\n", f)
		}
	}
	return bw.Flush()
}

// mdText makes s safe inside a Markdown table cell or list item: one line, pipes escaped.
func mdText(s string) string {
	s = Fold(s)
	return strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}
