package worksheet

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// FuzzTables checks the line and table exports on any text, in every mode: units are
// ordered, do not overlap and hold their span of the document folded; aligned text, TSV,
// JSONL, CSV (plain and --excel) and XLSX read back to exactly the units' sources and
// targets, one record per unit, and no CSV cell can start a formula.
func FuzzTables(f *testing.F) {
	f.Add(readSample(f), 0, "")
	f.Add("=1+1\n+SUM(A1)\n-2\n@cmd\n\tتبويب\n\rسطر «نص» \"q\" , ;\n\nفقرة؟", 1, "=cmd|' /C calc'!A0")
	f.Add("جملة\u2028أولى.\u0085 جملة\vثانية!\f\r\n\n\u202bمضمّن\u202c _x0041_ ١٢٣.", 2, "\"t\"\r\n,")
	f.Add("a\xffb\xc0\x80 \xed\xa0\x80 c.\x00\x01", 0, "\x00")
	f.Add("", 1, "")
	f.Fuzz(func(t *testing.T, text string, mode int, target string) {
		m := Mode(((mode % 3) + 3) % 3)
		j := NewJob("ar", "en", m)
		j.AddText("in.txt", text)
		for i, u := range j.Units {
			if u.ID != i+1 || u.Start < 0 || u.End > len(text) || u.Start >= u.End ||
				i > 0 && j.Units[i-1].End > u.Start {
				t.Fatalf("unit %d: bad span %+v", i+1, u)
			}
			if u.Source != Fold(text[u.Start:u.End]) || u.Source == "" || strings.ContainsFunc(u.Source, isBreak) {
				t.Fatalf("unit %d: source %q for span %q", i+1, u.Source, text[u.Start:u.End])
			}
		}
		targets := make([]string, len(j.Units))
		for i := range targets {
			targets[i] = target + strconv.Itoa(i)
		}
		if err := j.SetTargets(targets); err != nil {
			t.Fatal(err)
		}
		var src, tgt []string
		for _, u := range j.Units {
			src = append(src, u.Source)
			tgt = append(tgt, u.Target)
		}

		var b bytes.Buffer
		WriteSource(&b, j)
		equalStrings(t, "txt", SplitLines(b.String()), src)
		b.Reset()
		WriteTarget(&b, j)
		if len(j.Units) > 0 {
			equalStrings(t, "target txt", strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"), tgt)
		}

		b.Reset()
		WriteTSV(&b, j)
		rows := SplitLines(b.String())
		if len(rows) != len(j.Units)+1 {
			t.Fatalf("tsv: %d rows for %d units", len(rows), len(j.Units))
		}
		var got, gotT []string
		for _, row := range rows[1:] {
			cells := strings.Split(row, "\t")
			if len(cells) != len(tableHeader) {
				t.Fatalf("tsv row %q has %d cells", row, len(cells))
			}
			got, gotT = append(got, cells[2]), append(gotT, cells[3])
		}
		// TSV alone writes a tab inside a cell as a space (a tab would end the cell).
		untab := func(ss []string) []string {
			out := make([]string, len(ss))
			for i, s := range ss {
				out[i] = strings.ReplaceAll(s, "\t", " ")
			}
			return out
		}
		equalStrings(t, "tsv", got, untab(src))
		equalStrings(t, "tsv target", gotT, untab(tgt))

		b.Reset()
		WriteJSONL(&b, j)
		sc := bufio.NewScanner(&b)
		sc.Buffer(nil, 1<<26)
		got, gotT = nil, nil
		for sc.Scan() {
			var u jsonUnit
			if err := json.Unmarshal(sc.Bytes(), &u); err != nil {
				t.Fatalf("jsonl line %q: %v", sc.Text(), err)
			}
			if Fold(text[u.Start:u.End]) != u.Source {
				t.Fatalf("jsonl: offsets %d:%d do not hold %q", u.Start, u.End, u.Source)
			}
			got, gotT = append(got, u.Source), append(gotT, u.Target)
		}
		equalStrings(t, "jsonl", got, src)
		equalStrings(t, "jsonl target", gotT, tgt)

		for _, excel := range []bool{false, true} {
			b.Reset()
			if err := WriteCSV(&b, j, CSVOptions{Excel: excel}); err != nil {
				t.Fatal(err)
			}
			data := b.Bytes()
			if excel {
				if !bytes.HasPrefix(data, []byte("\uFEFF")) {
					t.Fatal("excel csv: no byte order mark")
				}
				data = data[3:]
			}
			records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatalf("csv: %v\n%q", err, data)
			}
			if len(records) != len(j.Units)+1 {
				t.Fatalf("csv: %d records for %d units", len(records), len(j.Units))
			}
			got, gotT = nil, nil
			for _, r := range records[1:] {
				for _, cell := range r[2:4] {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
						t.Fatalf("csv cell %q would run as a formula", cell)
					}
				}
				got, gotT = append(got, r[2]), append(gotT, r[3])
			}
			equalStrings(t, "csv", got, safeCells(t, src))
			equalStrings(t, "csv target", gotT, safeCells(t, tgt))
		}

		x, err := XLSX(j, XLSXOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b.Reset()
		if err := x.Write(&b); err != nil {
			t.Fatal(err)
		}
		x.Close()
		r, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		units, err := ReadXLSX(r)
		if err != nil {
			t.Fatal(err)
		}
		equalStrings(t, "xlsx", readSources(units), sources(j))
		gotT = nil
		for _, u := range units {
			gotT = append(gotT, u.Target)
		}
		var wantT []string
		for _, s := range tgt {
			wantT = append(wantT, safetext.XML(s))
		}
		equalStrings(t, "xlsx target", gotT, wantT)
	})
}

// safeCells is cells as the CSV holds them: neutralised, and otherwise unchanged.
func safeCells(t *testing.T, cells []string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = safetext.NoFormula(c)
		if out[i] != c && out[i] != "'"+c {
			t.Fatalf("safetext.NoFormula(%q) = %q: more than a leading apostrophe", c, out[i])
		}
	}
	return out
}
