"""The filters of a question (--where, --level, --issuer, dates, --doc,
--as-of), and why a clause does not pass them, in words a reader can check."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bri_kb.errors import QueryError
from bri_kb.gazetteer import Place, ftz_short
from bri_kb.model import Document, reference
from bri_kb.vocabulary import LEVEL_NAMES, in_force, start_of, typed_date

LEVELS = ("state_council", "ministry", "provincial", "municipal", "county", "other")


@dataclass(frozen=True)
class Filters:
    where: str | None = None
    level: str | None = None
    issuer: str | None = None
    since: str | None = None
    until: str | None = None
    doc: str | None = None
    as_of: str | None = None

    def any_document_filter(self) -> bool:
        return any((self.doc, self.level, self.issuer, self.since, self.until, self.as_of))

    def __bool__(self) -> bool:
        return bool(self.where) or self.any_document_filter()


def with_iso_dates(f: Filters) -> Filters:
    """The filters with their dates as ISO dates, however they were typed.

    Raises QueryError for a date that is not one."""
    dates = {}
    for name, flag in (("since", "--since"), ("until", "--until"), ("as_of", "--as-of")):
        value = getattr(f, name)
        if value:
            iso = typed_date(value)
            if iso is None:
                raise QueryError(f"{flag} 需要日期（如 2018-06-01 或 2018年6月1日），而不是「{value}」")
            dates[name] = iso
    level = {"level": level_key(f.level)} if f.level else {}
    return replace(f, **dates, **level) if dates or level else f


# The levels as a person names them, beside their keys (国务院, 省级, 市级 …).
_LEVEL_WORDS = {**{v: k for k, v in LEVEL_NAMES.items()}, "国务院级": "state_council", "部门": "ministry", "部级": "ministry",
                "中央部委": "ministry", "省": "provincial", "省级政府": "provincial", "市": "municipal", "地市级": "municipal",
                "县": "county", "区县": "county", "县区": "county"}


def level_key(text: str) -> str:
    """--level as the filter keeps it: a key (provincial) or a level's Chinese name (省级).

    Raises QueryError for anything else, naming the levels in Chinese."""
    text = text.strip()
    if text in LEVELS:
        return text
    if key := _LEVEL_WORDS.get(text):
        return key
    hint = "（国家级的文件分属国务院和部委两级）" if text in ("国家级", "中央", "国家") else ""
    choices = "、".join(f"{LEVEL_NAMES[k]}（{k}）" for k in LEVELS)
    raise QueryError(f"未知的层级「{text}」{hint}；可选：{choices}")


def status_note(doc: Document, repealer: Document | None, today: str, label: str = "") -> str:
    """What a reader must know of a document's force on `today` (ISO), beside any
    clause of it (`label`: the clause's): repealed (by which document), expired,
    not yet in force, its dates changed by another document, the clause suspended."""
    if doc.repealed_by:
        by = reference(repealer) if repealer is not None else "另一份文件"
        return f"已废止：被 {by} 废止" + (f"，效力止于 {doc.expires}" if doc.expires else "")
    out = [x for x in (changes_note(doc), suspension_note(doc, label, today)) if x]
    if doc.expires and doc.expires < today:
        out.insert(0, f"已失效：有效期至 {doc.expires}")
    elif doc.effective and doc.effective > today:
        out.insert(0, f"尚未施行：自 {doc.effective} 起施行")
    elif not doc.expires and (end := plan_end(doc.title)) and end < today[:4]:
        out.insert(0, f"计划期至 {end} 年，已过（文件未载明终止日期）")
    return "；".join(out)


def changes_note(doc: Document) -> str:
    """有效期经 湘政办发〔2024〕7号 延长至 2026-12-31（原至 2024-03-31）, and postponed starts."""
    out = []
    for c in doc.changed_by:
        by = c.by_name or "另一份文件"
        if c.action == "extend":
            out.append(f"有效期经 {by} 延长至 {c.date}" + (f"（原至 {c.was}）" if c.was else ""))
        elif c.action == "end":
            out.append(f"经 {by} 自 {c.date} 起停止执行")
        elif c.action == "postpone":
            out.append(f"施行日期经 {by} 推迟至 {c.date}" + (f"（原定 {c.was}）" if c.was else "")
                       + (f"，有效期至 {c.until}" if c.until else ""))
    return "；".join(out)


def suspension_note(doc: Document, label: str, today: str) -> str:
    """本条自 2024-04-01 起暂停执行（湘政办发〔2024〕7号）, when another document suspends this
    clause (its label is or begins with a suspended article), or the whole document."""
    for c in doc.changed_by:
        if c.action != "suspend" or c.articles and not any(label == a or label.startswith(a) for a in c.articles):
            continue
        verb = "将自" if c.date and c.date > today else "自"
        return f"{'本条' if c.articles else '本文件'}{verb} {c.date or '（日期不明）'} 起暂停执行（{c.by_name or '另一份文件'}）"
    return ""


# A plan's period in its title: …行动计划（2017—2020年）, …2016年行动计划.
_PERIOD_END = re.compile(r"(?:19|20)\d{2}\s*[—–\-－~～至]+\s*((?:19|20)\d{2})\s*年")
_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?[^（）()]{0,20}?(?:计划|规划|方案|要点)")


def plan_end(title: str) -> str | None:
    """The last year of the period a plan's title names (2020 for （2017—2020年）), if it names one."""
    if not re.search(r"计划|规划|方案|要点", title):
        return None
    m = _PERIOD_END.search(title) or _PLAN_YEAR.search(title)
    return m.group(1) if m else None


def document_reasons(d: Document, f: Filters, allowed: set[str] | None) -> list[str]:
    """Why a document does not pass the filters (nothing when it does)."""
    out: list[str] = []
    if allowed is not None and d.doc_id not in allowed:
        out.append("不属于所选文件")
    if f.level and d.level != f.level:
        out.append(f"发文层级为{LEVEL_NAMES.get(d.level, d.level)}，不是{LEVEL_NAMES.get(f.level, f.level)}")
    if f.issuer and not (any(f.issuer in i for i in d.issuers) or f.issuer in d.title[:20]):
        out.append(f"发文机关不是{f.issuer}" if d.issuers else f"发文机关不明，无法确认是{f.issuer}")
    date = d.published or d.signed
    if f.since and (date is None or date < f.since):
        out.append(f"发布于{date}，早于{f.since}" if date else "发布日期不明")
    if f.until and (date is None or date > f.until):
        out.append(f"发布于{date}，晚于{f.until}" if date else "发布日期不明")
    if f.as_of:
        verdict = in_force(d, f.as_of)
        start, _ = start_of(d)
        if verdict is None:
            out.append("施行日期不明")
        elif not verdict:
            out.append(f"{f.as_of}时已失效（止于{d.expires}）" if d.expires and f.as_of > d.expires
                       else f"{f.as_of}时尚未施行（自{start}起）")
    return out


def places_phrase(applies_to: Sequence[str]) -> str:
    """中国（河南）自由贸易试验区等11个自贸试验区, or the places themselves."""
    if not applies_to:
        return "适用地区不明的地方"
    zones = [p for p in applies_to if ftz_short(p) != p]
    if len(zones) == len(applies_to) and len(zones) > 1:
        return f"{zones[0]}等{len(zones)}个自贸试验区"
    shown = "、".join(applies_to[:3])
    return shown + (f"等{len(applies_to)}处" if len(applies_to) > 3 else "")


def where_reason(applies_to: Sequence[str], place: Place) -> str:
    """Why a clause does not apply in the place asked."""
    return f"仅适用于{places_phrase(applies_to)}，不含{place.name}"
