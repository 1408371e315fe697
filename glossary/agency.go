package glossary

import (
	"github.com/arprep/arprep/news"
	"github.com/arprep/arprep/segment"
)

// SourceAgency says that a target is the English name of a news agency or outlet (package news).
const SourceAgency = "suggestion: news agency list"

// agencyFrames records the news agencies and outlets named in the documents' datelines and
// credits (package news).
type agencyFrames struct {
	found  map[string]bool // English names of the outlets named in frames
	framed ownedCounts     // how often each spelling stands in a frame
}

// add records the frames of one document.
func (a *agencyFrames) add(text string) {
	for _, s := range segment.Split(text) {
		if s.Kind == news.Dateline || s.Kind == news.Credit {
			for _, m := range news.Mentions(s.Text) {
				if a.found == nil {
					a.found, a.framed = map[string]bool{}, ownedCounts{}
				}
				a.found[m.Outlet.English] = true
				a.framed.add(s.Text[m.Start:m.End], 1)
			}
		}
	}
}

// mark sets Agency (and the kind ORG) on the entries that name a news agency or outlet found
// in a document's dateline or credits, and makes its English name the target when no CLDR name
// is known: "واس" in "واس - الرياض:" is the Saudi Press Agency, "(أ ف ب)" is AFP. Only names
// seen there are marked, so "الفرنسية" of running text (an adjective) stays a term.
func (a *agencyFrames) mark(entries []Entry) {
	if len(a.found) == 0 {
		return
	}
	for i := range entries {
		e := &entries[i]
		for _, f := range e.Forms {
			o, ok := news.LookupOutlet(f.Text)
			if !ok || !a.found[o.English] || o.Common && 2*a.framed.get(f.Text) < f.Count {
				continue // an ordinary word ("الفرنسية") counts where it mostly stands in frames
			}
			e.Agency = o.English
			e.Kind = "ORG" // the tagger may take a short agency name for a place
			if e.Target == "" || e.TargetSource == SourceRomanize {
				e.Target, e.TargetSource, e.TargetGuess = o.English, SourceAgency, ""
			}
			break
		}
	}
}
