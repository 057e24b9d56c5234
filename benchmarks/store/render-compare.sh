#!/bin/bash
# Renders `verbatim compare --format html` in headless Chromium (Debian's
# chromium package) to a PNG, to look at the charts as a reader would.
# Usage: benchmarks/store/render-compare.sh DB OUT_PREFIX [compare options…]
# Writes OUT_PREFIX.html and OUT_PREFIX.png.
set -euo pipefail
db=$1
out=$2
shift 2
binary=${VERBATIM:-.build/release/verbatim}
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium" >&2; exit 1; }
"$binary" compare --db "$db" --format html -o "$out.html" "$@"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1800 \
    --screenshot="$(realpath "$out").png" "file://$(realpath "$out.html")" 2>/dev/null
echo "$out.html $out.png"
