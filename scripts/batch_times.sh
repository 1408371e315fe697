#!/usr/bin/env bash
# Times whole corpus runs the way the batch issue measures them: `arprep CMD --jsonl --jobs N`
# over ../shared/corpora/ant_v1.1.jsonl (or $CORPUS), RUNS runs each (default 3), with
# /usr/bin/time, and prints a Markdown table: best and median wall time, MB/s of the input,
# CPU seconds, CPU use, peak RSS, and the load average before each command.
#   scripts/batch_times.sh BINARY [CMD...]     # default commands: segment summarize
set -euo pipefail
bin=${1:?usage: scripts/batch_times.sh BINARY [CMD...]}
shift
cmds=("$@")
[ ${#cmds[@]} -gt 0 ] || cmds=(segment summarize)
corpus=${CORPUS:-$(dirname "$0")/../../shared/corpora/ant_v1.1.jsonl}
runs=${RUNS:-3}
bytes=$(stat -c %s "$corpus")
echo "| command | jobs | wall best / median | MB/s best / median | CPU s | CPU use | peak RSS | load |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for cmd in "${cmds[@]}"; do
	for jobs in 1 2; do
		load=$(cut -d' ' -f1 /proc/loadavg)
		rows=()
		for _ in $(seq "$runs"); do
			rows+=("$(/usr/bin/time -f '%e %U %S %M %P' "$bin" "$cmd" --jsonl -q --jobs "$jobs" "$corpus" 2>&1 >/dev/null | tail -1)")
		done
		printf '%s\n' "${rows[@]}" | awk -v cmd="$cmd" -v jobs="$jobs" -v bytes="$bytes" -v load="$load" '
			{ wall[NR] = $1; cpu[NR] = $2 + $3; rss[NR] = $4 / 1024; use[NR] = $5 + 0 }
			function sort(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t } }
			END {
				n = NR; sort(wall, n); sort(cpu, n); sort(rss, n); sort(use, n)
				med = n % 2 ? wall[(n + 1) / 2] : (wall[n / 2] + wall[n / 2 + 1]) / 2
				printf "| %s --jsonl | %d | %.2f / %.2f s | %.1f / %.1f | %.2f–%.2f | %d–%d%% | %.0f–%.0f MB | %s |\n",
					cmd, jobs, wall[1], med, bytes / 1e6 / wall[1], bytes / 1e6 / med, cpu[1], cpu[n], use[1], use[n], rss[1], rss[n], load
			}'
	done
done
