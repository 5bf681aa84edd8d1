#!/usr/bin/env bash
# The dashboard rows of run.sh alone — first screen, 50 × j (from the top, then scrolling), search a
# word and an absent word in tmux at 200×60 — kehoach and VisiData interleaved round by round, on the
# data a full run.sh left in $WORK (tasks-N.csv, kh-N.sqlite, meta-N.json, vd_tmux.py, kh-assets).
# Its own tmux server, so it does not meet a run.sh going on beside it. Ends with a side-by-side table.
# usage: KH=.build/release/kehoach WORK=/tmp/peers SIZES="1000 10000 100000" RUNS=3 bench/peers/dash-rows.sh
#   KH_BEFORE=path: an older binary in the same rounds (a "before" column, same load as the "after")
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
KH=${KH:-$PWD/.build/release/kehoach}
KH_BEFORE=${KH_BEFORE:-}
WORK=${WORK:-/tmp/peers}
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-3}
PLAN=quang-nam-1; ASOF=2026-11-23
export PEERS_TMUX_SOCKET=${PEERS_TMUX_SOCKET:-peers-dash}
RES="$WORK/dash-rows-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$RES"
# The VisiData driver as run.sh writes it (its heredoc), pointed at our tmux server.
sed -n "/^cat > \"\$WORK\/vd_tmux.py\" <<'PY'\$/,/^PY\$/p" "$HERE/run.sh" | sed '1d;$d' \
  | sed "s/\"-L\", \"peers\"/\"-L\", \"$PEERS_TMUX_SOCKET\"/" > "$RES/vd_tmux.py"
grep -q -- "--scroll" "$RES/vd_tmux.py" || { echo "could not take the VisiData driver from run.sh" >&2; exit 1; }
meta() { python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$WORK/meta-$1.json" "$2"; }
for n in $SIZES; do
  [ -f "$WORK/kh-$n.sqlite" ] && [ -f "$WORK/tasks-$n.csv" ] || { echo "size $n: no data in $WORK" >&2; continue; }
  sw=$(meta "$n" search_word); aw=$(meta "$n" absent_word)
  vdf=(); khf=(); kbf=()
  kh_round() {  # BINARY OUT.json LOG
    python3 "$HERE/kh_tmux.py" "$1" "$WORK/kh-$n.sqlite" "$WORK/kh-assets" "$PLAN" "$n" --as-of "$ASOF" --runs 1 \
      --warmup 0 --search "$sw" --absent "$aw" --scroll 50 --rows-csv "$WORK/tasks-$n.csv" --json "$2" > /dev/null 2>> "$3" \
      || echo "FAILED: $1 $n round $r" >&2
  }
  for r in $(seq 0 "$RUNS"); do   # round 0: warm-up
    python3 "$RES/vd_tmux.py" "$WORK/tasks-$n.csv" "$n" --runs 1 --warmup 0 --search "$sw" --absent "$aw" \
      --scroll 50 --json "$RES/.vd-$n-$r.json" > /dev/null 2>> "$RES/vd-$n.log" || echo "FAILED: vd $n round $r" >&2
    [ -n "$KH_BEFORE" ] && kh_round "$KH_BEFORE" "$RES/.kb-$n-$r.json" "$RES/kb-$n.log"
    kh_round "$KH" "$RES/.kh-$n-$r.json" "$RES/kh-$n.log"
    [ "$r" -gt 0 ] && { vdf+=("$RES/.vd-$n-$r.json"); khf+=("$RES/.kh-$n-$r.json"); kbf+=("$RES/.kb-$n-$r.json"); }
  done
  [ -n "$KH_BEFORE" ] && python3 "$HERE/kh_tmux.py" --merge "$RES/kb-$n.json" "kehoach before in tmux 200x60 ($n tasks)" "${kbf[@]}" > "$RES/kb-$n.txt"
  python3 "$HERE/kh_tmux.py" --merge "$RES/vd-$n.json" "vd in tmux 200x60 ($n rows)" "${vdf[@]}" > "$RES/vd-$n.txt"
  python3 "$HERE/kh_tmux.py" --merge "$RES/kh-$n.json" "kehoach in tmux 200x60 ($n tasks)" "${khf[@]}" > "$RES/kh-$n.txt"
done
tmux -L "$PEERS_TMUX_SOCKET" kill-server 2>/dev/null || true
python3 - "$RES" $SIZES <<'PY' | tee "$RES/table.md"
import json, os, statistics, sys
res, sizes = sys.argv[1], sys.argv[2:]
rows = [("first rows on screen", "first_paint_s"), ("first screen, all rows counted", "loaded_s"),
        ("50 × j from the top (settled)", "scroll1_s"), ("50 × j more, view scrolls (settled)", "scroll2_s"),
        ("search a word (Enter → jump)", "search_found_s"), ("search an absent word (Enter → none)", "search_absent_s"),
        ("peak RSS (MiB)", "peak_rss_mib")]
def med(path, key):
    try:
        runs = json.load(open(path))["runs"]
    except (OSError, ValueError, KeyError):
        return None
    v = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(v) if v else None
def fmt(x, key):
    if x is None: return "—"
    if key == "peak_rss_mib": return f"{x:.0f}"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"
before = any(os.path.exists(os.path.join(res, f"kb-{n}.json")) for n in sizes)
print("| size | operation |" + (" kehoach before |" if before else "") + " kehoach | VisiData | kehoach ÷ VisiData |")
print("| ---: | --- |" + (" ---: |" if before else "") + " ---: | ---: | ---: |")
for n in sizes:
    for label, key in rows:
        k = med(os.path.join(res, f"kh-{n}.json"), key)
        b = med(os.path.join(res, f"kb-{n}.json"), key)
        # VisiData's "first rows" is its first paint; it has no separate "all counted" but its loaded_s.
        v = med(os.path.join(res, f"vd-{n}.json"), key)
        ratio = f"{k / v:.2f}×" if k is not None and v else "—"
        print(f"| {n} | {label} |" + (f" {fmt(b, key)} |" if before else "") + f" {fmt(k, key)} | {fmt(v, key)} | {ratio} |")
PY
echo "results: $RES"
