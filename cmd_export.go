package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/glossary"
	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/output"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
	"github.com/arprep/arprep/worksheet"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"
)

func init() {
	register(&cli.Command{
		Name:      "export",
		Usage:     "export sentence-aligned translator worksheets (txt, tsv, csv, xliff, xliff2, tmx, xlsx, jsonl)",
		ArgsUsage: "[FILE...|-]",
		Description: "One unit per sentence (--units sentences), per line of already aligned input (lines) or\n" +
			"per paragraph (paragraphs); units are numbered across all inputs. Formats:\n" +
			"  txt     the source, one unit per line; with -o DIR a folder holding source.txt and an\n" +
			"          empty, aligned target.txt for the translator to fill\n" +
			"  tsv     id, paragraph, source, target, in_summary, score\n" +
			"  csv     the same columns; cells a spreadsheet would run as formulas (= + - @) are\n" +
			"          neutralised with a leading '; --excel adds a byte order mark and CRLF\n" +
			"  xliff   XLIFF 1.2: a group per paragraph, a trans-unit per unit, summary notes; every unit\n" +
			"          has a target: the --target line (state translated), else a copy of the source\n" +
			"          (state needs-translation: OmegaT loads no unit without it); --summary-only marks\n" +
			"          the other units translate=\"no\"\n" +
			"  xliff2  XLIFF 2.1: a unit per paragraph (srcDir rtl), a segment per sentence\n" +
			"  tmx     TMX 1.4b translation memory; needs --target (one translated line per unit)\n" +
			"  xlsx    Excel workbook: sheet Translate (source right to left, empty target column,\n" +
			"          summary flag, notes), and sheet Glossary with --glossary\n" +
			"  jsonl   one JSON object per unit (with byte offsets)\n" +
			"Without --format the format follows the -o extension (.txt .tsv .csv .xlf .xliff .tmx .xlsx\n" +
			".jsonl; none: a txt folder; another is refused), else txt. Folders given as inputs give\n" +
			"their .txt files. Text is written in logical order and no bidi controls are added. XML\n" +
			"formats drop the characters XML 1.0 forbids and say so on stderr.",
		Flags: append(exportFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "txt, tsv, csv, xliff, xliff2, tmx, xlsx or jsonl"},
			&cli.StringFlag{Name: "target", Usage: "pair the units with the translated aligned `FILE` (one line per unit)"},
			&cli.BoolFlag{Name: "summary-only", Usage: "xliff, xliff2: mark units outside the summary as not to translate"},
			&cli.BoolFlag{Name: "excel", Usage: "csv: byte order mark and CRLF for Excel"},
			&cli.BoolFlag{Name: "glossary", Usage: "xlsx: add a Glossary sheet of the inputs' terms"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `PATH` (a folder for txt without a .txt extension; atomically; stdout when absent)"},
		),
		Action: exportAction,
	})
}

// exportFlags are the flags export and prep share.
func exportFlags() []cli.Flag {
	return append([]cli.Flag{
		langFlag,
		&cli.StringFlag{Name: "src", Usage: "source language `TAG`", DefaultText: "the input's language: ar, or en for English text"},
		&cli.StringFlag{Name: "tgt", Usage: "target language `TAG`", DefaultText: "en, or ar when the source is English"},
		&cli.StringFlag{Name: "units", Value: "sentences", Usage: "one unit per `KIND`: sentences, lines (input already one segment per line) or paragraphs"},
		&cli.BoolFlag{Name: "no-summary", Usage: "do not score sentences for a summary (in_summary false, score 0)"},
		&cli.Float64Flag{Name: "ratio", Usage: "summary: the `SHARE` of sentences to choose", DefaultText: "0.25"},
		&cli.IntFlag{Name: "sentences", Usage: "summary: at most `N` sentences", DefaultText: "no limit"},
	}, targetFlags()...)
}

var exportFormats = []string{"txt", "tsv", "csv", "xliff", "xliff2", "tmx", "xlsx", "jsonl"}

