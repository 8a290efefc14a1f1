"""A workbook's sheets as one document or several: a book whose sheets each open with a title is one document,
its sheets its parts (a 汇总 sheet and one a 片区, a table and its 咨询联系方式), unless the sheets are editions of
one list (a year or a batch each); a sheet of notes (填报说明) goes with the table it explains; who filled a sheet in
and when, from its form's line, heads its document (conventions.py's 发布时间 / 来源 lines)."""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import CELL, FIRST_HEADER, SEAL_PLACE
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.read import DecodedText
from bri_kb.ingest.sheet import (
    FILLED_ON,
    FILLER,
    FORM_DAY,
    SIGNED_LINE,
    first_row,
    sheet_grid,
    sheet_lines,
    title_at,
    trimmed,
)
from bri_kb.ingest.text import flat
from bri_kb.vocabulary import ORGAN_END


def read_xlsx(path: Path) -> DecodedText:
    """An Excel workbook's visible sheets (workbook_lines); a hidden sheet (the
    values of a drop-down list) is no part of the document.

    Raises
    ------
    IngestError
        The file is no workbook, or a table this tool exported.
    """
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise IngestError("无法读取的 Excel 文件（可能已损坏，或不是 .xlsx 格式）") from exc
    if "条款原文" in book.sheetnames and first_row(book["条款原文"])[:2] == ["引用", "条款全文"]:
        raise IngestError("这是本工具导出的表格（含“条款原文”表），不是政策文件；请导入原始文件")
    sheets = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    bodies = [(ws.title.strip(), sheet_lines(trimmed(grid), heads, notes)) for ws in sheets
              for grid, heads, notes in [sheet_grid(ws)]]
    bodies = [(name, body) for name, body in bodies if body]
    if not bodies:
        raise IngestError("Excel 文件中没有文字")
    # (a sheet of notes read into the first sheet's document is a heading there, as its sheet marked it)
    outline = tuple((0, body[0]) for body in book_notes(bodies))
    if one_over_sheets(bodies):  # (each sheet's table under its name: 南宁片区, 钦州港片区 …, a heading of the document)
        outline += tuple((1, name) for name, _ in bodies if not _DEFAULT_NAME.fullmatch(name))
    return DecodedText("\n".join(workbook_lines(bodies, path.stem)), "xlsx", wrapped=False, outline=outline)


def workbook_lines(sheets: Sequence[tuple[str, list[str]]], name: str = "") -> list[str]:
    """The sheets' lines one after another. Several sheets that each open with a
    title are one document (one_over_sheets), unless their titles differ only by a
    year or a batch (…2024年重点任务分工表, …2025年重点任务分工表): then each is a
    document, its title and an empty 发布时间 line, as a compilation prints them
    (conventions.py). A sheet without a title is headed by its name,
    unless Excel named it (Sheet1). A book whose first sheet opens with its table is
    titled by the file's `name` (自贸区企业统计表.xlsx: 自贸区企业统计表)."""
    titled = _titled(sheets)
    if policies := policy_sheets(sheets):
        return policies
    if one_over_sheets(sheets):
        return _one_over_sheets(sheets)
    lines: list[str] = []
    if sheets and CELL in sheets[0][1][0]:
        lines.append(name or sheets[0][0])  # (the file's name stands for its first sheet's)
    drawn: list[str] = []  # the first sheet's header: who drew the book up and when
    notes = book_notes(sheets)
    for n, (sheet, body) in enumerate(_tables(sheets) if titled else sheets):
        if titled:
            header = _header_of(body)
            # (the line the header was read from, the organ and its day, is no text of the document)
            body = [body[0], *_without_header(body[1:4]), *body[4:]]
            # (a later sheet that names no one, 政策咨询联系方式 beside the 对照表, is the same office's)
            header = drawn if n and len(header) == 1 and drawn else header
            drawn = drawn or (header if len(header) > 1 else [])
            lines += [body[0], *header, *body[1:], *(line for b in (notes if not n else []) for line in b)]
        else:
            if n and CELL in body[0] and not _DEFAULT_NAME.fullmatch(sheet):
                lines.append(sheet)
            lines += body
    return lines


