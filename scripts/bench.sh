#!/usr/bin/env bash
# Benchmarks every stage on the same ≥10 MB of ANT news text (../shared/corpora) in one run and
# prints a Markdown table of MB/s and the ratio to clipperhouse/uax29's sentence iterator
# measured in that run (the ratio is what to compare across machines and loads).
#   scripts/bench.sh            # one run
#   COUNT=3 scripts/bench.sh    # three runs; the table shows the median MB/s of each stage
# The raw `go test` output goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go test ./bench/ -run '^$' -bench 'Stages' -count "${COUNT:-1}" -timeout 60m >"$out" || { cat "$out" >&2; exit 1; }
cat "$out" >&2
raw=$(cat "$out")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if ! grep -q 'MB/s' <<<"$raw"; then
	echo "bench.sh: no results (is ../shared/corpora/ant_v1.1.jsonl there?)" >&2
	exit 1
fi
awk '
	/^BenchmarkStages\// {
		name = $1; sub(/^BenchmarkStages\//, "", name); sub(/-[0-9]+$/, "", name)
		for (i = 2; i < NF; i++) if ($(i+1) == "MB/s") v = $i
		if (!(name in n)) order[++k] = name
		runs[name, ++n[name]] = v
	}
	function median(name,   m, i, j, t, a) {
		m = n[name]
		for (i = 1; i <= m; i++) a[i] = runs[name, i]
		for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
	}
	END {
		base = median("uax29-sentences")
		print "| stage | MB/s | × uax29 sentences |"
		print "|---|---:|---:|"
		for (i = 1; i <= k; i++) {
			s = order[i]
			printf "| %s | %.1f | %.3f |\n", s, median(s), median(s) / base
		}
	}' <<<"$raw"
