// Package bench holds no code: its test file measures every stage of arprep on the same
// corpus in one run, next to clipperhouse/uax29's sentence iterator, so that the table in
// docs/benchmarks.md can be read as ratios that survive a loaded machine.
//
// It is its own package because the stages live in different packages (arabic, segment,
// entity, summarize, glossary, idf) and a cross-stage table needs one place that imports them
// all; the packages' own benchmarks stay where they are and measure what is particular to
// each (pathological inputs, document size, exporters). Run it with scripts/bench.sh, or:
//
//	go test ./bench/ -run '^$' -bench . -count 1
package bench
