#!/usr/bin/env bash
# Scale-out checks of the built binary: scale_test.sh CLAIMS_BIN SOURCE_DIR CASE
# JSON Lines input, sharding, GNU parallel, and the tested commands of docs/scale-out.md.
set -u
bin=$(realpath "$1") src=$(realpath "$2") case=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src" || exit 1
fail() { echo "FAIL [$case]: $*" >&2; exit 1; }
expect_code() {  # expect_code WANT GOT what
  [ "$1" = "$2" ] || fail "$3: exit code $2, want $1"
}
export CLAIMS_RULES=$src/rules

case $case in
jsonl_stdin)
  # The sample corpus as JSON Lines on stdin gives the very records of the files.
  "$bin" extract corpus >"$tmp/files.jsonl" || fail "file run"
  [ -s "$tmp/files.jsonl" ] || fail "no records from the corpus"
  "$bin" to-jsonl corpus >"$tmp/corpus.jsonl" || fail "to-jsonl"
  [ "$(wc -l <"$tmp/corpus.jsonl")" -eq "$(ls corpus | wc -l)" ] || fail "one line per article"
  "$bin" extract --input-format jsonl - <"$tmp/corpus.jsonl" >"$tmp/stdin.jsonl" 2>"$tmp/err" ||
    fail "jsonl stdin run: $(cat "$tmp/err")"
  cmp "$tmp/files.jsonl" "$tmp/stdin.jsonl" || fail "JSONL on stdin differs from the files"
  [ ! -s "$tmp/err" ] || fail "stderr not quiet: $(cat "$tmp/err")"
  "$bin" extract --input-format jsonl --jobs 3 "$tmp/corpus.jsonl" >"$tmp/file3.jsonl" || fail "file"
  cmp "$tmp/files.jsonl" "$tmp/file3.jsonl" || fail "JSONL file with --jobs 3 differs"
  # Folders of .jsonl files are walked like folders of articles.
  mkdir -p "$tmp/dir/sub"
  head -n 2 "$tmp/corpus.jsonl" >"$tmp/dir/a.jsonl"
  tail -n +3 "$tmp/corpus.jsonl" >"$tmp/dir/sub/b.ndjson"
  echo '{"id":"ignored","text":"not a jsonl name"}' >"$tmp/dir/c.txt"
  "$bin" extract --input-format jsonl "$tmp/dir" >"$tmp/dir.jsonl" || fail "folder"
  cmp "$tmp/files.jsonl" "$tmp/dir.jsonl" || fail "JSONL folder differs"
  ;;
jsonl_malformed)
  "$bin" to-jsonl corpus >"$tmp/corpus.jsonl"
  {
    sed -n 1,2p "$tmp/corpus.jsonl"
    echo '{"id": "broken", "text": "unterminated'
    echo ''
    echo '[1, 2]'
    echo '{"id": "no-text"}'
    printf '{"id":"bad-utf8","text":"caf\xc3("}\n'
    echo '{"id":"nul","text":"a\u0000b"}'
    echo '{"id":"d","text":"x","date":"Jan 27"}'
    sed -n '3,$p' "$tmp/corpus.jsonl"
  } >"$tmp/mixed.jsonl"
  "$bin" extract --input-format jsonl "$tmp/mixed.jsonl" >"$tmp/out" 2>"$tmp/err"
  expect_code 1 $? "malformed lines"
  want="claims: $tmp/mixed.jsonl:3: not JSON at byte
claims: $tmp/mixed.jsonl:5: not a JSON object
claims: $tmp/mixed.jsonl:6: missing \"text\"
claims: $tmp/mixed.jsonl:7: not JSON at byte
claims: $tmp/mixed.jsonl:8: text: binary file (NUL byte at 1)
claims: $tmp/mixed.jsonl:9: \"date\" must be YYYY-MM-DD, got \"Jan 27\""
  [ "$(sed 's/\(not JSON at byte\) .*/\1/' "$tmp/err")" = "$want" ] || fail "stderr: $(cat "$tmp/err")"
  "$bin" extract corpus >"$tmp/files.jsonl"
  cmp "$tmp/out" "$tmp/files.jsonl" || fail "good documents lost or reordered"
  # On stdin the place is stdin:LINE.
  printf '{"id":"a","text":"ok"}\nnope\n' | "$bin" extract --input-format jsonl - 2>"$tmp/err" >/dev/null
  expect_code 1 $? "stdin malformed"
  grep -q '^claims: stdin:2: not JSON at byte' "$tmp/err" || fail "stdin place: $(cat "$tmp/err")"
  # A line longer than 3 x --max-doc-size + 64 KiB is skipped without being kept.
  python3 -c 'print("{\"id\":\"big\",\"text\":\"" + "x" * 300000 + "\"}"); print("{\"id\":\"small\",\"text\":\"ok\"}")' |
    "$bin" extract --input-format jsonl --max-doc-size 1000 - 2>"$tmp/err" >/dev/null
  expect_code 1 $? "long line"
  grep -q '^claims: stdin:1: line longer than 68536 bytes' "$tmp/err" || fail "long: $(cat "$tmp/err")"
  [ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "only the long line fails: $(cat "$tmp/err")"
  ;;
jsonl_metadata)
  # Given outlet and date win over inference and over --outlet/--date.
  f=corpus/001_1221e1e9ff6ea553.txt
  python3 - "$f" >"$tmp/meta.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
