package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/bits"
	"strings"

	"github.com/arprep/arprep/arabic"
)

// unitString maps a token to the string clustering sees: a word's form without
// conjunction/preposition clitics (article kept), or a class for numbers, Latin and symbols.
func unitString(t arabic.Token) string {
	switch t.Kind {
	case arabic.Word:
		return arabic.StripProclitics(arabic.Normalize(t.Text))
	case arabic.Number:
		return "<num>"
	case arabic.Latin:
		return "<lat>"
	case arabic.Punct:
		return t.Text
	}
	return "<sym>"
}

// readCorpusText reads the title and text of each JSONL record (the ANT corpus format).
func readCorpusText(r io.Reader) ([]string, error) {
	var docs []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", line, err)
		}
		docs = append(docs, rec.Title+"\n"+rec.Text)
	}
	return docs, sc.Err()
}

// A word profile summarises how a word (by its Key) behaves in the unlabelled text: how
// often it occurs, how often with the article (names of people almost never take it), and
// how often right after a title such as الرئيس or الفريق, and how often right after the
// head of an organisation's name (حزب، شركة، نادي...), and how often right after a speech
// verb (وقال البدري: Arabic puts the verb first, so the speaker's name follows it). Each is a
// small bucket number.
type profile [5]uint8

// wordProfiles computes the profiles of the words seen at least twice in seqs (unit strings).
func wordProfiles(seqs [][]string) map[string]profile {
	type stat struct{ n, art, trig, org, speech int }
	keys := map[string]string{}
	keyOf := func(u string) string {
		k, ok := keys[u]
		if !ok {
			k = arabic.Key(u)
			keys[u] = k
		}
		return k
	}
	stats := map[string]*stat{}
	for _, s := range seqs {
		prevTitle, prevOrg, prevSpeech := false, false, false
		for _, u := range s {
			k := keyOf(u)
			st := stats[k]
			if st == nil {
				st = &stat{}
				stats[k] = st
			}
			st.n++
			if k != u && strings.HasPrefix(u, "ال") && !strings.HasPrefix(k, "ال") {
				st.art++
			}
			if prevTitle {
				st.trig++
			}
			if prevOrg {
				st.org++
			}
			if prevSpeech {
				st.speech++
			}
			trig := triggers()[k]
			prevSpeech = trig == trigSpeech
			prevTitle = trig == trigTitle
			prevOrg = trig == trigOrg && k == u // the head itself, without the article
		}
	}
	out := map[string]profile{}
	for k, st := range stats {
		if st.n < 2 || k == "" {
			continue
		}
		var p profile
		p[0] = uint8(min(7, bits.Len(uint(st.n))/2))
		p[1], p[2], p[3] = 5, 4, 4
		p[4] = 4
		if st.n >= 3 {
			p[1] = ratioBucket(st.art, st.n, 0.2, 0.5, 0.8)
			p[2] = ratioBucket(st.trig, st.n, 0.05, 0.2)
			p[3] = ratioBucket(st.org, st.n, 0.05, 0.2)
			p[4] = ratioBucket(st.speech, st.n, 0.05, 0.2)
		}
		out[k] = p
	}
	return out
}

// ratioBucket is 0 when a is 0, else 1 + the number of bounds a/n reaches.
func ratioBucket(a, n int, bounds ...float64) uint8 {
	if a == 0 {
		return 0
	}
	b := uint8(1)
	for _, x := range bounds {
		if float64(a)/float64(n) >= x {
			b++
		}
	}
	return b
}
