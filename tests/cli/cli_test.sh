#!/usr/bin/env bash
# CLI checks of the built binary: cli_test.sh CLAIMS_BIN SOURCE_DIR CASE
set -u
bin=$(realpath "$1") src=$(realpath "$2") case=$3
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$src" || exit 1
fail() { echo "FAIL [$case]: $*" >&2; exit 1; }
expect_code() {  # expect_code WANT GOT what
  [ "$1" = "$2" ] || fail "$3: exit code $2, want $1"
}

case $case in
version)
  out=$("$bin" --version) || fail "--version failed"
  [[ $out =~ ^claims\ [0-9]+\.[0-9]+\.[0-9]+\ \(schema_version\ [0-9]+\)$ ]] || fail "got '$out'"
  ;;
help)
  for sub in "" extract segment; do
    out=$("$bin" $sub --help) || fail "$sub --help failed"
    grep -q "Usage" <<<"$out" || fail "$sub --help has no usage"
  done
  "$bin" extract --help | grep -q "Examples:" || fail "extract --help has no example"
  "$bin" >/dev/null 2>&1; expect_code 2 $? "no subcommand"
  "$bin" extract --bogus corpus >/dev/null 2>&1; expect_code 2 $? "unknown flag"
  ;;
missing_path)
  "$bin" extract /no/such/path corpus/001_1221e1e9ff6ea553.txt >"$tmp/out" 2>"$tmp/err"
  expect_code 1 $? "missing path"
  grep -qx "claims: /no/such/path: no such file or folder" "$tmp/err" || fail "stderr: $(cat "$tmp/err")"
  [ -s "$tmp/out" ] || fail "the good document produced nothing"
  ;;
bad_utf8_and_binary)
  mkdir "$tmp/in"
  cp corpus/004_e8bf346bd845b61e.txt "$tmp/in/a.txt"
  printf 'bad \xff byte\n' >"$tmp/in/b.txt"
  printf 'bin\0ary\n' >"$tmp/in/c.txt"
  "$bin" extract "$tmp/in" >"$tmp/out" 2>"$tmp/err"
  expect_code 1 $? "bad inputs"
  grep -q "^claims: $tmp/in/b.txt: invalid UTF-8 at byte 4$" "$tmp/err" || fail "utf8: $(cat "$tmp/err")"
  grep -q "^claims: $tmp/in/c.txt: binary file" "$tmp/err" || fail "binary: $(cat "$tmp/err")"
  [ "$(wc -l <"$tmp/err")" -eq 2 ] || fail "one line per problem: $(cat "$tmp/err")"
  grep -q '"doc":"'"$tmp"'/in/a.txt"' "$tmp/out" || fail "good document lost"
  ;;
jobs_identical)
  "$bin" extract --jobs 1 corpus >"$tmp/1" || fail "jobs 1"
  "$bin" extract --jobs 2 corpus >"$tmp/2" || fail "jobs 2"
  "$bin" extract --jobs 7 corpus corpus corpus >"$tmp/7" || fail "jobs 7"
  "$bin" extract --jobs 1 corpus corpus corpus >"$tmp/1x3" || fail "jobs 1 x3"
  cmp -s "$tmp/1" "$tmp/2" || fail "--jobs 1 and 2 differ"
  cmp -s "$tmp/7" "$tmp/1x3" || fail "--jobs 7 and 1 differ"
  [ "$(wc -l <"$tmp/1")" -ge 20 ] || fail "fewer than 20 records"
  ;;
