#!/usr/bin/env python3
"""Turns the text output of `swift package benchmark --grouping metric` into
one Markdown table: the median (p50) of every metric, one row per benchmark,
with MB/s and documents/s from the fixture size in each benchmark's name.

    swift package --package-path benchmarks benchmark --grouping metric --no-progress | python3 benchmarks/summarize.py
"""
import re
import sys

UNITS = {"#": 1, "K": 1e3, "M": 1e6, "G": 1e9, "ms": 1, "us": 1e-3, "μs": 1e-3, "ns": 1e-6, "s": 1e3}
COLUMNS = [  # (metric title in the output, column heading, format)
    ("Time (wall clock)", "wall ms", "{:.1f}"),
    ("Time (total CPU)", "CPU ms", "{:.0f}"),
    ("Instructions", "instructions (M)", "{:.0f}"),
    ("Malloc (total)", "mallocs", "{:,.0f}"),
    ("Memory (resident peak)", "peak RSS MB", "{:.0f}"),
]


def main() -> None:
    metric = None
    values: dict[str, dict[str, float]] = {}
    for line in sys.stdin:
        line = line.rstrip("\n")
        if line and not line.startswith(("│", "╒", "╞", "├", "╘", "=")) and not line.startswith(" "):
            metric = line.strip()
            continue
        if not line.startswith("│") or metric is None:
            continue
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        if cells[0] in ("Test", "Metric") or len(cells) < 4:
            continue
        match = re.match(r"(.*?)(?: \(([^)]*)\))?( \*)?$", cells[0])
        name, unit = match.group(1), match.group(2) or "#"
        try:
            median = float(cells[3].replace(",", ""))
        except ValueError:
            continue
        scale = UNITS.get(unit, 1)
        if metric.startswith("Instructions"):
            scale /= 1e6
        if metric.startswith("Memory"):
            scale = {"M": 1, "G": 1e3, "K": 1e-3}.get(unit, 1e-6)
        values.setdefault(name, {})[metric] = median * scale
    present = [column for column in COLUMNS if any(column[0] in row for row in values.values())]
    print("| benchmark | MB/s | docs/s | " + " | ".join(heading for _, heading, _ in present) + " |")
    print("|---|---:|---:|" + "---:|" * len(present))
    for name, row in values.items():
        # Rates from the fixture size in the name ("[1.00 MB, 422 docs]") and the median wall
        # time, which is finer than the framework's whole-number throughput.
        size = re.search(r"\[([0-9.]+) MB, ([0-9]+) docs\]", name)
        wall = row.get("Time (wall clock)")
        if size and wall:
            seconds = wall / 1000
            rates = [f"{float(size.group(1)) / seconds:,.1f}", f"{int(size.group(2)) / seconds:,.0f}"]
        else:
            rates = ["n/a", "n/a"]
        cells = [fmt.format(row[title]) if title in row else "n/a" for title, _, fmt in present]
        print(f"| {name} | " + " | ".join(rates + cells) + " |")


if __name__ == "__main__":
    main()
