#!/usr/bin/env python3
"""Kinds of glossary name entries on a WikiFANE Gold set: a second check beside the ANERcorp
dev slice of glossary_kinds.py, so that a glossary rule is not fitted to that slice.

WikiFANE Gold (../shared/data/wikifane) is Arabic Wikipedia with 50 fine entity classes and
its clitics split off. It is read as entity/train/wikifane.go reads it for the tagger's name
lists: BOM and direction marks dropped, the fine classes mapped onto PERS/LOC/ORG/MISC with
that file's table (persons PERS; organisations ORG; nations, cities, regions, continents,
water bodies and natural regions LOC; books, films, software, hardware and sound MISC;
Group, facilities, vehicles, weapons and the rest O, as ANERcorp leaves them), and the clitics
joined back the way ANERcorp writes words (و رومبيك → ورومبيك, ل الدولة → للدولة,
عاصمة ها → عاصمتها). The set is --docs slices of --size consecutive sentences at evenly
spaced offsets, each one document of one glossary run; it is scored as glossary_kinds.py
scores the dev slice (same --match). Caveat: the entity tagger's name lists hold WikiFANE's
PERS, LOC and ORG entities, so its tags are better here than on unseen text; the set guards
the glossary's own rules, it does not measure the tagger.

usage: glossary_kinds_wikifane.py [--arprep BIN] [--docs 5] [--size 300] [--match proclitic]
Python 3 standard library only.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in scripts/
import glossary_kinds  # noqa: E402

CLASSES = {}
for typ, names in {
    "PERS": "Politician Athlete Artist Scientist Businessperson Religious_PER Police Engineer Lawyer Other_PER",
    "ORG": "Government Commercial Educational Media Non-Governmental Sports Religious_ORG Medical-Science Entertainment",
    "LOC": "Nation State-or-Province Population-Center Continent County-or-District GPE-Cluster Water-Body "
           "Land-Region-Natural Celestial",
    "MISC": "Book Movie Software Hardware Sound",
}.items():
    for n in names.split():
        CLASSES[n] = typ
PROCLITICS = {"و", "ف", "ب", "ل", "ك"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا"}
DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال")


def arabic_word(w):
    return bool(w) and "\u0621" <= w[0] <= "\u064a"


def map_tag(t):
    if len(t) < 3 or t[0] not in "BI" or t[1] != "-":
        return "O"
    typ = CLASSES.get(t[2:])
    return t[:2] + typ if typ else "O"


def join_clitics(toks, tags):
    ot, og, pre, pre_tag = [], [], [], "O"
    for i, w in enumerate(toks):
        if w in PROCLITICS and i + 1 < len(toks) and arabic_word(toks[i + 1]):
            if not pre:
                pre_tag = tags[i]
            pre.append(w)
            continue
        if w in ENCLITICS and ot and not pre and arabic_word(ot[-1]) and not ot[-1].startswith(DEFINITE):
            p = ot[-1]
            if p.endswith("ة"):
                p = p[:-1] + "ت"
            elif p.endswith("ى") and len(p) > 2:
                p = p[:-1] + "ي"
            ot[-1] = p + w
            continue
        tag = tags[i]
        if pre:
            stem = w
            if pre[-1] == "ل" and stem.startswith("ال"):
                stem = stem[1:]
            w = "".join(pre) + stem
            if pre_tag.startswith("B-") and tag == "I-" + pre_tag[2:]:
                tag = pre_tag
            pre = []
        ot.append(w)
        og.append(tag)
    for w in pre:
        ot.append(w)
        og.append("O")
    prev = "O"
    for i, t in enumerate(og):  # an I-X after neither B-X nor I-X begins a name
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            og[i] = "B-" + t[2:]
        prev = og[i]
    return ot, og


def read_wikifane(path):
    with open(path, encoding="utf-8-sig") as f:
        raw = f.read().replace("\u200e", "").replace("\u200f", "")
    sents, cur = [], []
    for line in raw.splitlines():
        parts = line.strip().split("\t")
        if not parts[0]:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((parts[0], map_tag(parts[-1]) if len(parts) > 1 else "O"))
    if cur:
        sents.append(cur)
    out = []
    for s in sents:
        toks, tags = join_clitics([t for t, _ in s], [g for _, g in s])
        if toks:
            out.append(list(zip(toks, tags)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arprep", default=os.environ.get("ARPREP", "arprep"))
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data", "wikifane",
                                                   "WikiFANE_Gold_2014_500K.txt"))
    ap.add_argument("--docs", type=int, default=5)
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--match", choices=("proclitic", "exact", "clitics"), default="proclitic")
    ap.add_argument("--show", default="", help="comma-separated: wrong, none, missed")
    args = ap.parse_args()
    sents = read_wikifane(args.data)
    step = len(sents) // args.docs
    picked = [s for d in range(args.docs) for s in sents[d * step:d * step + args.size]]
    counts, by_kind, shown, hit, twice, seen, exact, surface, entries = glossary_kinds.measure(
        args.arprep, picked, args.match, docs=args.docs)
    print(f"WikiFANE: {args.docs} documents of {args.size} sentences, entries {len(entries)}, "
          f"name entries {sum(counts.values())}")
    glossary_kinds.report(counts, by_kind, hit, twice)
    glossary_kinds.show_details(args.show, shown, hit, twice, seen, exact, surface)


if __name__ == "__main__":
    main()