// exportFormat is --format, or the format the -o extension names, or txt.
func exportFormat(c *cli.Context) (string, error) {
	if f := strings.ToLower(c.String("format")); f != "" {
		switch f {
		case "xlf", "xliff12":
			f = "xliff"
		case "xliff21", "xlf2":
			f = "xliff2"
		case "json":
			f = "jsonl"
		}
		for _, known := range exportFormats {
			if f == known {
				return f, nil
			}
		}
		return "", usagef("export: --format must be one of %s, not %q", strings.Join(exportFormats, ", "), c.String("format"))
	}
	out := c.String("output")
	switch ext := strings.ToLower(filepath.Ext(out)); ext {
	case "", ".txt":
	case ".tsv":
		return "tsv", nil
	case ".csv":
		return "csv", nil
	case ".xlf", ".xliff":
		return "xliff", nil
	case ".tmx":
		return "tmx", nil
	case ".xlsx":
		return "xlsx", nil
	case ".jsonl", ".json":
		return "jsonl", nil
	default:
		if out != "-" && !isSpecialFile(out) {
			return "", usagef("export: -o %s: %s is not an export format; name the file .txt, .tsv, .csv, .xlf, .xliff, .tmx, .xlsx or .jsonl, a folder without an extension, or give --format %s", out, ext, strings.Join(exportFormats, ", "))
		}
	}
	return "txt", nil
}

// buildJob reads the inputs and makes the job: units, summary flags and scores.
func buildJob(c *cli.Context) (*worksheet.Job, error) {
	mode, err := worksheet.ParseMode(c.String("units"))
	if err != nil {
		return nil, usagef("%s: --units: %v", c.Command.Name, err)
	}
	if c.Float64("ratio") < 0 || c.Float64("ratio") > 1 || c.Int("sentences") < 0 {
		return nil, usagef("%s: --ratio must be in [0, 1] and --sentences not negative", c.Command.Name)
	}
	for _, flag := range []string{"src", "tgt"} {
		if c.IsSet(flag) && !validLangTag(c.String(flag)) {
			return nil, usagef("%s: --%s %q is not a language tag such as ar or en-GB", c.Command.Name, flag, c.String(flag))
		}
	}
	code, err := langOf(c)
	if err != nil {
		return nil, err
	}
	var docs []document
	if err := eachDocument(c, func(d document) error { docs = append(docs, d); return nil }); err != nil {
		return nil, err
	}
	if code == lang.Auto { // one job, one source language: decided by the first text
		code = lang.Arabic
		for _, d := range docs {
			if strings.TrimSpace(d.Text) != "" {
				code = lang.Detect(d.Text)
				break
			}
		}
	}
	src, tgt := c.String("src"), c.String("tgt")
	if src == "" {
		src = string(code)
	}
	if tgt == "" {
		tgt = string(lang.English)
		if code == lang.English {
			tgt = string(lang.Arabic)
		}
	}
	j := worksheet.NewJob(src, tgt, mode)
	j.Version = version
	for _, d := range docs {
		var doc int
		var sents []segment.Sentence // nil for lines: the summary then splits sentences itself
		if mode == worksheet.Lines {
			doc = j.AddLines(d.Name, d.Text)
		} else {
			var err error
			sents, _, err = sentencesOf(d.Text, code, segment.Options{})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Name, err)
			}
			warnForced(c, d.Name, sents, segment.Options{MaxSentenceBytes: segment.DefaultMaxSentenceBytes})
			doc = j.AddSpans(d.Name, d.Text, worksheet.SentenceSpans(sents))
		}
		if !c.Bool("no-summary") {
			if err := summarizeDoc(c, j, doc, code, sents); err != nil {
				return nil, err
			}
		}
	}
	return j, nil
}

// summarizeDoc scores the sentences of document doc and marks the units they fall in; sents,
// when not nil, are the document's sentences, already split for its units.
func summarizeDoc(c *cli.Context, j *worksheet.Job, doc int, code lang.Code, sents []segment.Sentence) error {
	text := j.Docs[doc].Text
	opts := summarize.Options{Budget: summarize.Budget{Ratio: c.Float64("ratio"), Sentences: c.Int("sentences")}}
	tagger, err := entity.Default()
	if err != nil {
		return err
	}
	opts.Entities = func(text string) []summarize.Entity { return summaryEntities(tagChunked(tagger, text)) }
	opts = forLanguage(opts, code)
	if sents != nil {
		opts.Split = func(string) []segment.Sentence { return sents } // not split twice
	}
	s, err := summarizeIn(text, opts, code, tagger)
	if err != nil {
		return fmt.Errorf("%s: summary: %w", j.Docs[doc].Name, err)
	}
	scored := make([]worksheet.Scored, len(s.Sentences))
	for i, st := range s.Sentences {
		scored[i] = worksheet.Scored{Start: st.Start, End: st.End, Score: st.Score, Chosen: st.Chosen}
	}
	j.MarkSummary(doc, scored)
	return nil
}

