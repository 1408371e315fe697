package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// An English sample through every command that prepares translation work: an en→ar job.
func TestCLIEnglishJob(t *testing.T) {
	sample := "testdata/en_sample.txt"
	out, errs, code := runCLI(t, "", "glossary", "--format", "tsv", sample)
	if code != 0 || !strings.HasPrefix(out, "United States\tالولايات المتحدة\t") || !strings.Contains(out, "\nmilitary cooperation\t") {
		t.Errorf("glossary.utf8: exit %d, stderr %q\n%s", code, errs, out)
	}
	out, _, code = runCLI(t, "", "glossary", "--format", "tbx", sample)
	if code != 0 || !strings.Contains(out, `<langSec xml:lang="en">`) || !strings.Contains(out, `<langSec xml:lang="ar">`) {
		t.Errorf("glossary tbx: exit %d\n%.400s", code, out)
	}
	out, _, code = runCLI(t, "", "summarize", "--sentences", "2", sample)
	if code != 0 || !strings.HasPrefix(out, "Kuwait and the United States strengthen military cooperation\n") {
		t.Errorf("summarize: exit %d\n%s", code, out)
	}

	job := filepath.Join(t.TempDir(), "job")
	if _, errs, code := runCLI(t, "", "prep", sample, "-o", job); code != 0 {
		t.Fatalf("prep: exit %d: %s", code, errs)
	}
	xlf, err := os.ReadFile(filepath.Join(job, "job.xlf"))
	if err != nil || !strings.Contains(string(xlf), `source-language="en" target-language="ar"`) {
		t.Fatalf("job.xlf: %v\n%.300s", err, xlf)
	}
	src, _ := os.ReadFile(filepath.Join(job, "source.txt"))
	tgt, _ := os.ReadFile(filepath.Join(job, "target.txt"))
	if n := strings.Count(string(src), "\n"); n < 8 || n != strings.Count(string(tgt), "\n") {
		t.Errorf("source.txt has %d lines, target.txt %d", n, strings.Count(string(tgt), "\n"))
	}
	xmllintCLI(t, "xliff", filepath.Join(job, "job.xlf"))
	tbx := filepath.Join(job, "glossary-tbx2.tbx")
	if b, err := os.ReadFile(tbx); err != nil || !strings.Contains(string(b), "<term>United States</term>") {
		t.Errorf("glossary-tbx2.tbx is not the English glossary: %v\n%.600s", err, b)
	}
	gtsv, _ := os.ReadFile(filepath.Join(job, "glossary.utf8"))
	if !strings.Contains(string(gtsv), "Kuwait\tالكويت\t") {
		t.Errorf("glossary.utf8:\n%s", gtsv)
	}
	{
		if xmllint, err := exec.LookPath("xmllint"); err == nil {
			dtd, _ := filepath.Abs("glossary/testdata/schemas/TBXcoreStructV02.dtd")
			if out, err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", dtd, tbx).CombinedOutput(); err != nil {
				t.Errorf("glossary-tbx2.tbx: %v\n%s", err, out)
			}
		}
	}
}
