#!/usr/bin/env python3
"""Kinds of the name entries of `arprep glossary` against gold entities (issue 18).

Takes an IOB2 file (by default the last 400 sentences of ANERcorp train.tsv, the dev slice
held out from the entity tagger's training), joins the tokens of each sentence with spaces
into one line, runs `arprep glossary --format json` on that text and looks up every entry
with a name kind (PERS, LOC, ORG, MISC) among the gold entity strings: an entry matches a
gold string when its term or one of its forms is that string, letter for letter (an entry
lists every spelling it merged, so a variant is found by its own form). An entry is

  right  when a matched gold string's most frequent type is the entry's kind,
  wrong  when it matches gold strings, none of them of its type,
  none   when it matches no gold entity at all (a common word or fragment given a kind).

It also reports how many gold entity strings that occur twice or more (any type, counted by
their exact surface) are listed: the term or a form of an entry with a name kind.

Matching (--match). The default, proclitic, is the issue's method read against how ANERcorp
writes words: its tokens keep their proclitics (وكريم بنزيمة, للأمم المتحدة, بواشنطن are
gold entity strings), while the glossary lists a name without them (كريم بنزيمة), so a gold
string also matches a form when its first word is the form's first word behind one or two of
و ف ب ل ك (ل before the article written لل). Nothing else is relaxed: no normalisation, the
article stays (جدة never matches الجدة). With --match exact, the letter-for-letter match of
the first version of this script, 27 entries of the dev slice that are gold names written
with a clitic (وكريم بنزيمة, وسوريا) count as "none" and "للأمم المتحدة" is never listed.
--match clitics reads both sides as glossary_recall.py does (arnorm normalisation, the
article off every word, the first word with and without a clitic), which is looser still.
Either way the figures compare runs; they are not a tagger F1 (see ../shared/eval/nerf1.py).

usage: glossary_kinds.py [--arprep BIN] [--data FILE.tsv] [--sentences 400 | --first N]
                         [--match proclitic|exact|clitics] [--show wrong,none,missed]
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
NAME_KINDS = ("PERS", "LOC", "ORG", "MISC")


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


def gold_names(sent):
    """Entity spans (IOB2; a stray I- or a change of type starts a new span) as (type, text)."""
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


def key(s):
    return " ".join(s.split())


PROCLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]


def proclitic_keys(s):
    """s and s with one or two proclitics off its first word, ل before the article read as
    ل + ال (للأمم المتحدة → الأمم المتحدة); the rest of s unchanged."""
    words = s.split()
    out = {" ".join(words)}
    if not words:
        return out
    first, rest = words[0], words[1:]
    for p in PROCLITICS:
        r = first[len(p):]
        if not first.startswith(p) or len(r) < 2:
            continue
        out.add(" ".join([r] + rest))
        if p.endswith("ل") and r.startswith("ل"):
            out.add(" ".join(["ا" + r] + rest))
    return out


def measure(arprep, sents, match="proclitic", extra="", docs=None):
    """Runs arprep glossary over the sentences (one line each; docs, when given, splits them
    into that many documents of consecutive sentences) and returns (counts, by_kind, shown,
    hit, twice, seen, exact, surface, entries)."""
    entry_keys = gold_keys = lambda s: {key(s)}  # noqa: E731
    if match == "proclitic":
        gold_keys = proclitic_keys
    elif match == "clitics":
        sys.path.insert(0, HERE)
        sys.dont_write_bytecode = True  # no __pycache__ in scripts/
        import glossary_recall  # noqa: E402
        entry_keys = gold_keys = glossary_recall.keys
    gold = collections.defaultdict(collections.Counter)  # key -> type counts
    seen = collections.Counter()  # surface -> occurrences, any type
    exact = collections.defaultdict(collections.Counter)  # surface -> type counts
    surface = {}
    for s in sents:
        for typ, name in gold_names(s):
            k = key(name)
            seen[k] += 1
            exact[k][typ] += 1
            surface.setdefault(k, name)
            for kk in gold_keys(name):
                gold[kk][typ] += 1

    parts = [sents]
    if docs and docs > 1:
        size = (len(sents) + docs - 1) // docs
        parts = [sents[i:i + size] for i in range(0, len(sents), size)]
    paths = []
    try:
        for part in parts:
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
                f.write("\n".join(" ".join(t for t, _ in s) for s in part) + "\n")
                paths.append(f.name)
        cmd = [arprep, "glossary", "--format", "json"] + paths + extra.split()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    finally:
        for path in paths:
            os.unlink(path)
    entries = json.loads(out)["entries"]

    counts = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    shown = collections.defaultdict(list)
    listed = set()
    for e in entries:
        if e["kind"] not in NAME_KINDS:
            continue
        ks = set()
        for text in [e["term"]] + [f["text"] for f in e["forms"]]:
            ks |= entry_keys(text)
        listed |= ks
        matched = [k for k in sorted(ks) if k in gold]
        if not matched:
            verdict = "none"
        elif any(gold[k].most_common(1)[0][0] == e["kind"] for k in matched):
            verdict = "right"
        else:
            verdict = "wrong"
        counts[verdict] += 1
        by_kind[e["kind"]][verdict] += 1
        gold_type = "/".join(gold[k].most_common(1)[0][0] for k in matched)
        shown[verdict].append((e["frequency"], e["kind"], e["term"], gold_type))
    twice = [k for k, v in seen.items() if v >= 2]
    hit = [k for k in twice if gold_keys(surface[k]) & listed]
    return counts, by_kind, shown, hit, twice, seen, exact, surface, entries


def report(counts, by_kind, hit, twice):
    n = sum(counts.values())
    if n:
        print(f"  right kind {counts['right']} = {counts['right'] / n:.3f}")
        print(f"  wrong kind {counts['wrong']} = {counts['wrong'] / n:.3f}")
        print(f"  no gold entity {counts['none']} = {counts['none'] / n:.3f}")
    for kind in NAME_KINDS:
        c = by_kind[kind]
        if c:
            print(f"    {kind}: {sum(c.values())} entries, right {c['right']}, wrong {c['wrong']}, none {c['none']}")
    print(f"gold names seen twice listed as names {len(hit)}/{len(twice)}")


def show_details(show, shown, hit, twice, seen, exact, surface):
    """Print the entries --show asks for (comma-separated: wrong, none, missed)."""
    show = set(filter(None, show.split(",")))
    for verdict in ("wrong", "none"):
        if verdict in show:
            for freq, kind, term, gt in sorted(shown[verdict], reverse=True):
                print(f"  {verdict} {kind} x{freq}: {term}" + (f" (gold {gt})" if gt else ""))
    if "missed" in show:
        for k in sorted(set(twice) - set(hit), key=lambda k: -seen[k]):
            print(f"  missed {exact[k].most_common(1)[0][0]} x{seen[k]}: {surface[k]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", default=os.environ.get("ARPREP", "arprep"))
    ap.add_argument("--data", default=os.path.join(SHARED, "data", "anercorp", "train.tsv"))
    ap.add_argument("--sentences", type=int, default=400, help="take the last N sentences (0: all)")
    ap.add_argument("--first", type=int, default=0, help="take the first N sentences instead")
    ap.add_argument("--match", choices=("proclitic", "exact", "clitics"), default="proclitic")
    ap.add_argument("--show", default="", help="comma-separated: wrong, none, missed")
    ap.add_argument("--extra", default="", help="extra arguments for arprep glossary")
    args = ap.parse_args()

    sents = read_sentences(args.data)
    if args.first:
        sents = sents[: args.first]
    elif args.sentences:
        sents = sents[-args.sentences:]
    counts, by_kind, shown, hit, twice, seen, exact, surface, entries = measure(
        args.arprep, sents, args.match, args.extra)
    print(f"sentences {len(sents)}, entries {len(entries)}, name entries {sum(counts.values())}")
    report(counts, by_kind, hit, twice)
    show_details(args.show, shown, hit, twice, seen, exact, surface)


if __name__ == "__main__":
    main()
