#!/usr/bin/env bash
# Hostile input shapes: time linear in size, whatever the text looks like.
#
#   bench/shapes.sh [-b BUILD_DIR] [-d DATA_DIR] [-s MB]
#
# For each shape, builds one document of MB and of 4*MB megabytes (default 1 and 4) in
# DATA_DIR (default build/bench-data/shapes), runs `claims extract --jobs 1` on both and
# prints seconds, MB/s and the ratio of per-MB times (4*MB / MB): about 1 when the time
# is linear, about 4 when it is quadratic. Shapes:
#   paragraph   one paragraph without punctuation (cue verbs and names, no full stop)
#   quotes      "ab" cd "ab" cd ...: two double quote marks every 8 bytes
#   singles     'ab' cd 'ab' cd ...: the same with single marks
#   glued       "a"b"c"d...: quote marks with no space at all
#   unclosed    Lavrov said "we will respond to NATO ... (marks never closed)
#   sentences   one line of short sentences, each with a speaker and a cue
#   lines       one word per line
#   names       capitalized names only
#   links       "See also ..." injected links in one paragraph
#   longword    one word without a space
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$src/build
data=""
mb=1
while getopts "b:d:s:h" opt; do
  case $opt in
    b) build=$(cd "$OPTARG" && pwd) ;;
    d) data=$OPTARG ;;
    s) mb=$OPTARG ;;
    *) sed -n '2,21p' "$0"; exit 2 ;;
  esac
done
data=${data:-$build/bench-data/shapes}
bin=$build/claims
mkdir -p "$data"
python3 - "$data" "$mb" <<'PY'
import os, random, sys
out, mb = sys.argv[1], float(sys.argv[2])
random.seed(1)
words = ("the minister said that Russia would respond to Washington and NATO about security "
         "guarantees in Europe while officials noted talks Lavrov told reporters").split()
def fill(unit, size):
    n = max(1, int(size // len(unit)))
    return unit * n
def paragraph(size):
    out, n = [], 0
    while n < size:
        w = random.choice(words); out.append(w); n += len(w) + 1
    return " ".join(out)
shapes = {
    "paragraph": lambda s: paragraph(s),
    "quotes": lambda s: fill('"ab" cd ', s),
    "singles": lambda s: fill("'ab' cd ", s),
    "glued": lambda s: fill('"a"b', s),
    "unclosed": lambda s: fill('Lavrov said "we will respond to NATO ', s),
    "sentences": lambda s: fill("Lavrov said that we will respond to NATO soon. He added more. ", s),
    "lines": lambda s: fill("word\n", s),
    "names": lambda s: fill("Sergey Lavrov Maria Zakharova Antony Blinken Jens Stoltenberg ", s),
    "links": lambda s: fill("the minister said. See also Russia will respond to NATO and then ", s),
    "longword": lambda s: "a" * int(s),
}
for name, make in shapes.items():
    for k in (1, 4):
        path = os.path.join(out, f"{name}_{k}.txt")
        size = mb * k * 1_000_000
        if os.path.exists(path) and abs(os.path.getsize(path) - size) < size * 0.1:
            continue
        with open(path, "w") as f:
            f.write("A title line\n\n" + make(size) + "\n")
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-10s | %8s | %8s | %8s | %8s | %9s | %8s |\n' shape "MB" "s" "4xMB s" "MB/s" "4xMB MB/s" "ratio"
printf '|------------|----------|----------|----------|----------|-----------|----------|\n'
for f in "$data"/*_1.txt; do
  name=$(basename "$f" _1.txt)
  big=$data/${name}_4.txt
  t() {
    local t0 t1
    t0=$(date +%s%N)
    "$bin" extract --rules "$src/rules" --jobs 1 --max-doc-size 1000000000 "$1" >/dev/null || true
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
  }
  s1=$(t "$f")
  s4=$(t "$big")
  b1=$(stat -c %s "$f")
  b4=$(stat -c %s "$big")
  awk -v n="$name" -v s1="$s1" -v s4="$s4" -v b1="$b1" -v b4="$b4" 'BEGIN {
    printf "| %-10s | %8.1f | %8.3f | %8.3f | %8.1f | %9.1f | %8.2f |\n",
      n, b1 / 1e6, s1 / 1e6, s4 / 1e6, b1 / s1, b4 / s4, (s4 / b4) / (s1 / b1) }'
done
