"""A table copied out of a PDF into plain text, its columns set apart by spaces (序号  重点任务  牵头单位 …
over rows 1 开通… 省商务厅 2024年9月底前), and a list of two columns typed with a tab between them (经开区⇥3 /
郑东新区⇥3 …): their rows as the readers' table rows. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.text import join_wrapped

_HEADER_CELL = re.compile(r"[\u4e00-\u9fff（）()/／]{2,10}")


def spaced_rows(lines: Sequence[str]) -> dict[int, str]:
    """The lines (by index, each stripped) of such tables, cells joined by CELL: a header line of three cells
    or more that opens with 序号, and under it (blank lines aside) the rows numbered 1, 2, 3 … that split into as
    many cells. A table row's cell holds no space in Chinese text, so spaces are where its columns part."""
    out: dict[int, str] = {}
    for h, line in enumerate(lines):
        header = line.split()
        if len(header) < 3 or header[0] != "序号" or not all(_HEADER_CELL.fullmatch(c) for c in header):
            continue
        rows: dict[int, str] = {}
        for i in range(h + 1, len(lines)):
            cells = lines[i].split()
            if not cells:
                continue
            if len(cells) != len(header) or cells[0] != str(len(rows) + 1):
                break
            rows[i] = CELL.join(cells)
        if len(rows) >= 2:
            out |= {h: CELL.join(header), **rows}
    return out


