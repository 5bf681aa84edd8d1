#!/usr/bin/env bash
# commands.sh - the whole commands only (list --agency, the overdue list, report, export) against the
# sqlite3 floor doing the same work, on the stores a previous run.sh left in $WORK, interleaved
# (il_bench.py): quicker than run.sh when only the commands changed. With KH_BEFORE, that binary
# runs in the same rounds, so before and after meet the same load.
# usage: KH=.build/release/kehoach [KH_BEFORE=old/kehoach] WORK=/tmp/peers SIZES=100000 RUNS=5 bench/peers/commands.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
KH=${KH:-$PWD/.build/release/kehoach}; WORK=${WORK:-/tmp/peers}; SIZES=${SIZES:-100000}; RUNS=${RUNS:-5}
PLAN=quang-nam-1; ASOF=2026-11-23
RES="$WORK/commands-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$RES"; JOBS="$RES/jobs.jsonl"; : > "$JOBS"
job() {  # job NAME DB CMD...
  local name=$1 db=$2; shift 2
  python3 - "$name" "$db" "$WORK/kh-assets" "$@" >> "$JOBS" <<'PYJ'
import json, shlex, sys
name, db, assets, *argv = sys.argv[1:]
print(json.dumps({"name": name, "cmd": " ".join(shlex.quote(a) for a in argv), "argv": argv, "prepare": "",
                  "rss_prep": "", "env": {"KEHOACH_DB": db, "KEHOACH_ASSETS": assets}}, ensure_ascii=False))
PYJ
}
for n in $SIZES; do
  a7=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["agency7_name"])' "$WORK/meta-$n.json")
  db="$WORK/tasks-$n.db"; any="FROM tasks WHERE lead_agency='$a7' OR '; '||cooperating_agencies||'; ' LIKE '%; $a7; %'"
  standing="CASE WHEN status='completed' THEN 'done' WHEN deadline < '$ASOF' THEN 'overdue' WHEN deadline <= date('$ASOF', '+10 days') THEN 'due-soon' ELSE 'open' END"
  job "sqlite-agency-any-$n" "" sqlite3 -json "$db" "SELECT code, deadline, status, lead_agency, cooperating_agencies, text $any ORDER BY rowid;"
  job "sqlite-overdue-$n" "" sqlite3 "$db" "SELECT count(*) FROM tasks WHERE status='pending' AND deadline < '$ASOF';"
  job "sqlite-overdue-rows-$n" "" sqlite3 -json "$db" \
    "SELECT code, deadline, status, lead_agency, cooperating_agencies, text FROM tasks WHERE status='pending' AND deadline < '$ASOF' ORDER BY rowid;"
  job "sqlite-report-$n" "" sqlite3 -json "$db" \
    "SELECT $standing AS standing, count(*) AS tasks FROM tasks GROUP BY 1;" \
    "SELECT lead_agency, $standing AS standing, count(*) AS tasks FROM tasks GROUP BY 1, 2 ORDER BY 1, 2;" \
    "SELECT code, deadline, status, lead_agency, text FROM tasks WHERE status='pending' AND deadline < '$ASOF' ORDER BY deadline, rowid;" \
    "SELECT code, deadline, status, lead_agency, text FROM tasks WHERE status='pending' AND deadline >= '$ASOF' AND deadline <= date('$ASOF', '+10 days') ORDER BY deadline, rowid;"
  job "sqlite-export-$n" "" sqlite3 -csv -header "$db" "SELECT * FROM tasks;"
  for who in kh ${KH_BEFORE:+before}; do
    bin=$KH; [ "$who" = before ] && bin=$KH_BEFORE
    # each binary on its own copy: an older binary must not migrate the store the newer one reads
    cp "$WORK/kh-$n.sqlite" "$RES/$who-$n.sqlite"; kdb="$RES/$who-$n.sqlite"
    "$bin" plans > /dev/null 2>&1 || true
    job "$who-agency-$n" "$kdb" "$bin" list "$PLAN" --agency "$a7" --as-of "$ASOF" --format json
    job "$who-overdue-$n" "$kdb" "$bin" list "$PLAN" --standing overdue --as-of "$ASOF" --format json
    job "$who-report-$n" "$kdb" "$bin" report "$PLAN" --as-of "$ASOF" --format json
    job "$who-export-$n" "$kdb" "$bin" export "$PLAN" --format csv --as-of "$ASOF"
  done
done
python3 "$HERE/il_bench.py" "$JOBS" "$RES" "$RUNS" 2> "$RES/progress.txt"
python3 - "$RES" $SIZES <<'PY'
import json, os, statistics, sys
res, sizes = sys.argv[1], sys.argv[2:]
def med(name):
    p = os.path.join(res, f"hf-{name}.json")
    return statistics.median(json.load(open(p))["results"][0]["times"]) if os.path.exists(p) else None
def rss(name):
    p = os.path.join(res, f"rss-{name}.txt")
    return int(open(p).read().split()[0]) // 1024 if os.path.exists(p) else None
def ms(t): return "—" if t is None else (f"{t:.2f} s" if t >= 1 else f"{t * 1000:.1f} ms")
def ratio(a, b): return "—" if a is None or b is None else f"{a / b:.1f}×"
print("| size | command | kehoach | MiB | before | ÷ before | sqlite3 floor | ÷ floor |")
print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for n in sizes:
    for label, kh, floor in [("list --agency (lead or cooperating, JSON)", "agency", "agency-any"),
                             ("overdue list (JSON rows)", "overdue", "overdue-rows"),
                             ("overdue list vs count(*)", "overdue", "overdue"),
                             ("report (JSON)", "report", "report"), ("export (CSV)", "export", "export")]:
        a, b, f = med(f"kh-{kh}-{n}"), med(f"before-{kh}-{n}"), med(f"sqlite-{floor}-{n}")
        print(f"| {n} | {label} | {ms(a)} | {rss(f'kh-{kh}-{n}') or '—'} | {ms(b)} | {ratio(b, a)} | {ms(f)} | {ratio(a, f)} |")
PY
echo "results in $RES" >&2
