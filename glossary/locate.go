package glossary

import (
	"strings"

	"github.com/arprep/arprep/arabic"
)

// Place is one occurrence of a glossary entry in a text: text[Start:End] (whole tokens, a
// proclitic such as و or ب included) spells entries[Entry] in one of its forms.
type Place struct {
	Start, End int
	Entry      int
}

// Locate finds where the entries' spellings occur in text, left to right, the longest
// spelling first at each token and without overlaps. A place is read the way Build reads an
// occurrence: the first word without its proclitics, tatweel and bidi controls dropped, the
// words joined by one space, so every form an entry lists is found again in its document
// (والكويت and للكويت as الكويت). Entries earlier in the list win a spelling two of them share.
func Locate(text string, entries []Entry) []Place {
	type form struct{ entry, words int }
	forms := map[string]form{}
	firsts := map[string]bool{} // the first words of the forms, to skip most tokens at once
	maxWords := 0
	for i := range entries {
		for _, f := range entries[i].Forms {
			if _, ok := forms[f.Text]; ok || f.Text == "" {
				continue
			}
			words := strings.Fields(f.Text)
			forms[f.Text] = form{i, len(words)}
			firsts[words[0]] = true
			maxWords = max(maxWords, len(words))
		}
	}
	if len(forms) == 0 {
		return nil
	}
	ws := analyse(text)
	surface := func(w word, first bool) string {
		switch {
		case w.tok.Kind != arabic.Word:
			return w.tok.Text
		case first:
			return w.display
		}
		return cleanSurface(w.tok.Text)
	}
	var places []Place
	var b strings.Builder
	for i := 0; i < len(ws); i++ {
		head := surface(ws[i], true)
		if !firsts[head] {
			continue
		}
		for n := min(maxWords, len(ws)-i); n >= 1; n-- {
			b.Reset()
			b.WriteString(head)
			for k := i + 1; k < i+n; k++ {
				b.WriteByte(' ')
				b.WriteString(surface(ws[k], false))
			}
			if f, ok := forms[b.String()]; ok && f.words == n {
				places = append(places, Place{Start: ws[i].tok.Start, End: ws[i+n-1].tok.End, Entry: f.entry})
				i += n - 1
				break
			}
		}
	}
	return places
}
