"""Score the reader against the blind office rounds' expected.json.

    python benchmarks/office_expected.py [--rounds blind20,blind60,100-110] [--json OUT]
                                         [--worst 40] [--jobs N]

Each round under tests/data/office/blind*/ holds files written blind and an
expected.json saying what a careful analyst gets from each file stem: one
object per document with `meta` and `clauses`. A stem's expectation applies
to every file of the round whose stem matches (.docx .pdf .html .htm .xlsx
.txt); a key naming a file with its extension applies to that file only.
Older rounds lay the file out differently (documents/clauses dicts, a `meta`
dict beside per-stem clause lists, a single object instead of a list); what
cannot be interpreted is skipped and counted.

For every file: the reader's documents are paired with the expected ones (by
title similarity after `squash`, then by shared clauses), and then

* documents: expected count vs produced count;
* metadata, where the expected gives a value: title, doc_number, issuer set,
  date (the produced .signed or .published), level, effective; where the
  expected says null, a produced value is counted as "spurious";
* clauses (recall): an expected clause is
    found     equal to a produced clause (also after removing the produced
              clause's label / first line / leading enumerator), or inside one
              and at least 80% of its length;
    merged    inside a longer produced clause (< 80% of it);
    split     covered only by 2+ consecutive produced clauses together;
    elsewhere found (as above) but in another produced document of the file;
    missing   none of these.
  Table rows compare without the separators ：；｜| and newlines (and, for
  rows written `a | b | c`, against the produced row's values alone).
  Expected clauses that look like document furniture (title, 主送, 落款,
  date line, （此件公开发布）, 版头, 抄送/印发) are marked, so that rounds whose
  expected lists them can be told apart from lost content.

Prints an overall table and the worst files with their worst differences.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bri_kb.vocabulary import order_key, ref_key, squash  # noqa: E402

OFFICE = ROOT / "tests" / "data" / "office"
EXTS = (".docx", ".pdf", ".html", ".htm", ".xlsx", ".txt", ".md")
META_FIELDS = ("title", "doc_number", "issuer", "date", "level", "effective")
STATUSES = ("found", "merged", "split", "elsewhere", "missing")
POINTER_KINDS = {"heading", "signature", "table_header", "attachment"}

# ---------------------------------------------------------------- normalising

# Table rows compare without the separators (：；｜ and newlines), the group-header joiner
# (申报主体／名称 vs 申报主体 名称) and 、 (cell paragraphs joined with 、 or not).
_TABLE_SEP = re.compile(r"[：；｜|:;\n/／、]")
_ENUM = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[条章节款项部分编]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|"
    r"[一二三四五六七八九十]+[、.．]|"
    r"\d+(?:\.\d+)*[、.．)）]?(?!\d)|"
    r"[①-⑳]|[•·●■◆▪▶►\-—]|"
    r"附件\d*[:：]?|Q\d+[:：]?|A[:：]|(?:脚注|注\d{0,2}|注[①-⑳])[:：])"
)
_ANNOT = re.compile(r"\s+\(.*$|\s{2,}.*$|[(（](?=[A-Za-z=]).*$")
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def sq(text: Any) -> str:
    return squash(str(text)) if text is not None else ""


_CELL_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(年|-|/|\.)(\d{1,2})(月|-|/|\.)(\d{1,2})日?(?![\d.])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def cell_norm(text: str) -> str:
    """Cell values as a spreadsheet may display them: 2023-03-01, 2023/3/1 and 2023年3月1日
    compare equal, and so do 12,500.00 and 12500.00 (display format vs stored value)."""
    text = _CELL_DATE.sub(lambda m: f"{m.group(1)}年{int(m.group(3))}月{int(m.group(5))}日", text)
    return _THOUSANDS.sub("", text)


def tnorm(text: str) -> str:
    """Separator-insensitive form of a (squashed) table row (cells normalised first)."""
    return _TABLE_SEP.sub("", cell_norm(text))


def strip_enum(text: str) -> str:
    """A squashed text without its leading enumerator(s) (一、（一）1. 第三条 …)."""
    prev = None
    out = text
    for _ in range(3):
        if out == prev:
            break
        prev = out
        m = _ENUM.match(out)
        if m and m.end() < len(out):
            out = out[m.end():]
    return out


def clean_value(v: Any) -> Any:
    """An expected meta value without the analyst's annotation ('X  (as printed; …)')."""
    if isinstance(v, str):
        v = _ANNOT.sub("", v.strip()).strip()
        return v or None
    return v


