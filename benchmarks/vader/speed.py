"""vaderSentiment 3.3.2 speed on one core: polarity_scores over every line of a file.
Usage: speed.py SENTENCES_FILE [rounds]"""
import sys
import time

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

sentences = [line.rstrip("\n") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
size = sum(len(s.encode("utf-8")) + 1 for s in sentences)
analyzer = SentimentIntensityAnalyzer()
checksum = 0.0
started = time.perf_counter()
for _ in range(rounds):
    for sentence in sentences:
        checksum += analyzer.polarity_scores(sentence)["compound"]
seconds = time.perf_counter() - started
n = len(sentences) * rounds
print(f"vaderSentiment: {n / seconds:.0f} sentences/s, {size * rounds / seconds / 1e6:.1f} MB/s "
      f"({len(sentences)} sentences x {rounds} rounds, checksum {checksum:.4f})")
