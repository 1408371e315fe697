package entity

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestFaultsGolden tags sentences written for the faults a reader of Saudi news noticed
// (issue 16): common words and places tagged as persons, a nationality adjective tagged as
// a person, clubs, companies and agencies missed, a person's name found in part. The whole
// output must match testdata/faults.golden; the checks below must hold.
func TestFaultsGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/faults.txt")
	if err != nil {
		t.Fatal(err)
	}
	tagger := loadDefault(t)
	var out bytes.Buffer
	found := map[string]string{} // span text → type
	var all []string             // "type name" of every span
	for _, line := range strings.Split(strings.TrimSpace(string(text)), "\n") {
		spans := tagger.Tag(line)
		var parts []string
		for _, sp := range spans {
			name := line[sp.Start:sp.End]
			found[name] = sp.Type
			all = append(all, sp.Type+" "+name)
			parts = append(parts, sp.Type+":"+name)
		}
		fmt.Fprintf(&out, "%s\n\t%s\n", line, strings.Join(parts, " | "))
	}
	for _, want := range faultChecks {
		typ, words, _ := strings.Cut(want, " ")
		if typ[0] == '!' { // no span of that type may contain the words
			for _, tagged := range all {
				if ty, name, _ := strings.Cut(tagged, " "); ty == typ[1:] && strings.Contains(name, words) {
					t.Errorf("%s tagged %s (in %q)", words, ty, name)
				}
			}
		} else if found[words] != typ {
			t.Errorf("%s not tagged %s as a whole", words, typ)
		}
	}
	checkGolden(t, "faults.golden", out.Bytes())
}

// faultChecks: "TYPE words" must be a span of that type; "!TYPE words" must be inside no
// span of that type. All hold with the model of issue 16; the golden file also shows what
// it still gets wrong: داعش and الهلال missed, وارسو untagged, دوحة (a metaphor) tagged LOC.
// The model before it tagged غريب and الكيني as persons, found كي مون for بان كي مون and
// missed أرامكو السعودية.
var faultChecks = []string{
	"!PERS فيتامين",
	"!PERS بلوتو",
	"!PERS وارسو",
	"!PERS الكيماوية",
	"!PERS غريب",
	"!PERS الكيني",
	"PERS أوهورو كينياتا",
	"PERS بان كي مون",
	"PERS جون كيري",
	"PERS سلمان بن عبدالعزيز آل سعود",
	"PERS كريستيانو رونالدو",
	"ORG أرامكو السعودية",
	"ORG وكالة الأنباء السعودية",
	"ORG ريال مدريد",
	"ORG فيفا",
}