// validLangTag accepts BCP 47-shaped tags: letters, digits and hyphens, starting with 2-8
// letters.
func validLangTag(tag string) bool {
	if tag == "" || len(tag) > 35 {
		return false
	}
	for i, part := range strings.Split(tag, "-") {
		if part == "" || len(part) > 8 {
			return false
		}
		for _, r := range part {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && !(i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

// readTargets pairs the job's units with the lines of the --target file.
func readTargets(c *cli.Context, j *worksheet.Job, name string) error {
	r, closeInput, err := openInput(c, name)
	if err != nil {
		return fmt.Errorf("--target: %w", err)
	}
	var b strings.Builder
	_, err = io.Copy(&b, r)
	closeInput()
	if err != nil {
		return fmt.Errorf("--target: %w", err)
	}
	err = j.SetTargets(worksheet.SplitLines(b.String()))
	var ce *worksheet.CountError
	if errors.As(err, &ce) {
		if ce.Lines > 0 && ce.Lines != ce.Units {
			return fmt.Errorf("--target %s has %d lines but the source has %d units (%d lines with the blank ones); one target line per unit or per source line is needed",
				name, ce.Targets, ce.Units, ce.Lines)
		}
		return fmt.Errorf("--target %s has %d lines but the source has %d units (%s); one target line per unit is needed",
			name, ce.Targets, ce.Units, j.Mode)
	}
	if err != nil {
		return fmt.Errorf("--target %s: %w", name, err)
	}
	return err
}

// warnDropped reports the characters XML exports leave out.
func warnDropped(c *cli.Context, j *worksheet.Job) {
	const most = 10
	dropped := j.XMLDropped()
	for i, d := range dropped {
		if i == most {
			warnf(c, "%d more characters not allowed in XML 1.0 were dropped", len(dropped)-most)
			break
		}
		warnf(c, "%s", d)
	}
}

// glossaryEntries builds the glossary of the job's documents with their names; minFreq 0 is
// the glossary's automatic minimum. An English job gets an English glossary.
func glossaryEntries(c *cli.Context, j *worksheet.Job, minFreq int) ([]glossary.Entry, error) {
	opts := glossary.Options{MinFreq: minFreq}
	docs := make([]glossary.Doc, len(j.Docs))
	for i, d := range j.Docs {
		docs[i] = glossary.Doc{Name: d.Name, Text: d.Text}
	}
	if primaryLang(j.SrcLang) == lang.English {
		opts.Names = englishGlossaryNames
		return glossary.BuildEnglish(docs, opts)
	}
	if err := readTargetSources(c, &opts); err != nil {
		return nil, err
	}
	tagger, err := entity.Default()
	if err != nil {
		return nil, err
	}
	opts.Names = glossaryNames(tagger)
	return glossary.Build(docs, opts), nil
}

func glossaryOptions(j *worksheet.Job) glossary.WriteOptions {
	files := make([]string, len(j.Docs))
	for i, d := range j.Docs {
		files[i] = d.Name
	}
	return glossary.WriteOptions{Files: files, SourceLang: j.SrcLang, TargetLang: j.TgtLang}
}

func exportAction(c *cli.Context) error {
	format, err := exportFormat(c)
	if err != nil {
		return err
	}
	target := c.String("target")
	if format == "tmx" && target == "" {
		return usagef("export: tmx needs translations: give the translated aligned file with --target FILE")
	}
	if c.Bool("excel") && format != "csv" {
		warnf(c, "--excel only changes csv output")
	}
	if c.Bool("summary-only") && format != "xliff" && format != "xliff2" {
		warnf(c, "--summary-only only changes xliff and xliff2 output")
	}
	if c.Bool("summary-only") && c.Bool("no-summary") {
		return usagef("export: --summary-only needs the summary that --no-summary turns off")
	}
	if c.Bool("glossary") && format != "xlsx" {
		warnf(c, "--glossary only changes xlsx output")
	}
	if target != "" {
		if _, err := os.Stat(target); err != nil && target != "-" {
			return fmt.Errorf("--target: %w", err)
		}
		if names, _ := inputNames(c); target == "-" && (len(names) == 0 || containsString(names, "-")) {
			return usagef("export: --target - and the source cannot both be stdin")
		}
		// the translations are an input too: -o over them would replace them with the export
		if err := refuseOutputAsInput(c, []string{target}); err != nil {
			return err
		}
	}
	j, err := buildJob(c)
	if err != nil {
		return err
	}
	if target != "" {
		if err := readTargets(c, j, target); err != nil {
			return err
		}
	}
	if len(j.Units) == 0 {
		warnf(c, "no text to export: the input has no sentences")
	}
	switch format {
	case "xliff", "xliff2", "tmx", "xlsx":
		warnDropped(c, j)
	}
	xo := worksheet.XLIFFOptions{SummaryOnly: c.Bool("summary-only")}
	switch format {
	case "txt":
		if out := c.String("output"); out != "" && out != "-" && !strings.EqualFold(filepath.Ext(out), ".txt") && !isSpecialFile(out) {
			err := worksheet.WriteFolder(context.Background(), out, c.Bool("force"), []worksheet.BundleFile{
				{Name: "source.txt", Write: func(w io.Writer) error { return worksheet.WriteSource(w, j) }},
				{Name: "target.txt", Write: func(w io.Writer) error { return worksheet.WriteTarget(w, j) }},
			})
			if errors.Is(err, worksheet.ErrFolderExists) {
				return usageError{err.Error()}
			}
			if err == nil {
				wrote(c, out+string(filepath.Separator), "source.txt and target.txt, %d %s", len(j.Units), j.Mode)
			}
			return err
		}
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteSource(w, j) })
	case "tsv":
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteTSV(w, j) })
	case "csv":
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteCSV(w, j, worksheet.CSVOptions{Excel: c.Bool("excel")}) })
	case "jsonl":
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteJSONL(w, j) })
	case "xliff":
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteXLIFF(w, j, xo) })
	case "xliff2":
		return exportStream(c, j, func(w io.Writer) error { return worksheet.WriteXLIFF2(w, j, xo) })
	case "tmx":
		var skipped int
		err := exportStream(c, j, func(w io.Writer) error {
			var err error
			skipped, err = worksheet.WriteTMX(w, j)
			if errors.Is(err, worksheet.ErrNoTargets) {
				return fmt.Errorf("--target %s: every line is empty; a TMX needs translations", target)
			}
			return err
		})
		if err == nil && skipped > 0 {
			warnf(c, "%d of %d units have an empty target line and were left out of the TMX", skipped, len(j.Units))
		}
		return err
	case "xlsx":
		return exportXLSX(c, j)
	}
	return nil
}