def one_over_sheets(sheets: Sequence[tuple[str, list[str]]]) -> bool:
    """Is the book one document laid out over several sheets, each opening with a title (a 汇总 sheet and one a 片区,
    a 清单's 在建 and 拟建 projects, a table and its 咨询联系方式; its notes apart)? Not when the titles differ only by a
    year or a batch (…2024年重点任务分工表, …2025年…; 第一批, 第二批): each is a list of its own, a document."""
    titles = [flat(body[0]) for _, body in _tables(sheets)]
    if not (_titled(sheets) and len(titles) > 1) or policy_sheets(sheets):
        return False
    return len(set(titles)) == 1 or len({_EDITION.sub("", t) for t in titles}) > 1


# a policy's 文号, organ and day on the line under its title in a 汇编's sheet (文号：宁新区管发〔2024〕8号　发布单位：…)
_POLICY_LINE = re.compile(r"文\s*号[:：]\s*(?P<number>\S+?)\s+(?:发布单位|发文单位|发文机关)[:：]\s*(?P<organ>\S+?)"
                          r"(?:\s+(?:发布日期|成文日期|印发日期)[:：]\s*(?P<day>\S+))?\s*$")


def policy_sheets(sheets: Sequence[tuple[str, list[str]]]) -> list[str]:
    """A 汇编 laid out as a workbook, a sheet a policy (its title, then 文号：…　发布单位：…　发布日期：…) after a first sheet
    that lists them: each policy a document of its own, headed as a compilation heads its documents (conventions.py),
    the list the first; [] when the book is not so laid out."""
    tables = _tables(sheets)
    if not _titled(sheets) or len(tables) < 3:
        return []
    heads = [_POLICY_LINE.match(body[1].strip()) if len(body) > 1 else None for _, body in tables[1:]]
    if not all(heads) or not all(names_genre(body[0]) for _, body in tables[1:]):
        return []
    lines = list(tables[0][1][:1]) + _header_of(tables[0][1]) + _without_header(tables[0][1][1:4]) + tables[0][1][4:]
    for (_, body), head in zip(tables[1:], heads, strict=True):
        assert head is not None
        lines += [body[0], f"{FIRST_HEADER}：{head['day'] or ''}", f"来源：{head['organ'].replace('、', ' ')}",
                  f"文件名称：{head['number']}", *body[2:]]
    return lines


# (a sheet's year or batch: 2024年, 2025年度, 第二批)
_EDITION = re.compile(r"(?:19|20)\d{2}\s*年度?|第[一二三四五六七八九十\d]{1,3}批")


