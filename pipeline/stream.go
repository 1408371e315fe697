package pipeline

import (
	"bufio"
	"errors"
	"io"

	"github.com/arprep/arprep/lang"
	"github.com/arprep/arprep/segment"
)

// detectBytes is how much of a stream decides its language when none is given.
const detectBytes = 64 << 10

// StreamSentences splits the text read from r as code (lang.Auto: as its first 64 KiB
// show) and calls emit with each sentence and the language used. Arabic is streamed through
// the segmenter, so memory stays bounded by the longest sentence; English is read whole and
// split by prose, with news units marked unless opts.Plain.
func StreamSentences(r io.Reader, code lang.Code, opts segment.Options, emit func(s segment.Sentence, used lang.Code) error) error {
	br := bufio.NewReaderSize(r, detectBytes)
	if code == lang.Auto {
		head, err := br.Peek(detectBytes)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			return err
		}
		code = lang.Detect(string(head))
	}
	if code == lang.English {
		text, err := io.ReadAll(br)
		if err != nil {
			return err
		}
		sents, _, err := Sentences(string(text), code, opts)
		if err != nil {
			return err
		}
		for _, s := range sents {
			if err := emit(s, code); err != nil {
				return err
			}
		}
		return nil
	}
	sr := segment.FromReader(br, opts)
	for sr.Next() {
		if err := emit(sr.Sentence(), lang.Arabic); err != nil {
			return err
		}
	}
	return sr.Err()
}
