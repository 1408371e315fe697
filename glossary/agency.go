package glossary

import (
	"github.com/arprep/arprep/news"
	"github.com/arprep/arprep/segment"
)

// SourceAgency says that a target is the English name of a news agency or outlet (package news).
const SourceAgency = "suggestion: news agency list"

// markAgencies sets Agency (and the kind ORG) on the entries that name a news agency or outlet found in a document's
// dateline or credits (package news), and makes its English name the target when no CLDR name
// is known: "واس" in "واس - الرياض:" is the Saudi Press Agency, "(أ ف ب)" is AFP. Only names
// seen there are marked, so "الفرنسية" of running text (an adjective) stays a term.
func markAgencies(entries []Entry, docs []Doc) {
	found := map[string]bool{} // English names of the outlets named in frames
	framed := map[string]int{} // how often each spelling stands in a frame
	for _, d := range docs {
		for _, s := range segment.Split(d.Text) {
			if s.Kind == news.Dateline || s.Kind == news.Credit {
				for _, m := range news.Mentions(s.Text) {
					found[m.Outlet.English] = true
					framed[s.Text[m.Start:m.End]]++
				}
			}
		}
	}
	if len(found) == 0 {
		return
	}
	for i := range entries {
		e := &entries[i]
		for _, f := range e.Forms {
			o, ok := news.LookupOutlet(f.Text)
			if !ok || !found[o.English] || o.Common && 2*framed[f.Text] < f.Count {
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