output_atomic)
  "$bin" extract --output "$tmp/o.jsonl" corpus || fail "--output"
  "$bin" extract corpus >"$tmp/stdout.jsonl"
  cmp -s "$tmp/o.jsonl" "$tmp/stdout.jsonl" || fail "--output differs from stdout"
  ls -A "$tmp" | grep -q '\.tmp\.' && fail "temporary file left behind"
  # A failed run (rules error) leaves an existing output untouched.
  echo keep >"$tmp/k.jsonl"
  "$bin" extract --rules /no/rules --output "$tmp/k.jsonl" corpus 2>/dev/null
  [ "$(cat "$tmp/k.jsonl")" = keep ] || fail "existing output clobbered"
  # An output folder that does not exist is a start-up error.
  "$bin" extract --output "$tmp/no/dir/o.jsonl" corpus 2>"$tmp/err"
  expect_code 2 $? "bad output folder"
  grep -q "cannot write" "$tmp/err" || fail "no message for bad output"
  ;;
json_format)
  "$bin" extract --format json corpus >"$tmp/a.json" || fail "json"
  "$bin" extract --format json --pretty corpus >"$tmp/p.json" || fail "pretty"
  "$bin" extract corpus >"$tmp/l.jsonl"
  python3 - "$tmp" <<'PY' || fail "json outputs disagree"
import json, sys
t = sys.argv[1]
a = json.load(open(t + "/a.json")); p = json.load(open(t + "/p.json"))
l = [json.loads(x) for x in open(t + "/l.jsonl")]
assert a == p == l, "differ"
keys = ["id","doc","speaker","mention","role","claim","type","cue","date","said_on","outlet","via","span","rule"]
assert all(list(r.keys()) == keys for r in l), "field order"
PY
  "$bin" extract --format json "$tmp/nothing-here" 2>/dev/null >"$tmp/e.json"
  python3 -c "import json,sys; assert json.load(open('$tmp/e.json')) == []" || fail "empty array"
  ;;
closed_pipe)
  big="$tmp/big"; mkdir "$big"
  for i in $(seq 1 200); do cp corpus/002_98d809ffcf7d910d.txt "$big/$i.txt"; done
  out=$("$bin" extract --jobs 2 "$big" 2>"$tmp/err" | head -n 1)
  [ -n "$out" ] || fail "no first line"
  [ ! -s "$tmp/err" ] || fail "stderr not quiet: $(cat "$tmp/err")"
  ;;
stdin)
  "$bin" extract - <corpus/001_1221e1e9ff6ea553.txt >"$tmp/s" || fail "stdin"
  "$bin" extract corpus/001_1221e1e9ff6ea553.txt >"$tmp/f" || fail "file"
  sed 's/"doc":"[^"]*"//; s/"id":"[^"]*"//' "$tmp/s" >"$tmp/s2"
  sed 's/"doc":"[^"]*"//; s/"id":"[^"]*"//' "$tmp/f" >"$tmp/f2"
  cmp -s "$tmp/s2" "$tmp/f2" || fail "stdin and file differ"
  grep -q '"doc":"-"' "$tmp/s" || fail "stdin doc name"
  ;;