def iso(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    m = _ISO.match(v.strip())
    return m.group(0) if m else None


_LEVELS = [
    (("state_council", "国务院"), {"state_council"}),
    (("national", "国家级", "中央"), {"state_council", "ministry"}),
    (("ministerial", "ministry", "部委", "部级"), {"ministry"}),
    (("provincial", "省级", "自治区", "直辖市"), {"provincial"}),
    (("municipal", "市级", "地市", "city"), {"municipal"}),
    (("county", "县级", "区县", "district"), {"county"}),
    (("other", "其他"), {"other"}),
]


def level_set(v: Any) -> set[str] | None:
    if not isinstance(v, str) or not v.strip():
        return None
    head = v.strip().split()[0].split("(")[0].split("（")[0].lower()
    for words, out in _LEVELS:
        if any(head.startswith(w) for w in words):
            return out
    return None


def issuer_list(v: Any) -> list[str] | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = clean_value(v)
        if not v:
            return None
        items = [x for x in re.split(r"[、;；\s]+", v) if x.strip()]
    elif isinstance(v, list):
        items = []
        for x in v:
            if isinstance(x, str):
                x = clean_value(x)
                if x:
                    items.append(x)
            elif isinstance(x, dict) and x.get("name"):
                items.append(str(x["name"]))
    else:
        return None
    items = [sq(x) for x in items if sq(x)]
    return items or None


def short(text: Any, n: int = 70) -> str:
    s = "" if text is None else str(text).replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


# ---------------------------------------------------------------- expected


@dataclass
class ExpClause:
    text: str
    alts: list[str] = field(default_factory=list)
    table: bool = False


@dataclass
class ExpDoc:
    meta: dict[str, Any] | None  # None: clauses of a stem whose documents could not be told apart
    clauses: list[ExpClause] | None
    has_pdf_note: bool = False
    unsplit: bool = False
    pdf_clauses: list[ExpClause] | None = None  # _pdf.clauses: what the PDF holds instead
    pdf_absent: set[str] = field(default_factory=set)  # _pdf.clauses_absent_from_text_layer


@dataclass
class Expect:
    round: str
    key: str
    files: list[Path]
    docs: list[ExpDoc]


def _exp_clause(c: Any) -> ExpClause | None:
    if isinstance(c, str):
        text, alts, table = c, [], False
    elif isinstance(c, dict) and isinstance(c.get("text"), str):
        text = c["text"]
        alts = [a for a in (c.get("also_fine") or []) if isinstance(a, str)]
        table = bool(c.get("table_row") or c.get("form_row") or str(c.get("kind", "")).startswith("table"))
    else:
        return None
    if not sq(text):
        return None
    s = sq(text)
    # squash is NFKC: ：；｜ arrive as :;|
    if "|" in s or s.count(":") >= 2:
        table = True
    return ExpClause(text, alts, table)


def _clauses(v: Any) -> list[ExpClause] | None:
    if not isinstance(v, list):
        return None
    out = [x for x in (_exp_clause(c) for c in v) if x is not None]
    return out


def _date_value(v: Any) -> Any:
    """ISO date (or its prefix); None for an explicit null; "<absent>" when not given or not readable."""
    if v is None or v == "":
        return None
    if isinstance(v, str):
        return iso(v) or "<absent>"
    return "<absent>"


def _meta(m: dict[str, Any]) -> dict[str, Any]:
    """The fields this script scores, from an expected meta in any layout."""
    out: dict[str, Any] = {}
    out["title"] = m.get("title") if isinstance(m.get("title"), str) else None
    alts = m.get("title_also_fine") or []
    out["title_alts"] = [alts] if isinstance(alts, str) else [a for a in alts if isinstance(a, str)]
    out["doc_number"] = clean_value(m["doc_number"]) if "doc_number" in m else "<absent>"
    issuer = m.get("issuer", m.get("issuers", "<absent>"))
    out["issuer"] = "<absent>" if issuer == "<absent>" else issuer_list(issuer)
    date = m.get("date", m.get("signed", "<absent>"))
    out["date"] = _date_value(date)
    out["level"] = m.get("level", "<absent>")
    eff = m.get("effective", "<absent>")
    out["effective"] = _date_value(eff)
    att = m.get("attachments") or []
    out["attachment_titles"] = [sq(re.sub(r"^附件\s*\d*[：:.．、\s]*|^\d+[.．、]", "", a)) for a in att if isinstance(a, str)]
    return out


def _with_pdf(doc: ExpDoc, pdf: Any) -> ExpDoc:
    """What a `_pdf` note says the PDF holds: a replacement clause list, or clauses absent from
    its text layer (they are then not asked of the PDF)."""
    if isinstance(pdf, dict):
        if isinstance(pdf.get("clauses"), list):
            doc.pdf_clauses = _clauses(pdf["clauses"])
        absent = pdf.get("clauses_absent_from_text_layer")
        if isinstance(absent, list):
            doc.pdf_absent = {sq(a if isinstance(a, str) else a.get("text", "")) for a in absent
                              if isinstance(a, (str, dict))}
    return doc


def _split_by_titles(metas: list[dict[str, Any]], clauses: list[ExpClause]) -> list[ExpDoc]:
    """One combined clause list of a stem with several documents (older rounds): cut it
    where each document's title stands as a clause; failing that, keep it whole."""
    if len(metas) == 1:
        return [ExpDoc(_meta(metas[0]), clauses)]
    idx: list[int] = []
    start = 0
    for m in metas:
        t = sq(m.get("title"))
        hit = next((i for i in range(start, len(clauses)) if t and sq(clauses[i].text) == t), None)
        if hit is None:
            break
        idx.append(hit)
        start = hit + 1
    if len(idx) == len(metas):
        docs = []
        for k, m in enumerate(metas):
            a = 0 if k == 0 else idx[k]
            b = idx[k + 1] if k + 1 < len(idx) else len(clauses)
            docs.append(ExpDoc(_meta(m), clauses[a:b]))
        return docs
    return [ExpDoc(_meta(m), None) for m in metas] + [ExpDoc(None, clauses, unsplit=True)]


def _files_for(directory: Path, key: str) -> list[Path]:
    exact = directory / key
    if exact.suffix.lower() in EXTS and exact.is_file():
        return [exact]
    if Path(key).suffix.lower() in (".pptx", ".ppt", ".doc", ".wps", ".et", ".ofd", ".zip"):
        return []
    return sorted(p for p in directory.iterdir()
                  if p.is_file() and p.suffix.lower() in EXTS and p.stem == key)


def load_round(directory: Path, skipped: Counter) -> list[Expect]:
    name = directory.name
    path = directory / "expected.json"
    if not path.is_file():
        skipped[f"{name}: no expected.json"] += 1
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        skipped[f"{name}: unreadable expected.json ({exc.__class__.__name__})"] += 1
        return []
    if not isinstance(data, dict):
        skipped[f"{name}: expected.json is not an object"] += 1
        return []
    by_key: dict[str, list[ExpDoc]] = {}

    # Layout C (rounds 6-11): {"clauses": {stem: [str]}, "documents": {stem: [meta]}, "tables": …}
    if isinstance(data.get("documents"), dict) and isinstance(data.get("clauses"), dict):
        docs_d, cl_d = data["documents"], data["clauses"]
        for key in sorted(set(docs_d) | set(cl_d)):
            metas = docs_d.get(key) or []
            metas = [metas] if isinstance(metas, dict) else [m for m in metas if isinstance(m, dict)]
            clauses = _clauses(cl_d.get(key))
            if not metas and clauses is None:
                skipped[f"{name}/{key}: nothing to read"] += 1
                continue
            if not metas:
                by_key[key] = [ExpDoc(None, clauses, unsplit=True)]
            elif clauses is None:
                by_key[key] = [ExpDoc(_meta(m), None) for m in metas]
            else:
                by_key[key] = _split_by_titles(metas, clauses)
    else:
        side_meta = data.get("meta") if isinstance(data.get("meta"), dict) else None
        for key, v in data.items():
            if key.startswith("_") or "__" in key or key in ("meta", "notes", "tables", "excluded"):
                continue
            if (isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
                    and any("meta" in x or "clauses" in x for x in v)):
                docs = []
                for x in v:
                    m = x.get("meta") if isinstance(x.get("meta"), dict) else None
                    docs.append(_with_pdf(ExpDoc(_meta(m) if m is not None else None, _clauses(x.get("clauses")),
                                                 has_pdf_note="_pdf" in x, unsplit=m is None), x.get("_pdf")))
                by_key[key] = docs
            elif isinstance(v, dict) and ("meta" in v or "clauses" in v):
                m = v.get("meta") if isinstance(v.get("meta"), dict) else None
                by_key[key] = [ExpDoc(_meta(m) if m is not None else None, _clauses(v.get("clauses")),
                                      has_pdf_note="_pdf" in v, unsplit=m is None)]
            elif isinstance(v, list) and all(isinstance(x, (str, dict)) for x in v) and side_meta is not None:
                # Layout D (rounds 12-13): {stem: [clause, …], "meta": {stem: meta | [meta, …]}}
                metas = side_meta.get(key) or []
                metas = [metas] if isinstance(metas, dict) else [m for m in metas if isinstance(m, dict)]
                clauses = _clauses(v) or []
                by_key[key] = _split_by_titles(metas, clauses) if metas else [ExpDoc(None, clauses, unsplit=True)]
            else:
                skipped[f"{name}/{key}: not interpretable ({type(v).__name__})"] += 1
    out = []
    for key, docs in by_key.items():
        files = _files_for(directory, key)
        if not files:
            skipped[f"{name}/{key}: no matching file"] += 1
            continue
        if not any(d.meta is not None or d.clauses for d in docs):
            skipped[f"{name}/{key}: no meta or clauses"] += 1
            continue
        out.append(Expect(name, key, files, docs))
    if not out and not by_key:
        skipped[f"{name}: no interpretable entries"] += 1
    return out


# ---------------------------------------------------------------- furniture

_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
                        r"[\d一二三四五六七八九十〇]{1,3}日(?:印发|发布)?$")


