package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/span"
	"github.com/arprep/arprep/summarize"
)

// testStreams are the streams a run gets, over buffers, with the global flags' defaults and
// --quiet.
func testStreams() (*streams, *bytes.Buffer, *bytes.Buffer) {
	var out, errs bytes.Buffer
	return &streams{in: strings.NewReader(""), out: &out, err: &errs, quiet: true, color: "never",
		encoding: input.Encoding("auto")}, &out, &errs
}

// batchDefaults are the batch flags' defaults.
var batchDefaults = batchOptions{textField: "text", idField: "id", jobs: 2, maxDocBytes: 64 << 20}

// TestRunFromOptions runs commands from their options, as a program embedding them would, and
// checks that they write what the same command line writes.
func TestRunFromOptions(t *testing.T) {
	const seed = "testdata/seed.txt"
	one := func(cmd string) inputs { return inputs{cmd: cmd, names: []string{seed}} }
	sum := summarizeOptions{in: one("summarize"), batch: batchDefaults, format: "tsv", budget: summarize.Budget{Sentences: 3},
		weights: summarize.DefaultWeights(), lang: "auto"}
	tests := []struct {
		name string
		argv []string
		run  func(s *streams) error
	}{
		{"segment tsv", []string{"segment", "--format", "tsv", seed}, func(s *streams) error {
			return segmentRun(segmentOptions{in: one("segment"), batch: batchDefaults, format: "tsv",
				maxSentenceBytes: segment.DefaultMaxSentenceBytes, lang: "auto"}, s)
		}},
		{"summarize tsv", []string{"summarize", "-f", "tsv", "-n", "3", seed}, func(s *streams) error {
			return summarizeRun(sum, s)
		}},
		{"summarize highlight", []string{"summarize", "--highlight", "-n", "3", seed}, func(s *streams) error {
			o := sum
			o.format, o.highlight = "text", true
			return summarizeRun(o, s)
		}},
		{"entities json", []string{"entities", "--format", "json", seed}, func(s *streams) error {
			return entitiesRun(entitiesOptions{in: one("entities"), batch: batchDefaults, format: "json", input: "text", lang: "auto"}, s)
		}},
		{"glossary tsv", []string{"glossary", "--top", "20", seed}, func(s *streams) error {
			return glossaryRun(glossaryOptions{in: one("glossary"), batch: batchDefaults, top: 20, targetLang: "en", lang: "auto"}, s)
		}},
		{"normalize", []string{"normalize", "--letters", seed}, func(s *streams) error {
			return normalizeRun(normalizeOptions{in: one("normalize"), letters: true, format: "text"}, s)
		}},
		{"export tsv", []string{"export", "-f", "tsv", "--sentences", "2", seed}, func(s *streams) error {
			in := one("export")
			in.folders = true
			return exportRun(exportOptions{job: jobOptions{in: in, units: "sentences", lang: "auto", sentences: 2}, format: "tsv"}, s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, _, code := runCLI(t, "", append([]string{"-q"}, tt.argv...)...)
			if code != 0 {
				t.Fatalf("%v: exit %d", tt.argv, code)
			}
			s, out, errs := testStreams()
			if err := tt.run(s); err != nil {
				t.Fatalf("from options: %v (%s)", err, errs)
			}
			if out.Len() == 0 || out.String() != want {
				t.Errorf("from options, %d bytes differ from %v's %d", out.Len(), tt.argv, len(want))
			}
		})
	}
}

// countingTagger counts the texts it is given to tag.
type countingTagger struct {
	t     *entity.Tagger
	calls atomic.Int64
}

func (c *countingTagger) Analyse(text string) entity.Analysis {
	c.calls.Add(1)
	return c.t.Analyse(text)
}

func (c *countingTagger) Tag(text string) []span.Entity {
	c.calls.Add(1)
	return c.t.Tag(text)
}

// TestJobsTagOnce checks that prep and export --glossary tag each document once, although the
// summary, the glossary (twice when the first finds nothing) and the report page use names.
func TestJobsTagOnce(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Skipf("no entity model: %v", err)
	}
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	texts := []string{string(seed), string(seed[:len(seed)/2]), "ذهب الولد إلى السوق صباحا."} // the last has no term seen twice
	var names []string
	for i, text := range texts {
		name := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	tests := []struct {
		name  string
		names []string
		run   func(job jobOptions, s *streams) error
	}{
		{"prep", names, func(job jobOptions, s *streams) error {
			return prepRun(prepOptions{job: job, dir: filepath.Join(dir, "job1")}, s)
		}},
		{"prep, glossary retried with min-freq 1", names[2:], func(job jobOptions, s *streams) error {
			return prepRun(prepOptions{job: job, dir: filepath.Join(dir, "job2")}, s)
		}},
		{"export --glossary", names, func(job jobOptions, s *streams) error {
			return exportRun(exportOptions{job: job, format: "xlsx", output: filepath.Join(dir, "x.xlsx"), glossary: true}, s)
		}},
		{"export --no-summary --glossary", names, func(job jobOptions, s *streams) error {
			job.noSummary = true
			return exportRun(exportOptions{job: job, format: "xlsx", output: filepath.Join(dir, "y.xlsx"), glossary: true}, s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := &countingTagger{t: tagger}
			job := jobOptions{in: inputs{cmd: "job", names: tt.names, folders: true}, units: "sentences", lang: "auto", tagger: ct}
			s, _, errs := testStreams()
			if err := tt.run(job, s); err != nil {
				t.Fatalf("%v (%s)", err, errs)
			}
			if got := ct.calls.Load(); got != int64(len(tt.names)) {
				t.Errorf("%d documents tagged %d times", len(tt.names), got)
			}
		})
	}
}
