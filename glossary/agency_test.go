package glossary

import "testing"

func TestMarkAgencies(t *testing.T) {
	text := "واس - الرياض: رعى الأمير حفل تخرج الدفعة الجديدة من طلاب الجامعة.\n" +
		"وقالت الجامعة إن اللغة الفرنسية تدرس فيها. وكانت واس قد نشرت صورا للحفل.\n" +
		"وفقا للفرنسية.\n"
	entries := Build([]Doc{{Name: "a", Text: text}}, Options{MinFreq: 1, NoBackground: true})
	byTerm := map[string]Entry{}
	for _, e := range entries {
		byTerm[e.Term] = e
	}
	spa, ok := byTerm["واس"]
	if !ok || spa.Agency != "SPA (Saudi Press Agency)" || spa.Target != spa.Agency || spa.TargetSource != SourceAgency || spa.Kind != "ORG" {
		t.Errorf("واس: %+v", spa)
	}
	for term, e := range byTerm {
		if term != "واس" && e.Agency != "" {
			t.Errorf("%s marked as agency %q", term, e.Agency)
		}
	}
	// Without a dateline or credit, an agency's name is not marked.
	for _, e := range Build([]Doc{{Name: "b", Text: "قالت واس إن الحفل أقيم. وقالت واس إن الأمير حضر."}}, Options{MinFreq: 1, NoBackground: true}) {
		if e.Agency != "" {
			t.Errorf("%s marked as agency %q without a dateline", e.Term, e.Agency)
		}
	}
}