def furniture(e: ExpClause, meta: dict[str, Any] | None, index: int) -> str | None:
    """Why an expected clause looks like document furniture rather than content, if it does."""
    s = sq(e.text)
    if meta:
        if meta.get("title") and s == sq(meta["title"]):
            return "title"
        if isinstance(meta.get("doc_number"), str) and s == sq(meta["doc_number"]):
            return "doc_number"
        if meta.get("issuer") and meta["issuer"] != "<absent>" and s in meta["issuer"]:
            return "signature"
    if _DATE_LINE.match(s):
        return "date_line"
    m = re.match(r"^(.{2,60}?)((?:\d{4}|[〇○零一二三四五六七八九]{4})年"
                 r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十〇]{1,3}日)$", s)
    if m and re.search(r"(?:厅|局|会|府|室|委|办|部|院|署|行|公司)$", m.group(1)):
        return "signature"
    if meta and s in (meta.get("attachment_titles") or []):
        return "attachment_title"
    if re.match(r"^[（(]此件.{1,12}[）)]$", s) or re.match(r"^[（(](?:此件|本件)", s) and len(s) < 20:
        return "publicity"
    if s.endswith("文件") and len(s) < 40 or s == "文件":
        return "masthead"
    if re.match(r"^(?:抄送|印发|分送|主送)[:：]", s) or re.search(r"\d{4}年\d{1,2}月\d{1,2}日印发$", s):
        return "imprint"
    if index < 4 and s.endswith(":") and len(s) < 120 and not re.search(r"如下|以下|条件|下列|规定", s):
        return "addressee"
    return None


# ---------------------------------------------------------------- produced


@dataclass
class PClause:
    i: int
    doc: int
    kind: str
    label: str
    text: str
    forms: list[str]
    tforms: list[str]
    first: str = ""  # the first line, when the clause has more than one


def produced_clause(i: int, doc: int, c: Any) -> PClause:
    t0 = sq(c.text)
    forms = [t0]
    lab = sq(c.label)
    if lab and t0.startswith(lab) and len(t0) > len(lab):
        forms.append(t0[len(lab):])
    if "\n" in (c.text or "").strip():
        rest = sq(c.text.strip().split("\n", 1)[1])
        if rest:
            forms.append(rest)
    se = strip_enum(t0)
    if se != t0:
        forms.append(se)
    if c.path:
        # some rounds write a clause with its heading in front: 三、参会人员 （二）…
        forms.append(sq(c.path[-1]) + t0)
    forms = list(dict.fromkeys(f for f in forms if f))
    tforms = [tnorm(f) for f in forms]
    fields = getattr(c, "fields", None) or {}
    if fields:
        vals = "".join(tnorm(sq(str(v))) for v in fields.values())
        if vals:
            tforms.append(vals)
    lines = [ln for ln in (c.text or "").strip().split("\n") if ln.strip()]
    first = sq(lines[0]) if len(lines) > 1 else ""
    return PClause(i, doc, c.kind, c.label, c.text, forms, list(dict.fromkeys(tforms)), first)


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def title_sim(a: str, b: str) -> float:
    a, b = sq(a), sq(b)
    if not a or not b:
        return 0.0
    r = _ratio(a, b)
    lo, hi = sorted((a, b), key=len)
    if lo in hi and len(lo) >= 0.5 * len(hi):
        r = max(r, 0.8)
    return r


