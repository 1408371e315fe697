package worksheet

import (
	"path/filepath"
	"strings"
)

// Formats are the export formats, in the order help lists them.
var Formats = []string{"txt", "tsv", "csv", "xliff", "xliff2", "tmx", "xlsx", "jsonl"}

// formatAliases are other names users give the formats.
var formatAliases = map[string]string{"xlf": "xliff", "xliff12": "xliff", "xliff21": "xliff2", "xlf2": "xliff2", "json": "jsonl"}

// ParseFormat accepts a format's name or one of its aliases (xlf, xliff12, xliff21, xlf2,
// json), in any case.
func ParseFormat(name string) (string, bool) {
	f := strings.ToLower(name)
	if alias, ok := formatAliases[f]; ok {
		f = alias
	}
	for _, known := range Formats {
		if f == known {
			return f, true
		}
	}
	return "", false
}

// extFormats are the formats file extensions name; a name without one is txt (a folder).
var extFormats = map[string]string{"": "txt", ".txt": "txt", ".tsv": "tsv", ".csv": "csv", ".xlf": "xliff",
	".xliff": "xliff", ".tmx": "tmx", ".xlsx": "xlsx", ".jsonl": "jsonl", ".json": "jsonl"}

// FormatOfPath is the format a file's extension names (txt for none); false for an
// extension that is no export format.
func FormatOfPath(path string) (string, bool) {
	f, ok := extFormats[strings.ToLower(filepath.Ext(path))]
	return f, ok
}
