package glossary

import (
	"os"
	"strings"
)

// ReadTargets reads the target sources into opts: a termbase file (ReadTermbase), unless
// termbase is empty, and a translation memory, unless tm is empty — a TMX file, or two
// line-aligned text files given as "AR.txt,EN.txt" (ReadAlignedTM).
func ReadTargets(termbase, tm string, opts *Options) error {
	if path := termbase; path != "" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		opts.Termbase, err = ReadTermbase(path, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	path := tm
	if path == "" {
		return nil
	}
	if src, tgt, pair := strings.Cut(path, ","); pair {
		a, err := os.Open(src)
		if err != nil {
			return err
		}
		defer a.Close()
		e, err := os.Open(tgt)
		if err != nil {
			return err
		}
		defer e.Close()
		opts.TM, err = ReadAlignedTM(src, a, tgt, e)
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	opts.TM, err = ReadTMX(path, f)
	return err
}
