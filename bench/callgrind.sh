#!/usr/bin/env bash
# Instruction counts of kehoach's whole commands (valgrind --tool=callgrind): unlike wall times they
# hardly move when other work loads the machine, so a before/after pair is comparable across runs.
# Reads the stores bench/peers/run.sh left in $WORK (kh-N.sqlite with the 30 % statuses, kh-assets).
# usage: KH=.build/release/kehoach WORK=/tmp/peers SIZES="1000 10000" bench/callgrind.sh
set -euo pipefail
KH=${KH:-$PWD/.build/release/kehoach}
WORK=${WORK:-/tmp/peers}
SIZES=${SIZES:-"1000 10000"}
PLAN=quang-nam-1; ASOF=2026-11-23
command -v valgrind >/dev/null || { echo "missing: valgrind" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Valgrind gives up on the DWARF the Swift toolchain writes ("possibly corrupted debuginfo"): count a
# copy without it (the same code; only the totals are read).
objcopy --strip-debug "$KH" "$tmp/kehoach"; KH="$tmp/kehoach"

# instructions NAME CMD... : prints one line; the command's output is discarded
instructions() {
  local name=$1; shift
  local out="$tmp/$name.cg"
  if ! valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2> "$tmp/$name.log"; then
    printf '%-8s %-22s %18s\n' "$n" "$name" "FAILED"; return
  fi
  local ir; ir=$(awk '/^(summary|totals):/ {print $2; exit}' "$out")
  printf '%-8s %-22s %18s\n' "$n" "$name" "$(printf "%'d" "$ir")"
}

printf '%-8s %-22s %18s\n' size command instructions
for n in $SIZES; do
  [ -f "$WORK/kh-$n.sqlite" ] || { echo "no $WORK/kh-$n.sqlite: run bench/peers/run.sh kh first" >&2; continue; }
  a7=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["agency7_name"])' "$WORK/meta-$n.json")
  export KEHOACH_DB="$WORK/kh-$n.sqlite" KEHOACH_ASSETS="$WORK/kh-assets"
  instructions list-agency "$KH" list "$PLAN" --agency "$a7" --as-of "$ASOF" --format json
  instructions overdue "$KH" list "$PLAN" --standing overdue --as-of "$ASOF" --format json
  instructions report "$KH" report "$PLAN" --as-of "$ASOF" --format json
  instructions export-csv "$KH" export "$PLAN" --format csv --as-of "$ASOF"
done
