#!/usr/bin/env python3
"""Summarise a run.sh results folder as Markdown: kehoach beside each peer, ratios.

usage: make_results.py RES [OUT.md]
Ratios are of medians: kehoach / best peer (Taskwarrior or VisiData, whichever is faster at that
operation) and kehoach / sqlite3 (the floor). >1 means kehoach is slower.
"""
import glob
import json
import os
import re
import statistics
import sys

res = sys.argv[1]
out = open(sys.argv[2], "w", encoding="utf-8") if len(sys.argv) > 2 else sys.stdout


def hf(name):
    p = os.path.join(res, f"hf-{name}.json")
    if not os.path.exists(p):
        return None
    r = json.load(open(p))["results"][0]
    t = r["times"]
    bad = any(c != 0 for c in r.get("exit_codes", [0]))
    return {"med": statistics.median(t), "min": min(t), "max": max(t), "n": len(t), "bad": bad}


def rss(name):
    try:
        return int(open(os.path.join(res, f"rss-{name}.txt")).read().strip()) / 1024
    except (OSError, ValueError):
        return None


def tmux(tool, n, key):
    p = os.path.join(res, f"{tool}-tmux-{n}.json")
    if not os.path.exists(p):
        return None
    v = [r.get(key) for r in json.load(open(p))["runs"]]
    v = [x for x in v if x is not None]
    if not v:
        return None
    return {"med": statistics.median(v), "min": min(v), "max": max(v), "n": len(v), "bad": False}


def sizes():
    s = set()
    for f in glob.glob(os.path.join(res, "hf-*.json")) + glob.glob(os.path.join(res, "*-tmux-*.json")):
        m = re.search(r"-(\d+)\.json$", f)
        if m:
            s.add(int(m.group(1)))
    return sorted(s)


def fmt(x):
    if x is None:
        return "—"
    v = x["med"]
    s = f"{v*1e3:.1f} ms" if v < 1 else f"{v:.2f} s"
    return s + (" (!)" if x.get("bad") else "")


def spread(x):
    if x is None:
        return "—"
    f = (lambda v: f"{v*1e3:.0f}" if x["max"] < 1 else f"{v:.2f}")
    unit = "ms" if x["max"] < 1 else "s"
    return f"{f(x['min'])}–{f(x['max'])} {unit}"


def ratio(a, b):
    if a is None or b is None or b["med"] == 0:
        return "—"
    r = a['med'] / b['med']
    return f"{r:.2f}×" if r < 0.1 else f"{r:.1f}×"


def best(*xs):
    xs = [x for x in xs if x is not None]
    return min(xs, key=lambda x: x["med"]) if xs else None


def sum_of(a, b):
    if a is None or b is None:
        return None
    return {"med": a["med"] + b["med"], "min": a["min"] + b["min"], "max": a["max"] + b["max"],
            "n": min(a["n"], b["n"]), "bad": a["bad"] or b["bad"]}


def labelled(x, label):
    if x is not None:
        x = dict(x, label=label)
    return x


P = lambda *a: print(*a, file=out)

env = open(os.path.join(res, "env.txt")).read() if os.path.exists(os.path.join(res, "env.txt")) else ""
P(f"Results folder: `{res}`\n")
P("```\n" + env.strip() + "\n```\n")

rows = []
for n in sizes():
    kt, ks, ky = hf(f"kh-import-text-{n}"), hf(f"kh-status-yaml-{n}"), hf(f"kh-import-yaml-{n}")
    kh_load = best(labelled(sum_of(kt, ks), "text import + status YAML"), labelled(ky, "one YAML with statuses"))
    tw_load, vd_load, sq_load = hf(f"tw-import-{n}"), hf(f"vd-batch-{n}"), hf(f"sqlite-load-{n}")
    rows.append((n, "import/load (with the 30% statuses)", kh_load, tw_load, vd_load, sq_load,
                 "kh: " + (kh_load or {}).get("label", "—") + "; vd: `vd -b` load+save TSV"))
    if kt:
        rows.append((n, "import plan text only (no statuses)", kt, tw_load, vd_load, sq_load, ""))
    rows.append((n, "first screen, all rows (tmux)", tmux("kh", n, "loaded_s"), None, tmux("vd", n, "loaded_s"),
                 None, "until the whole count shows"))
    rows.append((n, "filter by agency.7", hf(f"kh-agency-{n}"), hf(f"tw-agency-exact-{n}"), None,
                 hf(f"sqlite-agency-any-{n}"),
                 "kh: lead or cooperating, JSON; tw: project.is, pending; floor: same question as kh"))
    ko, kr = hf(f"kh-overdue-{n}"), hf(f"kh-report-{n}")
    k_od = best(labelled(ko, "list --standing overdue json"), labelled(kr, "report json"))
    rows.append((n, "overdue count as of 2026-11-23", k_od, hf(f"tw-overdue-{n}"), None, hf(f"sqlite-overdue-{n}"),
                 "kh: " + (k_od or {}).get("label", "—") + "; floor: count(*)"))
    rows.append((n, "overdue tasks listed (JSON rows)", ko, None, None, hf(f"sqlite-overdue-rows-{n}"),
                 "kh: list --standing overdue json; floor: sqlite3 -json of the same rows"))
    # the floor doing the report's work where measured (counts by standing and lead, the overdue and
    # due-soon rows as JSON); older runs only had count(*) of the overdue
    sr = hf(f"sqlite-report-{n}")
    rows.append((n, "report (JSON)", kr, None, None, sr or hf(f"sqlite-overdue-{n}"),
                 "floor: sqlite3 -json of the counts by standing and lead and the overdue and due-soon rows" if sr
                 else "floor: count(*) of the overdue"))
    rows.append((n, "search a word (Enter → jump)", tmux("kh", n, "search_found_s"), None,
                 tmux("vd", n, "search_found_s"), None, "kh matches without diacritics (more rows)"))
    rows.append((n, "search an absent word (Enter → none)", tmux("kh", n, "search_absent_s"), None,
                 tmux("vd", n, "search_absent_s"), None, ""))
    rows.append((n, "50 × j from the top (settled)", tmux("kh", n, "scroll1_s"), None, tmux("vd", n, "scroll1_s"),
                 None, ""))
    rows.append((n, "50 × j more, view scrolls (settled)", tmux("kh", n, "scroll2_s"), None,
                 tmux("vd", n, "scroll2_s"), None, ""))
    rows.append((n, "export everything", hf(f"kh-export-{n}"), hf(f"tw-export-{n}"), None, hf(f"sqlite-export-{n}"),
                 "kh CSV; tw JSON; sqlite CSV"))

