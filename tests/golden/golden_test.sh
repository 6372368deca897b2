#!/usr/bin/env bash
# Golden test: `claims extract corpus/` must equal tests/golden/corpus.jsonl.
# CLAIMS_UPDATE_GOLDEN=1 rewrites the expected file instead (review the diff!).
set -u
bin=$(realpath "$1") src=$(realpath "$2")
cd "$src" || exit 1
expected=tests/golden/corpus.jsonl
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$bin" extract --rules rules corpus/ >"$actual" || { echo "extract failed"; exit 1; }
if [ "${CLAIMS_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual" "$expected"
  echo "updated $expected"
  exit 0
fi
if ! diff -u "$expected" "$actual"; then
  echo "golden output differs (expected: $expected); rerun with CLAIMS_UPDATE_GOLDEN=1 to accept"
  exit 1
fi
echo "golden ok: $(wc -l <"$actual") records"