# ---------------------------------------------------------------- clause matching


def _exp_forms(e: ExpClause) -> tuple[list[str], list[str]]:
    forms, tforms = [], []
    for t in [e.text, *e.alts]:
        s = re.sub(r"^\[[^\]]{1,40}\]", "", sq(t))  # a "[一、准入政策] …" path prefix some rounds write
        for f in (s, strip_enum(s), s.rstrip(":") if len(s) > 3 else s):
            if f and f not in forms:
                forms.append(f)
        for tf in ((tnorm(s), _row_values(s)) if e.table else (tnorm(s),)):
            if tf and tf not in tforms:
                tforms.append(tf)
    return forms, tforms


def _row_values(s: str) -> str:
    """The values of a row written 列名：值；列名：值, separators removed ('' if not so written)."""
    parts = [p for p in s.split(";") if p]  # squashed: ：； are :;
    if len(parts) < 2 or not all(":" in p for p in parts):
        return ""
    return "".join(tnorm(p.split(":", 1)[1]) for p in parts)


def _cells(p: PClause) -> set[str]:
    return {sq(x) for x in re.split(r"[\n｜|]", p.text or "") if x.strip()}


def _heading_like(s: str) -> bool:
    return len(s) <= 50 and not re.search(r"[。；;]", s)


def _direct(forms: list[str], tforms: list[str], pcs: list[PClause]) -> tuple[str, PClause | None]:
    """'found' / 'merged' / '' against these produced clauses."""
    merged: PClause | None = None
    for p in pcs:
        for ef in forms:
            if ef in p.forms:
                return "found", p
        for ef in tforms:
            if ef in p.tforms:
                return "found", p
    # a heading the reader kept as the first line of the clause it opens
    for p in pcs:
        if p.first and forms and _heading_like(forms[0]) and forms[0] in (p.first, strip_enum(p.first)):
            return "found", p
    for p in pcs:
        for ef in forms:
            for pf in p.forms:
                if ef in pf:
                    if len(ef) >= 0.8 * len(pf):
                        return "found", p
                    if len(ef) >= 6 or ef in _cells(p):
                        merged = merged or p
        for ef in tforms:
            for pf in p.tforms:
                if ef in pf:
                    if len(ef) >= 0.8 * len(pf):
                        return "found", p
                    if len(ef) >= 6 or ef in {tnorm(x) for x in _cells(p)}:
                        merged = merged or p
    if merged is not None:
        return "merged", merged
    return "", None


def _concat_find(forms: list[str], tforms: list[str], pcs: list[PClause]) -> list[PClause] | None:
    """The 2+ consecutive produced clauses whose texts together cover an expected clause."""
    if len(pcs) < 2:
        return None
    for which, efs in ((0, forms), (1, tforms)):
        for variant in (0, 1):
            parts, starts = [], []
            pos = 0
            for p in pcs:
                src = p.tforms if which else p.forms
                f = src[0] if variant == 0 or len(src) < 2 else src[1]
                starts.append(pos)
                parts.append(f)
                pos += len(f)
            s = "".join(parts)
            for ef in efs:
                if len(ef) < 4:
                    continue
                k = s.find(ef)
                if k < 0:
                    continue
                end = k + len(ef)
                a = max(j for j, st in enumerate(starts) if st <= k)
                b = max(j for j, st in enumerate(starts) if st < end)
                if b > a:
                    return pcs[a:b + 1]
    return None


def _nearest(forms: list[str], tforms: list[str], pcs: list[PClause]) -> tuple[float, PClause | None]:
    """The produced clause most like an expected one (table rows compared without separators)."""
    if not forms or not pcs:
        return 0.0, None
    pairs = [(forms[0], lambda p: p.forms[0])]
    if tforms:
        pairs.append((tforms[-1], lambda p: p.tforms[-1]))
    best_r, best_p = 0.0, None
    for ef, get in pairs:
        cands = sorted(pcs, key=lambda p: -SequenceMatcher(None, ef, get(p), autojunk=False).quick_ratio())[:4]
        for p in cands:
            r = _ratio(ef, get(p))
            if r > best_r:
                best_r, best_p = r, p
    return best_r, best_p


def _grouped(exp_forms: list[str], idx: int, p: PClause) -> bool:
    """Is produced clause p exactly a run of consecutive expected clauses around idx (the
    reader keeps at a coarser grain, e.g. an article with its 款), rather than the expected
    clause glued to text the expected does not hold?"""
    targets = set(p.forms) | {tnorm(f) for f in p.forms}
    n = len(exp_forms)
    for a in range(max(0, idx - 30), idx + 1):
        acc = "".join(exp_forms[a:idx])
        if len(acc) > len(p.forms[0]):
            continue
        for b in range(idx, min(n, idx + 30)):
            acc += exp_forms[b]
            if acc in targets or tnorm(acc) in targets:
                return True
            if len(acc) > len(p.forms[0]) + 10:
                break
    return False