rules_error)
  mkdir "$tmp/rules"; cp rules/*.json "$tmp/rules/"
  printf '{\n "abbreviations": [\n' >"$tmp/rules/abbreviations.json"
  "$bin" extract --rules "$tmp/rules" corpus >"$tmp/out" 2>"$tmp/err"
  expect_code 2 $? "broken rules"
  grep -q "abbreviations.json:3:" "$tmp/err" || fail "no file:line: $(cat "$tmp/err")"
  [ ! -s "$tmp/out" ] || fail "wrote output despite rule errors"
  "$bin" extract --rules /no/rules corpus >/dev/null 2>"$tmp/err"
  expect_code 2 $? "missing rules"
  ;;
glob)
  mkdir -p "$tmp/g/sub"
  cp corpus/001_1221e1e9ff6ea553.txt "$tmp/g/a.txt"
  cp corpus/004_e8bf346bd845b61e.txt "$tmp/g/sub/b.news"
  n_default=$("$bin" extract "$tmp/g" | grep -c '"doc"')
  n_glob=$("$bin" extract --glob '*.news' "$tmp/g" | grep -c '"doc"')
  "$bin" extract --glob '*.news' "$tmp/g" | grep -q 'a.txt' && fail "--glob did not filter"
  [ "$n_default" -gt 0 ] && [ "$n_glob" -gt 0 ] || fail "counts $n_default $n_glob"
  ;;
install_layout)
  cmake --install "$(dirname "$bin")" --prefix "$tmp/prefix" >/dev/null || fail "cmake --install"
  [ -x "$tmp/prefix/bin/claims" ] || fail "no installed binary"
  [ -f "$tmp/prefix/share/claims/rules/cues.json" ] || fail "no installed rules"
  (cd / && "$tmp/prefix/bin/claims" extract "$src/corpus" >"$tmp/inst.jsonl") || fail "installed binary"
  "$bin" extract "$src/corpus" >"$tmp/build.jsonl"
  cmp -s "$tmp/inst.jsonl" "$tmp/build.jsonl" || fail "installed output differs"
  ;;
segment_corpus)
  "$bin" segment corpus >"$tmp/seg.jsonl" || fail "segment"
  "$bin" extract corpus >"$tmp/claims.jsonl" || fail "extract"
  python3 - "$tmp" <<'PY' || fail "segmentation of the sample corpus"
import json, sys
t = sys.argv[1]
blocks = [json.loads(l) for l in open(t + "/seg.jsonl")]
claims = [json.loads(l) for l in open(t + "/claims.jsonl")]
by_doc = {}
for b in blocks:
    by_doc.setdefault(b["doc"].split("/")[-1][:3], []).append(b)
comments = [b for b in by_doc["000"] if b["kind"] == "comment"]
assert len(comments) == 4, comments
assert all(c["author"] and c["timestamp"] for c in comments), comments
assert [c["level"] for c in comments] == [0, 0, 0, 1], comments
cuts = [c for b in by_doc["002"] for c in b.get("cuts", [])]
assert any(c["text"].startswith("See also") for c in cuts), cuts
bp = [b["text"] for b in by_doc["003"] if b["kind"] == "boilerplate"]
assert sum(x.startswith("Related materials") for x in bp) == 2 and any(x.startswith("Disclaimer") for x in bp), bp
assert any(b["kind"] == "boilerplate" and b["text"] == "All news" for b in by_doc["001"])
for d in ("001", "004"):
    assert any(b["kind"] == "dateline" and "/TASS/" in b["text"] for b in by_doc[d]), d
assert any(b["kind"] == "header" and b["field"] == "date" and b["value"] == "2022-01-26" for b in by_doc["002"])
# No claim holds boilerplate or comment text.
for c in claims:
    for b in blocks:
        if b["doc"] != c["doc"]:
            continue
        s, e = b["span"]
        if b["kind"] in ("boilerplate", "comment"):
            assert c["span"][1] <= s or c["span"][0] >= e, (c["claim"], b["text"])
        for cut in b.get("cuts", []):
            assert cut["text"] not in c["claim"], c["claim"]
            assert not (c["span"][0] <= cut["span"][0] < c["span"][1] and c["span"][0] == cut["span"][0]), c
PY
  ;;
date_outlet_flags)
  printf 'Title of it\n\n"We will open the new bridge next spring," Mayor Jane Doe said.\n' >"$tmp/a.txt"
  "$bin" extract --date 2021-05-06 --outlet "Example Daily" "$tmp/a.txt" >"$tmp/o" || fail "flags"
  grep -q '"date":"2021-05-06"' "$tmp/o" || fail "--date not applied: $(cat "$tmp/o")"
  grep -q '"outlet":"Example Daily"' "$tmp/o" || fail "--outlet not applied"
  "$bin" extract "$tmp/a.txt" | grep -q '"date":null' || fail "date invented"
  for bad in 2021-13-05 2021-02-30 21-05-06 yesterday; do
    "$bin" extract --date "$bad" "$tmp/a.txt" >/dev/null 2>"$tmp/err"
    expect_code 2 $? "bad --date $bad"
    grep -q "YYYY-MM-DD" "$tmp/err" || fail "no message for --date $bad"
  done
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case]"
