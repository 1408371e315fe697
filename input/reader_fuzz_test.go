package input

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
)

// FuzzReader: the streaming reader, fed one byte at a time and read into buffers of 1 to 7
// bytes, gives the same text, encoding and error as Decode on the whole input (whose
// output FuzzDecode checks), so a file decodes the same whether it is streamed or read whole.
func FuzzReader(f *testing.F) {
	f.Add([]byte(arabicSample), uint8(0), uint8(3))
	f.Add([]byte("\xFF\xFEa\x00\x00\xDC b\x00"), uint8(2), uint8(1))
	f.Add(mustEncodeF(charmap.Windows1256.NewEncoder(), "سلام عليكم، كيف الحال؟"), uint8(0), uint8(5))
	f.Add([]byte("\xEF\xBB\xBFسطر\r\nسطر\xd8"), uint8(1), uint8(2))
	f.Add([]byte("a\x00b"), uint8(3), uint8(7))
	f.Fuzz(func(t *testing.T, data []byte, encoding, chunk uint8) {
		enc := []Encoding{Auto, UTF8, UTF16, Windows1256}[encoding%4]
		want, wantEnc, wantErr := Decode("f", data, enc)
		r, gotEnc, err := NewReader("f", iotest.OneByteReader(bytes.NewReader(data)), enc)
		if err != nil {
			t.Fatalf("NewReader: %v", err)
		}
		if gotEnc != wantEnc && wantEnc != "" {
			t.Fatalf("encoding %s streamed, %s whole", gotEnc, wantEnc)
		}
		var out bytes.Buffer
		size := int(chunk%7) + 1
		var readErr error
		for n := 0; n < 4*len(data)+16; n++ {
			buf := make([]byte, size)
			k, err := r.Read(buf)
			if k < 0 || k > size {
				t.Fatalf("Read returned %d for a %d-byte buffer", k, size)
			}
			out.Write(buf[:k])
			if err == io.EOF {
				break
			}
			if err != nil {
				readErr = err
				break
			}
			size = size%7 + 1
		}
		if (readErr == nil) != (wantErr == nil) {
			t.Fatalf("streamed error %v, whole %v", readErr, wantErr)
		}
		if wantErr != nil {
			if readErr.Error() != wantErr.Error() {
				t.Fatalf("streamed error %q, whole %q", readErr, wantErr)
			}
			var de *Error
			if !errors.As(readErr, &de) {
				t.Fatalf("streamed error %v is not *Error", readErr)
			}
			return
		}
		if out.String() != want {
			t.Fatalf("streamed %q, whole %q", out.String(), want)
		}
	})
}