def match_clauses(exp: list[ExpClause], meta: dict[str, Any] | None, own: list[PClause],
                  others: list[PClause]) -> tuple[list[dict[str, Any]], set[int]]:
    results = []
    used: set[int] = set()
    exp_forms = [sq(e.text) for e in exp]
    for idx, e in enumerate(exp):
        forms, tforms = _exp_forms(e)
        status, p = _direct(forms, tforms, own)
        got: Any = None
        if status:
            got = p.text
            used.add(p.i)
        else:
            span = _concat_find(forms, tforms, own)
            if span:
                status = "split"
                got = [x.text for x in span]
                used.update(x.i for x in span)
            elif others:
                st2, p2 = _direct(forms, tforms, others)
                if st2:  # found (or merged) in another produced document of the file
                    status, got = "elsewhere", p2.text
        status = status or "missing"
        r: dict[str, Any] = {"i": idx, "expected": e.text, "status": status, "table": e.table}
        fur = furniture(e, meta, idx)
        if fur:
            r["furniture"] = fur
        if status == "missing":
            ratio, near = _nearest(forms, tforms, own + others)
            if near is not None:
                r["nearest"] = near.text
                r["nearest_ratio"] = round(ratio, 3)
                r["nearest_kind"] = near.kind
                if ratio >= 0.85:
                    r["near"] = True  # present, but its text differs a little
        elif status == "merged":
            r["produced"] = got
            r["grouped"] = _grouped(exp_forms, idx, p)
        elif status == "elsewhere":
            r["produced"] = got
        elif status == "split":
            r["produced"] = got
        results.append(r)
    return results, used


# ---------------------------------------------------------------- one file


def _doc_number_ok(exp: str, got: str | None, wrapper: str | None) -> str:
    """'' when wrong, else how it matched. The reader keeps a 令's or 公告's number in the
    document's .wrapper (西安市人民政府令（第192号）), not in .doc_number (by design, docs/quality.md);
    a 公告 number may carry the organ's name (海关总署公告2024年第45号 for 2024年第45号)."""
    e = order_key(exp)
    if got is not None:
        if sq(exp) == sq(got) or ref_key(exp) == ref_key(got):
            return "same"
        if e == order_key(got) or (re.match(r"^(?:\d{4}年)?第\d+[号期]$", e) and order_key(got).endswith(e)):
            return "organ prefix"
    if wrapper and e and (e == order_key(wrapper) or order_key(wrapper).endswith(e)):
        return "wrapper"
    return ""


def score_meta(m: dict[str, Any], d: Any) -> dict[str, Any]:
    """Field -> {exp, got, ok}; fields the expected does not give ("<absent>") are not scored."""
    m = {k: v for k, v in m.items() if v != "<absent>"}
    out: dict[str, Any] = {}
    got_title = d.title if d is not None else None
    if m.get("title"):
        ok = sq(m["title"]) == sq(got_title) or any(sq(a) == sq(got_title) for a in m.get("title_alts", []))
        out["title"] = {"exp": m["title"], "got": got_title, "ok": ok}
    dn = m.get("doc_number")
    got_dn = d.doc_number.text if d is not None and d.doc_number is not None else None
    if isinstance(dn, str) and dn:
        wrapper = getattr(d, "wrapper", None) if d is not None else None
        how = _doc_number_ok(dn, got_dn, wrapper)
        out["doc_number"] = {"exp": dn, "got": got_dn if how != "wrapper" else f"wrapper={wrapper}", "ok": bool(how)}
        if how and how != "same":
            out["doc_number"]["how"] = how
    elif "doc_number" in m and dn is None:
        out["doc_number_spurious"] = {"exp": None, "got": got_dn, "ok": got_dn is None}
    iss = m.get("issuer")
    if isinstance(iss, list) and iss:
        got_iss = [sq(x) for x in (d.issuers if d is not None else ())]
        out["issuer"] = {"exp": iss, "got": list(d.issuers) if d is not None else [], "ok": set(iss) == set(got_iss)}
    date = m.get("date")
    if isinstance(date, str) and date:
        signed = d.signed if d is not None else None
        pub = d.published if d is not None else None
        ok = any(isinstance(x, str) and x.startswith(date) for x in (signed, pub))
        out["date"] = {"exp": date, "got": f"signed={signed} published={pub}", "ok": ok}
    elif "date" in m and date is None:
        signed = d.signed if d is not None else None
        out["date_spurious"] = {"exp": None, "got": signed, "ok": signed is None}
    lv = level_set(m.get("level"))
    if lv:
        got_lv = d.level if d is not None else None
        out["level"] = {"exp": m.get("level"), "got": got_lv, "ok": got_lv in lv}
    eff = m.get("effective")
    if isinstance(eff, str) and eff:
        got_eff = d.effective if d is not None else None
        out["effective"] = {"exp": eff, "got": got_eff, "ok": isinstance(got_eff, str) and got_eff.startswith(eff)}
    elif "effective" in m and eff is None:
        got_eff = d.effective if d is not None else None
        out["effective_spurious"] = {"exp": None, "got": got_eff, "ok": got_eff is None}
    return out


