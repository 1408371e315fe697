package glossary

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/arprep/arprep/safetext"
	"github.com/xuri/excelize/v2"
)

// TestXLSXCells: what a cell reads back as in Excel's reading (excelize's): the text less what
// XML forbids, a literal _xHHHH_ kept literal (written _x005F_xHHHH_, not read as U+HHHH), and
// a text longer than a cell cut to Excel's limit in UTF-16 units.
func TestXLSXCells(t *testing.T) {
	emoji := strings.Repeat("😀", safetext.MaxCellUnits) // 65,534 UTF-16 units
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "الكويت", "الكويت"},
		{"forbidden dropped", "a\x01b\uFFFE", "ab"},
		{"escape-like text kept literal", "_x0041_ and _x12_", "_x0041_ and _x12_"},
		// Excel's limit is in UTF-16 units: a character outside the BMP counts two, so
		// 16,383 emoji fill a cell (a count of runes would keep 32,767 of them).
		{"astral cut in UTF-16 units", emoji, strings.Repeat("😀", safetext.MaxCellUnits/2)},
		// 60,000 units: the longest whole prefix within the limit, 32,766 units.
		{"astral and Arabic cut whole", strings.Repeat("𝐀ب", 20000), strings.Repeat("𝐀ب", (safetext.MaxCellUnits-1)/3)},
		{"escape at the limit", strings.Repeat("ع", safetext.MaxCellUnits-10) + "_x0041_",
			strings.Repeat("ع", safetext.MaxCellUnits-10) + "_x0041_"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			entries := []Entry{{Term: "الكويت", Forms: []Form{{"الكويت", 1}}, Frequency: 1, Kind: "LOC", Context: tc.in}}
			var b bytes.Buffer
			if err := WriteXLSX(&b, entries, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			cell, _ := excelize.CoordinatesToCellName(column("context")+1, 2)
			if got, err := f.GetCellValue("Glossary", cell); err != nil || got != tc.want {
				t.Errorf("context cell: %d bytes, %d units (%.40q…), want %d bytes; %v", len(got), units(got), got, len(tc.want), err)
			}
		})
	}
}

func units(s string) int { return len(utf16.Encode([]rune(s))) }