P("## Side by side (medians; ratios = kehoach ÷ other, >1 = kehoach slower)\n")
P("| size | operation | kehoach | Taskwarrior | VisiData | sqlite3 | ÷ best peer | ÷ floor | note |")
P("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for n, op, k, t, v, s, note in rows:
    P(f"| {n} | {op} | {fmt(k)} | {fmt(t)} | {fmt(v)} | {fmt(s)} | {ratio(k, best(t, v))} | {ratio(k, s)} | {note} |")

P("\n## Spread (min–max of the runs) for the same cells\n")
P("| size | operation | kehoach | Taskwarrior | VisiData | sqlite3 |")
P("| ---: | --- | ---: | ---: | ---: | ---: |")
for n, op, k, t, v, s, note in rows:
    P(f"| {n} | {op} | {spread(k)} | {spread(t)} | {spread(v)} | {spread(s)} |")

P("\n## Peak RSS (MiB, median of 3)\n")
P("| size | operation | kehoach | Taskwarrior | VisiData | sqlite3 |")
P("| ---: | --- | ---: | ---: | ---: | ---: |")
for n in sizes():
    def r(name):
        v = rss(name)
        return "—" if v is None else f"{v:.0f}"
    P(f"| {n} | import/load | text {r(f'kh-import-text-{n}')}, status YAML {r(f'kh-status-yaml-{n}')}, "
      f"whole YAML {r(f'kh-import-yaml-{n}')} | {r(f'tw-import-{n}')} | {r(f'vd-batch-{n}')} | {r(f'sqlite-load-{n}')} |")
    P(f"| {n} | agency filter | {r(f'kh-agency-{n}')} | {r(f'tw-agency-exact-{n}')} | — | {r(f'sqlite-agency-any-{n}')} |")
    P(f"| {n} | overdue | list {r(f'kh-overdue-{n}')}, report {r(f'kh-report-{n}')} | {r(f'tw-overdue-{n}')} | — | {r(f'sqlite-overdue-{n}')} |")
    P(f"| {n} | export | {r(f'kh-export-{n}')} | {r(f'tw-export-{n}')} | — | {r(f'sqlite-export-{n}')} |")
    kr, vr = tmux("kh", n, "peak_rss_mib"), tmux("vd", n, "peak_rss_mib")
    P(f"| {n} | interactive session | {kr['med']:.0f} | — | {vr['med']:.0f} | — |" if kr and vr else
      f"| {n} | interactive session | {kr['med'] if kr else '—'} | — | {vr['med'] if vr else '—'} | — |")

P("\n## Every measurement\n")
P("| job | median | min | max | runs | peak RSS MiB |")
P("| --- | ---: | ---: | ---: | ---: | ---: |")
for f in sorted(glob.glob(os.path.join(res, "hf-*.json"))):
    name = os.path.basename(f)[3:-5]
    x = hf(name)
    r_ = rss(name)
    P(f"| {name} | {fmt(x)} | {x['min']*1e3:.1f} ms | {x['max']*1e3:.1f} ms | {x['n']} | "
      f"{'—' if r_ is None else f'{r_:.1f}'} |")
for f in sorted(glob.glob(os.path.join(res, "*-tmux-*.txt"))):
    P("\n```\n" + open(f).read().rstrip() + "\n```")
for extra in ("checks.txt", "setup.txt", "failures.txt"):
    p = os.path.join(res, extra)
    if os.path.exists(p):
        P(f"\n{extra}:\n```\n" + open(p).read().rstrip() + "\n```")
