#!/usr/bin/env bash
# Cross-validates the entity trainer inside ANERcorp's training part, never touching the dev
# slice (its last 400 sentences): for each START, the 400 sentences from START are moved to
# the end of a copy of the training part, the trainer holds them out (-dev 400) and trains on
# the rest, with the fold's own Brown clusters, and ../shared/eval/nerf1.py scores them. The
# name lists and WikiFANE are used as for the embedded model (NO_LISTS=1 leaves them out).
#
#   scripts/ner_cv.sh [START...]        default starts: 400 1400 2400
#   TRAIN_FLAGS="-seed 2" scripts/ner_cv.sh
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
data=$shared/data/anercorp/train.tsv
[ -f "$data" ] || { echo "ner_cv: $data not found" >&2; exit 2; }
starts=("$@")
[ ${#starts[@]} -gt 0 ] || starts=(400 1400 2400)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/train" ./entity/train
for start in "${starts[@]}"; do
  python3 - "$data" "$start" > "$work/fold.tsv" <<'PY'
import sys
sents, cur = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        cur.append(line.rstrip("\n"))
    elif cur:
        sents.append(cur); cur = []
if cur:
    sents.append(cur)
part = sents[:-400]  # the dev slice is never used
start = int(sys.argv[2])
if not 0 <= start <= len(part) - 400:
    sys.exit(f"start {start} outside 0..{len(part) - 400}")
for s in part[:start] + part[start + 400:] + part[start:start + 400]:
    print("\n".join(s) + "\n")
PY
  lists=(-names "$shared/data/names" -wikifane "$shared/data/wikifane/WikiFANE_Gold_2014_500K.txt")
  [ -z "${NO_LISTS:-}" ] || lists=()
  # shellcheck disable=SC2086
  "$work/train" -data "$work/fold.tsv" -corpus "$shared/corpora/ant_v1.1.jsonl" -o "$work/model.bin" \
    -dev-gold "$work/gold" -dev-pred "$work/pred" "${lists[@]}" ${TRAIN_FLAGS:-} > "$work/log" 2>&1 ||
    { cat "$work/log" >&2; exit 1; }
  echo "fold at sentence $start: $(python3 "$shared/eval/nerf1.py" "$work/gold" "$work/pred" | tail -1)"
done
