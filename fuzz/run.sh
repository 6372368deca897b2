#!/usr/bin/env bash
# Builds and runs the libFuzzer harnesses (clang, ASan + UBSan).
#
#   fuzz/run.sh extract 600        # run the pipeline harness for 600 s
#   fuzz/run.sh rules 600          # run the rule-file harness for 600 s
#   fuzz/run.sh jsonl 600          # run the JSONL document parser harness for 600 s
#   fuzz/run.sh extract repro FILE # re-run one input (a crash-*, timeout-* or oom-* file)
#
# Harnesses: extract (bytes -> records -> JSON, fuzz/extract_fuzzer.cc), rules (one rule
# file replaced by the input, fuzz/rules_fuzzer.cc), jsonl (one JSON Lines input line ->
# Document, fuzz/jsonl_fuzzer.cc). Seeds come from fuzz/seeds/NAME (small files only:
# the sample corpus and hostile cases); the growing corpus lives in build-fuzz/corpus/NAME
# and findings in build-fuzz/artifacts/NAME/. One worker, niced: the machine is shared.
# Every finding becomes a regression test (tests/regress/, tests/unit/) once fixed.
#
# Needs Debian's clang and libclang-rt-14-dev (installed when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: fuzz/run.sh extract|rules|jsonl SECONDS | NAME repro FILE}
for p in clang libclang-rt-14-dev; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    apt-get install -y -qq --no-install-recommends "$p" >&2
  fi
done
cmake --preset fuzz >/dev/null
nice cmake --build build-fuzz -j2 --target "${name}_fuzzer" >&2
cd build-fuzz  # libFuzzer writes fuzz-N.log into the current folder
bin=fuzz/${name}_fuzzer
case $name in
  extract) opts=(-max_len=65536 -dict=../fuzz/extract.dict) ;;
  rules) opts=(-max_len=32768) ;;
  jsonl) opts=(-max_len=16384) ;;
  *) echo "unknown harness $name" >&2; exit 2 ;;
esac
if [ "${2:-}" = repro ]; then
  file=$3; [[ $file = /* ]] || file=../$file
  exec "$bin" "${opts[@]}" "$file"
fi
secs=${2:-600}
mkdir -p "corpus/$name" "artifacts/$name"
# -timeout: an input that takes longer than 10 s is a hang or a quadratic scan;
# -rss_limit_mb: more than 2 GiB for one small input is a finding too.
exec nice "$bin" "${opts[@]}" -max_total_time="$secs" -jobs=1 -workers=1 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="artifacts/$name/" \
  "corpus/$name" "../fuzz/seeds/$name"
