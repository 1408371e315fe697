package textout

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// OneLine puts a text on one line: line breaks and tabs become single spaces.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
}

var tsvEscaper = strings.NewReplacer("\\", `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// TSVEscape keeps a field on one line and in one column: tab, newline, carriage return and
// backslash are written \t \n \r \\.
func TSVEscape(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	return tsvEscaper.Replace(s)
}

// JSONLine encodes v as one line of JSON ending in a newline, with <, > and & left as they
// are.
func JSONLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// Array writes a JSON array of objects, one a line: "[", the objects separated by ",\n",
// and "\n]\n" at the end.
type Array struct {
	w       io.Writer
	written int
	buf     bytes.Buffer
	enc     *json.Encoder
}

// NewArray starts an array on w.
func NewArray(w io.Writer) (*Array, error) {
	a := &Array{w: w}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetEscapeHTML(false)
	_, err := io.WriteString(w, "[")
	return a, err
}

// Add writes one object of the array.
func (a *Array) Add(v any) error {
	sep := ",\n"
	if a.written == 0 {
		sep = "\n"
	}
	a.written++
	if _, err := io.WriteString(a.w, sep); err != nil {
		return err
	}
	a.buf.Reset()
	if err := a.enc.Encode(v); err != nil {
		return err
	}
	_, err := a.w.Write(bytes.TrimSuffix(a.buf.Bytes(), []byte("\n")))
	return err
}

// Close ends the array.
func (a *Array) Close() error {
	_, err := io.WriteString(a.w, "\n]\n")
	return err
}
