#!/usr/bin/env bash
# Time against input size for hostile document shapes: each shape is extracted at n and
# at 8n repetitions; linear work takes about 8 times as long, quadratic work about 64.
#
#   bench/linearity.sh [BUILD_DIR]
#
# Prints one line per shape: seconds at n, seconds at 8n, and their ratio. A measurement,
# not a test: run it on an idle machine and compare the ratios with 8.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
bin=$build/claims
[ -x "$bin" ] || { echo "no $bin: build first" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
shapes = {
    "long_paragraph": ("the minister said nothing about it ", 20000),
    "many_quote_marks": ('"a" ', 50000),
    "unclosed_quotes": ('He said "never closes ', 6000),
    "single_quotes": ("Lavrov said 'we will' and ", 20000),
    "many_sentences": ('Ivan Orlov met Anna Berg. He said that it was fine. "We are ready for it," he added.\n\n', 4000),
}
for name, (unit, n) in shapes.items():
    for k in (1, 8):
        with open(f"{d}/{name}_{k}.txt", "w") as f:
            f.write("Title\n\n" + unit * (n * k) + "\n")
PY
printf '%-18s %8s %8s %6s\n' shape "n (s)" "8n (s)" ratio
for f in "$tmp"/*_1.txt; do
  name=$(basename "$f" _1.txt)
  t1=$({ /usr/bin/time -f %e "$bin" extract --max-doc-size 1000000000 "$f" >/dev/null; } 2>&1)
  t8=$({ /usr/bin/time -f %e "$bin" extract --max-doc-size 1000000000 "$tmp/${name}_8.txt" >/dev/null; } 2>&1)
  printf '%-18s %8s %8s %6s\n' "$name" "$t1" "$t8" "$(python3 -c "print(f'{max($t8,0.01)/max($t1,0.01):.1f}')")"
done
