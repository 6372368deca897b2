#!/usr/bin/env bash
# Hostile inputs through the built binary: hostile_test.sh CLAIMS_BIN SOURCE_DIR CASE
# Big inputs are generated here, at test time, into a temporary folder.
set -u
bin=$(realpath "$1") src=$(realpath "$2") case=$3
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$src" || exit 1
fail() { echo "FAIL [$case]: $*" >&2; exit 1; }
expect_code() {  # expect_code WANT GOT what
  [ "$1" = "$2" ] || fail "$3: exit code $2, want $1"
}
export CLAIMS_RULES=$src/rules
good1=corpus/001_1221e1e9ff6ea553.txt
good2=corpus/004_e8bf346bd845b61e.txt

# Every line of $1 is one JSON object with the record's 14 fields.
all_json() {
  python3 - "$1" <<'PY'
import json, sys
n = 0
with open(sys.argv[1], "rb") as f:
    for raw in f:
        assert raw.endswith(b"\n"), "line without newline"
        r = json.loads(raw)
        assert isinstance(r, dict) and len(r) == 14, raw[:200]
        n += 1
print(n, "records, all valid JSON")
PY
}

case $case in
folder)
  # All hostile cases and two good articles (one in a subfolder) in one folder.
  d=$tmp/in
  mkdir -p "$d/sub" "$d/locked"
  cp "$good1" "$d/good1.txt"
  cp "$good2" "$d/sub/good2.txt"
  : >"$d/empty.txt"
  printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$d/binary.txt"
  printf 'caf\xc3( \xff\xfe bad bytes\n' >"$d/bad_utf8.txt"
  { printf '\xef\xbb\xbf'; sed 's/$/\r/' corpus/002_98d809ffcf7d910d.txt; } >"$d/bom_crlf.txt"
  printf 'text with a \0 NUL byte\n' >"$d/nul.txt"
  python3 - "$d" <<'PY'
