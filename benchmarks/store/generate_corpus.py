#!/usr/bin/env python3
"""Writes a generated news-like JSON Lines corpus of about SIZE megabytes.

Usage: generate_corpus.py SIZE_MB OUT.jsonl [SEED]

Each document has an id, a date, an outlet and a text of a few paragraphs with
0 to 3 direct quotations by a handful of recurring speakers. The text is made
of template sentences (no external data), so the corpus is reproducible.
"""
import json
import random
import sys

SPEAKERS = ["John Kerry", "Sergei Lavrov", "Kerry", "Ash Carter", "Bashar al-Assad", "Jeff Davis"]
OUTLETS = ["Reuters", "AP", "TASS", "AFP"]
FILLER = [
    "Fighting continued near the airport on the eastern edge of the city.",
    "The coalition said it had carried out several strikes in the area overnight.",
    "Residents reported shortages of fuel and medicine after weeks of siege.",
    "Diplomats met in Geneva to discuss the terms of a ceasefire.",
    "The ministry did not respond to a request for comment.",
]
QUOTES = [
    "We will not accept this violation of the agreement.",
    "The strike was a mistake, and we regret the loss of life.",
    "This is a direct threat to the ceasefire we worked so hard to build.",
    "We welcome the decision and hope it holds.",
]


def main():
    size = int(float(sys.argv[1]) * 1_000_000)
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    written = 0
    index = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size:
            paragraphs = []
            for _ in range(rng.randint(3, 8)):
                sentences = [rng.choice(FILLER) for _ in range(rng.randint(2, 5))]
                if rng.random() < 0.5:
                    speaker = rng.choice(SPEAKERS)
                    sentences.append(f'{speaker} said, "{rng.choice(QUOTES)}"')
                paragraphs.append(" ".join(sentences))
            record = {
                "id": f"doc-{index}",
                "date": f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "outlet": rng.choice(OUTLETS),
                "text": "\n\n".join(paragraphs),
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            index += 1
    print(f"{index} documents, {written / 1e6:.1f} MB -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
