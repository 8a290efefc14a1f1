"""A standard's cover (GB/T 1.1): its kind (山东省地方标准, 团体标准), its number (DB37/T 4861—2025), the number it
replaces, its name, the days it is published and takes effect (2025-09-12发布 2025-10-12实施) and who publishes it
(山东省市场监督管理局 发布). Pure functions over lines."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.text import flat as _flat

# The kind of standard the cover names in large type, its region before it (中华人民共和国国家标准, 山东省地方标准)
_KIND = re.compile(r"(?:中华人民共和国)?(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区))?(?:国家|行业|地方|团体|企业)标准")
# A standard's number: its code (DB37/T, a city's DB3502/T, GB/T, T/ZJCBEC, a trade's SB/T), serial and year (—2025)
STANDARD_NUMBER = re.compile(r"(DB\d{2}(?:\d{2})?(?:/T)?|GB(?:/[TZ])?|T/[A-Z][A-Z0-9]{1,11}|[A-Z]{2}(?:/T)?)\s*"
                             r"(\d{1,5}(?:\.\d{1,3})?)\s*[—–－-]{1,2}\s*((?:19|20)\d{2})")
_DAY = r"((?:19|20)\d{2}-\d{1,2}-\d{1,2})"
_PUBLISHED, _IN_FORCE = re.compile(rf"{_DAY}发布"), re.compile(rf"{_DAY}实施")
_PUBLISHER = re.compile(r"([\u4e00-\u9fff（）()\s]{2,60}?)\s*发\s*布")
_CODE = re.compile(r"ICS[\d.]+|CCS[A-Z]\d{2}|DB\d{2}(?:\d{2})?|T/[A-Z][A-Z0-9]{1,11}|备案号[:：]?[\d\-—]*")
# (several on one line, or in a layout table's cells: ICS 03.080.99 CCS A 16｜T/ZJCEC)
_CODES = re.compile(rf"(?:{_CODE.pattern})(?:｜?(?:{_CODE.pattern}))*")
_MOST = 10  # the cover's lines after its kind, at most (number, 代替, a name over lines, the days, the publisher)


def standard_cover(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """How many lines a standard's cover takes at the top of the lines, and what it says (title, doc_number,
    issuer, issued and dated, in_force, replaces: the fields of a 公文's parts); None when the lines open with none."""
    # (a cover laid out in a table's cells reads as they do, its empty cells no text: 团 体 标 准｜)
    lines = [dataclasses.replace(x, text=x.text.replace(CELL, " ").strip()) for x in lines[:_MOST + 8]]
    top = 0
    while top < min(len(lines), 4) and _CODES.fullmatch(_flat(lines[top].text)):
        top += 1  # (its classification codes over it, ICS 03.080.99 / CCS A 16, and its code alone, DB37)
    if len(lines) < top + 4 or not _KIND.fullmatch(_flat(lines[top].text)):
        return None
    number = STANDARD_NUMBER.fullmatch(lines[top + 1].text.strip().replace("\u3000", " "))
    if not number:
        return None
    fields = {"doc_number": number.group(0)}
    k, name = top + 2, list[str]()
    if replaced := re.match(r"代替\s*(.+)", lines[k].text.strip()):
        fields["replaces"] = replaced.group(1).strip()
        k += 1
    while k < min(len(lines), top + _MOST + 1):
        text = _flat(lines[k].text)
        if published := _PUBLISHED.search(text):
            fields["issued"] = fields["dated"] = published.group(1)  # (made and published the day it is issued)
        if in_force := _IN_FORCE.search(text):
            fields["in_force"] = in_force.group(1)
        if (publisher := _PUBLISHER.fullmatch(lines[k].text.strip())) and "issued" in fields:
            fields["issuer"] = " ".join(publisher.group(1).split())
            fields["title"] = "".join(name)
            return (k + 1, fields) if name else None
        if not published and not in_force and re.search(r"[\u4e00-\u9fff]", text):
            name.append(text)  # (its name in English under it is no part of the title)
        k += 1
    return None
