#!/usr/bin/env python3
"""Untagged single words at the top of article glossaries (issue 18).

Runs `arprep glossary --top N --format json` on each EASC dev article (one glossary each) and
counts the entries of the top N that are a single word with kind "term" (the tagger did not
name it): the words a translator deletes by hand when they are common (داخل, القرب,
العسكرية). Prints the total over the articles and the words seen most often.

usage: glossary_easc_top.py [--arprep BIN] [--articles DIR] [--top 20] [--show 30]
Python 3 standard library only.
"""
import argparse
import collections
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", default=os.environ.get("ARPREP", "arprep"))
    ap.add_argument("--articles", default=os.path.join(SHARED, "data", "easc-dev", "articles"))
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--show", type=int, default=30)
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.articles, "*.txt")))
    single, entries = 0, 0
    words = collections.Counter()
    for path in files:
        out = subprocess.run([args.arprep, "glossary", "--top", str(args.top), "--format", "json", path],
                             check=True, capture_output=True, text=True).stdout
        for e in json.loads(out)["entries"]:
            entries += 1
            if e["kind"] == "term" and len(e["term"].split()) == 1:
                single += 1
                words[e["term"]] += 1
    print(f"articles {len(files)}, entries in the top {args.top}: {entries}, "
          f"untagged single words: {single} ({single / max(entries, 1):.3f})")
    if args.show:
        print("  most frequent: " + ", ".join(f"{w} {n}" for w, n in words.most_common(args.show)))


if __name__ == "__main__":
    main()
