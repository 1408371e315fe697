#!/usr/bin/env bash
# Runs scripts/dask_run.py on a real Dask cluster on loopback (a scheduler and two workers,
# Debian's python3-distributed) over three JSONL shards made from testdata/, and checks that
# every output equals the single-machine run over the same shards (cmp).
#   scripts/dask_test.sh [ARPREP_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
bin=${1:-}
if [ -z "$bin" ]; then bin=$work/arprep; go build -o "$bin" .; fi
bin=$(readlink -f "$bin")
# Shards: the lines of the Arabic and English samples, one document each, dealt round-robin.
mkdir -p "$work/shards"
$py - "$work/shards" testdata/seed.txt testdata/summarize_seed.txt testdata/worksheet_seed.txt testdata/en_sample.txt <<'PY'
import json, sys
out, files = sys.argv[1], sys.argv[2:]
docs = []
for f in files:
    paras = [p.strip() for p in open(f, encoding="utf-8").read().split("\n") if p.strip()]
    docs += [(f"{f.split('/')[-1]}#{i}", p) for i, p in enumerate(paras)]
shards = [open(f"{out}/shard-{k}.jsonl", "w", encoding="utf-8") for k in range(3)]
for i, (id_, text) in enumerate(docs):
    shards[i % 3].write(json.dumps({"id": id_, "text": text}, ensure_ascii=False) + "\n")
PY
export PATH="$(dirname "$bin"):$PATH"
dask-scheduler --host 127.0.0.1 --port 0 --dashboard-address :0 --scheduler-file "$work/sched.json" >"$work/scheduler.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/sched.json" ] && break; sleep 0.2; done
for w in 1 2; do
  dask-worker --scheduler-file "$work/sched.json" --nthreads 1 --no-dashboard --host 127.0.0.1 >"$work/worker$w.log" 2>&1 &
  pids+=($!)
done
$py scripts/dask_run.py --scheduler-file "$work/sched.json" --arprep "$bin" --out "$work/dask" --format tbx \
  "$work"/shards/shard-*.jsonl
# The single-machine run, from the shards' folder so that the doc fields match.
mkdir -p "$work/one"
(
  cd "$work/shards"
  for cmd in segment summarize entities; do "$bin" "$cmd" --jsonl --jobs 1 -q shard-*.jsonl >"$work/one/$cmd.jsonl"; done
  "$bin" idf build --jsonl -q -o "$work/one/news.idf" shard-*.jsonl
  "$bin" glossary --jsonl -q -f tbx -o "$work/one/glossary.tbx" shard-*.jsonl
)
status=0
for f in segment.jsonl summarize.jsonl entities.jsonl news.idf glossary.tbx; do
  if cmp "$work/one/$f" "$work/dask/$f"; then echo "dask: $f equals the single-machine run ($(wc -c <"$work/one/$f") bytes)"; else status=1; fi
done
[ "$(wc -l <"$work/one/segment.jsonl")" -gt 10 ] || { echo "dask: too few documents in the shards" >&2; status=1; }
exit $status
