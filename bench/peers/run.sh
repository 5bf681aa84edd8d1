#!/usr/bin/env bash
# run.sh - repeat the "peer tools" measurements: how fast VisiData, Taskwarrior
# and the sqlite3 CLI (the floor) handle a plan's task list at 1k/10k/100k,
# and (section kh) kehoach itself on the same data.
#
# Needs (Debian 12 + PyPI):  apt-get install -y taskwarrior hyperfine sqlite3 tmux time
#                            pip install visidata        (measured: 3.4)
#                            python3, /usr/bin/time (GNU time)
#                            kh: a release kehoach ($KH, default .build/release/kehoach of the current directory)
#   (from the repository: `make bench-peers` installs what is missing and builds the binary first)
# Timings: hyperfine -N (no shell), one run per call, INTERLEAVED: for each size every job
#   (of every tool) runs once per round, 1 warm-up round + $RUNS rounds (il_bench.py) -> median,
#   min, max; so a neighbour's load hits all tools alike.  IL=0: the old way (all runs of one
#   command back to back, hyperfine --runs $RUNS --warmup 1).
# Peak RSS: GNU /usr/bin/time -f %M, median of 3 runs.
# Interactive VisiData / kehoach: tmux + capture-pane polling (drivers: $WORK/vd_tmux.py, written
#   below, and kh_tmux.py next to this script), also interleaved round by round.
#
# usage: ./run.sh [tw] [vd] [sqlite] [kh]   (default: all four)
#   env: WORK=/tmp/peers  SIZES="1000 10000 100000"  RUNS=5  GEN=1 (regenerate data)  IL=1
#        KH=path/to/kehoach
# Data (tasks-N.csv, tasks-N.tw.json, meta-N.json) is made by gen_tasks.py (seed 42),
# which must sit next to this script.  kehoach gets the same data as a published-style plan
# text (csv2plan.py; checked with `import --dry-run`), the 30% completed statuses applied by a
# YAML export edited by csv2plan.py and re-imported. (Before 2026-12-02 a plan text over 32 MB, the
# 100k one, was refused and that size was loaded from a whole-plan YAML: the fallback is kept for old binaries.)
# Results: $WORK/results-<UTC time>/ and a summary table on stdout (also in summary.txt there);
# correctness cross-checks (row and overdue counts of every tool) in checks.txt there.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-/tmp/peers}
SIZES=${SIZES:-"1000 10000 100000"}
RUNS=${RUNS:-5}
IL=${IL:-1}
KH=${KH:-$PWD/.build/release/kehoach}
SECTIONS=${*:-"tw vd sqlite kh"}
export TZ=UTC            # Taskwarrior due dates are written as 00:00 UTC
mkdir -p "$WORK"; cd "$WORK"
RES="$WORK/results-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$RES"

has() { [[ " $SECTIONS " == *" $1 "* ]]; }
need=(hyperfine python3 /usr/bin/time); has tw && need+=(task); has sqlite && need+=(sqlite3)
has vd && need+=(vd tmux); has kh && need+=("$KH" tmux sqlite3)
for t in "${need[@]}"; do
  command -v "$t" >/dev/null || { echo "missing: $t" >&2; exit 1; }
done
{ uname -a; echo "nproc: $(nproc)"; lscpu | grep -E "Model name|^CPU\(s\)|MHz" || true; free -m | sed -n 2p
  has tw && echo "task $(task --version)"; has vd && vd --version; sqlite3 --version || true
  has kh && echo "kehoach $("$KH" --version) ($KH, $(stat -c %y "$KH"))"
  hyperfine --version; tmux -V || true; python3 --version; uptime; } > "$RES/env.txt" 2>&1

# ---- data ------------------------------------------------------------------
need_gen=${GEN:-0}
for n in $SIZES; do [ -f "tasks-$n.csv" ] && [ -f "tasks-$n.tw.json" ] && [ -f "meta-$n.json" ] || need_gen=1; done
if [ "$need_gen" = 1 ]; then python3 "$HERE/gen_tasks.py" --out "$WORK" $SIZES > "$RES/gen.txt"; fi
meta() { python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))[sys.argv[2]])' "meta-$1.json" "$2"; }

