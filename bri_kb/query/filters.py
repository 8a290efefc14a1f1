"""The filters of a question (--where, --level, --issuer, dates, --doc,
--as-of), and why a clause does not pass them, in words a reader can check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bri_kb.errors import QueryError
from bri_kb.gazetteer import Place, ftz_short
from bri_kb.model import Document
from bri_kb.query.force import reported_repeal
from bri_kb.vocabulary import LEVEL_NAMES, draft_of, in_force, start_of, typed_date

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
    if f.as_of and (draft := draft_of(d.title)):
        out.append(f"是{draft}，未施行")  # a draft is in force on no day, whatever dates it prints
    elif f.as_of:
        verdict = in_force(d, f.as_of)
        start, _ = start_of(d)
        if verdict is None:
            out.append("施行日期不明")
        elif not verdict and (listed := reported_repeal(d)) and d.expires and f.as_of > d.expires:
            out.append(f"{f.as_of}时已废止（据 {listed.by_name} 所列）")
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
