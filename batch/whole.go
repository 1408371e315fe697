package batch

import (
	"fmt"
	"os"

	"github.com/arprep/arprep/input"
)

// Whole is Each for a run that makes one job of its inputs (normalize, export, prep): every
// input read whole, in order, and the first that cannot be read stops the run rather than
// being skipped. Glob, JSONL and MaxDocBytes do not apply. A folder gives its text files
// when folders is set (and is an error when it holds none); skipped then gets the files each
// folder walk left out (see Skipped). Without folders a folder is an input that cannot be
// read.
func (s *Source) Whole(folders bool, skipped func(notText, binary []string), fn func(Doc) error) error {
	for _, name := range s.Paths {
		if info, err := os.Stat(name); err == nil && info.IsDir() && name != "-" && folders {
			if err := s.wholeFolder(name, skipped, fn); err != nil {
				return err
			}
			continue
		}
		text, err := input.ReadAll(name, s.Stdin, s.Encoding)
		if err != nil {
			return err
		}
		if err := fn(Doc{Name: name, ID: name, Text: text, Size: len(text)}); err != nil {
			return err
		}
	}
	return nil
}

// wholeFolder calls fn with every text file under dir, in order.
func (s *Source) wholeFolder(dir string, skipped func(notText, binary []string), fn func(Doc) error) error {
	src := &Source{Paths: []string{dir}, Encoding: s.Encoding, Exclude: s.Exclude}
	defer func() { skipped(src.Skipped()) }()
	n := 0
	err := src.Each(func(d Doc) error {
		if d.Err != nil {
			return input.FileError(d.Err)
		}
		n++
		return fn(d)
	})
	if err == nil && n == 0 {
		return fmt.Errorf("%s: no .txt files in the folder", dir)
	}
	return err
}
