#!/usr/bin/env python3
"""Build the news-frame test set (issue 22): ANT articles dressed as scraped news — a leading
dateline or byline, page furniture, trailing agency credits — and look-alikes whose first
sentence only resembles one, plus ANT articles as they are.

  python3 scripts/make_news_set.py [--ant ../shared/corpora/ant_v1.1.jsonl] -o DIR

writes DIR/dev.jsonl and DIR/test.jsonl (deterministic: same input, same files). Each line is
{"id", "split", "pattern", "text", "frame": [strings injected around the article that must not
reach a summary], "first": [start, end] byte span of the real first sentence in text}.

The two halves share no article, no reporter name and no city, and the held-out half ("test")
also uses separator spellings the development half does not (en dash, no space before the dash,
a colon after a bracket), so rules tuned on dev are measured on shapes they were not written
for. Rules were developed on dev only; report on test.
"""
import argparse
import hashlib
import json
import os
import random
import re

# Saudi-style reporter names (common given and family names), split between the halves.
GIVEN = ["عبدالله", "محمد", "فهد", "سعد", "خالد", "تركي", "فايز", "ناصر", "سلطان", "ماجد",
         "عبدالرحمن", "بندر", "فيصل", "منصور", "يوسف", "حمد", "سامي", "عادل", "وليد", "ياسر"]
FAMILY = ["البرقاوي", "الحسيكي", "العتيبي", "الحربي", "الشمري", "القحطاني", "الغامدي", "الزهراني",
          "المطيري", "الدوسري", "السبيعي", "العنزي", "الشهري", "المالكي", "الرشيدي", "البقمي",
          "الجهني", "العمري", "السهلي", "الخالدي"]
# Dateline cities, split between the halves (all in news/data/cities.txt: a dateline names a
# place the recogniser may know; the held-out half checks other ones than dev's).
CITIES_DEV = ["الرياض", "جدة", "الدمام", "مكة المكرمة", "أبها", "تبوك", "القاهرة", "دبي",
              "بيروت", "تونس", "الكويت", "عمان", "سان فرانسيسكو", "لندن", "باريس"]
CITIES_TEST = ["المدينة المنورة", "الطائف", "الخبر", "جازان", "حائل", "بريدة", "الدوحة", "أبوظبي",
               "المنامة", "صفاقس", "بغداد", "واشنطن", "برلين", "نيويورك", "إسطنبول"]