import sys
d = sys.argv[1]
open(d + "/quotes.txt", "w").write('"' * 2_000_000)
open(d + "/long_line.txt", "w").write("word " * 2_000_000)
open(d + "/unclosed.txt", "w").write('Lavrov said "this quote never closes ' * 50_000)
PY
  ln -s .. "$d/sub/loop"                        # folder loop
  ln -s "$d/b_loop.txt" "$d/a_loop.txt"          # file loop
  ln -s "$d/a_loop.txt" "$d/b_loop.txt"
  mkfifo "$d/fifo.txt"                           # nobody writes to it
  ln -s /dev/zero "$d/zero.txt"                  # endless device
  echo "hidden" >"$d/locked/inside.txt"
  echo "secret" >"$d/secret.txt"
  chmod 000 "$d/locked" "$d/secret.txt"
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    # root reads everything: run as nobody so the unreadable parts are unreadable.
    chmod 755 "$tmp"
    chmod -R a+rX "$d" 2>/dev/null
    chmod 000 "$d/locked" "$d/secret.txt"
    run=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    # The binary and rules must be reachable for nobody (not so in a clone under /root).
    if ! "${run[@]}" "$bin" extract "$d/good1.txt" >/dev/null 2>&1; then
      echo "note: nobody cannot run $bin here; unreadable folders and files not checked"
      run=()
      unprivileged=no
    fi
  fi
  start=$(date +%s)
  timeout 300 "${run[@]}" "$bin" extract "$d" >"$tmp/out" 2>"$tmp/err"
  code=$?
  [ "$code" != 124 ] || fail "hung (killed by timeout)"
  expect_code 1 $code "hostile folder"
  echo "hostile folder took $(($(date +%s) - start)) s"
  all_json "$tmp/out" || fail "stdout is not JSON Lines"
  # Both good articles' claims are all there.
  "$bin" extract "$d/good1.txt" "$d/sub/good2.txt" >"$tmp/good" 2>/dev/null
  [ "$(grep -c . "$tmp/good")" -gt 0 ] || fail "good articles give no claims"
  grep -q "good1.txt" "$tmp/good" && grep -q "good2.txt" "$tmp/good" || fail "one good article gives nothing"
  while IFS= read -r line; do
    grep -qxF -- "$line" "$tmp/out" || fail "good claim lost: $line"
  done <"$tmp/good"
  # The BOM + CRLF copy of an article is a good document too.
  [ "$(grep -c '"doc":"[^"]*bom_crlf.txt"' "$tmp/out")" -eq \
    "$("$bin" extract corpus/002_98d809ffcf7d910d.txt | grep -c .)" ] || fail "BOM/CRLF article lost claims"
  # The problems are named, one line each; FIFOs, devices and loops are skipped silently.
  grep -q "^claims: $d/binary.txt: " "$tmp/err" || fail "binary file not named: $(cat "$tmp/err")"
  grep -q "^claims: $d/bad_utf8.txt: invalid UTF-8 at byte 3$" "$tmp/err" || fail "utf8: $(cat "$tmp/err")"
  grep -q "^claims: $d/nul.txt: binary file (NUL byte at 12)$" "$tmp/err" || fail "nul: $(cat "$tmp/err")"
  if [ "${unprivileged:-yes}" = yes ]; then
    grep -q "^claims: $d/locked: cannot read folder: Permission denied$" "$tmp/err" ||
      fail "unreadable folder: $(cat "$tmp/err")"
    grep -q "^claims: $d/secret.txt: cannot open: Permission denied$" "$tmp/err" ||
      fail "unreadable file: $(cat "$tmp/err")"
  fi
  grep -v "^claims: $d/[a-z_0-9./]*: " "$tmp/err" && fail "stray stderr lines"
  grep -E "fifo|zero|loop|empty|quotes|long_line|unclosed|good" "$tmp/err" && fail "reported a good or skipped input"
  grep -q $'\r' "$tmp/err" && fail "progress line on a stderr that is not a terminal"
  # --output is atomic and equal to stdout, also when some inputs fail.
  mkdir -m 777 "$tmp/o"
  timeout 300 "${run[@]}" "$bin" extract --output "$tmp/o/o.jsonl" "$d" 2>/dev/null
  expect_code 1 $? "--output"
  cmp -s "$tmp/o/o.jsonl" "$tmp/out" || fail "--output differs from stdout"
  ls -A "$tmp/o" | grep -q '\.tmp\.' && fail "temporary file left behind"
  # --stats: one summary line, and only then.
  timeout 300 "${run[@]}" "$bin" extract --stats "$d" 2>"$tmp/err2" >/dev/null
  want='^11 documents, [0-9]+ claims, 5 failed, [0-9.]+ MB/s$'
  [ "${unprivileged:-yes}" = yes ] || want='^12 documents, [0-9]+ claims, 3 failed, [0-9.]+ MB/s$'
  tail -n 1 "$tmp/err2" | grep -Eq "$want" ||
    fail "--stats: $(tail -n 1 "$tmp/err2")"
  ;;
head)
  # `claims extract corpus/ | head -n1`: one record, nothing on stderr, exit 0.
  out=$( { "$bin" extract corpus/ 2>"$tmp/err"; echo $? >"$tmp/code"; } | head -n 1)
  [ -n "$out" ] || fail "no first line"
  [ ! -s "$tmp/err" ] || fail "stderr: $(cat "$tmp/err")"
  [ "$(cat "$tmp/code")" = 0 ] || fail "exit $(cat "$tmp/code")"
  # Many documents, so the writer surely meets the closed pipe (EPIPE).
  args=(); for i in $(seq 1 300); do args+=(corpus/); done
  for fmt in jsonl json; do
    out=$( { "$bin" extract --format $fmt "${args[@]}" 2>"$tmp/err"; echo $? >"$tmp/code"; } | head -c 100)
    [ -n "$out" ] || fail "$fmt: no output"
    [ ! -s "$tmp/err" ] || fail "$fmt: stderr: $(cat "$tmp/err")"
    [ "$(cat "$tmp/code")" = 0 ] || fail "$fmt: exit $(cat "$tmp/code")"
  done
  "$bin" to-jsonl "${args[@]}" 2>"$tmp/err" | head -c 10 >/dev/null
  [ ! -s "$tmp/err" ] || fail "to-jsonl: stderr: $(cat "$tmp/err")"
  ;;
quiet)
  # Quiet on success like other filters; --stats adds exactly one summary line.
  "$bin" extract corpus >/dev/null 2>"$tmp/err" || fail "run"
  [ ! -s "$tmp/err" ] || fail "stderr on success: $(cat "$tmp/err")"
  "$bin" extract --stats corpus >/dev/null 2>"$tmp/err" || fail "--stats run"
  [ "$(wc -l <"$tmp/err")" = 1 ] || fail "--stats lines: $(cat "$tmp/err")"
  grep -Eq '^5 documents, [0-9]+ claims, 0 failed, [0-9.]+ MB/s$' "$tmp/err" || fail "$(cat "$tmp/err")"
  # On a terminal a long run may show progress, but it is wiped at the end.
  if command -v script >/dev/null; then
    script -qec "$bin extract corpus >/dev/null" /dev/null >"$tmp/tty" 2>&1 || fail "tty run"
    tr -d '\r' <"$tmp/tty" | sed 's/\x1b\[K//g' | grep -q . && fail "tty leftovers: $(cat -v "$tmp/tty")"
  fi
  ;;
