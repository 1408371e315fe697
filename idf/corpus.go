package idf

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// JSONLError locates a bad line of a JSONL corpus.
type JSONLError struct {
	Line int
	Err  error
}

func (e *JSONLError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *JSONLError) Unwrap() error { return e.Err }

// ReadJSONL reads one JSON object per line and calls fn with the string value of field in
// each; blank lines are skipped. A line that is not a JSON object, or whose field is missing
// or not a string, stops the read with a [*JSONLError] naming the line.
func ReadJSONL(r io.Reader, field string, fn func(text string) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var obj map[string]json.RawMessage
			if jerr := json.Unmarshal(b, &obj); jerr != nil {
				return &JSONLError{line, fmt.Errorf("not a JSON object: %v", jerr)}
			}
			raw, ok := obj[field]
			if !ok {
				return &JSONLError{line, fmt.Errorf("no %q field", field)}
			}
			var text string
			if jerr := json.Unmarshal(raw, &text); jerr != nil {
				return &JSONLError{line, fmt.Errorf("field %q is not a string", field)}
			}
			if ferr := fn(text); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