# ---- helpers -----------------------------------------------------------------
# bench NAME CMD...  : hyperfine, no shell; extra hyperfine options via HF_OPTS (array)
#   IL=1: queued in $JOBS with the environment it needs, run by il_bench.py at the end of the size
#   (interleaved with every other tool's jobs); PREP (a shell string) runs before each RSS run.
HF_OPTS=()
JOBS=""
bench() {
  local name=$1; shift
  local cmd; cmd=$(printf '%q ' "$@")
  if [ "$IL" = 1 ]; then
    local prep=""
    [ "${#HF_OPTS[@]}" -ge 2 ] && [ "${HF_OPTS[0]}" = "--prepare" ] && prep=${HF_OPTS[1]}
    python3 - "$name" "$cmd" "$prep" "${PREP:-}" "$@" >> "$JOBS" <<'PYJ'
import json, os, sys
name, cmd, prep, rss_prep, *argv = sys.argv[1:]
env = {k: os.environ[k] for k in ("TASKRC", "TASKDATA", "KEHOACH_DB", "KEHOACH_ASSETS", "TZ")
       if k in os.environ}
print(json.dumps({"name": name, "cmd": cmd, "argv": argv, "prepare": prep,
                  "rss_prep": rss_prep, "env": env}, ensure_ascii=False))
PYJ
    return
  fi
  hyperfine -N --runs "$RUNS" --warmup 1 "${HF_OPTS[@]}" --export-json "$RES/hf-$name.json" \
    --command-name "$name" "$cmd" > "$RES/hf-$name.txt" 2>&1 || echo "FAILED: $name (see $RES/hf-$name.txt)" | tee -a "$RES/failures.txt"
  rss "$name" "$@"
}
# rss NAME CMD...  : peak RSS (KiB) of 3 runs, median; PREP (a shell string) runs before each
rss() {
  local name=$1; shift; local v=()
  for i in 1 2 3; do
    [ -n "${PREP:-}" ] && sh -c "$PREP"
    /usr/bin/time -f %M -o "$RES/.rss" "$@" > /dev/null 2>&1 || true
    v+=("$(tail -1 "$RES/.rss")")
  done
  printf '%s\n' "${v[@]}" | sort -n | sed -n 2p > "$RES/rss-$name.txt"
}
# once NAME CMD... : one timed run (setup steps worth knowing), seconds appended to setup.txt
once() {
  local name=$1; shift; local t0 t1 rc=0
  t0=$(date +%s.%N); "$@" > "$RES/once-$name.out" 2>&1 || rc=$?; t1=$(date +%s.%N)
  printf '%-34s %8.2f s  rc=%s\n' "$name" "$(awk "BEGIN{print $t1 - $t0}")" "$rc" >> "$RES/setup.txt"
  return $rc
}

cat > "$WORK/load_sqlite.sql" <<'SQL'
CREATE TABLE tasks(
  code TEXT PRIMARY KEY,
  "group" TEXT NOT NULL,
  text TEXT NOT NULL,
  lead_agency TEXT NOT NULL,
  cooperating_agencies TEXT,
  deadline TEXT NOT NULL,     -- ISO date YYYY-MM-DD
  status TEXT NOT NULL        -- pending | completed
);
SQL

