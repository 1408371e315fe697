package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// normalisePage takes the version out of a page, so that the golden file does not change
// with it.
func normalisePage(page string) string {
	return strings.Replace(page, `content="arprep `+version+`"`, `content="arprep VERSION"`, 1)
}

func TestViewGolden(t *testing.T) {
	out, errs, code := runCLI(t, "", "view", "testdata/seed.txt")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	checkGolden(t, "view_seed.html", normalisePage(out))
}

func TestViewCounts(t *testing.T) {
	page, errs, code := runCLI(t, "", "view", "testdata/seed.txt", "testdata/en_sample.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, name := range []string{"testdata/seed.txt", "testdata/en_sample.txt"} {
		section := page[strings.Index(page, "<bdi>"+name+"</bdi></h2>"):]
		section = section[:strings.Index(section, "</section>")]
		entities, chosen := cliCounts(t, name)
		if got := strings.Count(section, "<mark "); got != entities {
			t.Errorf("%s: %d marks, entities --format json has %d", name, got, entities)
		}
		if got := strings.Count(section, `<span class="s sum"`); got != chosen {
			t.Errorf("%s: %d highlighted sentences, summarize --format json has %d", name, got, chosen)
		}
	}
	for _, want := range []string{`<html lang="ar" dir="rtl">`, `<div class="text" lang="en" dir="ltr">`,
		`<nav class="toc">`, `<a href="#d2"><bdi>testdata/en_sample.txt</bdi></a>`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// Every glossary link points at an entry of the table, every first-occurrence link at a
	// sentence of the page.
	ids := map[string]bool{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		ids[m[1]] = true
	}
	for _, m := range regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if !ids[m[1]] {
			t.Errorf("link to #%s, which is not on the page", m[1])
		}
	}
}

func TestSummarizeHTML(t *testing.T) {
	view, _, code := runCLI(t, "", "view", "--words", "60", "testdata/seed.txt")
	summary, errs, code2 := runCLI(t, "", "summarize", "--format", "html", "--words", "60", "testdata/seed.txt")
	if code != 0 || code2 != 0 {
		t.Fatalf("exit %d and %d: %s", code, code2, errs)
	}
	if view != summary {
		t.Errorf("summarize --format html and view differ")
	}
	if _, errs, code := runCLI(t, "", "summarize", "--format", "html", "--jsonl", "testdata/seed.txt"); code != 2 {
		t.Errorf("--jsonl with html: exit %d (%s), want 2", code, errs)
	}
}

func TestViewOutput(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if _, errs, code := runCLI(t, "", "view", "--title", "<b>Job</b>", "--no-glossary", "-o", page, "testdata/seed.txt"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "<title>&lt;b&gt;Job&lt;/b&gt;</title>") || !strings.Contains(string(b), "Glossary (0 terms)") {
		t.Errorf("title or glossary wrong")
	}
	if _, errs, code := runCLI(t, "", "view", "-o", page, "testdata/seed.txt"); code != 2 || !strings.Contains(errs, "exists") {
		t.Errorf("overwrite without --force: exit %d, %q", code, errs)
	}
	if _, errs, code := runCLI(t, "", "view", "--top", "-1", "testdata/seed.txt"); code != 2 || !strings.Contains(errs, "--top") {
		t.Errorf("--top -1: exit %d, %q", code, errs)
	}
	out, _, _ := runCLI(t, "", "view", "--top", "5", "testdata/seed.txt")
	if !strings.Contains(out, "Glossary (the best 5 of ") || strings.Contains(out, `id="g6"`) {
		t.Errorf("--top 5 does not show 5 entries")
	}
	if _, errs, code := runCLI(t, "", "view", "testdata/none.txt"); code != 1 || !strings.Contains(errs, "none.txt") {
		t.Errorf("missing input: exit %d, %q", code, errs)
	}
}

func TestPrepReportHTML(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "job")
	if _, errs, code := runCLI(t, "", "-q", "prep", "testdata/seed.txt", "-o", dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	report, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	summary, _ := os.ReadFile(filepath.Join(dir, "summary.txt"))
	entities, _ := cliCounts(t, "testdata/seed.txt")
	if got, want := strings.Count(page, `<span class="s sum"`), strings.Count(string(summary), "\n"); got != want {
		t.Errorf("%d highlighted units, summary.txt has %d lines", got, want)
	}
	if got := strings.Count(page, "<mark "); got != entities {
		t.Errorf("%d marks, entities --format json has %d", got, entities)
	}
	if !strings.Contains(page, "<title>Translation job: seed.txt</title>") || !strings.Contains(string(report), "`report.html`") {
		t.Errorf("report.html title or report.md listing wrong")
	}
}
