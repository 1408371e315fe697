#!/usr/bin/env python3
"""Whether `arprep glossary`'s English targets are right, measured on a line-aligned corpus
(issue 17).

Runs `arprep glossary --format json` over the Arabic side of an aligned corpus (one document,
one line per aligned unit). For each entry with a target it takes the English lines aligned
to the Arabic lines where any of the entry's forms occurs (as a substring of the line, so a
form also counts behind a clitic: أوباما in لأوباما); the target is right when it occurs in
one of them, case-insensitively, as whole words. Reports names (PERS, LOC and ORG entries),
suggestions (entries with a target, of any kind), right ones, precision (right / suggestions)
and right suggestions per name (right / names), overall and per target source.

Corpora: --un DIR (UNv1.0.devset.ar/.en, line-aligned) or --pud FILE (ar_en_aligned.tsv:
sent_id, ar, en with a header), or --ar FILE --en FILE. --lines A:B measures lines A..B-1
only (0-based, like a Python slice); --tm-lines A:B writes those lines as an aligned
translation memory (two text files) and passes them with --tm.

usage: glossary_targets.py [--arprep BIN] (--un DIR | --pud FILE | --ar F --en F)
                           [--lines A:B] [--tm-lines A:B] [--extra ARGS] [--show N]
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
NAME_KINDS = ("PERS", "LOC", "ORG")


def read_pairs(args):
    if args.pud:
        pairs = []
        with open(args.pud, encoding="utf-8") as f:
            next(f)  # header: sent_id ar en
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    pairs.append((parts[1], parts[2]))
        return pairs
    if args.un:
        ar = os.path.join(args.un, "UNv1.0.devset.ar")
        en = os.path.join(args.un, "UNv1.0.devset.en")
    else:
        ar, en = args.ar, args.en
    with open(ar, encoding="utf-8") as f:
        a = f.read().split("\n")
    with open(en, encoding="utf-8") as f:
        e = f.read().split("\n")
    if a and a[-1] == "":
        a.pop()
    if e and e[-1] == "":
        e.pop()
    if len(a) != len(e):
        sys.exit(f"{ar} has {len(a)} lines, {en} {len(e)}: not line-aligned")
    return list(zip(a, e))


def span(s, n):
    if not s:
        return 0, n
    a, _, b = s.partition(":")
    return int(a or 0), int(b or n)


def whole_words(target):
    """A pattern matching target case-insensitively as whole words."""
    words = target.split()
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", default=os.environ.get("ARPREP", "arprep"))
    ap.add_argument("--un", help="directory with UNv1.0.devset.ar and .en")
    ap.add_argument("--pud", help="ar_en_aligned.tsv (sent_id, ar, en; header)")
    ap.add_argument("--ar")
    ap.add_argument("--en")
    ap.add_argument("--lines", default="", help="measure lines A:B only")
    ap.add_argument("--tm-lines", default="", help="pass lines A:B as a translation memory (--tm)")
    ap.add_argument("--extra", default="", help="extra arguments for arprep glossary")
    ap.add_argument("--show", type=int, default=0, help="print N wrong and N right suggestions")
    ap.add_argument("--show-source", default="", help="only show suggestions whose source begins so")
    args = ap.parse_args()
    if not (args.un or args.pud or (args.ar and args.en)):
        ap.error("give --un DIR, --pud FILE, or --ar FILE --en FILE")

    pairs = read_pairs(args)
    a, b = span(args.lines, len(pairs))
    lines = pairs[a:b]
    tmp = tempfile.mkdtemp(prefix="glossary_targets")
    src = os.path.join(tmp, "ar.txt")
    with open(src, "w", encoding="utf-8") as f:
        f.write("".join(ar + "\n" for ar, _ in lines))
    cmd = [args.arprep, "glossary", "--format", "json"]
    if args.tm_lines:
        ta, tb = span(args.tm_lines, len(pairs))
        tm_ar, tm_en = os.path.join(tmp, "tm.ar"), os.path.join(tmp, "tm.en")
        with open(tm_ar, "w", encoding="utf-8") as f:
            f.write("".join(p[0] + "\n" for p in pairs[ta:tb]))
        with open(tm_en, "w", encoding="utf-8") as f:
            f.write("".join(p[1] + "\n" for p in pairs[ta:tb]))
        cmd += ["--tm", tm_ar + "," + tm_en]
    cmd += args.extra.split() + [src]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    finally:
        for name in os.listdir(tmp):
            os.unlink(os.path.join(tmp, name))
        os.rmdir(tmp)
    entries = json.loads(out)["entries"]

    names = sum(1 for e in entries if e["kind"] in NAME_KINDS)
    total = collections.Counter()
    right = collections.Counter()
    shown = {True: [], False: []}
    for e in entries:
        target = e.get("target", "")
        if not target:
            continue
        source = e.get("target_source", "")
        if source.startswith("tm:"):
            source = "tm"  # "tm: N units"
        forms = [f["text"] for f in e["forms"]]
        english = [en for ar, en in lines if any(form in ar for form in forms)]
        ok = bool(english) and any(whole_words(target).search(en) for en in english)
        total[source] += 1
        right[source] += ok
        if len(shown[ok]) < args.show and source.startswith(args.show_source):
            shown[ok].append((e["term"], e["kind"], target, source))
    n, r = sum(total.values()), sum(right.values())
    print(f"lines {len(lines)}, entries {len(entries)}, names (PERS/LOC/ORG) {names}")
    print(f"suggestions {n}, right {r}, precision {r / n if n else 0:.3f}, "
          f"right per name {r / names if names else 0:.3f}")
    for source in sorted(total):
        print(f"  {source or '(no source)'}: {right[source]}/{total[source]} = {right[source] / total[source]:.3f}")
    for ok in (False, True):
        for term, kind, target, source in shown[ok]:
            print(f"  {'right' if ok else 'WRONG'} {kind} {term} -> {target} [{source}]")


if __name__ == "__main__":
    main()
