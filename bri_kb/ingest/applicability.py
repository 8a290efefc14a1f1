"""Where each clause applies, and why: decided from the text (scope sentences,
the jurisdictions a decision addresses, notes on table rows) and from the
issuing level and region, never from per-document rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.gazetteer import NATIONAL, Gazetteer, Place, ftz_short
from bri_kb.model import Document
from bri_kb.vocabulary import LEVEL_NAMES, ref_key

_SCOPE = re.compile(r"本(?:条例|办法|规定|决定|细则|规则|方案|意见|通知)(?:的规定)?适用于([^。；]{2,80})")
_LOCAL_SELF = re.compile(r"本(?:市|省|自治区|区|县)")
_ROW_RANGE = re.compile(r"第\s*(\d+)\s*项至第\s*(\d+)\s*项([^。]*。(?:[^。第]*。)?)")
_ALREADY = re.compile(r"此前已(?:经)?在(.{2,60}?)自由贸易试验区")
_ALL_FTZ = "所有自由贸易试验区"
_FTZ = "自由贸易试验区"


@dataclass(frozen=True)
class Applicability:
    places: tuple[str, ...]
    reason: str
    earlier: tuple[str, ...] = ()  # of places, those where it was in force before this document


def _names(places: Sequence[Place]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.name for p in places))


def _short(names: Sequence[str], limit: int = 11) -> str:
    """中国（河南）自由贸易试验区 -> 河南 in a list of FTZs, for a one-line reason."""
    short = [ftz_short(n) for n in names]
    shown = "、".join(short[:limit])
    return shown + (f" 等{len(names)}处" if len(names) > limit else "")


def ftzs_named(text: str, gaz: Gazetteer, on: str | None) -> list[Place]:
    """FTZs a passage names, directly or as 'the FTZs of 上海、广东…', that exist on `on`."""
    out: list[Place] = []
    for place in gaz.mentions(text):
        if place.kind == "ftz":
            out.append(place)
        elif place.kind in ("province", "city") and place.province:
            out += gaz.ftzs_of(place.province)
    return [p for p in out if on is None or p.established is None or p.established <= on]


def document_scope(doc: Document, body: str, gaz: Gazetteer) -> Applicability:
    """Where a document's rules apply, with the evidence."""
    on = doc.signed or doc.published
    if m := _SCOPE.search(body):
        sentence = m.group(0)
        if _LOCAL_SELF.search(m.group(1)) and doc.region:
            return Applicability((doc.region,), f"适用范围条款「{sentence[:50]}」指发文机关本地")
        places = _names(gaz.mentions(m.group(1)))
        if places:
            return Applicability(places, f"适用范围条款「{sentence[:50]}」")
    if _FTZ in doc.title and doc.region == NATIONAL:
        for sentence in re.split(r"[。；]", body):
            if _ALREADY.search(sentence):
                continue  # zones where a measure was in force before, not the addressees
            provinces = {p.province for p in gaz.mentions(sentence) if p.kind == "province"}
            if len(provinces) >= 2:
                zones = _names(ftzs_named(sentence, gaz, on))
                if zones:
                    return Applicability(
                        zones, f"决定针对{len(zones)}个省市的自由贸易试验区（{_short(zones)}）"
                    )
        zones = _names([p for p in gaz.places.values() if p.kind == "ftz" and (not on or (p.established or "") <= on)])
        when = f"（截至{on}已设立的）" if on else ""
        return Applicability(zones, f"面向自由贸易试验区的全国性措施：全部{len(zones)}个自贸试验区{when}")
    if doc.region == NATIONAL:
        return Applicability((NATIONAL,), f"中央机关发布（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if doc.level in ("provincial", "municipal") and doc.region:
        return Applicability((doc.region,), f"面向{doc.region}发布（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if doc.level == "ministry" and doc.region:  # a central organ's document on one place (a 复函 to its zone)
        return Applicability((doc.region,), f"中央机关针对{doc.region}发布（{LEVEL_NAMES['ministry']}）")
    if doc.region:
        return Applicability((doc.region,), f"非规范性文件，内容涉及{doc.region}")
    return Applicability((), "不明：既无发文地区，也无适用范围条款")


def row_notes(texts: Sequence[str]) -> dict[int, str]:
    """Per table row, what a note such as '第1项至第9项此前已经在…' says of it."""
    notes: dict[int, str] = {}
    for text in texts:
        for m in _ROW_RANGE.finditer(re.sub(r"\s+", "", text)):
            first, last, said = int(m.group(1)), int(m.group(2)), m.group(3)
            for n in range(first, last + 1):
                notes[n] = f"第{first}项至第{last}项{said}"
    return notes


def row_applicability(scope: Applicability, row: int, notes: dict[int, str], gaz: Gazetteer) -> Applicability:
    note = notes.get(row)
    if not note:
        return scope
    if m := _ALREADY.search(note):
        earlier = _names(ftzs_named(m.group(1), gaz, None))
        return Applicability(
            scope.places,
            f"{scope.reason}；表注：此前已在{_short(earlier)}自贸试验区实施，本决定推广至其他自贸试验区",
            tuple(p for p in earlier if p in scope.places),
        )
    if _ALL_FTZ in note:
        return Applicability(scope.places, f"{scope.reason}；表注：适用于所有自由贸易试验区")
    return Applicability(scope.places, f"{scope.reason}；注：{note[:40]}")


def link_repeals(documents: Sequence[Document]) -> list[Document]:
    """A document repealed by another in the knowledge base ends the day
    before the repealing one takes effect (when that date is printed)."""
    import dataclasses
    from datetime import date, timedelta

    out = list(documents)
    for repealer in documents:
        for ref in repealer.repeals:
            for n, doc in enumerate(out):
                named = (doc.doc_number and ref_key(doc.doc_number.text) == ref_key(ref)) or ref_key(ref) in ref_key(doc.title)
                if not named or doc.doc_id == repealer.doc_id:
                    continue
                expires = doc.expires
                if repealer.effective and not expires:
                    expires = (date.fromisoformat(repealer.effective) - timedelta(days=1)).isoformat()
                out[n] = dataclasses.replace(doc, repealed_by=repealer.doc_id, expires=expires)
    return out
