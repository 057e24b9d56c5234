"""Compare Verbatim's stance scores with vaderSentiment 3.3.2 and the human ratings.

Usage: compare.py VERBATIM SENTIMENT_DIR [--fixture OUT.tsv]
Runs `VERBATIM stance --scorer vader` and `VERBATIM stance` (default scorer) on every sentence
of the three rated sets (id TAB mean rating TAB text), vaderSentiment in this process, and prints:
agreement of the VADER-compatible mode with vaderSentiment (|difference| <= 0.01), Pearson r of
each scorer with the human means, and sentences per second on one core for each.
"""
import json
import math
import os
import subprocess
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

SETS = [("tweets", "tweets_GroundTruth.txt"), ("movie", "movieReviewSnippets_GroundTruth.txt"),
        ("amazon", "amazonReviewSnippets_GroundTruth.txt")]
TOLERANCE = 0.01


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def read_set(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) == 3:
                rows.append((parts[0], float(parts[1]), parts[2]))
    return rows


def run_verbatim(verbatim, texts, scorer):
    data = ("\n".join(texts) + "\n").encode("utf-8")
    command = ["taskset", "-c", "0", verbatim, "stance", "--scorer", scorer]
    started = time.perf_counter()
    out = subprocess.run(command, input=data, capture_output=True, check=True).stdout
    seconds = time.perf_counter() - started
    scores = [json.loads(line)["score"] for line in out.decode("utf-8").splitlines()]
    assert len(scores) == len(texts), (len(scores), len(texts))
    return scores, seconds


def main():
    verbatim, folder = sys.argv[1], sys.argv[2]
    fixture = sys.argv[sys.argv.index("--fixture") + 1] if "--fixture" in sys.argv else None
    analyzer = SentimentIntensityAnalyzer()
    all_texts, all_vader, all_compat = [], [], []
    totals = {"python": 0.0, "vader": 0.0, "news": 0.0}
    print(f"{'set':8} {'n':>6} {'agree':>8} {'r vader':>8} {'r compat':>9} {'r news':>8}")
    for name, filename in SETS:
        rows = read_set(os.path.join(folder, filename))
        texts = [text for _, _, text in rows]
        human = [rating for _, rating, _ in rows]
        started = time.perf_counter()
        reference = [analyzer.polarity_scores(text)["compound"] for text in texts]
        totals["python"] += time.perf_counter() - started
        compat, seconds = run_verbatim(verbatim, texts, "vader")
        totals["vader"] += seconds
        news, seconds = run_verbatim(verbatim, texts, "news")
        totals["news"] += seconds
        agree = sum(abs(a - b) <= TOLERANCE for a, b in zip(compat, reference)) / len(texts)
        print(f"{name:8} {len(texts):6} {agree:8.2%} {pearson(reference, human):8.4f} "
              f"{pearson(compat, human):9.4f} {pearson(news, human):8.4f}")
        all_texts += texts
        all_vader += reference
        all_compat += compat
        for text, a, b in zip(texts, compat, reference):
            if abs(a - b) > TOLERANCE and os.environ.get("SHOW_DISAGREEMENTS"):
                print(f"  differs: verbatim {a} vader {b}: {text}")
    agree = sum(abs(a - b) <= TOLERANCE for a, b in zip(all_compat, all_vader)) / len(all_texts)
    n = len(all_texts)
    print(f"all      {n:6} {agree:8.2%}")
    print(f"speed (one core, sentences/s): vaderSentiment {n / totals['python']:,.0f}; "
          f"verbatim --scorer vader {n / totals['vader']:,.0f} "
          f"({totals['python'] / totals['vader']:.1f}x, process start and JSON output included); "
          f"verbatim default {n / totals['news']:,.0f}")
    if fixture:
        # Every 40th sentence: a small fixture for the Swift tests, which must not need Python.
        with open(fixture, "w", encoding="utf-8") as f:
            f.write("# vaderSentiment 3.3.2 compound scores; made by benchmarks/vader/run --fixture\n")
            for text, score in list(zip(all_texts, all_vader))[::40]:
                f.write(f"{score}\t{text}\n")


if __name__ == "__main__":
    main()
