#!/usr/bin/env python3
"""Picks the candidate quotations of the news stance dev set (run once; kept for provenance).

Reads PolNeAR dev (texts and the alphabetically first annotator's attributions), keeps the
gold Content spans that are direct quotations (a quotation mark right before the content or
as its first character) of 8 to 70 words, and takes up to three per document (first picks of every document, then seconds, then
thirds, up to 150), preferring
quotations that name someone (a capitalised word after the first). Prints TSV:
doc stem, start, end (code points, end exclusive), quotation text. Labels are added by hand.

Usage: pick_quotations.py [SHARED_DIR]   (default ../shared relative to the repository root)
"""
import os, re, sys

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared")
dev = os.path.join(shared, "data", "polnear", "dev")
OPENING = "“\"‘"
MAX_PER_DOCUMENT = 3  # up to three per document: about 150 quotations from the 84 dev documents

def annotations(stem):
    files = sorted(f for f in os.listdir(os.path.join(dev, "attributions")) if f.startswith(stem + "_"))
    with open(os.path.join(dev, "attributions", files[0]), encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[1].startswith("Content "):
                spans = fields[1].split(" ", 1)[1]
                for part in spans.split(";"):
                    start, end = map(int, part.split())
                    yield start, end

TOTAL = 150  # the set's size: first picks of every document, then second picks, then third
picks = []
for name in sorted(os.listdir(os.path.join(dev, "text"))):
    stem = name[:-4]
    text = open(os.path.join(dev, "text", name), encoding="utf-8").read()
    named, plain = [], []
    for start, end in sorted(set(annotations(stem))):
        if text[start] in OPENING:
            start += 1
        elif start == 0 or text[start - 1] not in OPENING:
            continue
        content = text[start:end].strip().rstrip("”\"’")
        end = start + len(content)
        words = content.split()
        if not 8 <= len(words) <= 70 or "\n" in content:
            continue
        has_name = any(re.match(r"[A-Z][a-z]", w) for w in words[1:])
        (named if has_name else plain).append((start, end, content))
    for rank, (start, end, content) in enumerate((named + plain)[:MAX_PER_DOCUMENT]):
        picks.append((rank, stem, start, end, content))
chosen = sorted(sorted(picks)[:TOTAL], key=lambda pick: (pick[1], pick[2]))
for rank, stem, start, end, content in chosen:
    print(f"{stem}\t{start}\t{end}\t{content}")
