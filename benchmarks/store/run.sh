#!/bin/bash
# Store benchmark: SQLite output against JSON Lines output, peak RSS, and
# resume after a SIGKILL at about half way.
# Usage: benchmarks/store/run.sh [SIZE_MB] [VERBATIM_BINARY]
set -euo pipefail
size=${1:-200}
binary=${2:-.build/release/verbatim}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/generate_corpus.py" "$size" "$work/corpus.jsonl"

measure() { # label, command...: prints wall seconds and peak RSS
    local label=$1; shift
    /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" "$@" 2>&1 >/dev/null | grep "^$label:"
}

measure "jsonl " "$binary" score "$work/corpus.jsonl" -q --output "$work/out.jsonl"
measure "sqlite" "$binary" score "$work/corpus.jsonl" -q --db "$work/full.sqlite"
full_seconds=$( { /usr/bin/time -f "%e" "$binary" score "$work/corpus.jsonl" -q --db "$work/again.sqlite" >/dev/null; } 2>&1 | tail -1)
echo "sqlite (second full run): $full_seconds s"

"$binary" score "$work/corpus.jsonl" -q --db "$work/killed.sqlite" &
pid=$!
sleep "$(python3 -c "print($full_seconds / 2)")"
kill -9 "$pid" || true
wait "$pid" 2>/dev/null || true
stored=$(sqlite3 "$work/killed.sqlite" "SELECT count(*) FROM documents" 2>/dev/null || echo "?")
total=$(wc -l < "$work/corpus.jsonl")
echo "killed at half time: $stored of $total documents committed"
measure "resume" "$binary" score "$work/corpus.jsonl" -q --db "$work/killed.sqlite"
"$binary" export --db "$work/killed.sqlite" > "$work/resumed.jsonl"
"$binary" export --db "$work/full.sqlite" > "$work/full.jsonl"
if cmp -s "$work/resumed.jsonl" "$work/full.jsonl" && cmp -s "$work/full.jsonl" "$work/out.jsonl"; then
    echo "resumed export == full export == JSON Lines output"
else
    echo "MISMATCH between resumed, full and JSON Lines output" >&2
    exit 1
fi
ls -l "$work/corpus.jsonl" "$work/full.sqlite" | awk '{print $5, $9}'