// isSpecialFile reports a device or FIFO such as /dev/stdout.
func isSpecialFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular() && !info.IsDir()
}

// exportStream writes one stream to stdout or -o FILE atomically.
func exportStream(c *cli.Context, j *worksheet.Job, write func(io.Writer) error) error {
	err := withSink(c, func(w *sink) error {
		if err := write(w); err != nil {
			return writeError(err)
		}
		return nil
	})
	wroteExport(c, j, err)
	return err
}

// wroteExport prints the one-line summary of an export written to -o FILE.
func wroteExport(c *cli.Context, j *worksheet.Job, err error) {
	if out := c.String("output"); err == nil && out != "" && out != "-" && !isSpecialFile(out) {
		format, _ := exportFormat(c)
		wrote(c, out, "%s, %d %s from %s", format, len(j.Units), j.Mode, plural(len(j.Docs), "document"))
	}
}

// exportXLSX builds the workbook and writes it to -o FILE, or to stdout when that is not a
// terminal.
func exportXLSX(c *cli.Context, j *worksheet.Job) error {
	var o worksheet.XLSXOptions
	if c.Bool("glossary") {
		entries, err := glossaryEntries(c, j, 0)
		if err != nil {
			return err
		}
		o.AddSheets = func(f *excelize.File) error {
			return glossary.AddSheet(f, "Glossary", entries, glossaryOptions(j))
		}
	}
	out := c.String("output")
	if out == "" || out == "-" {
		if f, ok := c.App.Writer.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return usagef("export: xlsx is binary: give -o FILE.xlsx or redirect stdout")
		}
	}
	f, err := worksheet.XLSX(j, o)
	if err != nil {
		return err
	}
	defer f.Close()
	if out == "" || out == "-" {
		bw := bufio.NewWriter(c.App.Writer)
		if err := f.Write(bw); err != nil {
			return writeError(err)
		}
		if err := bw.Flush(); err != nil {
			return writeError(err)
		}
		return nil
	}
	err = output.WriteFile(out, c.Bool("force"), func(w io.Writer) error { return f.Write(w) })
	if errors.Is(err, output.ErrExists) {
		return usageError{err.Error()}
	}
	wroteExport(c, j, err)
	return err
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
