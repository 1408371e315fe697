package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of a CoNLL file: its tokens and, when the file carries them,
// the tags in its last column (empty strings when a line has a single column).
type Sentence struct {
	Tokens []string
	Tags   []string
	Line   int // line number of the first token, for messages
}

// ReadCoNLL reads CoNLL text: one token a line, columns separated by tabs (or, when a line
// has no tab, by spaces), the token in the first column and the tag in the last; extra
// columns are ignored, and one or more blank lines end a sentence. A final sentence without
// a trailing blank line is kept.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadString('\n')
		if err != nil && err != io.EOF {
			return out, fmt.Errorf("line %d: %w", lineNo, err)
		}
		if line == "" && err == io.EOF {
			break
		}
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" {
			flush()
		} else {
			var cols []string
			if strings.Contains(line, "\t") {
				cols = strings.Split(line, "\t")
			} else {
				cols = strings.Fields(line)
			}
			tok := strings.TrimSpace(cols[0])
			if tok == "" {
				return out, fmt.Errorf("line %d: empty token in first column", lineNo)
			}
			tag := ""
			if len(cols) > 1 {
				tag = strings.TrimSpace(cols[len(cols)-1])
			}
			if len(cur.Tokens) == 0 {
				cur.Line = lineNo
			}
			cur.Tokens = append(cur.Tokens, tok)
			cur.Tags = append(cur.Tags, tag)
		}
		if err == io.EOF {
			break
		}
	}
	flush()
	return out, nil
}

// WriteCoNLL writes TOKEN<TAB>TAG lines with a blank line after each sentence; tags[i]
// belongs to sents[i].
func WriteCoNLL(w io.Writer, sents []Sentence, tags [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		for j, tok := range s.Tokens {
			bw.WriteString(tok)
			bw.WriteByte('\t')
			bw.WriteString(tags[i][j])
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// TagCoNLL reads a pre-tokenised CoNLL document (ReadCoNLL) and tags it: its sentences and
// their tags, for WriteCoNLL.
func (t *Tagger) TagCoNLL(text string) ([]Sentence, [][]string, error) {
	sents, err := ReadCoNLL(strings.NewReader(text))
	if err != nil {
		return nil, nil, err
	}
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Tokens
	}
	return sents, t.TagSentences(words), nil
}
