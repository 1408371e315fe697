package lang

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDetect: any text gets Arabic or English; the decision depends on the share of letters
// only (a text repeated is decided the same), Arabic letters added in front never turn an
// Arabic decision English, Latin letters never turn an English one Arabic, and only the
// first 64 KiB count.
func FuzzDetect(f *testing.F) {
	f.Add("الكويت والولايات المتحدة")
	f.Add("The Kuwaiti minister met Dan Caine in Washington.")
	f.Add("Hello عالم \xff\xd8 ١٢٣ ﻻ é")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		got := Detect(text)
		if got != Arabic && got != English {
			t.Fatalf("Detect(%q) = %q", text, got)
		}
		if Resolve(Auto, text) != got || Resolve(English, text) != English {
			t.Fatalf("Resolve disagrees with Detect on %q", text)
		}
		if len(text)*2 <= sampleBytes && utf8.ValidString(text) && Detect(text+text) != got {
			t.Fatalf("Detect(%q) = %s but twice the text is %s", text, got, Detect(text+text))
		}
		if len(text)+2 <= sampleBytes {
			if got == Arabic && Detect("ب"+text) != Arabic {
				t.Fatalf("an Arabic letter in front of %q made it English", text)
			}
			if got == English && Detect("a"+text) != English {
				t.Fatalf("a Latin letter in front of %q made it Arabic", text)
			}
		}
		long := text + strings.Repeat(" ", sampleBytes)
		if Detect(long) != got || Detect(long+"English words") != got {
			t.Fatalf("text after the first 64 KiB changed the decision for %q", text)
		}
	})
}
