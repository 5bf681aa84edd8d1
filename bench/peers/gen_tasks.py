#!/usr/bin/env python3
"""Deterministic synthetic plan-task generator (seed 42).

Writes, for each size N in SIZES, into OUTDIR (default: this script's dir):
  tasks-N.csv      UTF-8, header row: code,group,text,lead_agency,
                   cooperating_agencies,deadline,status
  tasks-N.tw.json  Taskwarrior 2.6 import file (JSON array, one task a line):
                   description = code + " " + text[:200], project =
                   "agency.<n>" (lead agency, n = 1..500), tags = ["gNN"]
                   (group), due = deadline (00:00 UTC), status
                   pending|completed (completed tasks get an `end`),
                   deterministic uuid, fixed entry/modified.
  agencies.csv     id,project,name  (the 500 lead-agency names)
  meta-N.json      facts the benchmark needs (name of agency.7, expected
                   counts, a Vietnamese search word whose first match is
                   near the bottom of the file, ...).

Task text: sentences sampled from the two seed plans (NFC). Sentences are
split, in document order, into 20 contiguous pools, one per group, so the
tasks of a group share vocabulary (as sections of a real plan do); rows are
ordered by group then sequence number (codes I.1 .. XX.k).

Usage: gen_tasks.py [--seeds DIR] [--out DIR] [SIZE ...]
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import unicodedata
import uuid

SEED = 42
SIZES = [1000, 10000, 100000]
N_AGENCIES = 500
SEED_FILES = ["2-kon-tum-3785-semiconductor-hr-plan.txt",
              "1-thai-nguyen-semiconductor-strategy-plan.txt"]
# The repository's bundled plans (the same texts as ../shared/seeds, under their install names).
DEFAULT_SEEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Assets", "plans")
OVERDUE_CUTOFF = dt.date(2026, 11, 23)
D0, D1 = dt.date(2025, 1, 1), dt.date(2030, 12, 31)
P_COMPLETED = 0.30

GROUPS = [
    "Nghiên cứu, xây dựng và hoàn thiện cơ chế, chính sách đặc thù",
    "Đầu tư hạ tầng, cơ sở vật chất, công nghệ phục vụ đào tạo",
    "Tổ chức đào tạo",
    "Huy động, đa dạng hóa nguồn lực",
    "Xây dựng hệ sinh thái, hỗ trợ phát triển doanh nghiệp",
    "Nghiên cứu và phát triển",
    "Khảo sát, đánh giá tiềm năng",
    "Xây dựng hạ tầng đầu tư",
    "Thu hút đầu tư",
    "Phát triển nhân lực và thu hút nhân tài",
    "Thúc đẩy nghiên cứu và ứng dụng",
    "Tuyên truyền, phổ biến, nâng cao nhận thức",
    "Cải cách thủ tục hành chính",
    "Xúc tiến đầu tư, hợp tác quốc tế",
    "Khu công nghệ thông tin tập trung",
    "Đổi mới sáng tạo và khởi nghiệp",
    "Kinh phí thực hiện",
    "Theo dõi, đánh giá, báo cáo",
    "Chuyển đổi số",
    "Các nhiệm vụ, giải pháp khác",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
         "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]

# 25 agency kinds (names as they appear in the seed plans) x 20 localities
AGENCY_KINDS = [
    ("Sở Kế hoạch và Đầu tư", True), ("Sở Tài chính", True),
    ("Sở Thông tin và Truyền thông", True), ("Sở Khoa học và Công nghệ", True),
    ("Sở Giáo dục và Đào tạo", True),
    ("Sở Lao động - Thương binh và Xã hội", True), ("Sở Công Thương", True),
    ("Sở Tài nguyên và Môi trường", True), ("Sở Nội vụ", True),
    ("Sở Tư pháp", True), ("Sở Xây dựng", True), ("Sở Y tế", True),
    ("Sở Giao thông vận tải", True),
    ("Sở Nông nghiệp và Phát triển nông thôn", True), ("Sở Ngoại vụ", True),
    ("Sở Văn hóa, Thể thao và Du lịch", True), ("Công an", True),
    ("Thanh tra", True), ("Văn phòng Ủy ban nhân dân", True),
    ("Trung tâm Thông tin", True),
    ("Ban Quản lý các Khu công nghiệp", False), ("Trường Cao đẳng", False),
    ("Đài Phát thanh - Truyền hình", False), ("Báo", False),
    ("Liên minh Hợp tác xã", True),
]
LOCALITIES = [
    ("tỉnh", "Kon Tum"), ("tỉnh", "Thái Nguyên"), ("tỉnh", "Bắc Ninh"),
    ("tỉnh", "Bắc Giang"), ("tỉnh", "Hà Nam"), ("thành phố", "Đà Nẵng"),
    ("tỉnh", "Quảng Nam"), ("tỉnh", "Bình Dương"), ("tỉnh", "Đồng Nai"),
    ("tỉnh", "Long An"), ("thành phố", "Cần Thơ"), ("thành phố", "Hải Phòng"),
    ("tỉnh", "Quảng Ninh"), ("tỉnh", "Vĩnh Phúc"), ("tỉnh", "Phú Thọ"),
    ("tỉnh", "Thừa Thiên Huế"), ("tỉnh", "Khánh Hòa"), ("tỉnh", "Gia Lai"),
    ("tỉnh", "Đắk Lắk"), ("tỉnh", "Lâm Đồng"),
]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def agencies():
    out = []
    for kind, with_adm in AGENCY_KINDS:
        for adm, place in LOCALITIES:
            out.append(nfc(f"{kind} {adm} {place}" if with_adm
                           else f"{kind} {place}"))
    assert len(out) == N_AGENCIES and len(set(out)) == N_AGENCIES
    return out


_MARK = re.compile(r"^\s*(?:[-+•]\s*|\d+(?:\.\d+)*\.\s+|[a-zđ]\)\s+)")


def sentences(seed_dir):
    """Sentences of both plans, document order, NFC, 40..400 chars."""
    out = []
    for name in SEED_FILES:
        with open(os.path.join(seed_dir, name), encoding="utf-8") as f:
            text = nfc(f.read())
        skipping = False
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("Nơi nhận"):  # distribution list: not text
                skipping = True
                continue
            if skipping:
                if not line or line.startswith("-"):
                    continue
                skipping = False
            if "|" in line:  # appendix table: keep the task-text cell
                cells = [c.strip() for c in line.split("|")]
                line = cells[1] if len(cells) > 2 and cells[0].isdigit() else ""
            line = _MARK.sub("", line)
            if len(line) < 40 or line.upper() == line:
                continue
            # split at sentence ends followed by an upper-case letter
            parts, start = [], 0
            for m in re.finditer(r"[.;!?]\s+", line):
                nxt = line[m.end():m.end() + 1]
                if nxt and nxt.isupper():
                    parts.append(line[start:m.end()].strip())
                    start = m.end()
            parts.append(line[start:].strip())
            for p in parts:
                if len(p) > 400:
                    p = p[:400].rsplit(" ", 1)[0].rstrip(",;:") + "."
                if len(p) >= 40:
                    out.append(p)
    return out


def make_text(rng, pool):
    target = rng.randint(150, 400)
    s = ""
    while len(s) < target:
        s = (s + " " + rng.choice(pool)).strip()
    if len(s) > 400:
        s = s[:399].rsplit(" ", 1)[0].rstrip(",;:.") + "."
    while len(s) < 150:  # cut made it short: append another sentence, recut
        s = (s + " " + rng.choice(pool)).strip()
        if len(s) > 400:
            s = s[:399].rsplit(" ", 1)[0].rstrip(",;:.") + "."
    assert 150 <= len(s) <= 400, len(s)
    return nfc(s)


def tw_date(d):
    return d.strftime("%Y%m%dT000000Z")


def generate(n, seed_dir, outdir, agency_names, sents):
    rng = random.Random(SEED)
    pools = [sents[i * len(sents) // 20:(i + 1) * len(sents) // 20]
             for i in range(20)]
    span = (D1 - D0).days
    rows = []
    for _ in range(n):
        g = rng.randrange(20)
        lead = rng.randrange(N_AGENCIES)
        others = [a for a in rng.sample(range(N_AGENCIES), 5) if a != lead]
        coop = others[:rng.randint(0, 4)]
        due = D0 + dt.timedelta(days=rng.randint(0, span))
        done = rng.random() < P_COMPLETED
        end = (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
               if done else None)
        text = make_text(rng, pools[g])
        u = uuid.UUID(int=rng.getrandbits(128), version=4)
        rows.append([g, lead, coop, due, done, end, text, u])
    rows.sort(key=lambda r: r[0])  # stable: group, then generation order
    seq = [0] * 20
    csv_path = os.path.join(outdir, f"tasks-{n}.csv")
    tw_path = os.path.join(outdir, f"tasks-{n}.tw.json")
    entry = "20241022T000000Z"
    with open(csv_path, "w", encoding="utf-8", newline="") as fc, \
            open(tw_path, "w", encoding="utf-8") as fj:
        w = csv.writer(fc)
        w.writerow(["code", "group", "text", "lead_agency",
                    "cooperating_agencies", "deadline", "status"])
        fj.write("[\n")
        for i, (g, lead, coop, due, done, end, text, u) in enumerate(rows):
            seq[g] += 1
            code = f"{ROMAN[g]}.{seq[g]}"
            status = "completed" if done else "pending"
            w.writerow([code, GROUPS[g], text, agency_names[lead],
                        "; ".join(agency_names[a] for a in coop),
                        due.isoformat(), status])
            t = {"uuid": str(u), "status": status, "entry": entry,
                 "modified": entry,
                 "description": f"{code} {text[:200]}",
                 "project": f"agency.{lead + 1}",
                 "tags": [f"g{g + 1:02d}"], "due": tw_date(due)}
            if done:
                t["end"] = tw_date(end)
            fj.write(json.dumps(t, ensure_ascii=False))
            fj.write(",\n" if i < n - 1 else "\n")
        fj.write("]\n")

    # facts for the benchmark
    a7 = agency_names[6]
    texts = [r[6] for r in rows]
    first_seen = {}
    for i, t in enumerate(texts):
        for tok in set(re.findall(r"\w+", t)):
            first_seen.setdefault(tok, i)
    # a word with Vietnamese diacritics whose first match is as late as
    # possible (ties: longest, then alphabetical)
    cand = [(i, len(t), t) for t, i in first_seen.items()
            if len(t) >= 4 and not t.isascii() and not t[0].isdigit()]
    cand.sort(key=lambda x: (-x[0], -x[1], x[2]))
    word_row, _, word = cand[0]
    meta = {
        "n": n, "seed": SEED,
        "agency7_project": "agency.7", "agency7_name": a7,
        "agency7_tasks": sum(1 for r in rows if r[1] == 6),
        "agency7_pending": sum(1 for r in rows if r[1] == 6 and not r[4]),
        "pending": sum(1 for r in rows if not r[4]),
        "completed": sum(1 for r in rows if r[4]),
        "overdue_cutoff": OVERDUE_CUTOFF.isoformat(),
        "overdue_pending": sum(1 for r in rows
                               if not r[4] and r[3] < OVERDUE_CUTOFF),
        "search_word": word, "search_word_first_row": word_row + 1,
        "search_word_rows": sum(1 for t in texts if word in t),
        "absent_word": "sầu riêng",
        "absent_word_rows": sum(1 for t in texts if "sầu riêng" in t),
        "text_len_min": min(map(len, texts)),
        "text_len_max": max(map(len, texts)),
        "csv_bytes": os.path.getsize(csv_path),
        "tw_json_bytes": os.path.getsize(tw_path),
    }
    with open(os.path.join(outdir, f"meta-{n}.json"), "w",
              encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=DEFAULT_SEEDS)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("sizes", nargs="*", type=int, default=SIZES)
    a = ap.parse_args()
    names = agencies()
    with open(os.path.join(a.out, "agencies.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "project", "name"])
        for i, nm in enumerate(names, 1):
            w.writerow([i, f"agency.{i}", nm])
    sents = sentences(a.seeds)
    for n in a.sizes:
        m = generate(n, a.seeds, a.out, names, sents)
        print(json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()
