#!/usr/bin/env bash
# Named end-to-end cases: each tests/cases/<id>/ holds article.txt and expected.jsonl.
# CLAIMS_UPDATE_GOLDEN=1 rewrites the expected files instead (review the diff!).
set -u
bin=$(realpath "$1") src=$(realpath "$2")
cd "$src/tests/cases" || exit 1
fails=0 n=0
for dir in */; do
  id=${dir%/}
  [ -f "$id/article.txt" ] || continue
  n=$((n + 1))
  actual=$("$bin" extract --rules "$src/rules" "$id/article.txt")
  if [ "${CLAIMS_UPDATE_GOLDEN:-}" = 1 ]; then
    printf '%s\n' "$actual" | sed '/^$/d' >"$id/expected.jsonl"
    continue
  fi
  if ! diff -u "$id/expected.jsonl" <(printf '%s\n' "$actual" | sed '/^$/d') >"/tmp/claims_case_$$"; then
    echo "case $id differs:"
    cat "/tmp/claims_case_$$"
    fails=$((fails + 1))
  fi
done
rm -f "/tmp/claims_case_$$"
[ "$n" -gt 0 ] || { echo "no cases found"; exit 1; }
echo "$((n - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
