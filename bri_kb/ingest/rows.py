"""A table written as "a｜b｜c" lines (from Word, HTML or a PDF's ruled table) as
clauses: which lines are its rows under which header, and a row as "header：cell"
fields. Pure functions over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL, SEAL_PLACE
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.segment import Segment
from bri_kb.vocabulary import NOTE, Kind


def run_end(paragraphs: Sequence[Paragraph], i: int) -> int:
    """Where the run of rows of as many cells as paragraphs[i]'s, from i, ends (i itself when it is no row)."""
    width = paragraphs[i].text.count(CELL)
    j = i
    while width and j < len(paragraphs) and paragraphs[j].text.count(CELL) == width:
        j += 1
    return j


def cell_rows(paragraphs: Sequence[Paragraph]) -> dict[int, tuple[str, ...]]:
    """Index -> header cells, for each row of a table written as "a | b | c"
    lines (from HTML or Word); a header row maps to itself."""
    out: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(paragraphs):
        j = run_end(paragraphs, i)
        if j - i >= 3 and table_caption(paragraphs[i].text, paragraphs[i + 1].text):
            i += 1  # (the caption is no row: the table's header is the row under it)
        if j - i >= 2:
            header = tuple(c.strip() for c in paragraphs[i].text.split(CELL))
            for k in range(i, j):
                cells = tuple(c.strip() for c in paragraphs[k].text.split(CELL))
                if k > i and heads_again(cells, header):
                    header = tuple(_filled(cells))  # (the rows under it are read by it: out[k] maps it to itself)
                out[k] = header
            i = j
        else:
            i += 1
    return out


def heads_at(paragraphs: Sequence[Paragraph], rows: dict[int, tuple[str, ...]], index: int) -> bool:
    """Does a header stand at row `index` of cell_rows: the table's first row, a header of its own inside it
    (heads_again), or its header typed again under a band (第二十条第（六）项 over 信息内容｜本年处理决定数量 once more)?"""
    header = rows[index]
    if index == 0 or rows.get(index - 1) != header:
        return True
    cells = [c.strip() for c in paragraphs[index].text.split(CELL)]
    return not is_form(header) and _filled(cells) == _filled(header)


def heads_again(cells: tuple[str, ...], header: tuple[str, ...]) -> bool:
    """Is a row inside a table a header of its own for the rows under it: it opens with the header's first name and
    names other columns (信息内容｜本年处理决定数量 under 信息内容｜本年制发件数｜本年废止件数, as a 政府信息公开
    年度报告's first table sets each part's own columns), no figure among its cells?"""
    return (bool(header[0]) and cells[0] == header[0] and cells != header and len(_filled(cells)) >= 2
            and any(c and c != h for c, h in zip(cells[1:], header[1:], strict=False))
            and not any(_FIGURE.fullmatch(c) for c in cells))


_FIGURE = re.compile(r"[-+]?[\d,，.．%]+")
_HEADER_CELL = re.compile(r"[^\d。；，,：:！？]{1,12}")  # a column's name: short, no figure, no sentence


def table_caption(first: str, second: str) -> str | None:
    """A table's caption set in its own first row, one cell across the table (专栏1　开放平台重点项目 over
    项目名称｜建设内容), when the row under it names the columns; None otherwise (a category band, 一、…, or a note)."""
    caption = category_row(first)
    if caption is None or marker_of(caption) or NOTE.match(caption):
        return None
    return caption if all(_HEADER_CELL.fullmatch(c.strip()) for c in second.split(CELL)) else None


_TABLE_NAMED = re.compile(r"(?:表|清单|目录|名单|名录|标准|情况|一览|明细|统计|汇总|安排|计划|指标|分工)(?:[（(][^（）()]{1,16}[)）])?$")
_UNIT_AFTER = re.compile(r"\s*[（(]单位\s*[:：][^（）()]{1,16}[)）]$")


def caption_over(text: str, header: str) -> str | None:
    """A table's caption typed as a paragraph right above its head row (西部陆海新通道班列补贴标准 over 运输方式｜…):
    a short line with no sentence, number or note, over a row that names the columns; None otherwise."""
    line = _UNIT_AFTER.sub("", text.strip())  # (its unit in brackets after it: …补贴标准（单位：元／标准箱）)
    # (named as a table is, …一览表, …补贴标准: not a heading the rows are under, 南宁片区 over its sheet's)
    if (not 4 <= len(line) <= 40 or re.search(r"[。；，,：:！？]", line) or marker_of(line) or NOTE.match(line)
            or CELL in line or not _TABLE_NAMED.search(line)):
        return None
    return text.strip() if all(_HEADER_CELL.fullmatch(c.strip()) for c in header.split(CELL)) else None