SAUDI_OUTLETS = ["سبق", "عين اليوم", "المدينة", "عكاظ", "المواطن", "تواصل", "الوطن", "اليوم"]
AGENCIES = ["واس", "رويترز", "أ ف ب", "د ب أ", "الأناضول", "قنا", "وام", "بنا", "كونا", "سانا", "وات", "شينخوا"]
MONTHS = [("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "نيسان"),
          ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "آب"),
          ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")]
FURNITURE = ["Next Previous", "Previous Next", "اقرأ أيضا", "شارك | طباعة", "Share Tweet"]
CREDITS = ["وفقا للألمانية.", "(أ ف ب)", "المصدر (وات)", "(رويترز)", "نقلا عن وكالة الأنباء السعودية.",
           "(الأناضول)", "المصدر: واس"]
PEOPLE = ["وزير الخارجية", "المتحدث الرسمي", "أحمد الحربي", "رئيس الهيئة", "مدير التعليم"]
CLUBS = [("الترجي", "النجم"), ("الهلال", "النصر"), ("الأهلي", "الزمالك"), ("الإفريقي", "الصفاقسي")]


def dash(rng, split):
    """A separator spelling: dev uses " - " and "- "; test adds "–", " — " and "-" glued both sides."""
    if split == "dev":
        return rng.choice([" - ", "- "])
    return rng.choice([" – ", "– ", " — ", "-", " - "])


def reporter(rng, split):
    g = GIVEN[:10] if split == "dev" else GIVEN[10:]
    f = FAMILY[:10] if split == "dev" else FAMILY[10:]
    return rng.choice(g) + " " + rng.choice(f)


def dateline(rng, split, city):
    """One of the issue's dateline shapes, and its name."""
    d = lambda: dash(rng, split)
    kind = rng.choice(["reporter-outlet-city", "outlet-city", "agency-city", "byline-line",
                       "city-date-agency", "city-agency", "city-agency-colon" if split == "test" else "city-agency"])
    outlet = rng.choice(SAUDI_OUTLETS)
    agency = rng.choice(AGENCIES)
    if kind == "reporter-outlet-city":
        return kind, reporter(rng, split) + d() + outlet + d() + city + ": "
    if kind == "outlet-city":
        return kind, outlet + d() + city + ": "
    if kind == "agency-city":
        return kind, agency + d() + city + ": "
    if kind == "byline-line":
        return kind, reporter(rng, split) + d() + outlet + "\n"
    if kind == "city-date-agency":
        m = rng.choice(MONTHS)
        return kind, "%s %d %s %s (%s)%s" % (city, rng.randint(1, 28), m[0], m[1], agency, d())
    if kind == "city-agency-colon":
        return kind, "%s (%s): " % (city, agency)
    return kind, "%s (%s)%s" % (city, agency, d())


# Saudi shapes (issue 22, second pass), drawn with a second generator so that the first one's
# draws, and every article's choice of shape family, stay as they were. Split between the halves
# like the names and cities above.
# (an introducer and the outlet it fits: a paper, a site, a channel)
INTRO_OUTLETS = {"dev": [("صحيفة", "المرصد"), ("صحيفة", "سبق"), ("موقع", "تواصل"), ("موقع", "عاجل")],
                 "test": [("جريدة", "الرياض"), ("صحيفة", "الوئام"), ("جريدة", "عين اليوم"), ("موقع", "أنحاء"),
                          ("قناة", "الإخبارية")]}
BYLINE_LEADS = {"dev": ["كتب", "تقرير"], "test": ["حوار", "تقرير"]}
PLACE_PAIRS = {"dev": [("السعودية", "الإمارات"), ("مصر", "السودان")],
               "test": [("الأردن", "فلسطين"), ("قطر", "البحرين")]}
VERB_HEADLINES = {"dev": ["يستقبل السفير", "يدشن المشروع"], "test": ["يرعى الحفل", "يفتتح المعرض"]}
QUOTES = {"dev": ["لن نتراجع", "الفريق جاهز"], "test": ["سنعود أقوى", "المشروع مستمر"]}


def saudi_dateline(rng, split, city):
    """One of the Saudi shapes: reporter and city on a line, an introduced outlet, a source word,
    a byline lead."""
    d = lambda: dash(rng, split)
    kind = rng.choice(["reporter-city-line", "intro-outlet", "source-word", "byline-lead"])
    name = reporter(rng, split)
    if kind == "reporter-city-line":
        sep = d() if split == "dev" or rng.random() < 0.7 else ": "
        if rng.random() < 0.5:
            return kind, name + sep + city + "\n"
        return kind, city + sep + name + "\n"
    if kind == "intro-outlet":
        return kind, " ".join(rng.choice(INTRO_OUTLETS[split])) + rng.choice([": ", d()])
    if kind == "source-word":
        outlet = rng.choice(SAUDI_OUTLETS)
        return kind, rng.choice([city + d() + "متابعات: ", city + d() + "متابعات\n", "متابعات:\n",
                                 "خاص" + d() + outlet + "\n", outlet + d() + "خاص: "])
    sep = ": " if split == "dev" else rng.choice([": ", d()])
    return kind, rng.choice(BYLINE_LEADS[split]) + sep + name + "\n"


def saudi_lookalike(rng, split, city):
    """A first line that merely looks like a Saudi byline, and its name."""
    d = lambda: dash(rng, split)
    kind = rng.choice(["city-verb-headline", "two-places", "name-quote-line"])
    if kind == "city-verb-headline":
        return kind, "أمير " + city + d() + rng.choice(VERB_HEADLINES[split]) + "\n"
    if kind == "two-places":
        a, b = rng.choice(PLACE_PAIRS[split])
        return kind, a + d() + b + "\n"
    return kind, reporter(rng, split) + ": " + rng.choice(QUOTES[split]) + "\n"


def first_sentence(body):
    m = re.match(r"[^\n]*?[.!؟?](?=\s|$)|[^\n]+", body)
    return m.group(0).rstrip()


def clean(text, lines=6):
    """The first few non-empty lines of an ANT article, white space tidied."""
    out = []
    for line in text.replace("\r", "").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if line:
            out.append(line)
        if len(out) == lines:
            break
    return "\n".join(out)


def make(rng, split, art, idx, rng2):
    body = clean(art["text"])
    cities = CITIES_DEV if split == "dev" else CITIES_TEST
    city = rng.choice(cities)
    frame = []
    roll = rng.random()
    saudi = rng2.random() < 0.35  # a Saudi shape instead of the one drawn
    if roll < 0.55:  # a framed article
        pattern, lead = dateline(rng, split, city)
        if saudi:
            pattern, lead = saudi_dateline(rng2, split, city)
        prefix = lead
        frame.append(lead.strip().rstrip(":-–— ").strip())
        if rng.random() < 0.25:
            fur = rng.choice(FURNITURE)
            sep = "\n" if rng.random() < 0.6 else " "
            if sep == " " and not re.match(r"[A-Za-z]", fur):
                sep = "\n"
            prefix = fur + sep + prefix
            frame.append(fur)
            pattern = "furniture+" + pattern
        if rng.random() < 0.2:  # a headline before the dateline
            title = re.sub(r"\s+", " ", art.get("title", "")).strip()
            if title and not re.search(r"[.!؟?:]$", title):
                prefix = title + "\n" + prefix
                pattern = "headline+" + pattern
        text = prefix + body
        start = len(prefix.encode())
        if rng.random() < 0.4:
            credit = rng.choice(CREDITS)
            text += rng.choice(["\n", " "]) + credit
            frame.append(credit)
            pattern += "+credit"
    elif roll < 0.8:  # a look-alike first sentence
        kind = rng.choice(["name-colon", "city-subject", "agency-subject", "agency-colon", "match"])
        if kind == "name-colon":
            lead = rng.choice(PEOPLE) + ": "
        elif kind == "city-subject":
            lead = city + " " + rng.choice(["تستضيف", "تشهد", "تحتضن"]) + " "
        elif kind == "agency-subject":
            lead = rng.choice(["رويترز تنقل عن مصادر", "وكالة الأنباء السعودية (واس) تفيد", "الأناضول تكشف"]) + " أن "
        elif kind == "agency-colon":
            lead = rng.choice(["رويترز", "الأناضول"]) + ": "
        else:
            a, b = rng.choice(CLUBS)
            lead = a + " - " + b + ": "
        if saudi:
            kind, lead = saudi_lookalike(rng2, split, city)
        pattern = "lookalike-" + kind
        text = lead + body
        start = 0
    else:  # the article as it is
        pattern = "ant"
        text = body
        start = 0
    first = first_sentence(text.encode()[start:].decode())
    return {"id": "%s-%04d-%s" % (split, idx, art["docno"]), "split": split, "pattern": pattern,
            "text": text, "frame": frame, "first": [start, start + len(first.encode())]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ant", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "ant_v1.1.jsonl"))
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("-n", type=int, default=600, help="articles per half")
    a = ap.parse_args()
    arts = []
    with open(a.ant, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if len(d.get("text", "")) >= 300:
                arts.append(d)
    # Order by a hash of the docno: a fixed shuffle; the halves take alternate articles.
    arts.sort(key=lambda d: hashlib.sha1(d["docno"].encode()).hexdigest())
    os.makedirs(a.out, exist_ok=True)
    for k, split in enumerate(["dev", "test"]):
        rng = random.Random(22 + k)
        rng2 = random.Random(2200 + k)
        picked = arts[k::2][: a.n]
        with open(os.path.join(a.out, split + ".jsonl"), "w", encoding="utf-8") as out:
            for i, art in enumerate(picked):
                out.write(json.dumps(make(rng, split, art, i, rng2), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