cat > "$WORK/vd_tmux.py" <<'PY'
#!/usr/bin/env python3
"""Time VisiData interactively inside tmux by polling `tmux capture-pane`.

For each run:
  1. t0; `tmux -L peers new-session -d -s vdN -x 200 -y 60
         '/usr/bin/time -v -o RSSFILE vd CSV'`
     (a long-lived 'keep' session holds the tmux server up, so the server's
     own start-up is not in the figure)
  2. poll capture-pane until the header and first data row are drawn
     ("first paint"), then until the status line shows "<N> rows"
     ("loaded": VisiData's count reaches N only when loading finished)
  3. optional: `l l` (cursor to the text column), `/`, type WORD, Enter:
     time from Enter until rows of the last group ("XIX."/"XX." codes) are on
     screen, i.e. the cursor jumped to the first match near the bottom.
     VisiData redraws on a 100 ms tick while a background thread runs, so
     figures are quantised by it; on small files the jump may not be
     painted until the next key (recorded as a note, then Ctrl-L is sent)
  4. optional: same with a word that is absent: time until VisiData's
     "0 matches for /WORD/" status appears (a full scan)
  4b. optional --scroll K (done right after "loaded", before 3): K `j` keys in one send-keys,
     poll `capture-pane -e` until the screen is unchanged for 300 ms: time until the first capture
     of that final screen; twice (from the top, then again: the view scrolls). Same as kh_tmux.py.
  5. `gq` (quit all); read peak RSS of vd from /usr/bin/time -v
Poll interval ~10 ms; each capture costs a tmux client start (~2-4 ms), so
figures are good to about +-15 ms.

usage: vd_tmux.py CSV NROWS [--runs 5] [--search WORD] [--absent WORD]
                  [--json OUT] [--search-timeout 5] [--scroll K]
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time

SOCK = ["tmux", "-L", "peers"]


def tmux(*args, check=True):
    return subprocess.run(SOCK + list(args), check=check,
                          capture_output=True, text=True)


def capture(name):
    r = tmux("capture-pane", "-p", "-t", name, check=False)
    return r.stdout if r.returncode == 0 else None


def poll(name, pred, timeout, interval=0.01):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        s = capture(name)
        if s is not None and pred(s):
            return time.monotonic(), s
        time.sleep(interval)
    return None, capture(name)


ESC = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def settle(name, quiet=0.3, timeout=60, interval=0.005):
    """Time of the first capture of the screen that then stays unchanged for `quiet` s."""
    end = time.monotonic() + timeout
    last, t_last = None, None
    while time.monotonic() < end:
        r = tmux("capture-pane", "-p", "-e", "-t", name, check=False)
        s = r.stdout if r.returncode == 0 else None
        now = time.monotonic()
        if s != last:
            last, t_last = s, now
        elif now - t_last >= quiet:
            return t_last, last
        time.sleep(interval)
    return None, last


def cursor_code(raw):
    """The code of the cursor row (VisiData draws it in reverse video)."""
    for line in (raw or "").splitlines()[2:-1]:
        if re.match(r"\x1b\[[0-9;]*\b7m", line[:40]):
            t = ESC.sub("", line).split()
            return t[0] if t else None
    return None


def ensure_server():
    if tmux("has-session", "-t", "keep", check=False).returncode != 0:
        tmux("new-session", "-d", "-s", "keep", "-x", "200", "-y", "60",
             "sleep 1000000")
        time.sleep(0.3)


def one_run(csv_path, nrows, idx, search, absent, timeout, search_timeout, scroll=0):
    name = f"vd{idx}"
    rssf = f"/tmp/peers/vd-rss-{os.getpid()}-{idx}.txt"
    if os.path.exists(rssf):
        os.remove(rssf)
    tmux("kill-session", "-t", name, check=False)
    rows_re = re.compile(r"(?<!\d)%d rows" % nrows)
    res = {"run": idx}
    t0 = time.monotonic()
    tmux("new-session", "-d", "-s", name, "-x", "200", "-y", "60",
         f"/usr/bin/time -v -o {rssf} vd {csv_path}")
    t_paint, _ = poll(name, lambda s: re.search(r"^ code\s*│", s, re.M)
                      and re.search(r"^ I\.1 ", s, re.M), timeout)
    t_load, scr = poll(name, lambda s: rows_re.search(s.rstrip().splitlines()[-1]
                                                      if s.strip() else ""),
                       timeout)
    res["first_paint_s"] = None if t_paint is None else t_paint - t0
    res["loaded_s"] = None if t_load is None else t_load - t0
    if t_load is None:
        res["error"] = "load not seen; last screen:\n" + (scr or "")
    if scroll and t_load is not None:
        for burst in (1, 2):
            t0s = time.monotonic()
            tmux("send-keys", "-t", name, *(["j"] * scroll))
            t1s, raw = settle(name)
            res[f"scroll{burst}_s"] = None if t1s is None else t1s - t0s
            res[f"scroll{burst}_row"] = cursor_code(raw)
    if search and t_load is not None:
        tmux("send-keys", "-t", name, "l", "l", "/")
        poll(name, lambda s: "search regex:" in s, 10)
        tmux("send-keys", "-t", name, "C-u")  # clear any pre-filled text
        tmux("send-keys", "-t", name, "-l", search)
        poll(name, lambda s: search in s.splitlines()[-1], 10)
        t1 = time.monotonic()
        tmux("send-keys", "-t", name, "Enter")
        t2, scr = poll(name, lambda s: re.search(r"^ (XX|XIX)\.", s, re.M),
                       search_timeout)
        res["search_found_s"] = None if t2 is None else t2 - t1
        if t2 is None:
            # VisiData 3.4 quirk seen on small files: the async search
            # finishes before the main loop's next redraw tick and the jump
            # is not painted until the next key. Record it, press a no-op
            # key (Ctrl-L, redraw) and carry on.
            res["search_found_note"] = (f"jump not painted within "
                                        f"{search_timeout:.0f} s")
            tmux("send-keys", "-t", name, "C-l")
            t3, _ = poll(name, lambda s: re.search(r"^ (XX|XIX)\.", s, re.M), 5)
            res["search_found_after_key"] = t3 is not None
    if absent and t_load is not None:
        tmux("send-keys", "-t", name, "/")
        poll(name, lambda s: "search regex:" in s, 10)
        # the prompt is pre-filled with the last regex: clear it (Ctrl-U)
        tmux("send-keys", "-t", name, "C-u")
        tmux("send-keys", "-t", name, "-l", absent)
        poll(name, lambda s: absent in s.splitlines()[-1], 10)
        t1 = time.monotonic()
        tmux("send-keys", "-t", name, "Enter")
        t2, scr = poll(name, lambda s: f"0 matches for /{absent}/" in s,
                       timeout)
        res["search_absent_s"] = None if t2 is None else t2 - t1
    tmux("send-keys", "-t", name, "g", "q")
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if tmux("has-session", "-t", name, check=False).returncode != 0:
            break
        time.sleep(0.05)
    else:
        tmux("kill-session", "-t", name, check=False)
        res["quit"] = "killed"
    time.sleep(0.1)
    try:
        with open(rssf) as f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)",
                          f.read())
        res["peak_rss_mib"] = int(m.group(1)) / 1024 if m else None
        os.remove(rssf)
    except FileNotFoundError:
        res["peak_rss_mib"] = None
    return res


def summary(vals):
    v = [x for x in vals if x is not None]
    if not v:
        return "n/a"
    return (f"median {statistics.median(v):.3f}  min {min(v):.3f}  "
            f"max {max(v):.3f}  (n={len(v)})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("nrows", type=int)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--search")
    ap.add_argument("--absent")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--search-timeout", type=float, default=5)
    ap.add_argument("--json")
    ap.add_argument("--scroll", type=int, default=0)
    a = ap.parse_args()
    ensure_server()
    runs = []
    for i in range(a.warmup + a.runs):
        r = one_run(os.path.abspath(a.csv), a.nrows, i, a.search, a.absent,
                    a.timeout, a.search_timeout, a.scroll)
        r["warmup"] = i < a.warmup
        print(json.dumps(r, ensure_ascii=False), file=sys.stderr)
        if not r["warmup"]:
            runs.append(r)
    out = {"csv": a.csv, "nrows": a.nrows, "runs": runs}
    print(f"vd in tmux 200x60, {a.csv} ({a.nrows} rows), {a.runs} runs "
          f"after {a.warmup} warm-up:")
    for k, label in [("first_paint_s", "first paint (header+row 1) s"),
                     ("loaded_s", f"status shows '{a.nrows} rows' s"),
                     ("search_found_s", f"/{a.search} until cursor jumps s"),
                     ("search_absent_s", f"/{a.absent} until '0 matches' s"),
                     ("scroll1_s", f"{a.scroll} j from the top: settled s"),
                     ("scroll2_s", f"{a.scroll} j more (view scrolls): settled s"),
                     ("peak_rss_mib", "peak RSS MiB")]:
        vals = [r.get(k) for r in runs]
        if any(v is not None for v in vals):
            print(f"  {label:42s} {summary(vals)}")
    notes = [r.get("search_found_note") for r in runs if r.get("search_found_note")]
    if notes:
        print(f"  search: {len(notes)} of {len(runs)} runs: {notes[0]}"
              f" (painted after one more key: "
              f"{sum(bool(r.get('search_found_after_key')) for r in runs)})")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
PY

# ---- per size: every section queues its jobs, il_bench.py runs them interleaved ------
KHA="$WORK/kh-assets"; KHPLAN=quang-nam-1; ASOF=2026-11-23
if has kh; then
  # kehoach's agency directory plus the 500 agencies of the data (else "Sở Tư pháp tỉnh Lâm Đồng"
  # is read as "Sở Tư pháp" and an unknown "tỉnh Lâm Đồng"); the bundled plans come along
  src=$(env -u KEHOACH_ASSETS "$KH" dev assets | head -1); src=$(dirname "$src")
  python3 "$HERE/csv2plan.py" assets "$WORK/agencies.csv" "$src" "$KHA"
fi
for n in $SIZES; do
  JOBS="$RES/jobs-$n.jsonl"; : > "$JOBS"
  a7=$(meta "$n" agency7_name)

  # ---- Taskwarrior -------------------------------------------------------------
  if has tw; then
    printf 'data.location=%s/tw-%s\nconfirmation=off\nverbose=nothing\ngc=off\nhooks=off\nnews.version=2.6.2\n' "$WORK" "$n" > "$WORK/taskrc-$n"
    export TASKRC="$WORK/taskrc-$n"
    # import: every run into a fresh, empty data dir (the rm/mkdir is not timed)
    export TASKDATA="$WORK/twimp-$n"
    HF_OPTS=(--prepare "sh -c 'rm -rf $WORK/twimp-$n && mkdir -p $WORK/twimp-$n'")
    PREP="rm -rf $WORK/twimp-$n && mkdir -p $WORK/twimp-$n"
    # (capped at 10 min a run: if it is hit, report the smaller size and extrapolate)
    bench "tw-import-$n" timeout 600 task import "$WORK/tasks-$n.tw.json"
    HF_OPTS=(); PREP=""; [ "$IL" = 1 ] || rm -rf "$WORK/twimp-$n"
    # the data dir the queries use
    export TASKDATA="$WORK/tw-$n"
    rm -rf "$TASKDATA"; mkdir -p "$TASKDATA"
    once "tw-setup-import-$n" timeout 600 task import "$WORK/tasks-$n.tw.json"
    echo "tw-$n count=$(task rc.verbose=nothing count) overdue=$(task rc.verbose=nothing due.before:2026-11-23 status:pending count) agency7_pending_exact=$(task rc.verbose=nothing project.is:agency.7 status:pending count) agency7_pending_prefix=$(task rc.verbose=nothing project:agency.7 status:pending count)" >> "$RES/checks.txt"
    bench "tw-agency-prefix-$n" task rc.verbose=nothing project:agency.7 list
    bench "tw-agency-exact-$n"  task rc.verbose=nothing project.is:agency.7 list
    bench "tw-count-$n"         task rc.verbose=nothing count
    bench "tw-export-$n"        task export
    bench "tw-overdue-$n"       task rc.verbose=nothing due.before:2026-11-23 status:pending count
    unset TASKDATA TASKRC
  fi

  # ---- VisiData (batch; the interactive runs come after the jobs) -------------------
  if has vd; then
    bench "vd-batch-$n" vd -b "$WORK/tasks-$n.csv" -o "$WORK/out-$n.tsv"
  fi

  # ---- sqlite3 (the floor) -------------------------------------------------------------
  if has sqlite || has kh; then
    # the query database, loaded once (kh's cross-checks use it too)
    rm -f "$WORK/tasks-$n.db"
    sqlite3 "$WORK/tasks-$n.db" ".read $WORK/load_sqlite.sql" \
      ".import --csv --skip 1 $WORK/tasks-$n.csv tasks" "CREATE INDEX tasks_lead ON tasks(lead_agency);"
    # kehoach's --agency matches lead OR cooperating agencies, all standings: the same question in SQL
    ANY_SQL="FROM tasks WHERE lead_agency='$a7' OR '; '||cooperating_agencies||'; ' LIKE '%; $a7; %'"
    echo "sqlite-$n rows=$(sqlite3 "$WORK/tasks-$n.db" 'SELECT count(*) FROM tasks;') overdue=$(sqlite3 "$WORK/tasks-$n.db" "SELECT count(*) FROM tasks WHERE status='pending' AND deadline < '2026-11-23';") agency7_lead_pending=$(sqlite3 "$WORK/tasks-$n.db" "SELECT count(*) FROM tasks WHERE lead_agency='$a7' AND status='pending';") agency7_lead_or_coop=$(sqlite3 "$WORK/tasks-$n.db" "SELECT count(*) $ANY_SQL;") completed=$(sqlite3 "$WORK/tasks-$n.db" "SELECT count(*) FROM tasks WHERE status='completed';")" >> "$RES/checks.txt"
  fi
  if has sqlite; then
    HF_OPTS=(--prepare "rm -f $WORK/scratch.db"); PREP="rm -f $WORK/scratch.db"
    bench "sqlite-load-$n" sqlite3 "$WORK/scratch.db" ".read $WORK/load_sqlite.sql" \
      ".import --csv --skip 1 $WORK/tasks-$n.csv tasks" "CREATE INDEX tasks_lead ON tasks(lead_agency);"
    HF_OPTS=(); PREP=""
    bench "sqlite-agency-$n"  sqlite3 "$WORK/tasks-$n.db" \
      "SELECT code, deadline, status, text FROM tasks WHERE lead_agency='$a7' AND status='pending' ORDER BY deadline;"
    bench "sqlite-agency-any-$n" sqlite3 -json "$WORK/tasks-$n.db" \
      "SELECT code, deadline, status, lead_agency, cooperating_agencies, text $ANY_SQL ORDER BY rowid;"
    bench "sqlite-overdue-$n" sqlite3 "$WORK/tasks-$n.db" \
      "SELECT count(*) FROM tasks WHERE status='pending' AND deadline < '2026-11-23';"
    bench "sqlite-overdue-rows-$n" sqlite3 -json "$WORK/tasks-$n.db" \
      "SELECT code, deadline, status, lead_agency, cooperating_agencies, text FROM tasks WHERE status='pending' AND deadline < '2026-11-23' ORDER BY rowid;"
    bench "sqlite-export-$n"  sqlite3 -csv -header "$WORK/tasks-$n.db" "SELECT * FROM tasks;"
    # the report's work: counts by standing in total and by lead agency, the overdue and due-soon
    # tasks (10 days) with their lead, oldest deadline first, as JSON
    STANDING_SQL="CASE WHEN status='completed' THEN 'done' WHEN deadline < '$ASOF' THEN 'overdue' WHEN deadline <= date('$ASOF', '+10 days') THEN 'due-soon' ELSE 'open' END"
    bench "sqlite-report-$n" sqlite3 -json "$WORK/tasks-$n.db" \
      "SELECT $STANDING_SQL AS standing, count(*) AS tasks FROM tasks GROUP BY 1;" \
      "SELECT lead_agency, $STANDING_SQL AS standing, count(*) AS tasks FROM tasks GROUP BY 1, 2 ORDER BY 1, 2;" \
      "SELECT code, deadline, status, lead_agency, text FROM tasks WHERE status='pending' AND deadline < '$ASOF' ORDER BY deadline, rowid;" \
      "SELECT code, deadline, status, lead_agency, text FROM tasks WHERE status='pending' AND deadline >= '$ASOF' AND deadline <= date('$ASOF', '+10 days') ORDER BY deadline, rowid;"
  fi

  # ---- kehoach -----------------------------------------------------------------------
  if has kh; then
    export KEHOACH_ASSETS="$KHA"
    python3 "$HERE/csv2plan.py" text "$WORK/tasks-$n.csv" "$WORK/plan-$n.txt"
    python3 "$HERE/csv2plan.py" yaml "$WORK/tasks-$n.csv" "$WORK/tasks-$n.tw.json" "$WORK/kh-full-$n.yaml"
    # every task through, with its lead, cooperating agencies and deadline?
    text_ok=1
    if KEHOACH_DB="$WORK/kh-dry.sqlite" "$KH" import "$WORK/plan-$n.txt" --dry-run --format json \
         > "$WORK/kh-dry-$n.json" 2> "$RES/kh-dry-$n.err"; then
      echo "kh-$n dry-run $(python3 "$HERE/csv2plan.py" check "$WORK/tasks-$n.csv" "$WORK/kh-dry-$n.json" | tr '\n' ' ') warnings=$(wc -l < "$RES/kh-dry-$n.err")" >> "$RES/checks.txt"
    else
      text_ok=0
      echo "kh-$n plan text ($(stat -c %s "$WORK/plan-$n.txt") bytes) REFUSED: $(head -c 300 "$RES/kh-dry-$n.err") -> loaded from kh-full-$n.yaml instead" >> "$RES/checks.txt"
    fi
    # the store the queries use: text import, YAML export, statuses set by csv2plan.py, re-import
    export KEHOACH_DB="$WORK/kh-$n.sqlite"; rm -f "$KEHOACH_DB"*
    if [ "$text_ok" = 1 ]; then
      once "kh-setup-import-text-$n" "$KH" import "$WORK/plan-$n.txt"
      rm -f "$WORK/kh-base-$n.sqlite"; sqlite3 "$KEHOACH_DB" ".backup $WORK/kh-base-$n.sqlite"
      once "kh-setup-export-yaml-$n" "$KH" export "$KHPLAN" --format yaml -o "$WORK/kh-$n.yaml" --force
      python3 "$HERE/csv2plan.py" status "$WORK/kh-$n.yaml" "$WORK/tasks-$n.tw.json" "$WORK/kh-st-$n.yaml" >> "$RES/setup.txt"
      once "kh-setup-import-status-$n" "$KH" import "$WORK/kh-st-$n.yaml"
    else
      once "kh-setup-import-yaml-$n" "$KH" import "$WORK/kh-full-$n.yaml"
    fi
    # cross-checks against the data and the peers
    "$KH" list "$KHPLAN" --agency "$a7" --as-of "$ASOF" --format json > "$RES/kh-agency-$n.json"
    "$KH" list "$KHPLAN" --standing overdue --as-of "$ASOF" --format json > "$RES/kh-overdue-$n.json"
    "$KH" report "$KHPLAN" --as-of "$ASOF" --format json > "$RES/kh-report-$n.json"
    "$KH" export "$KHPLAN" --format csv --as-of "$ASOF" > "$RES/kh-export-$n.csv"
    python3 - "$n" "$a7" "$RES" "$WORK" >> "$RES/checks.txt" <<'PYC'
import csv, json, sys
n, a7, res, work = sys.argv[1:]
ag = json.load(open(f"{res}/kh-agency-{n}.json"))
od = json.load(open(f"{res}/kh-overdue-{n}.json"))
rep = json.load(open(f"{res}/kh-report-{n}.json"))["report"]["totals"]
with open(f"{res}/kh-export-{n}.csv", encoding="utf-8-sig", newline="") as f:
    ex = list(csv.DictReader(f))
lead_pending = sum(1 for t in ag if t["lead"] == [a7] and t["status"] != "done")
print(f"kh-{n} rows={len(ex)} overdue_list={len(od)} overdue_report={rep['overdue']} "
      f"agency7_lead_or_coop={len(ag)} agency7_lead_pending={lead_pending} "
      f"completed={sum(1 for r in ex if r['Tình hình'] == 'Đã hoàn thành')} "
      f"export_overdue={sum(1 for r in ex if r['Tình trạng'] == 'Quá hạn chưa hoàn thành')} "
      f"totals={json.dumps(rep, ensure_ascii=False)}")
m = json.load(open(f"{work}/meta-{n}.json"))
print(f"data-{n} (gen_tasks.py meta) rows={m['n']} overdue={m['overdue_pending']} "
      f"agency7_lead={m['agency7_tasks']} agency7_lead_pending={m['agency7_pending']} completed={m['completed']}")
PYC
    # (a) import into a fresh store: the plan text; the statuses applied by YAML re-import; the
    #     whole plan with statuses from one YAML
    if [ "$text_ok" = 1 ]; then
      export KEHOACH_DB="$WORK/kh-imp-$n.sqlite"
      HF_OPTS=(--prepare "sh -c 'rm -f $WORK/kh-imp-$n.sqlite*'"); PREP="rm -f $WORK/kh-imp-$n.sqlite*"
      bench "kh-import-text-$n" "$KH" import "$WORK/plan-$n.txt"
      export KEHOACH_DB="$WORK/kh-st-$n.sqlite"
      HF_OPTS=(--prepare "sh -c 'rm -f $WORK/kh-st-$n.sqlite*; cp $WORK/kh-base-$n.sqlite $WORK/kh-st-$n.sqlite'")
      PREP="rm -f $WORK/kh-st-$n.sqlite*; cp $WORK/kh-base-$n.sqlite $WORK/kh-st-$n.sqlite"
      bench "kh-status-yaml-$n" "$KH" import "$WORK/kh-st-$n.yaml"
    fi
    export KEHOACH_DB="$WORK/kh-imp-$n.sqlite"
    HF_OPTS=(--prepare "sh -c 'rm -f $WORK/kh-imp-$n.sqlite*'"); PREP="rm -f $WORK/kh-imp-$n.sqlite*"
    bench "kh-import-yaml-$n" "$KH" import "$WORK/kh-full-$n.yaml"
    HF_OPTS=(); PREP=""
    # (b)-(d) on the store with the statuses
    export KEHOACH_DB="$WORK/kh-$n.sqlite"
    bench "kh-agency-$n"  "$KH" list "$KHPLAN" --agency "$a7" --as-of "$ASOF" --format json
    bench "kh-overdue-$n" "$KH" list "$KHPLAN" --standing overdue --as-of "$ASOF" --format json
    bench "kh-report-$n"  "$KH" report "$KHPLAN" --as-of "$ASOF" --format json
    bench "kh-export-$n"  "$KH" export "$KHPLAN" --format csv --as-of "$ASOF"
    unset KEHOACH_DB KEHOACH_ASSETS
  fi

  # ---- run the queued jobs, interleaved ------------------------------------------------
  if [ "$IL" = 1 ]; then
    echo "size $n: $(wc -l < "$JOBS") jobs, $RUNS rounds + warm-up, interleaved" >> "$RES/progress.txt"
    python3 "$HERE/il_bench.py" "$JOBS" "$RES" "$RUNS" 2>> "$RES/progress.txt"
  fi

  # ---- interactive: VisiData and kehoach in tmux, a run of each per round ------------------
  if has vd || has kh; then
    sw=$(meta "$n" search_word); aw=$(meta "$n" absent_word)
    vd_run() { python3 "$WORK/vd_tmux.py" "$WORK/tasks-$n.csv" "$n" --runs "$1" --warmup "$2" \
                 --search "$sw" --absent "$aw" --scroll 50 --json "$3"; }
    kh_run() { python3 "$HERE/kh_tmux.py" "$KH" "$WORK/kh-$n.sqlite" "$KHA" "$KHPLAN" "$n" --as-of "$ASOF" \
                 --runs "$1" --warmup "$2" --search "$sw" --absent "$aw" --scroll 50 --rows-csv "$WORK/tasks-$n.csv" --json "$3"; }
    if [ "$IL" = 1 ]; then
      vdf=(); khf=()
      for r in $(seq 0 "$RUNS"); do   # round 0: warm-up
        if has vd; then vd_run 1 0 "$RES/.vd-tmux-$n-$r.json" > /dev/null 2>> "$RES/vd-tmux-$n.log" || echo "FAILED: vd-tmux-$n round $r" >> "$RES/failures.txt"
          [ "$r" -gt 0 ] && vdf+=("$RES/.vd-tmux-$n-$r.json"); fi
        if has kh; then kh_run 1 0 "$RES/.kh-tmux-$n-$r.json" > /dev/null 2>> "$RES/kh-tmux-$n.log" || echo "FAILED: kh-tmux-$n round $r" >> "$RES/failures.txt"
          [ "$r" -gt 0 ] && khf+=("$RES/.kh-tmux-$n-$r.json"); fi
      done
      has vd && python3 "$HERE/kh_tmux.py" --merge "$RES/vd-tmux-$n.json" "vd in tmux 200x60, tasks-$n.csv ($n rows)" "${vdf[@]}" > "$RES/vd-tmux-$n.txt"
      has kh && python3 "$HERE/kh_tmux.py" --merge "$RES/kh-tmux-$n.json" "kehoach in tmux 200x60, $KHPLAN ($n tasks)" "${khf[@]}" > "$RES/kh-tmux-$n.txt"
    else
      has vd && { vd_run "$RUNS" 1 "$RES/vd-tmux-$n.json" > "$RES/vd-tmux-$n.txt" 2> "$RES/vd-tmux-$n.log" || echo "FAILED: vd-tmux-$n" | tee -a "$RES/failures.txt"; }
      has kh && { kh_run "$RUNS" 1 "$RES/kh-tmux-$n.json" > "$RES/kh-tmux-$n.txt" 2> "$RES/kh-tmux-$n.log" || echo "FAILED: kh-tmux-$n" | tee -a "$RES/failures.txt"; }
    fi
  fi
done
tmux -L peers kill-session -t keep 2>/dev/null || true

# ---- summary ------------------------------------------------------------------------
python3 - "$RES" <<'PY' | tee "$RES/summary.txt"
import glob, json, os, statistics, sys
res = sys.argv[1]
print(f"{'operation':34s} {'median':>10s} {'min':>10s} {'max':>10s}  {'peak RSS':>10s}")
for f in sorted(glob.glob(os.path.join(res, "hf-*.json"))):
    name = os.path.basename(f)[3:-5]
    r = json.load(open(f))["results"][0]
    t = r["times"]
    try:
        kib = int(open(os.path.join(res, f"rss-{name}.txt")).read().strip())
        rss = f"{kib/1024:8.1f} MiB"
    except Exception:
        rss = "n/a"
    bad = "" if all(c == 0 for c in r.get("exit_codes", [0])) else "  (non-zero exit!)"
    print(f"{name:34s} {statistics.median(t)*1e3:8.1f}ms {min(t)*1e3:8.1f}ms {max(t)*1e3:8.1f}ms  {rss:>10s}{bad}")
for f in sorted(glob.glob(os.path.join(res, "vd-tmux-*.txt")) + glob.glob(os.path.join(res, "kh-tmux-*.txt"))):
    print(open(f).read().rstrip())
for extra in ("checks.txt", "setup.txt"):
    fp = os.path.join(res, extra)
    if os.path.exists(fp):
        print(f"{extra}:\n" + open(fp).read().rstrip())
fp = os.path.join(res, "failures.txt")
if os.path.exists(fp):
    print("FAILURES:\n" + open(fp).read())
PY
python3 "$HERE/make_results.py" "$RES" "$RES/table.md"
sed -n '/^## Side by side/,/^## Spread/p' "$RES/table.md" | sed '$d'
echo "results in $RES (the whole table: $RES/table.md)"