print(json.dumps({"id": "given", "text": text, "outlet": "Given Outlet", "date": "1999-12-31", "url": "https://example.org/x"}))
print(json.dumps({"id": "plain", "text": text, "outlet": None}))
PY
  "$bin" extract --input-format jsonl --outlet Flag --date 2000-01-01 "$tmp/meta.jsonl" >"$tmp/out" ||
    fail "run"
  python3 - "$tmp/out" <<'PY' || fail "metadata not applied: $(cat "$tmp/out")"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
given = [r for r in recs if r["doc"] == "given"]
plain = [r for r in recs if r["doc"] == "plain"]
assert given and plain, "records of both documents"
assert all(r["outlet"] == "Given Outlet" and r["date"] == "1999-12-31" for r in given), given
assert all(r["date"] != "1999-12-31" and r["outlet"] != "Given Outlet" for r in plain), plain
PY
  ;;
jsonl_memory_flat)
  # Peak memory does not grow with the number of lines.
  python3 - "$bin" "$tmp" <<'PY' || fail "memory grows with input"
import json, os, resource, subprocess, sys
bin, tmp = sys.argv[1], sys.argv[2]
# Under AddressSanitizer freed memory waits in a quarantine (256 MB by default) before
# it is reused, which looks like growth; measure the program, not the quarantine.
env = dict(os.environ, ASAN_OPTIONS="quarantine_size_mb=0:" + os.environ.get("ASAN_OPTIONS", ""))
text = open("corpus/004_e8bf346bd845b61e.txt", encoding="utf-8").read()
def run(n):
    path = "%s/%d.jsonl" % (tmp, n)
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({"id": "doc-%d" % i, "text": text}) + "\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(path) as stdin:
        p = subprocess.run([bin, "extract", "--input-format", "jsonl", "--jobs", "2", "-"],
                           stdin=stdin, stdout=subprocess.DEVNULL, check=True, env=env)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
small = run(200)    # each run's peak; ru_maxrss of children is the largest so far
large = run(8000)   # 40 x the lines (about 18 MB)
print("max RSS KiB: 200 lines %d, 8000 lines %d" % (small, large))
assert large < small + 16 * 1024, "peak grew by %d KiB" % (large - small)
PY
  ;;
shard_parallel)
  # GNU parallel runs three shards; their union equals the single run line for line.
  command -v parallel >/dev/null || fail "GNU parallel is not installed (scripts/bootstrap)"
  "$bin" extract corpus | sort >"$tmp/single.sorted"
  [ -s "$tmp/single.sorted" ] || fail "no records"
  parallel --will-cite "$bin" extract --jobs 1 --shard {}/3 corpus/ '>' "$tmp/shard.{}.jsonl" ::: 1 2 3 ||
    fail "parallel run failed"
  sort "$tmp"/shard.*.jsonl >"$tmp/union.sorted"
  cmp "$tmp/single.sorted" "$tmp/union.sorted" || fail "union of shards differs from the single run"
  # No document is in two shards; with the corpus named differently the split changes
  # but still covers it once.
  for k in 1 2 3; do jq -r .doc "$tmp/shard.$k.jsonl" | sort -u; done | sort | uniq -d >"$tmp/dup"
  [ ! -s "$tmp/dup" ] || fail "documents in two shards: $(cat "$tmp/dup")"
  # JSON Lines shards split by id, also read from stdin.
  "$bin" to-jsonl corpus >"$tmp/corpus.jsonl"
  parallel --will-cite "$bin" extract --jobs 1 --input-format jsonl --shard {}/3 - \
    '<' "$tmp/corpus.jsonl" '>' "$tmp/jshard.{}.jsonl" ::: 1 2 3 || fail "jsonl shards"
  sort "$tmp"/jshard.*.jsonl | cmp - "$tmp/single.sorted" || fail "JSONL shards differ"
  # Shard 1/1 is everything.
  "$bin" extract --shard 1/1 corpus | sort | cmp - "$tmp/single.sorted" || fail "1/1"
  # A malformed line is reported by exactly one shard.
  printf '{"id":"a","text":"fine"}\nbroken line\n' >"$tmp/bad.jsonl"
  n=0
  for k in 1 2 3; do
    "$bin" extract --input-format jsonl --shard $k/3 "$tmp/bad.jsonl" >/dev/null 2>>"$tmp/bad.err"
  done
  [ "$(grep -c 'bad.jsonl:2: not JSON' "$tmp/bad.err")" -eq 1 ] || fail "reported $(cat "$tmp/bad.err")"
  ;;