def pair_docs(exp_docs: list[ExpDoc], produced: list[Any], pcs_by_doc: list[list[PClause]]) -> dict[int, tuple[int, str, float]]:
    """expected doc index -> (produced doc index, method, score)."""
    pairs: dict[int, tuple[int, str, float]] = {}
    taken: set[int] = set()
    real = [i for i, e in enumerate(exp_docs) if e.meta is not None]
    cands = []
    for i in real:
        t = exp_docs[i].meta.get("title") or ""
        for j, d in enumerate(produced):
            s = max([title_sim(t, d.title)] + [title_sim(a, d.title) for a in exp_docs[i].meta.get("title_alts", [])])
            cands.append((s, i, j))
    for s, i, j in sorted(cands, key=lambda x: -x[0]):
        if s < 0.5 or i in pairs or j in taken:
            continue
        pairs[i] = (j, "title", round(s, 3))
        taken.add(j)
    # by shared clauses
    cands = []
    for i in real:
        if i in pairs or not exp_docs[i].clauses:
            continue
        for j in range(len(produced)):
            if j in taken:
                continue
            hits = 0
            for e in exp_docs[i].clauses:
                forms, tforms = _exp_forms(e)
                st, _ = _direct(forms, tforms, pcs_by_doc[j])
                hits += st == "found"
            share = hits / len(exp_docs[i].clauses)
            cands.append((share, i, j))
    for s, i, j in sorted(cands, key=lambda x: -x[0]):
        if s < 0.3 or i in pairs or j in taken:
            continue
        pairs[i] = (j, "clauses", round(s, 3))
        taken.add(j)
    left_e = [i for i in real if i not in pairs]
    left_p = [j for j in range(len(produced)) if j not in taken]
    if len(left_e) == 1 and len(left_p) == 1:
        pairs[left_e[0]] = (left_p[0], "only", 0.0)
    return pairs


def score_file(path: Path, round_name: str, key: str, exp_docs: list[ExpDoc]) -> dict[str, Any]:
    from tests.helpers import ingest_file

    rec: dict[str, Any] = {"round": round_name, "key": key, "file": path.name, "fmt": path.suffix.lower().lstrip(".")}
    t0 = time.time()
    try:
        parsed = ingest_file(path)
        documents, clauses = list(parsed.documents), list(parsed.clauses)
    except Exception as exc:  # noqa: BLE001
        rec["error"] = f"{exc.__class__.__name__}: {exc}"
        rec["trace"] = traceback.format_exc(limit=3)
        documents, clauses = [], []
    rec["seconds"] = round(time.time() - t0, 3)
    doc_index = {d.doc_id: k for k, d in enumerate(documents)}
    pcs_all: list[PClause] = []
    pcs_by_doc: list[list[PClause]] = [[] for _ in documents]
    for i, c in enumerate(clauses):
        k = doc_index.get(c.doc_id, -1)
        pc = produced_clause(i, k, c)
        pcs_all.append(pc)
        if k >= 0:
            pcs_by_doc[k].append(pc)
    real = [e for e in exp_docs if e.meta is not None]
    rec["expected_docs"] = len(real)
    rec["produced_docs"] = len(documents)
    rec["produced_titles"] = [d.title for d in documents]
    pairs = pair_docs(exp_docs, documents, pcs_by_doc)
    out_docs = []
    used_all: set[int] = set()
    for i, e in enumerate(exp_docs):
        drec: dict[str, Any] = {"exp_title": e.meta.get("title") if e.meta else None, "unsplit": e.unsplit,
                                "pdf_note": e.has_pdf_note}
        j = None
        if i in pairs:
            j, how, s = pairs[i]
            drec.update(prod_title=documents[j].title, pair=how, pair_score=s)
        if e.meta is not None:
            drec["meta"] = score_meta(e.meta, documents[j] if j is not None else None)
        exp_clauses = e.clauses
        if rec["fmt"] == "pdf" and exp_clauses is not None:
            if e.pdf_clauses is not None:
                rec["pdf_replaced"] = rec.get("pdf_replaced", 0) + 1
                exp_clauses = e.pdf_clauses
            elif e.pdf_absent:
                kept = [x for x in exp_clauses if sq(x.text) not in e.pdf_absent]
                rec["pdf_absent_skipped"] = rec.get("pdf_absent_skipped", 0) + len(exp_clauses) - len(kept)
                exp_clauses = kept
        if exp_clauses:
            if j is not None:
                own = pcs_by_doc[j]
                others = [p for p in pcs_all if p.doc != j]
            else:
                own, others = pcs_all, []
            res, used = match_clauses(exp_clauses, e.meta, own, others)
            drec["clauses"] = res
            if j is None and e.meta is not None and documents:
                # read into another document (a notice with the rule it issues, a 公告 with its 条例)?
                shares = []
                for k in range(len(documents)):
                    hits = sum(_direct(*_exp_forms(x), pcs_by_doc[k])[0] in ("found", "merged") for x in exp_clauses)
                    shares.append((hits / len(exp_clauses), k))
                best, k = max(shares)
                if best >= 0.5:
                    drec["absorbed_into"] = documents[k].title
            used_all |= used
            if j is not None:
                drec["_own"] = j
        out_docs.append(drec)
    # produced clauses of paired documents that no expected clause (of any document of the file) took
    for drec in out_docs:
        j = drec.pop("_own", None)
        if j is not None:
            drec["extra"] = [{"kind": p.kind, "label": p.label, "text": p.text}
                             for p in pcs_by_doc[j] if p.i not in used_all and p.kind not in POINTER_KINDS]
    rec["docs"] = out_docs
    return rec


def _work(args: tuple[str, str, str, list[ExpDoc]]) -> dict[str, Any]:
    path, round_name, key, docs = args
    return score_file(Path(path), round_name, key, docs)


# ---------------------------------------------------------------- reporting


def file_badness(rec: dict[str, Any]) -> float:
    """How bad a file looks, for ranking: lost documents count more than documents read into
    another (a notice with the rule it issues, which many rounds tolerate), and clause losses
    are weighted by kind (merged/split/elsewhere count less than missing; furniture not at all)."""
    bad = 10.0 if rec.get("error") else 0.0
    paired = sum("prod_title" in d for d in rec["docs"])
    bad += 1.5 * max(0, rec["produced_docs"] - paired)
    n = miss = 0.0
    for d in rec["docs"]:
        if d.get("meta") is not None and d.get("exp_title") and "prod_title" not in d:
            bad += 0.5 if d.get("absorbed_into") else 3.0
        elif "prod_title" in d:
            for f, v in (d.get("meta") or {}).items():
                if not v["ok"]:
                    bad += 1.0 if not f.endswith("_spurious") else 0.5
        for c in d.get("clauses", []):
            if c.get("furniture"):
                continue
            n += 1
            w = {"found": 0, "merged": 0.7, "split": 0.5, "elsewhere": 0.3, "missing": 1}[c["status"]]
            if c.get("grouped") or c.get("near"):
                w *= 0.5
            miss += w
    if n:
        bad += 10.0 * miss / n
    return bad


