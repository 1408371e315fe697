package glossary

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// FuzzTables: whatever the terms, targets, contexts and file names hold, the TSV has one
// line of three cells per entry and no control character; the CSV (plain and --excel) reads
// back to the cells neutralised and otherwise unchanged, none able to start a formula; the
// JSON reads back to the entries' text; the XLSX holds the cells minus what XML forbids.
func FuzzTables(f *testing.F) {
	f.Add("الكويت", "زار الوفد الكويت.\tسطر\n", "Kuwait", "a.txt")
	f.Add("=HYPERLINK(\"x\")", "+1\r\n-2\x00", "@SUM(A1)", "=evil.txt")
	f.Add("\xff\xfe\xed\xa0\x80", "\u2028\u0085\ufffe", "\t\r", "")
	f.Add("_x0041_ \"q\" ,;", " ", "'=x", "b\x7f")
	f.Fuzz(func(t *testing.T, term, context, target, file string) {
		entries := Build([]Doc{{Name: file, Text: term + " " + context + ". " + term}}, Options{MinFreq: 1})
		entries = append(entries, Entry{Term: term, Forms: []Form{{term, 2}, {target, 1}}, Frequency: 3, Kind: "PERS",
			Files: []FileCount{{file, 2}, {file + "2", 1}}, FirstFile: file, FirstSentence: 1, Context: context,
			Target: target, TargetSource: SourceLexicon + "cldr", TargetGuess: context, TargetAlso: target + file})
		o := WriteOptions{Files: []string{file, file + "2"}}

		var b bytes.Buffer
		if err := WriteTSV(&b, entries, o); err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(b.String(), "\n")
		if lines[len(lines)-1] == "" {
			lines = lines[:len(lines)-1]
		}
		if len(lines) != len(entries) {
			t.Fatalf("tsv: %d lines for %d entries", len(lines), len(entries))
		}
		for i, line := range lines {
			line = strings.TrimSuffix(line, "\n")
			cells := strings.Split(line, "\t")
			if len(cells) != 3 {
				t.Fatalf("tsv line %q has %d cells", line, len(cells))
			}
			if strings.ContainsFunc(line, func(r rune) bool {
				return r < 0x20 && r != '\t' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029
			}) {
				t.Fatalf("tsv line %q holds a control character", line)
			}
			if cells[0] != oneLine(entries[i].Term) || cells[1] != oneLine(entries[i].Target) {
				t.Fatalf("tsv cells %q for term %q target %q", cells[:2], entries[i].Term, entries[i].Target)
			}
		}

		for _, excel := range []bool{false, true} {
			o.Excel = excel
			b.Reset()
			if err := WriteCSV(&b, entries, o); err != nil {
				t.Fatal(err)
			}
			data := b.Bytes()
			if excel {
				data = bytes.TrimPrefix(data, []byte("\ufeff"))
			}
			r := csv.NewReader(bytes.NewReader(data))
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("csv: %v\n%q", err, data)
			}
			if len(recs) != len(entries)+1 {
				t.Fatalf("csv: %d records for %d entries", len(recs), len(entries))
			}
			for i, rec := range recs {
				for _, cell := range rec {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Fatalf("csv cell %q could run as a formula", cell)
					}
				}
				if i == 0 {
					continue
				}
				e := entries[i-1]
				// encoding/csv reads a quoted \r\n back as \n.
				want := []string{e.Term, e.Target, e.TargetGuess, e.TargetAlso, e.FirstFile, e.Context}
				got := []string{rec[column("term")], rec[column("target")], rec[column("target_guess")],
					rec[column("target_also")], rec[column("first_file")], rec[column("context")]}
				for k := range want {
					if w := strings.ReplaceAll(safetext.NoFormula(want[k]), "\r\n", "\n"); got[k] != w {
						t.Fatalf("csv cell %q, want %q", got[k], w)
					}
				}
			}
		}
		o.Excel = false

		b.Reset()
		if err := WriteJSON(&b, entries, o); err != nil {
			t.Fatal(err)
		}
		var g jsonGlossary
		if err := json.Unmarshal(b.Bytes(), &g); err != nil {
			t.Fatalf("json: %v", err)
		}
		if len(g.Entries) != len(entries) {
			t.Fatalf("json: %d entries for %d", len(g.Entries), len(entries))
		}
		for i, e := range entries {
			got := g.Entries[i]
			// encoding/json writes each invalid byte as U+FFFD, as a conversion to runes does.
			for _, p := range [][2]string{{got.Term, e.Term}, {got.Target, e.Target}, {got.Context, e.Context}, {got.FirstFile, e.FirstFile}} {
				if p[0] != string([]rune(p[1])) {
					t.Fatalf("json: %q read back for %q", p[0], p[1])
				}
			}
		}

		b.Reset()
		if err := WriteXLSX(&b, entries, o); err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer x.Close()
		rows, err := x.GetRows("Glossary")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(entries)+1 {
			t.Fatalf("xlsx: %d rows for %d entries", len(rows), len(entries))
		}
		for i, e := range entries {
			row := append(rows[i+1], make([]string, len(columns))...)
			if row[column("term")] != safetext.Cell(e.Term) || row[column("target")] != safetext.Cell(e.Target) ||
				row[column("target_guess")] != safetext.Cell(e.TargetGuess) || row[column("target_also")] != safetext.Cell(e.TargetAlso) ||
				row[column("context")] != safetext.Cell(e.Context) {
				t.Fatalf("xlsx row %q for term %q target %q context %q", rows[i+1], e.Term, e.Target, e.Context)
			}
			for col := 1; col <= len(columns); col++ {
				cell, _ := excelize.CoordinatesToCellName(col, i+2)
				if formula, _ := x.GetCellFormula("Glossary", cell); formula != "" {
					t.Fatalf("xlsx %s holds formula %q", cell, formula)
				}
			}
		}
	})
}

// column is the index of the CSV and XLSX column name.
func column(name string) int {
	i := slices.Index(columns, name)
	if i < 0 {
		panic("no column " + name)
	}
	return i
}
