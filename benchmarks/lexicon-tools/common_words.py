#!/usr/bin/env python3
"""Writes lexicons/common-words.txt: lowercase English words that open sentences but are no names.

A word (letters and apostrophes, possessive 's dropped) is listed when, over the PolNeAR train
articles, it occurs lowercase at least MIN_LOWERCASE times and capitalised right after a lowercase
word or a comma (so not at a sentence start) at most half as often as lowercase. `trump` and `house`
are capitalised mid-sentence too often to be listed; `officials`, `aid`, `yesterday` are listed.

Usage: benchmarks/lexicon-tools/common_words.py [SHARED_DIR] > lexicons/common-words.txt
"""
import collections, os, re, sys

MIN_LOWERCASE = 3  # fewer occurrences say little about a word
MAX_CAPITALISED_SHARE = 0.5  # capitalised mid-sentence at most half as often as lowercase

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared")
folder = os.path.join(shared, "data", "polnear", "train", "text")
lowercase, capitalised = collections.Counter(), collections.Counter()
word = re.compile(r"[A-Za-z][A-Za-z'’]*")
for name in sorted(os.listdir(folder)):
    previous = ""
    for raw in open(os.path.join(folder, name), encoding="utf-8").read().split():
        match = word.search(raw)
        if match:
            spelling = match.group(0).replace("’", "'")
            key = spelling.lower()
            if key.endswith("'s"):
                key = key[:-2]
            if spelling[0].islower():
                lowercase[key] += 1
            elif re.search(r"[a-z,]$", previous) and not spelling.isupper():
                capitalised[key] += 1
        previous = raw
print("# Common English words: lowercase words that open sentences but are no names (`Yesterday`, `Officials`, `Aid`).")
print("# Made by benchmarks/lexicon-tools/common_words.py from word counts over PolNeAR's train articles (words only, no text).")
print("# One word per line, lowercase, ' for the apostrophe.")
for key in sorted(lowercase):
    count = lowercase[key]
    if (count >= MIN_LOWERCASE and capitalised[key] <= count * MAX_CAPITALISED_SHARE and len(key) > 1
            and re.fullmatch(r"[a-z]+('[a-z]+)?", key)):
        print(key)