def worst_lines(rec: dict[str, Any], limit: int = 8) -> list[str]:
    lines = []
    if rec.get("error"):
        lines.append(f"    ERROR {short(rec['error'], 100)}")
    if rec["expected_docs"] != rec["produced_docs"]:
        lines.append(f"    documents: expected {rec['expected_docs']}, produced {rec['produced_docs']}: "
                     + " | ".join(short(t, 40) for t in rec["produced_titles"][:4]))
    for d in rec["docs"]:
        if d.get("exp_title") and "prod_title" not in d:
            into = f" (its clauses are in: {short(d['absorbed_into'], 40)})" if d.get("absorbed_into") else ""
            lines.append(f"    unpaired expected document: {short(d['exp_title'], 50)}{into}")
            continue
        for f, v in (d.get("meta") or {}).items():
            if not v["ok"]:
                lines.append(f"    {f}: exp {short(v['exp'], 50)} | got {short(v['got'], 50)}")
    probs = []
    order = {"missing": 0, "merged": 1, "elsewhere": 2, "split": 3}
    for d in rec["docs"]:
        for c in d.get("clauses", []):
            if c["status"] != "found":
                probs.append((c.get("furniture") is not None, order[c["status"]],
                              bool(c.get("near") or c.get("grouped")), c))
    probs.sort(key=lambda x: (x[0], x[2], x[1]))
    for *_, c in probs[: max(0, limit - len(lines)) or 2]:
        tag = c["status"] + (f"[{c['furniture']}]" if c.get("furniture") else "") \
            + ("(near)" if c.get("near") else "") + ("(grouped)" if c.get("grouped") else "")
        got = c.get("produced") or (f"~{c.get('nearest_ratio')} {c.get('nearest')}" if c.get("nearest") else "")
        if isinstance(got, list):
            got = " + ".join(short(g, 25) for g in got[:3])
        lines.append(f"    {tag}: exp {short(c['expected'], 50)} | got {short(got, 60)}")
    return lines


