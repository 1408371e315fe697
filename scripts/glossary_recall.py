#!/usr/bin/env python3
"""Recall of gold names in `arprep glossary` (issue 6).

Takes the last N sentences of ANERcorp train.tsv (held out from the entity tagger's training),
detokenises them into running text, runs `arprep glossary --top K --format json` on it, and
reports the share of gold PERS, LOC and ORG names occurring at least MIN times that appear
among the entries (canonical or variant).

A gold name matches an entry form when one of their keys is equal: arnorm normalisation (the
shared evaluation normalisation), the article off every word, and the first word read with
and without a conjunction (و ف) and a preposition (ب ل ك) — the glossary strips these
clitics from a term, while ANERcorp keeps them on the token (وبوش, للكويت), and a word such
as فرنسا begins with a clitic letter without having one. Gold names are counted by their
normalised surface.

usage: glossary_recall.py [--arprep BIN] [--data train.tsv] [--sentences 400] [--top 1000]
                          [--min-count 2] [--show-missed]
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import arnorm  # noqa: E402

TYPES = ("PERS", "LOC", "ORG")
CLOSE = set(".,،;؛:!?؟)]}»\"'%")
OPEN = set("([{«")


def read_sentences(path):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            cur.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if cur:
        sents.append(cur)
    return sents


def detokenise(tokens):
    out = ""
    glue = False
    for t in tokens:
        if out and not glue and not (len(t) == 1 and t in CLOSE):
            out += " "
        out += t
        glue = len(t) == 1 and t in OPEN
    return out


def gold_names(sent):
    """Entity spans (IOB2; a stray I- starts a new span) as (type, text)."""
    names, cur, typ = [], [], None
    for tok, tag in sent:
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != typ):
            if cur:
                names.append((typ, " ".join(cur)))
            cur, typ = [tok], tag[2:]
        elif tag.startswith("I-"):
            cur.append(tok)
        else:
            if cur:
                names.append((typ, " ".join(cur)))
            cur, typ = [], None
    if cur:
        names.append((typ, " ".join(cur)))
    return names


def readings(w):
    """The ways a normalised word can be read with its proclitics removed: as it is, without
    a conjunction (و ف), without a preposition (ب ل ك), without both; لل is ل + ال."""
    out = {w}
    for c in "وف":
        if w.startswith(c) and len(w) > 3:
            out.add(w[1:])
    for v in list(out):
        if v.startswith("لل") and len(v) > 4:
            out.add("ا" + v[1:])
        elif v[:1] in "بلك" and len(v) > 3:
            out.add(v[1:])
    return {strip_article(v) for v in out}


def strip_article(w):
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def keys(s):
    """Every key of a name: its first word read with or without clitics, the article off
    every word."""
    words = arnorm.words(s)
    if not words:
        return set()
    rest = " ".join(strip_article(w) for w in words[1:])
    return {(r + " " + rest).strip() for r in readings(words[0])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", default=os.environ.get("ARPREP", "arprep"))
    ap.add_argument("--data", default=os.path.join(SHARED, "data", "anercorp", "train.tsv"))
    ap.add_argument("--sentences", type=int, default=400)
    ap.add_argument("--top", type=int, default=1000)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--extra", default="", help="extra arguments for arprep glossary")
    args = ap.parse_args()

    sents = read_sentences(args.data)[-args.sentences:]
    text = "\n".join(detokenise([t for t, _ in s]) for s in sents) + "\n"
    # Occurrences of one name with and without clitics (فرنسا, وفرنسا) are counted together:
    # gold names of one type sharing a key are one name.
    counts = collections.Counter()
    surface, group = {}, {}
    for s in sents:
        for typ, name in gold_names(s):
            if typ not in TYPES:
                continue
            ks = keys(name)
            g = next((group[(typ, k)] for k in sorted(ks) if (typ, k) in group), None)
            if g is None:
                g = (typ, " ".join(arnorm.words(name)))
                surface[g] = name
            for k in ks:
                group.setdefault((typ, k), g)
            counts[g] += 1
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        cmd = [args.arprep, "glossary", "--top", str(args.top), "--format", "json", path] + args.extra.split()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    entries = json.loads(out)["entries"]
    found = set()
    for e in entries:
        for f in e["forms"]:
            found |= keys(f["text"])
    by_type = collections.defaultdict(lambda: [0, 0])
    missed = []
    for (typ, k), n in counts.items():
        if n < args.min_count:
            continue
        by_type[typ][1] += 1
        if keys(k) & found:
            by_type[typ][0] += 1
        else:
            missed.append((n, typ, surface[(typ, k)]))
    hit = sum(v[0] for v in by_type.values())
    total = sum(v[1] for v in by_type.values())
    print(f"sentences {len(sents)}, entries {len(entries)}, gold names occurring >= {args.min_count} times: {total}")
    for typ in TYPES:
        h, t = by_type[typ]
        print(f"  {typ}: {h}/{t} = {h / t if t else 0:.3f}")
    print(f"recall {hit}/{total} = {hit / total if total else 0:.3f}")
    if args.show_missed:
        for n, typ, name in sorted(missed, reverse=True):
            print(f"  missed {typ} x{n}: {name}")


if __name__ == "__main__":
    main()
