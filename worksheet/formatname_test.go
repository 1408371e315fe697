package worksheet

import "testing"

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"tsv", "tsv", true}, {"XLF", "xliff", true}, {"xliff12", "xliff", true}, {"xlf2", "xliff2", true},
		{"xliff21", "xliff2", true}, {"json", "jsonl", true}, {"xlsx", "xlsx", true},
		{"docx", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		if got, ok := ParseFormat(tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatOfPath(t *testing.T) {
	tests := []struct {
		path, want string
		ok         bool
	}{
		{"job", "txt", true}, {"a.TXT", "txt", true}, {"a.xlf", "xliff", true}, {"a.XLIFF", "xliff", true},
		{"a.json", "jsonl", true}, {"dir.v2/a.tmx", "tmx", true}, {"a.docx", "", false}, {"a.xliff2", "", false},
	}
	for _, tt := range tests {
		if got, ok := FormatOfPath(tt.path); got != tt.want || ok != tt.ok {
			t.Errorf("FormatOfPath(%q) = %q, %v; want %q, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}