def caption_of(first: str, second: str) -> str | None:
    """A table's caption over its head row: in a first row of its own (table_caption) or as a paragraph (caption_over)."""
    return table_caption(first, second) or caption_over(first, second)


def is_form(header: tuple[str, ...]) -> bool:
    """Is a table a form (申请表, 回执): labels beside the blanks to fill in, its first row
    one of them (企业名称 | blank) rather than a header naming columns?"""
    # (or labels beside their values, two columns and no header: 送审文件｜《…（送审稿）》 / 送审单位｜…)
    # (or pairs of them across: 建议编号｜第1234号｜代表姓名｜王某某)
    # (or a field's name beside a value too long for a column's name: 留言标题｜中欧班列（长安号）能否办理小批量拼箱货物)
    return (sum(not c for c in header) * 2 >= len(header) or len(header) == 2 and bool(_VALUE.search(header[1]))
            or len(header) == 2 and bool(_FIELD_NAME.search(_unspaced(header[0]))) and len(header[1]) > 10
            and not (_FIELD_NAME.search(header[1]) or _COLUMN_NAME.search(header[1]))
            or _pairs(header))


def _pairs(header: tuple[str, ...]) -> bool:
    """A first row of labels each beside its value (two or three pairs): every other cell a field's name, the cells
    between them no name, and one of them plainly a value (a number, a title, a box to tick)."""
    labels, values = [_unspaced(c) for c in header[0::2]], header[1::2]
    return (len(header) in (4, 6) and all(_FIELD_NAME.search(c) for c in labels)
            and not any(_FIELD_NAME.search(c) or _COLUMN_NAME.search(c) for c in values)
            and any(re.search(r"\d", c) or _VALUE.search(c) for c in values))


_FIELD_NAME = re.compile(r"(?:编号|姓名|名称|单位|日期|时间|电话|传真|邮箱|地址|职务|类别|类型|题目|标题|代码|面积|国家|城市|规模"
                         r"|联系人|负责人|填报人|经办人)$")


def _unspaced(label: str) -> str:
    """A label as it reads, the spaces that set its characters apart taken out (联 系 人 -> 联系人)."""
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", label.strip())


def _core(label: str) -> str:
    """A label without what it says in brackets (its unit: 仓储面积（平方米） -> 仓储面积)."""
    return re.sub(r"[（(][^（）()]*[)）]", "", label)


def _filled(cells: Sequence[str]) -> list[str]:
    """The cells up to the last that holds text (a value merged across the row's last cells leaves them empty)."""
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def paired(cells: Sequence[str]) -> list[str] | None:
    """A form's row of labels each beside its value, as its cells label, value, label, value; None if it is not one.
    A label and its value (送审文件｜《…》), or pairs across (受理单位｜…局｜联 系 人｜林志强; 电子邮箱｜…｜邮政编码｜361006:
    short names, half of them at least plainly a field's or a column's, a unit in brackets or the place left for a seal
    after them allowed); the empty cells of a grid wider than the pairs left out (联系人｜周雯｜联系电话｜｜027-…) when
    no value so left beside a label reads as a label itself."""
    filled = _filled(cells)
    if _pairs_across(filled):
        return filled
    compact = [c for c in filled if c.strip()]
    if len(compact) < len(filled) and _pairs_across(compact) and all(
            re.search(r"\d", v) or _VALUE.search(v) for v in compact[1::2]):
        return compact  # (every value plainly one: a blank form's labels, 注册地址｜｜所属区（市）｜, are not paired)
    return None


def _pairs_across(cells: Sequence[str]) -> bool:
    labels = [SEAL_PLACE.sub("", _unspaced(c)) for c in cells[0::2]]
    if any(marker_of(c) for c in labels):
        return False  # (a numbered heading beside its translation, 一、适用范围｜I. Scope, is no label)
    if len(cells) == 2:  # (a form's two columns: every row a label and its value)
        # (no organ's name, 湖南省商务厅｜2, nor a page's 附件 label beside its title, as a PDF can set them)
        return bool(re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,20}", labels[0]) and cells[1].strip()
                    and not _VALUE.search(labels[0]) and not re.fullmatch(r"附[件表]\d*", labels[0]))
    cores = [_core(c) for c in labels]
    return (len(cells) in (4, 6) and all(re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,14}", c) for c in labels)
            and not any(_VALUE.search(c) for c in labels)
            and sum(bool(_FIELD_NAME.search(c) or _COLUMN_NAME.search(c)) for c in cores) * 2 >= len(cores)
            and any(cells[1::2]) and not any(_named(v) for v in cells[1::2]))