def summarize(recs: list[dict[str, Any]], skipped: Counter, worst: int, command: str) -> str:
    out = []
    files = len(recs)
    docs_right = sum(r["expected_docs"] == r["produced_docs"] for r in recs)
    errors = sum(1 for r in recs if r.get("error"))
    meta_ok: Counter = Counter()
    meta_n: Counter = Counter()
    meta_pok: Counter = Counter()
    meta_pn: Counter = Counter()
    cl: Counter = Counter()
    cl_content: Counter = Counter()
    cl_table: Counter = Counter()
    by_fmt: dict[str, Counter] = defaultdict(Counter)
    sub: Counter = Counter()
    by_era: dict[str, Counter] = defaultdict(Counter)
    exp_docs = paired = absorbed = 0
    extra = 0
    for r in recs:
        f = r["fmt"]
        by_fmt[f]["files"] += 1
        by_fmt[f]["docs_right"] += r["expected_docs"] == r["produced_docs"]
        for d in r["docs"]:
            if d.get("exp_title") is not None or d.get("meta") is not None:
                exp_docs += 1
                paired += "prod_title" in d
                absorbed += "absorbed_into" in d
            for k, v in (d.get("meta") or {}).items():
                meta_n[k] += 1
                meta_ok[k] += v["ok"]
                if "prod_title" in d:
                    meta_pn[k] += 1
                    meta_pok[k] += v["ok"]
                by_fmt[f]["meta_n"] += 1
                by_fmt[f]["meta_ok"] += v["ok"]
            era = "old" if int(re.sub(r"\D", "", r["round"]) or 0) < 20 else "new"
            for c in d.get("clauses", []):
                cl[c["status"]] += 1
                by_fmt[f][c["status"]] += 1
                by_era[era][c["status"]] += 1
                if c["status"] == "merged":
                    sub["merged_grouped" if c.get("grouped") else "merged_glued"] += 1
                if c["status"] == "missing":
                    sub["missing_near" if c.get("near") else "missing_far"] += 1
                if not c.get("furniture"):
                    cl_content[c["status"]] += 1
                if c.get("table"):
                    cl_table[c["status"]] += 1
            if "extra" in d:
                extra += len(d["extra"])
    out.append(f"command: {command}")
    out.append(f"files scored: {files}   (read errors: {errors})   skipped expectations: {sum(skipped.values())}")
    out.append(f"documents: count right in {docs_right}/{files} files ({pct(docs_right, files)});"
               f" expected documents paired: {paired}/{exp_docs} ({pct(paired, exp_docs)})")
    out.append(f"  unpaired expected documents whose clauses sit in another produced document (e.g. a notice read"
               f" together with the rule it issues; several rounds tolerate this): {absorbed}")
    extra_docs = sum(max(0, r["produced_docs"] - sum("prod_title" in d for d in r["docs"])) for r in recs)
    out.append(f"  produced documents paired with no expected one: {extra_docs}"
               f" (in {sum(r['produced_docs'] > r['expected_docs'] for r in recs)} files with more documents than expected)")
    out.append("")
    out.append(f"metadata, right / scored     {'all expected documents':>24}   {'paired documents only':>24}")
    for k in (*META_FIELDS, "doc_number_spurious", "date_spurious", "effective_spurious"):
        if meta_n[k]:
            label = k if not k.endswith("_spurious") else k.replace("_spurious", " null→none")
            out.append(f"  {label:<28} {meta_ok[k]:>6}/{meta_n[k]:<6} {pct(meta_ok[k], meta_n[k]):>7}"
                       f"       {meta_pok[k]:>6}/{meta_pn[k]:<6} {pct(meta_pok[k], meta_pn[k]):>7}")
    out.append("")

    def row(name: str, c: Counter) -> str:
        n = sum(c[s] for s in STATUSES)
        return f"  {name:<28} {n:>6} " + " ".join(f"{pct(c[s], n):>9}" for s in STATUSES)

    out.append("(X null→none: the expected says there is none, and the reader made none)")
    out.append("")
    out.append(f"clauses (recall)              {'n':>6} " + " ".join(f"{s:>9}" for s in STATUSES))
    out.append(row("all expected clauses", cl))
    out.append(row("content (no furniture)", cl_content))
    out.append(row("table rows", cl_table))
    for f in sorted(by_fmt):
        out.append(row(f"format {f} ({by_fmt[f]['files']} files)", by_fmt[f]))
    out.append(row("rounds 6-19 (older layouts)", by_era["old"]))
    out.append(row("rounds 20+", by_era["new"]))
    ncl = sum(cl.values())
    out.append(f"  of merged: {pct(sub['merged_grouped'], ncl)} grouped (the produced clause is exactly a run of"
               f" consecutive expected clauses), {pct(sub['merged_glued'], ncl)} glued to other text")
    out.append(f"  of missing: {pct(sub['missing_near'], ncl)} near (a produced clause ≥85% alike),"
               f" {pct(sub['missing_far'], ncl)} not")
    skipped_pdf = sum(r.get("pdf_absent_skipped", 0) for r in recs)
    replaced_pdf = sum(1 for r in recs if r.get("pdf_replaced"))
    out.append(f"  PDFs whose _pdf note lists what the PDF holds instead: {replaced_pdf};"
               f" expected clauses not asked of a PDF (absent from its text layer): {skipped_pdf}")
    out.append(f"  unmatched produced clauses (not heading/signature/table_header/attachment): {extra}")
    out.append("")
    out.append("by format: files with the right document count, metadata right")
    for f in sorted(by_fmt):
        c = by_fmt[f]
        out.append(f"  {f:<5} docs {c['docs_right']:>4}/{c['files']:<4} {pct(c['docs_right'], c['files']):>7}"
                   f"   meta {c['meta_ok']:>5}/{c['meta_n']:<5} {pct(c['meta_ok'], c['meta_n']):>7}")
    if skipped:
        out.append("")
        out.append(f"skipped ({sum(skipped.values())}):")
        for k, v in sorted(skipped.items()):
            out.append(f"  {k}" + (f" ×{v}" if v > 1 else ""))
    out.append("")
    out.append(f"worst {worst} files:")
    for r in sorted(recs, key=file_badness, reverse=True)[:worst]:
        n = sum(1 for d in r["docs"] for c in d.get("clauses", []))
        found = sum(1 for d in r["docs"] for c in d.get("clauses", []) if c["status"] == "found")
        out.append(f"  {r['round']}/{r['file']}  badness {file_badness(r):.1f}  clauses found {found}/{n}"
                   f"  docs {r['produced_docs']}/{r['expected_docs']}")
        out.extend(worst_lines(r))
    return "\n".join(out)


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "-"


def pick_rounds(spec: str | None) -> list[Path]:
    all_rounds = sorted((p for p in OFFICE.iterdir() if p.is_dir() and p.name.startswith("blind")),
                        key=lambda p: (len(p.name), p.name))
    if not spec:
        return all_rounds
    want: set[str] = set()
    for part in re.split(r"[,\s]+", spec.strip()):
        if not part:
            continue
        m = re.fullmatch(r"(?:blind)?(\d+)-(?:blind)?(\d+)", part)
        if m:
            want.update(f"blind{k}" for k in range(int(m.group(1)), int(m.group(2)) + 1))
        elif part.isdigit():
            want.add(f"blind{part}")
        else:
            want.add(part)
    return [p for p in all_rounds if p.name in want]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", help="rounds to score: blind20,blind60 or 20,60 or 100-110 (default: all)")
    ap.add_argument("--json", help="write per-file details here")
    ap.add_argument("--worst", type=int, default=40, help="how many worst files to show (default 40)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    args = ap.parse_args()
    skipped: Counter = Counter()
    work = []
    for rd in pick_rounds(args.rounds):
        for ex in load_round(rd, skipped):
            for f in ex.files:
                work.append((str(f), ex.round, ex.key, ex.docs))
    print(f"{len(work)} files to read", file=sys.stderr)
    t0 = time.time()
    recs: list[dict[str, Any]] = []
    last = None
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            for k, rec in enumerate(pool.map(_work, work, chunksize=4)):
                recs.append(rec)
                if rec["round"] != last or k % 50 == 0:
                    print(f"  [{k + 1}/{len(work)}] {rec['round']} {time.time() - t0:.0f}s", file=sys.stderr)
                    last = rec["round"]
    else:
        for k, w in enumerate(work):
            if w[1] != last:
                print(f"  [{k + 1}/{len(work)}] {w[1]} {time.time() - t0:.0f}s", file=sys.stderr)
                last = w[1]
            recs.append(_work(w))
    print(f"done in {time.time() - t0:.0f}s", file=sys.stderr)
    command = "python benchmarks/office_expected.py " + " ".join(sys.argv[1:])
    print(summarize(recs, skipped, args.worst, command.strip()))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"command": command, "skipped": dict(skipped), "files": recs},
                                              ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"details written to {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
