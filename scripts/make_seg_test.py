#!/usr/bin/env python3
"""Make a segmentation test from one-sentence-per-line text, the way ../shared/data/un-dev/seg.txt
was made from the Arabic: sentences that end in terminal punctuation are joined with a space,
at most eight to a paragraph; a sentence without terminal punctuation (a heading, a line
ending in ":") is a paragraph of its own; paragraphs are separated by a blank line.

  python3 scripts/make_seg_test.py SENTS > TEXT
"""
import sys

TERMINAL = tuple(".!?؟…")
CLOSERS = "\"'»”’)]"


def ends_sentence(s):
    return s.rstrip(CLOSERS).endswith(TERMINAL)


def main():
    sents = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    paras, cur = [], []
    for s in sents:
        if not ends_sentence(s):
            if cur:
                paras.append(" ".join(cur))
            paras.append(s)
            cur = []
            continue
        cur.append(s)
        if len(cur) == 8:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    sys.stdout.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()