def _named(cell: str) -> bool:
    """Does a cell read as a field's or a column's name (班列发运日期, 所属区（市）), not a value?"""
    core = _core(_unspaced(cell))
    return len(core) <= 8 and bool(_FIELD_NAME.search(core) or _COLUMN_NAME.search(core))


_COLUMN_NAME = re.compile(r"(?:人|金额|数量|备注|内容|情况|标准|要求|方式|领域|措施|序号|指标)$")


# A cell that holds a value, not a column's name: a title quoted, a sentence, a date, a long text; or a blank to
# fill in (（盖章）年　月　日, □, ____): a form's, on a page of its own.
# (or an organ's name, or boxes ticked: 申请单位｜连云港市人民政府办公室, 是否…｜☐是 ☒否)
_VALUE = re.compile(r"《|。$|(?:19|20)\d{2}年\d{1,2}月|^.{25,}$|[（(]盖章[)）]|年\s+月\s+日|[□☐☒☑■]|_{3,}"
                    r"|^[\u4e00-\u9fff（）]{2,}(?:人民政府|办公厅|办公室|委员会|管委会|有限公司|集团|局|厅|处)$")


def turned(rows: Sequence[Sequence[str]]) -> bool:
    """Is a table drawn the other way round, the fields down its first column (政策名称 / 发文单位 / 支持标准 / 申报时间)
    and one item a column (a policy beside a policy, as a 政策要点对照表 sets them)? The first column's cells are short
    names, most of them plainly a field's or a column's; the first row's are items, no column's name nor a year; the
    cells under them mostly text, not figures; and there are no more items than fields."""
    if len(rows) < 4 or not 3 <= len(rows[0]) <= 7 or any(len(r) != len(rows[0]) for r in rows):
        return False
    labels = [_unspaced(r[0]) for r in rows]
    if len(set(labels)) < len(labels) or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", x) for x in labels):
        return False
    named = sum(bool(_FIELD_NAME.search(x) or _COLUMN_NAME.search(x)) for x in labels)
    items = [c.strip() for c in rows[0][1:]]
    if named * 3 < len(labels) * 2 or not all(items) or len(items) > len(rows) - 1 or any(
            re.match(r"\d", c) or len(c) <= 6 and (_FIELD_NAME.search(c) or _COLUMN_NAME.search(c)) for c in items):
        return False
    body = [c for r in rows[1:] for c in r[1:]]
    return sum(bool(re.search(r"[\u4e00-\u9fff]{4}", c)) for c in body) * 10 >= len(body) * 7


def row_segment(p: Paragraph, header: tuple[str, ...], n: int, path: tuple[str, ...]) -> Segment:
    cells = [c.strip() for c in p.text.split(CELL)]
    if is_form(header) and (filled := paired(cells)):  # labels beside their values: each value with its label
        pairs = {_unspaced(label): value for label, value in zip(filled[0::2], filled[1::2], strict=True)}
        text = "\n".join(f"{label}：{value}" if value else label for label, value in pairs.items())
        return Segment(f"第{n}行", Kind.TABLE_ROW, path, text, p.lines, {k: v for k, v in pairs.items() if v})
    if is_form(header):  # a form's row: its labels (and anything filled in), no column names
        return Segment(f"第{n}行", Kind.TABLE_ROW, path, CELL.join(c for c in cells if c), p.lines)
    fields: dict[str, str] = {}
    stub = stub_width(header)
    for i, (h, c) in enumerate(zip(header, cells, strict=False)):
        # Two columns under one name (同比增长（%） under two headings) both keep their cells.
        fields[f"列{i + 1}" if i < stub else f"{h}（第{i + 1}列）" if h in fields else h or f"列{i + 1}"] = c
    number = cells[0] if cells and cells[0].isdigit() and re.search(r"序号|编号|项", header[0]) else None
    label = f"第{number}项" if number else f"第{n}行"
    # (the row's own names in the columns no header names come first, one after another: 三、本年度办理结果／（三）不予公开)
    named = "／".join(dict.fromkeys(c for c in cells[:stub] if c))
    text = "\n".join([named] * bool(named) + [f"{h}：{c}" for h, c in list(fields.items())[stub:] if c])
    return Segment(label, Kind.TABLE_ROW, path, text, p.lines, fields)


