package command

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/arprep/arprep/entity"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/pipeline/pipelinetest"
)

// seed is the sample article the root package's tests use too.
const seed = "../testdata/seed.txt"

// testIO is the IO of a run over buffers, with the global flags' defaults and --quiet; it
// returns stderr too.
func testIO() (*IO, *bytes.Buffer) {
	var out, errs bytes.Buffer
	return &IO{In: strings.NewReader(""), Out: &out, Err: &errs, Quiet: true, Encoding: input.Encoding("auto"), Version: "test"}, &errs
}

// leftIn lists what a folder holds.
func leftIn(t *testing.T, dir string) []os.DirEntry {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// prepJob is the job of prep over the seed into dir.
func prepJob(dir string) PrepOptions {
	return PrepOptions{Job: JobOptions{In: Inputs{Cmd: "prep", Names: []string{seed}, Output: dir}, Units: "sentences", Lang: "auto"}}
}

// TestPrepAtomic fails the run half-way (at the workbook) and checks that the error names the
// file, is no usage error, and that no folder and no temporary folder is left.
func TestPrepAtomic(t *testing.T) {
	parent := t.TempDir()
	prepFault = func(name string) error {
		if name == "worksheet.xlsx" {
			return errors.New("simulated disk failure")
		}
		return nil
	}
	defer func() { prepFault = nil }()
	s, _ := testIO()
	err := Prep(prepJob(filepath.Join(parent, "job")), s)
	var ue UsageError
	if err == nil || errors.As(err, &ue) || !strings.Contains(err.Error(), "simulated disk failure") || !strings.Contains(err.Error(), "worksheet.xlsx") {
		t.Fatalf("got %v", err)
	}
	if got := leftIn(t, parent); len(got) != 0 {
		t.Errorf("a failed prep left %v", got)
	}
}

// TestJobsTagOnce checks that prep and export --glossary tag each document once, although the
// summary, the glossary (twice when the first finds nothing) and the report page use names.
func TestJobsTagOnce(t *testing.T) {
	tagger, err := entity.Default()
	if err != nil {
		t.Skipf("no entity model: %v", err)
	}
	seed, err := os.ReadFile(seed)
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
		run   func(job JobOptions, s *IO) error
	}{
		{"prep", names, func(job JobOptions, s *IO) error {
			job.In.Output = filepath.Join(dir, "job1")
			return Prep(PrepOptions{Job: job}, s)
		}},
		{"prep, glossary retried with min-freq 1", names[2:], func(job JobOptions, s *IO) error {
			job.In.Output = filepath.Join(dir, "job2")
			return Prep(PrepOptions{Job: job}, s)
		}},
		{"export --glossary", names, func(job JobOptions, s *IO) error {
			job.In.Output = filepath.Join(dir, "x.xlsx")
			return Export(ExportOptions{Job: job, Format: "xlsx", Glossary: true}, s)
		}},
		{"export --no-summary --glossary", names, func(job JobOptions, s *IO) error {
			job.NoSummary, job.In.Output = true, filepath.Join(dir, "y.xlsx")
			return Export(ExportOptions{Job: job, Format: "xlsx", Glossary: true}, s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ct := &pipelinetest.CountingTagger{Tagger: tagger}
			job := JobOptions{In: Inputs{Cmd: "job", Names: tt.names}, Units: "sentences", Lang: "auto", Tagger: ct}
			s, errs := testIO()
			if err := tt.run(job, s); err != nil {
				t.Fatalf("%v (%s)", err, errs)
			}
			if got := ct.Calls(); got != int64(len(tt.names)) {
				t.Errorf("%d documents tagged %d times", len(tt.names), got)
			}
		})
	}
}

// TestUsageErrors checks that bad options are a UsageError (the root package maps it to exit
// status 2) and that a processing error is not.
func TestUsageErrors(t *testing.T) {
	one := Inputs{Cmd: "test", Names: []string{seed}}
	batch := Batch{Jobs: 1}
	tests := []struct {
		name  string
		run   func(s *IO) error
		usage bool
	}{
		{"segment format", func(s *IO) error {
			return Segment(SegmentOptions{In: one, Batch: batch, Format: "xml", Lang: "auto"}, s)
		}, true},
		{"summarize ratio", func(s *IO) error {
			o := SummarizeOptions{In: one, Batch: batch, Format: "text", Lang: "auto", NoEntities: true}
			o.Budget.Ratio = 2
			return Summarize(o, s)
		}, true},
		{"jobs", func(s *IO) error { return IDFBuild(IDFBuildOptions{In: one, MinDF: 1}, s) }, true},
		{"output is an input", func(s *IO) error {
			return Normalize(NormalizeOptions{In: Inputs{Names: []string{seed}, Output: seed}, Format: "text"}, s)
		}, true},
		{"glossary mem", func(s *IO) error { return Glossary(GlossaryOptions{In: one, Batch: batch, Mem: "1K", Lang: "auto"}, s) }, true},
		{"missing input", func(s *IO) error {
			return Normalize(NormalizeOptions{In: Inputs{Names: []string{"no such file"}}, Format: "text"}, s)
		}, false},
		{"missing model", func(s *IO) error {
			return IDFMerge(IDFMergeOptions{Models: []string{"no such model", "nor this"}}, s)
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := testIO()
			err := tt.run(s)
			var ue UsageError
			if err == nil || errors.As(err, &ue) != tt.usage {
				t.Errorf("got %v (%T), want a usage error: %v", err, err, tt.usage)
			}
		})
	}
}
