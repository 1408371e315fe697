#!/usr/bin/env python3
"""Measure the news frame (issue 22) on a set from scripts/make_news_set.py:

  python3 scripts/news_eval.py --arprep BINARY SET.jsonl [--plain]

runs `BINARY summarize --jsonl -n 3` and `BINARY segment --jsonl` over the set and prints
  - carried: the share of framed articles whose 3-sentence summary holds their dateline (goal
    <= 2%), and the share whose summary holds any injected frame text (dateline, furniture,
    credit);
  - lost: the share of all articles whose real first sentence was (partly) marked dateline,
    credit or furniture by segment (goal 0), and the share whose summary lacks it;
  - per pattern, the same counts; --list prints the failures.
--plain passes --plain to arprep (the figures without the news layout).
"""
import argparse
import collections
import json
import re
import subprocess
import sys


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def run(cmd, data):
    p = subprocess.run(cmd, input=data, capture_output=True, check=False)
    if p.returncode != 0:
        sys.exit("%s: exit %d: %s" % (" ".join(cmd), p.returncode, p.stderr.decode()[:500]))
    return [json.loads(l) for l in p.stdout.decode().splitlines()]


class Multi:
    """Counts into several rows at once."""

    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, k):
        return self.rows[0][k]

    def __setitem__(self, k, v):
        d = v - self.rows[0][k]
        for r in self.rows:
            r[k] += d


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", required=True)
    ap.add_argument("set")
    ap.add_argument("--plain", action="store_true")
    ap.add_argument("--list", action="store_true", help="print the failures")
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.set, encoding="utf-8")]
    data = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs).encode()
    extra = ["--plain"] if a.plain else []
    sums = run([a.arprep, "summarize", "--jsonl", "-n", "3", "--jobs", "2"] + extra, data)
    segs = run([a.arprep, "segment", "--jsonl", "--jobs", "2"] + extra, data)
    stats = collections.defaultdict(collections.Counter)
    for d, s, g in zip(docs, sums, segs):
        assert s["id"] == d["id"] == g["id"], (s["id"], d["id"], g["id"])
        pat = re.sub(r"headline\+|furniture\+|\+credit", "", d["pattern"])
        framed = bool(d["frame"])
        summary = norm(" ".join(x["text"] for x in s["sentences"]))
        raw = d["text"].encode()
        fs, fe = d["first"]
        first = norm(raw[fs:fe].decode())
        rows = [stats[pat]] + [stats["  with " + m] for m in ("headline", "furniture", "credit") if m in d["pattern"]]
        row = Multi(rows)
        row["articles"] += 1
        if framed:
            row["framed"] += 1
            if norm(d["frame"][0]) in summary:
                row["dateline carried"] += 1
                if a.list:
                    print("CARRIED", d["id"], pat, "|", summary[:120])
            if any(norm(f) in summary for f in d["frame"]):
                row["frame carried"] += 1
                if a.list:
                    print("FRAME", d["id"], d["pattern"], "|", [f for f in d["frame"] if norm(f) in summary])
        lost = any(u.get("kind") and u["start"] < fe and u["end"] > fs for u in g["sentences"])
        if lost:
            row["first lost"] += 1
            if a.list:
                print("LOST", d["id"], pat, "|", [u["text"] for u in g["sentences"] if u.get("kind")][:3], "|", first[:80])
        if first not in summary:
            row["first not in summary"] += 1
            if a.list:
                print("FIRST-NOT-IN-SUMMARY", d["id"], d["pattern"], "|", first[:80])
        if not framed and pat == "ant":
            marked = [u for u in g["sentences"] if u.get("kind") == "dateline"]
            if marked:
                row["ant dateline"] += 1
                if a.list:
                    print("ANT-DATELINE", d["id"], "|", marked[0]["text"][:80])
    total = collections.Counter()
    for pat, row in stats.items():
        if not pat.startswith(" "):
            total.update(row)
    width = max(len(p) for p in stats) + 2
    cols = ["articles", "framed", "dateline carried", "frame carried", "first lost", "first not in summary"]
    print("pattern".ljust(width) + "".join(c.rjust(22) for c in cols))
    for pat in sorted(stats):
        print(pat.ljust(width) + "".join(str(stats[pat][c]).rjust(22) for c in cols))
    print("TOTAL".ljust(width) + "".join(str(total[c]).rjust(22) for c in cols))
    fr = max(total["framed"], 1)
    n = max(total["articles"], 1)
    print("summaries carrying their dateline: %d/%d = %.1f%% (goal <= 2%%)" % (total["dateline carried"], total["framed"], 100.0 * total["dateline carried"] / fr))
    print("summaries carrying any frame text: %d/%d = %.1f%%" % (total["frame carried"], total["framed"], 100.0 * total["frame carried"] / fr))
    print("articles whose real first sentence was lost: %d/%d = %.1f%% (goal 0)" % (total["first lost"], total["articles"], 100.0 * total["first lost"] / n))
    print("articles whose summary lacks the real first sentence: %d/%d = %.1f%%" % (total["first not in summary"], total["articles"], 100.0 * total["first not in summary"] / n))
    print("unframed ANT articles given a dateline: %d" % total["ant dateline"])


if __name__ == "__main__":
    main()