def tab_pairs(lines: Sequence[str]) -> dict[int, str]:
    """The lines (by index, each stripped) of a list of two columns typed with one tab between them, three lines or
    more one after another (所在区⇥入选企业（家） / 经开区⇥3 / 郑东新区⇥3), cells joined by CELL; not a list whose
    first column is an item's number (Word's 1.⇥…), nor lines too long to be a list's; most of its values figures."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        cells = line.split("\t")
        if (len(cells) == 2 and all(c.strip() for c in cells) and len(cells[0]) <= 20 and len(cells[1]) <= 30
                and not _NUMBER_ALONE.fullmatch(cells[0].strip())):
            run.append(i)
            continue
        # (most values figures: a list of counts or sums; not two parties' signatures set side by side)
        if len(run) >= 3 and sum(bool(_FIGURE.fullmatch(lines[k].split("\t")[1].strip())) for k in run) * 2 >= len(run):
            out |= {k: CELL.join(c.strip() for c in lines[k].split("\t")) for k in run}
        run = []
    return out


_FIGURE = re.compile(r"[0-9０-９][0-9０-９,，.．]*\s*(?:%|％|[个家项条万亿千百元吨列次人辆台套]{1,3})?")
_NUMBER_ALONE = re.compile(r"[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]?|[①-⑳•●■◆·]")


GAP = re.compile(r"[\u3000 ]+")  # the spaces between a typed table's columns
_GLUED_DATE = re.compile(r"(.*[^\d\s])((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:底|中旬|上旬|下旬)?(?:前|以前)?)")
_CATEGORY = re.compile(r"[一二三四五六七八九十]+、\S{1,18}")


def spaced_tables(lines: list[str]) -> list[str]:
    """A table typed with full-width spaces instead of cells (序号　重点任务　　责任单位　完成时限
    over rows aligned the same way) as CELL-joined rows: the header is a line of 3 to 8 short names
    with full-width spaces between them; a row starts with its number (1, or １．…) and has as many
    fields (a last date typed against the field before it, "…中心支行2020年9月", is split off); a short
    line between rows is the wrapped rest of the first field above (…班列回程 / 货源组织); a 合计 line
    sets its figures in the last columns; and a category line (一、投资领域) between rows is a row of one
    cell. Lines that are not such a table pass through."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = GAP.split(lines[i].strip())
        if "\u3000" in lines[i] and 3 <= len(header) <= 8 and all(0 < len(f) <= 8 and f.isalpha() for f in header):
            rows, j = _spaced_rows(lines, i + 1, len(header))
            if sum(1 for r in rows if _numbered(r[0])) >= 3:
                out += [CELL.join(header), *(CELL.join(r) for r in rows)]
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _spaced_rows(lines: list[str], start: int, width: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    j = start
    while j < len(lines):
        fields = GAP.split(_TOTAL.sub(r"\1计", lines[j].strip()))
        if len(fields) == width - 1 and (m := _GLUED_DATE.fullmatch(fields[-1])):
            fields[-1:] = [m.group(1), m.group(2)]
        if len(fields) == width and _numbered(fields[0]):
            rows.append(fields)
        elif len(fields) == 1 and rows and _numbered(rows[-1][0]) and _WRAPPED_FIELD.fullmatch(fields[0]):
            rows[-1][0] += fields[0]
        elif rows and fields[0] in _TOTALS and 1 < len(fields) < width:
            rows.append([fields[0], *[""] * (width - len(fields)), *fields[1:]])
        elif len(fields) == 1 and _CATEGORY.fullmatch(fields[0]) and j + 1 < len(lines):
            rows.append([fields[0], *[""] * (width - 1)])
        else:
            break
        j += 1
    while rows and not _numbered(rows[-1][0]) and rows[-1][0] not in _TOTALS:
        rows.pop()  # a category line the table does not go on after is a heading of the text
        j -= 1
    return rows, j


def _numbered(field: str) -> bool:
    return bool(re.match(r"\d{1,3}(?:[.．、]|$)", field))


_TOTAL = re.compile(r"^([合总小])[\s\u3000]+计")  # 合　　计
_TOTALS = ("合计", "总计", "小计")
_WRAPPED_FIELD = re.compile(r"[^\s。；，：:、（(]{2,12}")  # (a name's rest: 货源组织, 服务中心运营)


_INDENT = re.compile(r"\u3000\u3000[^\s]")


def tabbed_tables(lines: list[str]) -> list[str]:
    """A table typed with tabs (序号⇥企业名称⇥所在区⇥项目类别 over rows typed the same way) as CELL-joined rows: the
    header a line of three to eight short names between tabs (a run of tabs as one); a row as many cells, its first
    filled; a line that opens with a tab the wrapped rest of the row above, each piece added to the cell of its column
    (⇥开发有限公司⇥⇥建设); a row typed with runs of spaces instead (11␣␣郑州…␣␣金水区␣␣数字贸易) split at them; a
    category line (一、…) between rows a row of one cell. Other lines pass through, their ends stripped."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = [c for c in re.split(r"\t+", lines[i].strip()) if c]
        if lines[i].count("\t") >= 2 and 3 <= len(header) <= 8 and all(_HEADER_CELL.fullmatch(c) for c in header):
            rows, j = _tabbed_rows(lines, i + 1, len(header))
            if sum(1 for r in rows if r[1:] != [""] * (len(r) - 1)) >= 2:
                out += [CELL.join(header), *(CELL.join(r) for r in rows)]
                i = j
                continue
        # (a paragraph's typed indent, two spaces Word's reader kept, stays: it tells where a re-typed paragraph opens)
        out.append(lines[i].rstrip() if _INDENT.fullmatch(lines[i][:3]) else lines[i].strip())
        i += 1
    return out


def _tabbed_rows(lines: list[str], start: int, width: int) -> tuple[list[list[str]], int]:
    rows: list[list[str]] = []
    j = start
    while j < len(lines):
        line = lines[j].rstrip()
        text = line.strip()
        cells = [c.strip() for c in line.split("\t")]
        spaced = re.split(r"\s{2,}|\u3000+", text)
        if "\t" in line and _ROW_NUMBER.match(text):
            if len(cells) != width:
                cells = [c.strip() for c in re.split(r"\t+", text)]  # (columns reached with several tabs)
            if len(cells) != width:
                break
            rows.append(cells)
        elif "\t" in line and rows and any(rows[-1][1:]) and len(cells) <= width:
            # the wrapped rest of the row above, each piece under its column (⇥⇥武汉海关, 综合服务平台⇥⇥光谷…)
            rows[-1] = [join_wrapped([have, more]) if more else have
                        for have, more in zip(rows[-1], [*cells, *[""] * (width - len(cells))], strict=True)]
        elif rows and len(spaced) == width and spaced[0].isdigit():
            rows.append(spaced)
        elif "\t" not in line and _GROUP.fullmatch(text) and j + 1 < len(lines):
            rows.append([text, *[""] * (width - 1)])
        else:
            break
        j += 1
    while rows and not any(rows[-1][1:]):
        rows.pop()  # a category line the table does not go on after is a heading of the text
        j -= 1
    return rows, j


_ROW_NUMBER = re.compile(r"\d{1,3}(?:[.．、]|\t|$)")  # a typed row opens with its number (1⇥…, 1．…⇥)
_GROUP = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^\t。；]{1,20}")  # （一）畅通…