def _tables(sheets: Sequence[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """The sheets that are no notes on the book, each without the 附件2 it opens with when sent as an attachment
    (furniture over its title)."""
    notes = book_notes(sheets)
    return [(sheet, body[title_at(body):]) for sheet, body in sheets if not any(body is b for b in notes)]


def _book_title(titles: Sequence[str]) -> str:
    """The title of a book whose sheets have titles of their own: what they all say before their own part
    (…重点项目清单（在建项目） and …（拟建项目）; …百问百答（2024年版）——企业开办), else the first sheet's."""
    stems = {_OWN_PART.sub("", t) for t in titles}
    return stems.pop() if len(stems) == 1 and next(iter(stems)) else titles[0]


_OWN_PART = re.compile(r"(?:[（(][^（）()]{2,12}[)）]|——.{2,16})$")


def _one_over_sheets(sheets: Sequence[tuple[str, list[str]]]) -> list[str]:
    """One document laid out over several sheets (one_over_sheets): the book's title and the first sheet's lines under
    it once, then each sheet's table under its name, with the sheet's own title and lines when they say more than the
    first sheet's (who filled in a 片区's sheet, and when), then the book's notes."""
    tables = _tables(sheets)
    first = tables[0][1]
    head = list(itertools.takewhile(lambda line: CELL not in line, first))
    header = _header_of(first)
    title = _book_title([body[0] for _, body in tables])
    # (the line the header was read from, the organ and its day, is no text of the document)
    lines = [title, *header, *(head[1:] if len(header) == 1 else _without_header(head[1:]))]
    repeated = {flat(x) for x in head[1:]}  # (the lines under the title, which every sheet may print again)
    for n, (sheet, body) in enumerate(tables):
        above = len(list(itertools.takewhile(lambda line: CELL not in line, body)))
        own = [line for k, line in enumerate(body[:above])
               if (flat(line) != flat(title) if not k else n and flat(line) not in repeated)]
        lines += ([] if _DEFAULT_NAME.fullmatch(sheet) else [sheet]) + own + body[above:]
    return lines + [line for body in book_notes(sheets) for line in body]


# (说明, 填报说明, or the list's own title before it: …重点项目清单填报说明)
_NOTES_TITLE = re.compile(r"(?:\S{2,40}?(?:填报|填表|编制))?(?:填报|填表|编制)?(?:说明|注释|备注|附注)")


def _titled(sheets: Sequence[tuple[str, list[str]]]) -> bool:
    """Does each of several sheets open with its title (each a document)?"""
    return len(sheets) > 1 and all(CELL not in body[0] for _, body in sheets)


def book_notes(sheets: Sequence[tuple[str, list[str]]]) -> list[list[str]]:
    """The bodies of the later sheets that are notes on the whole book (说明 or 填报说明 over 1．… 2．…, no
    table), which go with the first sheet's document rather than make one of their own."""
    if not _titled(sheets):
        return []
    def noting(body: Sequence[str]) -> bool:
        return bool(_NOTES_TITLE.fullmatch(body[0].strip())) and not any(CELL in line for line in body)

    later = [body for _, body in sheets[1:] if noting(body)]
    # (a first sheet of such notes, 填报说明 before the table's sheet, goes with the table's document too)
    first = noting(sheets[0][1]) and len(later) < len(sheets) - 1
    return [sheets[0][1], *later] if first else later


def _past_header(line: str) -> str | None:
    """What a line under a sheet's title says beyond the day and organ _header_of reads from it (金额单位：万元 after
    填报单位：…　填报日期：…; "" when nothing), or None when it is no such line."""
    if (m := SIGNED_LINE.match(line)) and (day := FORM_DAY.search(rest := line[m.end(1):])):
        return rest[day.end():].strip()
    return "" if _ORGAN_DAY.fullmatch(line.strip()) else None


def _without_header(lines: Sequence[str]) -> list[str]:
    """Lines under a sheet's title without what _header_of read from them (the table's unit stays)."""
    return [line if rest is None else rest for line in lines if (rest := _past_header(line)) != ""]


def _header_of(body: Sequence[str]) -> list[str]:
    """The header lines of a sheet that is a document of its own (conventions.py): its day and who drew it up,
    from its form's line (填报单位：…　填报日期：2023年12月21日), else an empty 发布时间."""
    for line in body[1:4]:
        if (m := SIGNED_LINE.match(line)) and (day := FORM_DAY.search(line[m.end(1):])):
            return [f"{FIRST_HEADER}：{day.group(0)}", f"来源：{SEAL_PLACE.sub('', m.group(1))}"]
        if m := _ORGAN_DAY.fullmatch(line.strip()):  # (the organ and its day under the title, unlabelled)
            return [f"{FIRST_HEADER}：{m.group(2)}", f"来源：{m.group(1)}"]
    # (or who filled it in above the table, and when under it: 填报单位：…（盖章） … / 填报人：…　填报日期：2024年10月18日)
    filler = next((m for line in body[1:4] if (m := FILLER.match(line))), None)
    day = next((d for line in body[-4:] if (f := FILLED_ON.search(line)) and (d := FORM_DAY.search(line[f.end():]))), None)
    if filler and day:
        return [f"{FIRST_HEADER}：{day.group(0)}", f"来源：{SEAL_PLACE.sub('', filler.group(1))}"]
    return [f"{FIRST_HEADER}："]


_ORGAN_DAY = re.compile(rf"([\u4e00-\u9fff（）()]{{2,40}}?{ORGAN_END})[\s\u3000]+((?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)")


_DEFAULT_NAME = re.compile(r"(?i)sheet\d*|工作表\d*")  # the name Excel or WPS gives a new sheet