# A note set in a header's cell over the rows' own names (（本列数据的勾稽关系为：第一项加第二项之和…）): no column's name.
_HEADER_NOTE = re.compile(r"[（(][^（）()]{8,}[)）]")


def stub_width(header: tuple[str, ...]) -> int:
    """How many columns on the left the header names none of (empty, or a note in brackets), under which each row
    names itself (its items in a 政府信息公开 report's table, 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密); 0 when the
    first column is named."""
    k = 0
    while k < len(header) - 1 and (not header[k] or _HEADER_NOTE.fullmatch(header[k])):
        k += 1
    return k if any(header[k:]) else 0


def category_row(row: str) -> str | None:
    """The text of a table row that only names a category of the rows under it:
    one short cell that is no number, the others empty; or a note across the
    table (注：…, of any length), which the caller tells apart."""
    first, *rest = (c.strip() for c in row.split(CELL))
    if not rest or any(rest) or not first or first.isdigit():
        return None
    return first if len(first) <= 40 or NOTE.match(first) else None


def list_ended(text: str, stack: Sequence[tuple[str, str]]) -> str:
    """The numbering scheme a table closes, when the numbered item right above it is a finished sentence of a list
    (…按照现行规定执行。) that does not point at the table (如下表, 见下表): the table is then no part of the item (a
    说明's last point over the list); "" if it does not."""
    m = marker_of(text)
    ok = m is not None and m[0] in {s for s, _ in stack} and text.endswith("。") and not _POINTS_AT_TABLE.search(text)
    return m[0] if ok and m else ""


_POINTS_AT_TABLE = re.compile(r"如下|下表|见表|附表|列表|表\d")


_UNIT = re.compile(r"[（(]?\s*(?:计量)?单位\s*[:：][^。；，]{1,16}?[)）]?")  # 单位：亿元 over a table


def captioned(s: Segment) -> Segment:
    """A short line without a sentence's marks right above a table's header is its caption
    (2024年度…拟认定名单, 表1　主要指标): a heading that names the table, no answer on its own."""
    if s.kind == Kind.PARAGRAPH and len(s.text) <= 40 and not re.search(r"[。；！？：:，,]", s.text):
        return Segment("表题", Kind.HEADING, s.path, s.text, s.lines)
    return s


def table_captions(segments: Sequence[Segment]) -> list[Segment]:
    """The segments with each table's caption (and the unit its figures are in) a heading over its header."""
    out: list[Segment] = []
    for n, s in enumerate(segments):
        # (or right above a form's first row, which has no header: 事项二　道路货物运输经营许可 over 事项名称｜…; not the
        # tail of a sentence a wrap cut, 持办法》（…）同时废止, whose brackets open above it)
        above = n + 1 < len(segments) and (segments[n + 1].kind == Kind.TABLE_HEADER or (
            segments[n + 1].kind == Kind.TABLE_ROW and segments[n + 1].label == "第1行"
            and all(s.text.count(a) == s.text.count(b) for a, b in ("（）", "《》", "〔〕"))))
        if above and s.kind == Kind.PARAGRAPH and _UNIT.fullmatch(s.text):
            caption = captioned(out[-1]) if out else None
            if caption is not None and caption.kind == Kind.HEADING and out[-1].path == s.path:
                # 表1　主要指标 / 单位：亿元 over the header: one caption, the unit the rows' figures are in
                out[-1] = Segment("表题", Kind.HEADING, s.path, f"{caption.text}\n{s.text}", caption.lines + s.lines)
                continue
            s = Segment("表题", Kind.HEADING, s.path, s.text, s.lines)
        out.append(captioned(s) if above else s)
    return out


# A 修订对照表's header: the text before and after the change, side by side (原条款｜修订后条款｜修订理由).
_BEFORE = re.compile(r"^(?:原|现行|修订前|修改前)")
_AFTER = re.compile(r"^(?:修订后|修改后|新|拟修订|修改为)")


def without_comparisons(lines: Sequence[str]) -> list[str]:
    """A body's lines without the rows of a comparison of texts (a 修订对照表: 原条款｜修订后条款｜…), which quote the
    texts compared and state nothing of their own."""
    out: list[str] = []
    quoting = False
    for line in lines:
        cells = line.split(CELL)
        if len(cells) > 1 and any(_BEFORE.match(c.strip()) for c in cells) and any(_AFTER.match(c.strip()) for c in cells):
            quoting = True
        elif CELL not in line:
            quoting = False
        if not quoting:
            out.append(line)
    return out
