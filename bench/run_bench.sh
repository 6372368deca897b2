#!/usr/bin/env bash
# End-to-end throughput and memory of `claims extract`.
#
#   bench/run_bench.sh [-b BUILD_DIR] [-d DATA_DIR] [-n RUNS] [-N BIG_RUNS]
#
# Builds (once, in DATA_DIR, default build/bench-data) a corpus made by replicating
# corpus/ to 2,000 files (~10 MB) and to 4,000 files, and one ~100 MB document made of
# the corpus articles one after the other. Then runs `claims extract` on them with
# --jobs 1 and --jobs 2, RUNS times each (BIG_RUNS for the 100 MB file), and prints
# best and median wall time, MB/s (input bytes, 10^6), and peak RSS (/usr/bin/time).
# Output goes to /dev/null, after a check that --jobs 1 and --jobs 2 write the same bytes.
# The machine is shared: the load average is printed before and after; compare best
# times, and rerun when the load is high.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$src/build
data=""
runs=5
big_runs=3
while getopts "b:d:n:N:h" opt; do
  case $opt in
    b) build=$(cd "$OPTARG" && pwd) ;;
    d) data=$OPTARG ;;
    n) runs=$OPTARG ;;
    N) big_runs=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done
data=${data:-$build/bench-data}
bin=$build/claims
[ -x "$bin" ] || { echo "no $bin: build first (cmake --preset dev && cmake --build build -j2)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
rules=$src/rules

# --- corpora -----------------------------------------------------------------------
mkdir -p "$data"
make_copies() {  # make_copies DIR COPIES: COPIES copies of every corpus/ article
  local dir=$1 copies=$2
  if [ -f "$dir/.done" ]; then return; fi
  rm -rf "$dir" && mkdir -p "$dir"
  for ((i = 0; i < copies; ++i)); do
    local sub
    sub=$(printf '%s/%04d' "$dir" $((i / 100)))
    mkdir -p "$sub"
    for f in "$src"/corpus/*.txt; do
      cp "$f" "$(printf '%s/%04d_%s' "$sub" "$i" "$(basename "$f")")"
    done
  done
  touch "$dir/.done"
}
n_articles=$(ls "$src"/corpus/*.txt | wc -l)
make_copies "$data/files2000" $((2000 / n_articles))
make_copies "$data/files4000" $((4000 / n_articles))
big=$data/one100mb.txt
if [ ! -f "$big" ]; then
  # Articles one after the other, separated by a blank line, until 100 MB. Articles
  # with a reader-comment section are left out: everything after the first one would
  # be read as comments, which are never a source of claims.
  one=$(mktemp)
  for f in "$src"/corpus/*.txt; do
    if "$bin" segment --rules "$rules" "$f" | grep -q '"kind":"comment"'; then continue; fi
    cat "$f"
    printf '\n\n'
  done >"$one"
  size=$(stat -c %s "$one")
  : >"$big.tmp"
  for ((i = 0; i < 100000000 / size + 1; ++i)); do cat "$one"; done >>"$big.tmp"
  mv "$big.tmp" "$big"
  rm -f "$one"
fi
bytes_of() { find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}'; }

# --- measurements ------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# measure LABEL RUNS BYTES ARGS...: prints best/median seconds, MB/s and max peak RSS.
measure() {
  local label=$1 n=$2 bytes=$3
  shift 3
  local times=() rss=0
  for ((r = 0; r < n; ++r)); do
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" extract --rules "$rules" "$@" >/dev/null
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000)))
    local m
    m=$(tail -n 1 "$tmp/rss")
    ((m > rss)) && rss=$m
  done
  local sorted
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  local best=${sorted[0]} median=${sorted[$((n / 2))]}
  awk -v l="$label" -v b="$best" -v m="$median" -v by="$bytes" -v rss="$rss" -v n="$n" 'BEGIN {
    printf "| %-28s | %4d | %8.3f | %8.3f | %7.1f | %7.1f | %6.1f |\n",
      l, n, b / 1e6, m / 1e6, by / b, by / m, rss / 1024 }'
  echo "$label $best $median $bytes $rss" >>"$tmp/results"
}

b2000=$(bytes_of "$data/files2000")
b4000=$(bytes_of "$data/files4000")
bbig=$(stat -c %s "$big")
max_doc=$((bbig + 1))

echo "claims benchmark: $(git -C "$src" describe --always --dirty 2>/dev/null || echo '?')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpora: files2000 $b2000 bytes, files4000 $b4000 bytes, one100mb $bbig bytes"

# Same bytes for any --jobs (and a warm page cache for what follows).
"$bin" extract --rules "$rules" --jobs 1 "$data/files2000" >"$tmp/j1"
"$bin" extract --rules "$rules" --jobs 2 "$data/files2000" >"$tmp/j2"
cmp -s "$tmp/j1" "$tmp/j2" || { echo "FAIL: --jobs 1 and --jobs 2 outputs differ" >&2; exit 1; }
echo "records: $(wc -l <"$tmp/j1") on files2000 (identical for --jobs 1 and 2)"
rm -f "$tmp/j1" "$tmp/j2"
echo
echo "| run                          | runs | best s   | median s | best MB/s | median MB/s | peak RSS MB |"
echo "|------------------------------|------|----------|----------|-----------|-------------|-------------|"
measure "files2000 --jobs 1" "$runs" "$b2000" --jobs 1 "$data/files2000"
measure "files2000 --jobs 2" "$runs" "$b2000" --jobs 2 "$data/files2000"
measure "files4000 --jobs 1" "$runs" "$b4000" --jobs 1 "$data/files4000"
measure "files4000 --jobs 2" "$runs" "$b4000" --jobs 2 "$data/files4000"
measure "one100mb --jobs 1" "$big_runs" "$bbig" --jobs 1 --max-doc-size "$max_doc" "$big"
measure "one100mb --jobs 2" "$big_runs" "$bbig" --jobs 2 --max-doc-size "$max_doc" "$big"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '
  { best[$1 " " $2 " " $3] = $4; med[$1 " " $2 " " $3] = $5; bytes[$1 " " $2 " " $3] = $6; rss[$1 " " $2 " " $3] = $7 }
  END {
    j1 = "files2000 --jobs 1"; j2 = "files2000 --jobs 2"; big = "one100mb --jobs 1"
    printf "speed-up --jobs 2 / --jobs 1 (files2000): best %.2fx, median %.2fx\n",
      best[j1] / best[j2], med[j1] / med[j2]
    printf "per-MB time, one100mb / files2000 (--jobs 1): best %.2f, median %.2f\n",
      (best[big] / bytes[big]) / (best[j1] / bytes[j1]), (med[big] / bytes[big]) / (med[j1] / bytes[j1])
    printf "speed-up --jobs 2 / --jobs 1 (one100mb): best %.2fx, median %.2fx\n",
      best[big] / best["one100mb --jobs 2"], med[big] / med["one100mb --jobs 2"]
    printf "peak RSS files4000 / files2000 (--jobs 2): %.2f\n", rss["files4000 --jobs 2"] / rss[j2]
  }' "$tmp/results"
