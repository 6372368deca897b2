#!/usr/bin/env bash
# Accuracy gate: the sample corpus scored against tests/gold/seeds.jsonl.
set -u
bin=$(realpath "$1") src=$(realpath "$2")
cd "$src" || exit 1
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" extract --rules rules corpus/ >"$out" || exit 1
report=$(python3 tests/tools/score_claims.py "$out" tests/gold/seeds.jsonl) || exit 1
echo "$report"
python3 - "$report" <<'PY'
import sys
last = sys.argv[1].strip().splitlines()[-1]
m = dict(kv.split("=") for kv in last.split())
gates = {"claim_f1": 0.95, "attributed_f1": 0.90, "speaker_acc": 0.95, "date_acc": 0.95, "outlet_acc": 1.0}
bad = [f"{k}={m[k]} < {v}" for k, v in gates.items() if float(m[k]) < v]
if int(m["dates_invented"]) > 0:
    bad.append(f"dates_invented={m['dates_invented']}")
if bad:
    print("accuracy gate failed: " + ", ".join(bad)); sys.exit(1)
print("accuracy gate passed")
PY
