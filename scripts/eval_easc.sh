#!/usr/bin/env bash
# Scores arprep summarize on the EASC dev half with ../shared/eval/rouge.py.
#
#   scripts/eval_easc.sh [EXTRA SUMMARIZE FLAGS...]     e.g. --idf model.idf
#
# For each article, W is the mean word count of its 5 reference summaries, counted as rouge.py
# counts (arnorm.words) and rounded as rouge.py rounds its budget; arprep summarize --words W
# writes <id>.txt. The lead baseline (the article itself, which rouge.py cuts to W words) is
# scored in the same run, so both rows come from one script version.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
easc=$shared/data/easc-dev
[ -d "$easc/articles" ] || { echo "eval_easc: $easc not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/arprep" .
mkdir -p "$work/sys" "$work/lead"
python3 - "$shared/eval" "$easc" > "$work/budgets" <<'PY'
import os, sys
sys.path.insert(0, sys.argv[1])
from arnorm import words
easc = sys.argv[2]
refs = {}
for name in sorted(os.listdir(os.path.join(easc, "summaries"))):
    if name.endswith(".txt"):
        with open(os.path.join(easc, "summaries", name), encoding="utf-8") as f:
            refs.setdefault(name.split(".")[0], []).append(len(words(f.read())))
for doc, lens in sorted(refs.items()):
    print(doc, round(sum(lens) / len(lens)))
PY
start=$(date +%s.%N)
while read -r id w; do
  "$work/arprep" summarize --words "$w" "$@" -o "$work/sys/$id.txt" "$easc/articles/$id.txt"
done < "$work/budgets"
end=$(date +%s.%N)
cp "$easc"/articles/*.txt "$work/lead/"
echo "== lead (the article, cut to W words)"
python3 "$shared/eval/rouge.py" --sys "$work/lead" --refs "$easc/summaries"
echo "== arprep summarize --words W $*"
python3 "$shared/eval/rouge.py" --sys "$work/sys" --refs "$easc/summaries"
printf 'summarize wall time over %d articles: %.2f s (one process per article)\n' "$(wc -l < "$work/budgets")" "$(echo "$end - $start" | bc)"
