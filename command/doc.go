// Package command runs arprep's commands once their options are filled: each command has an
// Options struct and a function that works from it and an IO (segment: SegmentOptions and
// Segment, and so on), as in the GitHub CLI's pkg/cmd (NewCmdX fills the options, xRun works).
//
// It is a package of its own so that the root package holds only the command line's wiring
// (flags, filling the options, colour, exit codes) and every run can be tested, or embedded,
// from options rather than argv. It owns what a run does around the text packages: reading the
// inputs (files, folders, JSONL; in parallel with package batch), refusing an output that is
// also an input, writing atomically (package output), the warnings and one-line summaries on
// stderr, and the memory limits of large runs.
//
// It never imports urfave/cli or fatih/color and never exits: a usage error is a UsageError
// (exit status 2), a run whose messages are out already ends with a StatusError, and colour is
// painted by the IO's Paint hook.
package command
