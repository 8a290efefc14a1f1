"""What the pilot free trade zones tried, copied beyond them (复制推广): a nationwide notice of the zones' experience
applies in the whole country, but where an item or its row's 推广范围 says it is for the zones alone, or for the
cities it names; a province's copy applies where its item copies it (…在南昌、赣州复制推广。). Pure functions."""

from __future__ import annotations

import re

from bri_kb.gazetteer import Gazetteer
from bri_kb.ingest.place_names import ftzs_set_up

NUMERAL = r"[一二三四五六七八九十百零〇\d]+"
# an item's number, if it opens with one (一、, （一）, 1., 第一条)
ITEM_NUMBER = rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|\d+[.、．]|第{NUMERAL}条)?"
_SPREAD = re.compile(r"复制推广")
_IN_SOME = re.compile(r"在[^，。]{0,10}(?:自由贸易|自贸)试验区")  # (在部分自由贸易试验区口岸推广…: those only)
_FTZ = "自由贸易试验区"
# every zone, none named (在自贸试验区复制推广…; a 推广范围 cell 自贸试验区): in a nationwide text, the zones alone
_EVERY_FTZ = re.compile(r"(?:各|所有|全部)?(?:自由贸易|自贸)试验区")
_SPREAD_IN = re.compile(ITEM_NUMBER + r"\s*在([^，。；]{2,60}?)(?:复制推广|推广)")  # (where a nationwide text spreads it)
_SPREAD_HERE = re.compile(r"在([^，。；在“”]{2,40}?)(?:复制推广|先行先试|推广实施|试点)")


def copies_experience(title: str) -> bool:
    """Does a document copy what the zones tried beyond them (…复制推广…经验…)?"""
    return bool(_SPREAD.search(title))


def nationwide_copy(title: str) -> bool:
    """A central text copying the zones' experience to the whole country (国务院关于做好自由贸易试验区第八批改革试点经验复制
    推广工作的通知), not one that copies a practice to some zones' ports (关于在部分自由贸易试验区口岸推广…)."""
    return _FTZ in title and copies_experience(title) and not _IN_SOME.search(title)


def copied_into(text: str, national: bool, spread: bool) -> re.Match[str] | None:
    """Where a clause copies the experience, its places in group 1: a nationwide text's item that opens with them
    (2.在西安、重庆…等中欧班列集结中心所在城市复制推广…); a province's item whose first sentence names them."""
    if national:
        return _SPREAD_IN.match(text)
    return _SPREAD_HERE.search(re.split("[。；\n]", text, maxsplit=1)[0]) if spread else None


def every_ftz(text: str, cell: str, gaz: Gazetteer, on: str | None) -> tuple[tuple[str, ...], str] | None:
    """Every zone (those set up by the document's day) and why, where a nationwide text's item opens by saying it is
    for the zones without naming one (1．在自贸试验区复制推广…), or its row's scope column says so (推广范围：自贸试验区)."""
    said = (_EVERY_FTZ.fullmatch(cell.strip()) and f"表中推广范围：{cell.strip()}"
            or (m := re.match(ITEM_NUMBER + r"\s*在" + _EVERY_FTZ.pattern + r"(?:内)?(?:复制推广|推广|实施|试点|开展)", text))
            and f"条文开头：{m.group(0)[:30]}")
    if not said:
        return None
    zones = ftzs_set_up(gaz, on)
    return zones, f"{said}（全部{len(zones)}个自贸试验区）"
