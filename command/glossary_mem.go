package command

// The glossary in bounded memory (--mem): see glossary/doc.go.

import (
	"bufio"
	"errors"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/arprep/arprep/glossary"
)

// maxDocMemory is the most document text the glossary keeps in memory between its passes:
// reading it back from a temporary file costs little, and a corpus of any size then takes the
// same room.
const maxDocMemory = 4 << 20

// maxPlaceMemory is the most the glossary keeps in memory of the places it collects, and the
// most it reads back at once for the entries: past it they wait in a temporary file.
const maxPlaceMemory = 16 << 20

// applyMem sets the garbage collector's soft memory limit to --mem (without it, to a quarter
// of the machine's memory, unless the user set GOMEMLIMIT: that limit stays) and lets the
// glossary keep an eighth of the limit (at most maxDocMemory) in document text, and as much
// (at most maxPlaceMemory) in places, before it spills them to temporary files.
func applyMem(mem string, opts *glossary.Options) error {
	budget := systemMemory() / 4
	if s := mem; s != "" {
		n, err := parseSize(s)
		if err != nil || n < 64<<20 {
			return usagef("glossary: --mem must be a size of 64M or more (500M, 2G), not %q", s)
		}
		budget = n
	} else if os.Getenv("GOMEMLIMIT") != "" {
		budget = debug.SetMemoryLimit(-1) // the user's limit, as the runtime read it
		opts.DocMemory, opts.PlaceMemory = min(budget/8, maxDocMemory), min(budget/8, maxPlaceMemory)
		return nil
	}
	if budget > 0 {
		debug.SetMemoryLimit(budget)
		opts.DocMemory, opts.PlaceMemory = min(budget/8, maxDocMemory), min(budget/8, maxPlaceMemory)
	}
	return nil
}

// buildGCPercent paces the garbage collector while a glossary is built and written: the
// candidates and entries it holds then are most of the run's memory, and Go's default pacing
// (GOGC=100) lets the heap grow to twice what is live before it collects.
const buildGCPercent = 40

// paceBuild sets the collector's pacing to buildGCPercent, unless the user set GOGC, and
// returns the function that puts it back.
func paceBuild() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(buildGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// parseSize reads a size in bytes with an optional K, M, G or T suffix (powers of 1024).
func parseSize(s string) (int64, error) {
	if s == "" {
		return 0, errors.New("empty size")
	}
	mult := int64(1)
	switch strings.ToUpper(s[len(s)-1:]) {
	case "K":
		mult = 1 << 10
	case "M":
		mult = 1 << 20
	case "G":
		mult = 1 << 30
	case "T":
		mult = 1 << 40
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, errors.New("bad size")
	}
	return n * mult, nil
}

// systemMemory is the machine's RAM in bytes from /proc/meminfo (0 when unknown).
func systemMemory() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
