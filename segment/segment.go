package segment

import (
	"errors"
	"io"
	"unsafe"

	"github.com/arprep/arprep/news"
)

// DefaultMaxSentenceBytes is the length at which a sentence without a boundary is cut
// when Options.MaxSentenceBytes is zero.
const DefaultMaxSentenceBytes = 2000

// Sentence is one sentence of the input.
type Sentence struct {
	// Text is the sentence, without leading or trailing white space.
	Text string `json:"text"`
	// Start and End are byte offsets into the input: input[Start:End] == Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Paragraph numbers the paragraphs from 1; a blank line starts a new one.
	Paragraph int `json:"paragraph"`
	// Forced is set when the sentence found no boundary within MaxSentenceBytes and was
	// cut at the last white space before the limit.
	Forced bool `json:"forced,omitempty"`
	// Kind is news.Text for running text, or marks a unit of a news article's frame: its
	// dateline or byline, a source credit, page furniture (see the package documentation).
	Kind news.Kind `json:"kind,omitempty"`
}

// Options tune segmentation. The zero value is the default.
type Options struct {
	// Clauses also splits after a colon followed by white space, and after an Arabic
	// comma "،" with at least three words on each side, for machine translation and
	// subtitles. Off by default.
	Clauses bool
	// MaxSentenceBytes cuts a sentence that finds no boundary within this many bytes
	// (see Sentence.Forced); it bounds the Reader's memory. Zero means
	// DefaultMaxSentenceBytes, a negative value means no limit.
	MaxSentenceBytes int
	// Plain turns off the news layout: no dateline, credit or furniture units (every unit is
	// news.Text and a dateline stays glued to the first sentence).
	Plain bool
}

// Split splits text into sentences with the default options.
func Split(text string) []Sentence {
	return SplitWith(text, Options{})
}

// SplitWith splits text into sentences. The Text of each sentence is a substring of
// text, so splitting allocates only the slice of sentences.
func SplitWith(text string, opts Options) []Sentence {
	// Scanned as bytes, read in place: the scanner never writes to them, and a copy of a
	// 30 MB document was 30 MB more at the peak of a glossary's tagging. Text is sliced
	// from text itself.
	data := unsafe.Slice(unsafe.StringData(text), len(text))
	sc := newScanner(opts)
	lay := layout{plain: opts.Plain}
	var out []Sentence
	for pos := 0; ; {
		n, _ := sc.skipGap(data[pos:], true)
		pos += n
		if pos == len(data) {
			return out
		}
		lineStart := !sc.seen || sc.breaks > 0
		end, forced, _ := sc.sentence(data[pos:], true)
		out = lay.units(out, Sentence{
			Text: text[pos : pos+end], Start: pos, End: pos + end,
			Paragraph: sc.startSentence(), Forced: forced,
		}, lineStart)
		pos += end
	}
}

// readSize is the Reader's minimum read; its buffer grows beyond it only for sentences
// and look-ahead that do not fit.
const readSize = 64 << 10

// Reader reads sentences from an io.Reader. Its memory is bounded by the longest
// sentence (at most MaxSentenceBytes) plus a small read buffer, not by the input; it
// finds the same sentences as SplitWith on the whole input.
type Reader struct {
	src    io.Reader
	sc     scanner
	buf    []byte
	lo, hi int // buf[lo:hi] holds unread input
	off    int // input offset of buf[lo]
	eof    bool
	err    error
	cur    Sentence
	lay    layout
	units  []Sentence // the units of the last sentence scanned (see layout)
	next   int        // the next of them to return
}

// FromReader returns a Reader over r. The input must be UTF-8 (decode legacy
// encodings first); offsets count bytes of it.
func FromReader(r io.Reader, opts Options) *Reader {
	return &Reader{src: r, sc: newScanner(opts), lay: layout{plain: opts.Plain}}
}

// Next advances to the next sentence and reports whether there is one. It returns
// false at the end of the input or on a read error (see Err).
func (r *Reader) Next() bool {
	if r.next < len(r.units) {
		r.cur = r.units[r.next]
		r.next++
		return true
	}
	for r.err == nil {
		n, more := r.sc.skipGap(r.buf[r.lo:r.hi], r.eof)
		r.advance(n)
		if more {
			r.fill()
			continue
		}
		if r.lo == r.hi {
			return false
		}
		lineStart := !r.sc.seen || r.sc.breaks > 0
		end, forced, more := r.sc.sentence(r.buf[r.lo:r.hi], r.eof)
		if more {
			r.fill()
			continue
		}
		r.units = r.lay.units(r.units[:0], Sentence{
			Text: string(r.buf[r.lo : r.lo+end]), Start: r.off, End: r.off + end,
			Paragraph: r.sc.startSentence(), Forced: forced,
		}, lineStart)
		r.cur, r.next = r.units[0], 1
		r.advance(end)
		return true
	}
	return false
}

// Sentence returns the current sentence.
func (r *Reader) Sentence() Sentence { return r.cur }

// Err returns the first read error, or nil at a clean end of input.
func (r *Reader) Err() error { return r.err }

func (r *Reader) advance(n int) {
	r.lo += n
	r.off += n
}

// errNoProgress is returned when the source keeps returning no data and no error.
var errNoProgress = errors.New("segment: reader returned no data 100 times in a row")

// fill reads more input after moving the unread part to the front of the buffer. It
// reads at least as many bytes as are pending (growing the buffer if need be), so that
// re-scanning a sentence after each fill costs amortised linear time even when the
// source returns a byte at a time.
func (r *Reader) fill() {
	if r.eof {
		return
	}
	pending := r.hi - r.lo
	if r.lo > 0 {
		r.hi = copy(r.buf, r.buf[r.lo:r.hi])
		r.lo = 0
	}
	want := max(pending, 1)
	if len(r.buf)-r.hi < max(want, readSize/2) {
		grown := make([]byte, max(2*len(r.buf), r.hi+want, readSize))
		copy(grown, r.buf[:r.hi])
		r.buf = grown
	}
	for added, idle := 0, 0; added < want; {
		n, err := r.src.Read(r.buf[r.hi:])
		r.hi += n
		added += n
		switch {
		case err == io.EOF:
			r.eof = true
			return
		case err != nil:
			r.err = err
			return
		case n > 0:
			idle = 0
		default:
			if idle++; idle == 100 {
				r.err = errNoProgress
				return
			}
		}
	}
}