shard_usage)
  for bad in 0/3 4/3 x 1/0 3 /3 1/ -1/3 2/3x; do
    "$bin" extract --shard "$bad" corpus >"$tmp/out" 2>"$tmp/err"
    expect_code 2 $? "--shard $bad"
    grep -q -- "--shard" "$tmp/err" || fail "--shard $bad: no message: $(cat "$tmp/err")"
    [ ! -s "$tmp/out" ] || fail "--shard $bad wrote output"
  done
  "$bin" extract --input-format xml corpus >/dev/null 2>&1
  expect_code 2 $? "--input-format xml"
  "$bin" extract --help | grep -q -- "--shard" || fail "--shard not in help"
  ;;
to_jsonl)
  mkdir -p "$tmp/in/sub"
  printf 'He said \xe2\x80\x9cfine\xe2\x80\x9d.\r\n' >"$tmp/in/a.txt"
  printf 'bad \xff\n' >"$tmp/in/b.txt"
  printf 'bin\0ary' >"$tmp/in/sub/c.txt"
  printf 'second\n' >"$tmp/in/sub/d.md"
  "$bin" to-jsonl "$tmp/in" >"$tmp/out" 2>"$tmp/err"
  expect_code 1 $? "bad files"
  grep -q "^claims: $tmp/in/b.txt: invalid UTF-8" "$tmp/err" || fail "utf8: $(cat "$tmp/err")"
  grep -q "^claims: $tmp/in/sub/c.txt: binary file" "$tmp/err" || fail "bin: $(cat "$tmp/err")"
  python3 - "$tmp" <<'PY' || fail "to-jsonl output: $(cat "$tmp/out")"
import json, sys
t = sys.argv[1]
docs = [json.loads(l) for l in open(t + "/out", encoding="utf-8")]
assert [d["id"] for d in docs] == [t + "/in/a.txt", t + "/in/sub/d.md"], docs
assert docs[0]["text"] == open(t + "/in/a.txt", encoding="utf-8", newline="").read()
PY
  "$bin" to-jsonl --outlet TASS --date 2022-01-27 "$tmp/in/a.txt" | grep -q '"outlet":"TASS","date":"2022-01-27"}$' ||
    fail "--outlet/--date"
  "$bin" to-jsonl --date yesterday "$tmp/in/a.txt" >/dev/null 2>&1
  expect_code 2 $? "bad --date"
  "$bin" to-jsonl --output "$tmp/o.jsonl" corpus || fail "--output"
  "$bin" to-jsonl corpus | cmp - "$tmp/o.jsonl" || fail "--output differs"
  ;;
