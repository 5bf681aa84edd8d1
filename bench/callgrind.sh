#!/usr/bin/env bash
# Instruction counts of kehoach's whole commands (valgrind --tool=callgrind): unlike wall times they
# hardly move when other work loads the machine, so a before/after pair is comparable across runs.
# Reads the stores bench/peers/run.sh left in $WORK (kh-N.sqlite with the 30 % statuses, kh-assets).
# usage: KH=.build/release/kehoach WORK=/tmp/peers SIZES="1000 10000" [FRAMES=300] [ONLY=scroll-frame] bench/callgrind.sh
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

# count NAME CMD... : prints the command's instruction count (empty if it failed); its output is discarded
count() {
  local name=$1; shift
  local out="$tmp/$name.cg"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2> "$tmp/$name.log" || return 0
  awk '/^(summary|totals):/ {print $2; exit}' "$out"
}

# instructions NAME CMD... : prints one line
instructions() {
  local name=$1; shift
  local ir; ir=$(count "$name" "$@")
  if [ -z "$ir" ]; then printf '%-8s %-22s %18s\n' "$n" "$name" "FAILED"; return; fi
  printf '%-8s %-22s %18s\n' "$n" "$name" "$(printf "%'d" "$ir")"
}

# One frame of scrolling at 200×60: the dashboard headless (`dev first-frame`) pressing `j` $FRAMES
# times, a frame after each, less the same run without them, over $FRAMES: one key's update, the
# render of the whole screen and the row diff against the frame before.
FRAMES=${FRAMES:-300}
scroll_frame() {
  local base more
  base=$(count "frames-0-$n" "$KH" dev first-frame --plan "$PLAN" --width 200 --height 60)
  more=$(count "frames-$FRAMES-$n" "$KH" dev first-frame --plan "$PLAN" --width 200 --height 60 --scroll-frames "$FRAMES")
  if [ -z "$base" ] || [ -z "$more" ]; then printf '%-8s %-22s %18s\n' "$n" "scroll-frame" "FAILED"; return; fi
  printf '%-8s %-22s %18s\n' "$n" "scroll-frame" "$(printf "%'d" $(( (more - base) / FRAMES )))"
}

# A search as a user makes it: `/`, the word typed a letter at a time (a frame after each), Enter; less
# the same run without it. The word is the data's search word (meta-N.json), folded as the dashboard folds it.
search() {
  local base more word
  word=$(python3 -c 'import json,sys,unicodedata;w=json.load(open(sys.argv[1]))["search_word"].lower().replace("đ","d");print("".join(c for c in unicodedata.normalize("NFD",w) if not unicodedata.combining(c)))' "$WORK/meta-$n.json")
  base=$(count "frames-0-$n" "$KH" dev first-frame --plan "$PLAN" --width 200 --height 60)
  more=$(count "search-$n" "$KH" dev first-frame --plan "$PLAN" --width 200 --height 60 --search "$word")
  if [ -z "$base" ] || [ -z "$more" ]; then printf '%-8s %-22s %18s\n' "$n" "search-typed-enter" "FAILED"; return; fi
  printf '%-8s %-22s %18s\n' "$n" "search-typed-enter" "$(printf "%'d" $(( more - base )))"
}

printf '%-8s %-22s %18s\n' size command instructions
for n in $SIZES; do
  [ -f "$WORK/kh-$n.sqlite" ] || { echo "no $WORK/kh-$n.sqlite: run bench/peers/run.sh kh first" >&2; continue; }
  a7=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["agency7_name"])' "$WORK/meta-$n.json")
  export KEHOACH_DB="$WORK/kh-$n.sqlite" KEHOACH_ASSETS="$WORK/kh-assets"
  if [ "${ONLY:-}" = scroll-frame ]; then scroll_frame; continue; fi
  instructions list-agency "$KH" list "$PLAN" --agency "$a7" --as-of "$ASOF" --format json
  instructions overdue "$KH" list "$PLAN" --standing overdue --as-of "$ASOF" --format json
  instructions report "$KH" report "$PLAN" --as-of "$ASOF" --format json
  instructions export-csv "$KH" export "$PLAN" --format csv --as-of "$ASOF"
  instructions export-yaml "$KH" export "$PLAN" --format yaml
  scroll_frame
  search
done
