package command

import (
	"runtime/debug"
	"testing"

	"github.com/arprep/arprep/glossary"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"500M", 500 << 20, true}, {"2G", 2 << 30, true}, {"2g", 2 << 30, true}, {"1048576", 1 << 20, true},
		{"64K", 64 << 10, true}, {"1T", 1 << 40, true}, {"", 0, false}, {"M", 0, false}, {"-5M", 0, false}, {"1.5G", 0, false},
		{"99999999999T", 0, false},
	} {
		got, err := parseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v", tc.in, got, err)
		}
	}
}

// TestMemoryEnvironment: a GOMEMLIMIT the user set stays when --mem is not given (its eighth,
// at most maxDocMemory, is the documents' room, and at most maxPlaceMemory the places'), and a GOGC the user set keeps its pacing
// while the glossary is built.
func TestMemoryEnvironment(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	t.Setenv("GOMEMLIMIT", "16MiB") // the runtime read it at start: set the limit it would give
	debug.SetMemoryLimit(16 << 20)
	var opts glossary.Options
	if err := applyMem("", &opts); err != nil {
		t.Fatal(err)
	}
	if got := debug.SetMemoryLimit(-1); got != 16<<20 || opts.DocMemory != 2<<20 || opts.PlaceMemory != 2<<20 {
		t.Errorf("limit %d, room for documents %d and places %d; want the user's 16 MiB and 2 MiB", got, opts.DocMemory, opts.PlaceMemory)
	}
	if err := applyMem("256M", &opts); err != nil || debug.SetMemoryLimit(-1) != 256<<20 || opts.DocMemory != maxDocMemory || opts.PlaceMemory != maxPlaceMemory {
		t.Errorf("--mem 256M: limit %d, room for documents %d and places %d, %v", debug.SetMemoryLimit(-1), opts.DocMemory, opts.PlaceMemory, err)
	}

	gc := debug.SetGCPercent(100)
	defer debug.SetGCPercent(gc)
	restore := paceBuild()
	if got := debug.SetGCPercent(buildGCPercent); got != buildGCPercent {
		t.Errorf("building at GOGC=%d, want %d", got, buildGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after the build GOGC=%d, want 100 back", got)
	}
	t.Setenv("GOGC", "100")
	restore = paceBuild()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, building at GOGC=%d", got)
	}
	restore()
}