sections)
  # A document read in sections gives the very records of the whole document: the
  # sample articles and the test cases cut every few kilobytes, and a long document
  # made of articles one after the other, for any --jobs and both output formats.
  articles=(corpus/*.txt tests/cases/*/article.txt)
  for f in "${articles[@]}"; do "$bin" extract "$f"; done >"$tmp/whole.jsonl"
  [ -s "$tmp/whole.jsonl" ] || fail "no records"
  for size in 3000 8000; do
    for f in "${articles[@]}"; do "$bin" extract --section-size $size "$f"; done >"$tmp/cut.jsonl"
    cmp "$tmp/whole.jsonl" "$tmp/cut.jsonl" || fail "--section-size $size differs"
  done
  # Articles whose reader comments would swallow every article after them are left out.
  for f in "${articles[@]}"; do
    "$bin" segment "$f" | grep -q '"kind":"comment"' && continue
    for i in 1 2 3 4 5 6; do cat "$f" && printf '\n\n'; done
  done >"$tmp/long.txt"
  "$bin" extract "$tmp/long.txt" >"$tmp/long_whole.jsonl" || fail "long document"
  [ "$(wc -l <"$tmp/long_whole.jsonl")" -gt 100 ] || fail "too few records in the long document"
  "$bin" extract corpus >"$tmp/whole_corpus.jsonl" || fail "corpus"
  cat "$tmp/whole_corpus.jsonl" "$tmp/long_whole.jsonl" "$tmp/whole_corpus.jsonl" \
    >"$tmp/mixed_whole.jsonl"
  for jobs in 1 2; do
    "$bin" extract --jobs $jobs --section-size 20000 corpus "$tmp/long.txt" corpus \
      >"$tmp/mixed_cut.jsonl" || fail "sections with --jobs $jobs"
    cmp "$tmp/mixed_whole.jsonl" "$tmp/mixed_cut.jsonl" || fail "--jobs $jobs: sections differ"
  done
  "$bin" extract --format json corpus "$tmp/long.txt" >"$tmp/whole.json" || fail "json"
  "$bin" extract --format json --section-size 20000 corpus "$tmp/long.txt" >"$tmp/cut.json" ||
    fail "json sections"
  cmp "$tmp/whole.json" "$tmp/cut.json" || fail "--format json: sections differ"
  jq -e 'length > 100' "$tmp/cut.json" >/dev/null || fail "not one JSON array"
  # Reader comments that begin in one section go on in the next ones: everything after
  # the first article with comments is comments, read in sections on any threads.
  with_comments=""
  for f in "${articles[@]}"; do
    "$bin" segment "$f" | grep -q '"kind":"comment"' && with_comments=$f && break
  done
  [ -n "$with_comments" ] || fail "no sample article with reader comments"
  { cat "$with_comments" && printf '\n\n' && cat "$tmp/long.txt"; } >"$tmp/commented.txt"
  "$bin" extract "$tmp/commented.txt" >"$tmp/commented_whole.jsonl" || fail "commented"
  "$bin" extract "$with_comments" | sed "s|\"doc\":\"[^\"]*\"|\"doc\":\"X\"|" |
    jq -c 'del(.id)' >"$tmp/alone.jsonl"
  sed "s|\"doc\":\"[^\"]*\"|\"doc\":\"X\"|" "$tmp/commented_whole.jsonl" | jq -c 'del(.id)' |
    cmp - "$tmp/alone.jsonl" || fail "claims read from reader comments"
  for jobs in 1 2 3; do
    "$bin" extract --jobs $jobs --section-size 3000 "$tmp/commented.txt" |
      cmp - "$tmp/commented_whole.jsonl" || fail "commented, --jobs $jobs: sections differ"
  done
  # Spans of a later section are offsets in the whole document.
  last=$(tail -n 1 "$tmp/mixed_cut.jsonl" | jq -r '.doc')
  [ "$last" != "$tmp/long.txt" ] || fail "order"
  span=$(grep -F "\"doc\":\"$tmp/long.txt\"" "$tmp/mixed_cut.jsonl" | tail -n 1 | jq -r '.span[0]')
  [ "$span" -gt 100000 ] || fail "span of the long document's last record: $span"
  ;;
docs)
  # Runs every block marked `<!-- tested: NAME -->` in docs/scale-out.md, in order, in
  # one folder holding corpus/ and rules/, with claims on the PATH and stand-ins for
  # remote machines (HOSTS=:), HDFS, Hadoop and Spark (tests/cli/fakes).
  for tool in parallel jq python3; do command -v $tool >/dev/null || fail "$tool not installed"; done
  work="$tmp/work"
  mkdir -p "$work/bin" "$tmp/hdfs" "$tmp/home/.parallel"
  touch "$tmp/home/.parallel/will-cite"
  ln -s "$bin" "$work/bin/claims"
  cp -r corpus rules "$work/"
  awk -v dir="$tmp/blocks" '
    /^<!-- tested: / { name = $3; n++; next }
    name != "" && /^```sh$/ { file = sprintf("%s/%02d-%s.sh", dir, n, name); inblock = 1; next }
    inblock && /^```$/ { inblock = 0; name = ""; next }
    inblock { print > file }
  ' <(mkdir -p "$tmp/blocks"; cat docs/scale-out.md)
  count=$(ls "$tmp/blocks" | wc -l)
  [ "$count" -ge 9 ] || fail "only $count tested blocks found"
  for block in "$tmp"/blocks/*.sh; do
    (cd "$work" &&
      HOME="$tmp/home" PATH="$work/bin:$src/tests/cli/fakes:$PATH" HOSTS=: \
        FAKE_HDFS="$tmp/hdfs" HADOOP_HOME="$tmp/hadoop" \
        bash -euo pipefail "$block") >"$tmp/block.out" 2>&1 ||
      fail "$(basename "$block") failed: $(cat "$tmp/block.out")"
    echo "ok $(basename "$block")"
  done
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case]"
