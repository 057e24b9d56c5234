#!/usr/bin/env python3
"""Where verbatim's PolNeAR predictions go wrong, by category, with the shared scorer's matching.

usage: benchmarks/polnear/errors.py SPLIT PRED.jsonl [--shared DIR] [--all] [--cues]
                                    [--dump PREFIX] [-n N]

  SPLIT          dev or train (the gold is read through SHARED/eval/polnear.py)
  PRED.jsonl     `verbatim score … -o PRED.jsonl` output for that split
  --shared DIR   the shared folder (eval/polnear.py, data/polnear); default ../shared beside the repository
  --all          count over all attributions (the matching of metric (e)); default: the direct subset ((d))
  --cues         also list the gold cues of missed attributions and the cues of unmatched predictions
  --dump PREFIX  print examples of every category starting with PREFIX (`WS`, `FP:split`, `FN`)
  -n N           examples per category (default 20)

Categories (one per prediction or gold attribution that is not a correct pair):
  WS:*   matched, wrong speaker; then why (gold has no source, no predicted mention, gold source on the cue
         word, gold source a pronoun, predicted mention a pronoun, other) and the sieve rule that fired
  FP:*   unmatched prediction: split-fragment (inside a gold already matched), double-apostrophe (a ''…''
         quotation, outside the default direct subset), overlaps-nondirect-gold, boundary, no-gold; then its kind
  FN:*   unmatched gold: no-overlap (no prediction touches it), pred-indirect (only indirect ones do), boundary
Standard library only; written for Verbatim.
"""
import argparse
import collections
import json
import os
import signal
import sys

PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "you"}


def context(text, start, end, width=80):
    """The span in double brackets with `width` characters around it, on one line."""
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]).replace("\n", " | ")


def main():
    # `errors.py … | head` closes the pipe early: end quietly.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split")
    parser.add_argument("pred")
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "..", "shared"))
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--cues", action="store_true")
    parser.add_argument("--dump")
    parser.add_argument("-n", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.shared, "eval"))
    import polnear as scorer

    docs = scorer.load_split(args.split, data=os.path.join(args.shared, "data", "polnear"))
    predictions = scorer.load_predictions(args.pred, docs, {})
    records = collections.defaultdict(list)
    with open(args.pred, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                records[scorer.doc_stem(record["doc"])].append(record)

    counts = collections.Counter()
    examples = collections.defaultdict(list)
    missed_cues = collections.Counter()
    unmatched_cues = collections.Counter()
    for stem, doc in sorted(docs.items()):
        text = doc.text
        preds = predictions.get(stem, [])
        record_of = {p.line: r for p, r in zip(preds, records[stem])}
        chosen = [p for p in preds if args.all or p.kind in scorer.DIRECT_KINDS]
        golds = [g for g in doc.attrs if args.all or g.direct]
        pairs = scorer.match(chosen, golds)
        matched_preds = {id(p) for p, _ in pairs}
        matched_golds = {id(g) for _, g in pairs}

        for p, g in pairs:
            if scorer.speaker_ok(p, g):
                counts["correct"] += 1
                continue
            record = record_of[p.line]
            speaker = record["speaker"]
            mention = speaker["mention"] if speaker else None
            source = text[g.source.start:g.source.end] if g.source else None
            if g.source is None:
                why = "gold-no-source"
            elif mention is None:
                why = "pred-null" if speaker is None else "pred-no-mention"
            elif g.cue and g.source.overlap(g.cue.start, g.cue.end) > 0:
                why = "gold-source-on-cue"
            elif source.lower().strip() in PRONOUNS:
                why = "gold-pronoun-" + source.lower().strip()
            elif mention["text"].lower() in PRONOUNS:
                why = "pred-pronoun"
            else:
                why = "other"
            category = f"WS:{why}/{speaker['rule'] if speaker else 'none'}"
            counts[category] += 1
            examples[category].append(
                f"{stem} pred={mention['text'] if mention else None!r} gold={source!r} "
                f"cue={record['cue']['text'] if record['cue'] else None!r}\n"
                f"   P: {context(text, p.start, p.end)[:400]}\n   G: {context(text, g.content.start, g.content.end)[:400]}")

        matched = [g for _, g in pairs]
        for p in chosen:
            if id(p) in matched_preds:
                continue
            record = record_of[p.line]
            around = text[max(0, p.start - 1):p.end + 1]
            if p.end > p.start and any(g.content.overlap(p.start, p.end) >= 0.5 * (p.end - p.start) for g in matched):
                why = "split-fragment"
            elif not args.all and "''" in text[max(0, p.start - 2):p.end + 2] \
                    and not any(mark in around for mark in scorer.QUOTE_CHARS):
                why = "double-apostrophe"
            elif not args.all and any(g.content.overlap(p.start, p.end) > 0 for g in doc.attrs if not g.direct):
                why = "overlaps-nondirect-gold"
            elif any(g.content.overlap(p.start, p.end) > 0 for g in golds):
                why = "boundary"
            else:
                why = "no-gold"
            category = f"FP:{why}/{record['kind']}"
            counts[category] += 1
            cue = record["cue"]["text"].lower() if record["cue"] else "-"
            if why in ("no-gold", "boundary"):
                unmatched_cues[cue] += 1
            mention = record["speaker"]["mention"] if record["speaker"] and record["speaker"]["mention"] else None
            examples[category].append(
                f"{stem} cue={cue!r} speaker={mention['text'] if mention else None!r}\n"
                f"   {context(text, p.start, p.end)[:400]}")

        for g in golds:
            if id(g) in matched_golds:
                continue
            touching = [p for p in preds if g.content.overlap(p.start, p.end) > 0]
            if not touching:
                why = "no-overlap"
            elif not args.all and all(p.kind == "indirect" for p in touching):
                why = "pred-indirect"
            else:
                why = "boundary"
            counts["FN:" + why] += 1
            cue = text[g.cue.start:g.cue.end].lower() if g.cue else "-"
            if why == "no-overlap":
                missed_cues[cue] += 1
            examples["FN:" + why].append(
                f"{stem} cue={cue!r} source={text[g.source.start:g.source.end] if g.source else None!r}\n"
                f"   {context(text, g.content.start, g.content.end)[:400]}")

    for category, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"{count:6d}  {category}")
    if args.cues:
        print("\ngold cues of attributions no prediction touches:")
        print(", ".join(f"{cue}:{count}" for cue, count in missed_cues.most_common(80)))
        print("\ncues of predictions that match no gold:")
        print(", ".join(f"{cue}:{count}" for cue, count in unmatched_cues.most_common(60)))
    if args.dump:
        for category in sorted(examples):
            if category.startswith(args.dump):
                print(f"\n==== {category} ({len(examples[category])})")
                for example in examples[category][:args.n]:
                    print(example)


if __name__ == "__main__":
    main()
