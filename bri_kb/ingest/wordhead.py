"""A small Word table that sets out a 公文's head or signature, not data: organs beside 文件, 公告 or 令 (a joint
发文机关标志), organs over a 成文日期 (a joint 落款)."""

from __future__ import annotations

import re
from typing import Any

from bri_kb.ingest.conventions import HEAD_SIGNS, SIGNED_DATE
from bri_kb.ingest.spaced import GAP as _GAP
from bri_kb.vocabulary import ORGAN_END, SERVICE_CENTRE

# An organ's name, or an organ's name followed by 文件 (a 发文机关标志 cut by a table's columns).
# (or a service centre that signs as an organ does: …政务服务中心)
_ORGAN = re.compile(rf"[\u4e00-\u9fff（）()、]{{2,40}}?(?:{ORGAN_END}|{SERVICE_CENTRE})")
DAY = re.compile(  # a 成文日期 in figures
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
SIGNED_DAY = re.compile(SIGNED_DATE)  # (or in Chinese numerals: 二〇二六年二月二十八日)
_HEAD = re.compile(HEAD_SIGNS)  # (a 令 signed by its head in a cell: 市　长　赵立群)


_HEAD_ROWS = 12  # organs stacked beside a 文件 merged down the rows
_SIGNATURE_ROWS = 4  # organs two to a row over their date: more rows are a table of names, not a 落款


def head_or_signature(table: Any) -> list[str] | None:
    """The lines of a small table that only sets out a 公文's head or signature
    (None if it is not one): organs stacked beside one 文件 merged down the rows
    (a joint 发文机关标志) give the organs, then 文件 (or a joint 公告's 公告); organs over a 成文日期 (a joint
    signature) give the organs, then the date, one a line."""
    rows = table.rows
    # (a head may stack up to a dozen organs beside its one merged 文件: seven organs of a province's joint notice)
    if not 1 < len(rows) <= _HEAD_ROWS:
        return None
    firsts = [_cell(row.cells[0].text) for row in rows]
    # (文件 merged down beside the organs; or a joint 公告's 公告, merged or typed on each row)
    lasts = {_GAP.sub("", row.cells[-1].text) for row in rows}
    # (the organs in one column or in two beside it, row by row: 商务部 外交部 / 国家发展改革委 财政部 / … 文件)
    beside = [t for t in dict.fromkeys(_cell(c.text) for row in rows for c in row.cells[:-1]) if t]
    if (len(lasts) == 1 and (word := lasts.pop()) in ("文件", "公告", "通告", "令")
            and (word != "文件" or len({row.cells[-1]._tc for row in rows}) == 1)
            and len(rows[0].cells) > 1 and all(_organs(t) for t in firsts)
            and all(_organs(t) for t in beside)):
        # (more organs than a head's lines hold, two to a row: the mark on one line, as a PDF of it reads; organs
        # stacked one to a row, however many, a line each, as the PDF prints them)
        return [*beside, word] if len(beside) <= 4 or len(rows) > 4 else [" ".join(beside) + word]
    if len(rows) > _SIGNATURE_ROWS:
        return None
    # (a signature's cell keeps a long name its cell wrapped as one: 国家金融监督管理总局 / 河南监管局)
    cells = [t for t in dict.fromkeys(_GAP.sub("", c.text) for row in rows for c in row.cells) if t]
    days = [t for t in cells if SIGNED_DAY.fullmatch(t)]
    organs = [t for t in cells if t not in days]
    if len(days) == 1 and organs and all(_ORGAN.fullmatch(t) for t in organs):
        return [*organs, *days]
    heads = [" ".join(c.text.split()) for row in rows for c in row.cells if _HEAD.fullmatch(_GAP.sub("", c.text))]
    if len(days) == 1 and heads and len(heads) == len(organs):  # (a 令's head over its date, the name as typed)
        return [*dict.fromkeys(heads), *days]
    if not days and len(organs) >= 2 and all(_ORGAN.fullmatch(t) for t in organs):
        return [" ".join(organs)]  # (a 会签 of organs two to a row, its date under the table: one signature line)
    return None


def _cell(text: str) -> str:
    """A head's cell as its words: two organs a gap apart in one cell (财政部　国家发展改革委) a space apart, else the
    text without its letter-spacing (公　告 -> 公告)."""
    parts = text.split()
    return " ".join(parts) if len(parts) > 1 and all(_ORGAN.fullmatch(p) for p in parts) else _GAP.sub("", text)


def _organs(text: str) -> bool:
    """Is a cell's text an organ's name, or organs' names a space apart?"""
    return bool(text) and all(_ORGAN.fullmatch(p) for p in text.split())


_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,7}[:：]")


def field_lines(table: Any) -> list[str] | None:
    """The lines of a borderless table that sets out a meeting's fields, a label and its value a row (时　间：｜2026年2月25日
    上午 / 地　点：｜市政府第一会议室 / 出　席：｜…): one line a field, "时间：2026年2月25日上午", as the page reads; None if
    the table is anything else (every row two cells, the first a short label ending with its colon)."""
    out = []
    for row in table.rows:
        cells = [c.text.strip() for c in {c._tc: c for c in row.cells}.values()]  # (a merged cell once)
        if len(cells) != 2 or not _LABEL.fullmatch(cells[0]) or not cells[1]:
            return None
        out.append(re.sub(r"\s+", "", cells[0]) + " ".join(cells[1].split()))
    return out if len(out) >= 2 else None
