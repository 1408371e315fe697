package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/arprep/arprep/command"
	"github.com/arprep/arprep/input"
	"github.com/arprep/arprep/segment"
	"github.com/arprep/arprep/summarize"
)

// TestRunFromOptions runs commands from their options (package command), as a program
// embedding them would, and checks that they write what the same command line writes: the
// flags fill the options the run takes, and nothing else.
func TestRunFromOptions(t *testing.T) {
	const seed = "testdata/seed.txt"
	one := func(cmd string) command.Inputs { return command.Inputs{Cmd: cmd, Names: []string{seed}} }
	batch := command.Batch{TextField: "text", IDField: "id", Jobs: 2, MaxDocBytes: 64 << 20}
	sum := command.SummarizeOptions{In: one("summarize"), Batch: batch, Format: "tsv", Budget: summarize.Budget{Sentences: 3},
		Weights: summarize.DefaultWeights(), Lang: "auto"}
	tests := []struct {
		name string
		argv []string
		run  func(s *command.IO) error
	}{
		{"segment tsv", []string{"segment", "--format", "tsv", seed}, func(s *command.IO) error {
			return command.Segment(command.SegmentOptions{In: one("segment"), Batch: batch, Format: "tsv",
				MaxSentenceBytes: segment.DefaultMaxSentenceBytes, Lang: "auto"}, s)
		}},
		{"summarize tsv", []string{"summarize", "-f", "tsv", "-n", "3", seed}, func(s *command.IO) error {
			return command.Summarize(sum, s)
		}},
		{"summarize highlight", []string{"summarize", "--highlight", "-n", "3", seed}, func(s *command.IO) error {
			o := sum
			o.Format, o.Highlight = "text", true
			return command.Summarize(o, s)
		}},
		{"entities json", []string{"entities", "--format", "json", seed}, func(s *command.IO) error {
			return command.Entities(command.EntitiesOptions{In: one("entities"), Batch: batch, Format: "json", Input: "text", Lang: "auto"}, s)
		}},
		{"glossary tsv", []string{"glossary", "--top", "20", seed}, func(s *command.IO) error {
			return command.Glossary(command.GlossaryOptions{In: one("glossary"), Batch: batch, Top: 20, TargetLang: "en", Lang: "auto"}, s)
		}},
		{"normalize", []string{"normalize", "--letters", seed}, func(s *command.IO) error {
			return command.Normalize(command.NormalizeOptions{In: one("normalize"), Letters: true, Format: "text"}, s)
		}},
		{"export tsv", []string{"export", "-f", "tsv", "--sentences", "2", seed}, func(s *command.IO) error {
			return command.Export(command.ExportOptions{Job: command.JobOptions{In: one("export"), Units: "sentences", Lang: "auto", Sentences: 2}, Format: "tsv"}, s)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, _, code := runCLI(t, "", append([]string{"-q"}, tt.argv...)...)
			if code != 0 {
				t.Fatalf("%v: exit %d", tt.argv, code)
			}
			var out, errs bytes.Buffer
			s := &command.IO{In: strings.NewReader(""), Out: &out, Err: &errs, Quiet: true, Encoding: input.Encoding("auto")}
			if err := tt.run(s); err != nil {
				t.Fatalf("from options: %v (%s)", err, errs.String())
			}
			if out.Len() == 0 || out.String() != want {
				t.Errorf("from options, %d bytes differ from %v's %d", out.Len(), tt.argv, len(want))
			}
		})
	}
}