max_doc_size)
  mkdir "$tmp/in"
  cp "$good2" "$tmp/in/small.txt"
  head -c 5000 /dev/zero | tr '\0' 'x' >"$tmp/in/big.txt"
  "$bin" extract --max-doc-size 4000 "$tmp/in" >"$tmp/out" 2>"$tmp/err"
  expect_code 1 $? "oversized document"
  grep -qx "claims: $tmp/in/big.txt: document larger than --max-doc-size (5000 > 4000 bytes)" "$tmp/err" ||
    fail "message: $(cat "$tmp/err")"
  grep -q small.txt "$tmp/out" || fail "small document lost"
  "$bin" extract --max-doc-size 4000 - <"$tmp/in/big.txt" >/dev/null 2>"$tmp/err"
  expect_code 1 $? "oversized stdin"
  grep -q "^claims: -: document larger than --max-doc-size" "$tmp/err" || fail "stdin: $(cat "$tmp/err")"
  for bad in 0 -1 4294967296 lots; do
    "$bin" extract --max-doc-size "$bad" corpus >/dev/null 2>&1
    expect_code 2 $? "--max-doc-size $bad"
  done
  ;;
write_error)
  # A full disk is a clear error (exit 2), not an abort, whatever the number of threads.
  [ -w /dev/full ] || { echo "no /dev/full: skipped"; echo "ok [$case]"; exit 0; }
  args=(); for i in $(seq 1 300); do args+=(corpus/); done
  for jobs in 1 2 4; do
    "$bin" extract --jobs $jobs "${args[@]}" >/dev/full 2>"$tmp/err"
    expect_code 2 $? "--jobs $jobs into /dev/full"
    grep -qx "claims: cannot write stdout: No space left on device" "$tmp/err" ||
      fail "--jobs $jobs: $(cat "$tmp/err")"
  done
  ;;
rules_budget)
  # A rules folder with a pattern that would need huge memory: refused at start-up,
  # with file:line, quickly and in bounded memory.
  mkdir "$tmp/rules"; cp rules/*.json "$tmp/rules/"
  python3 - "$tmp/rules/boilerplate.json" <<'PY'
import json, re, sys
path = sys.argv[1]
text = open(path).read()
entry = '{"id": "bomb", "pattern": "\\\\pL{1000}", "example": "a"},'
text = text.replace('"lines": [', '"lines": [\n    ' + entry, 1)
open(path, "w").write(text)
PY
  python3 - "$bin" "$tmp" <<'PY' || fail "bounded start-up failed"
import resource, subprocess, sys
bin, tmp = sys.argv[1], sys.argv[2]
p = subprocess.run([bin, "extract", "--rules", tmp + "/rules", "corpus"], capture_output=True,
                   timeout=60)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
err = p.stderr.decode()
print("exit", p.returncode, "max RSS KiB", rss, err.strip())
assert p.returncode == 2 and not p.stdout, "must not start"
assert "boilerplate.json:" in err and ": bomb: pattern does not compile: pattern too large" in err, err
assert rss < 500 * 1024, rss
PY
  ;;
*)
  fail "unknown case"
  ;;
esac
echo "ok [$case]"
