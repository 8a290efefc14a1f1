"""The tables and the lines of a page saved from the browser, as a reader sees them: a table's own rows on its
grid (a cell spanning rows repeated in each), its caption, a list drawn as a table, a block's text broken where the
browser breaks it, and a post's badges joined to their headings."""

from __future__ import annotations

import re
from typing import Any

from bri_kb.ingest.conventions import joined_header
from bri_kb.ingest.text import CJK, join_wrapped


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 100))
    except ValueError:  # rowspan="" or "2px": one
        return 1


def own_rows(table: Any) -> list[Any]:
    """A table's own rows, not those of a table nested in one of its cells."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def table_caption(table: Any) -> str | None:
    """The caption a page sets in its table's first row (one cell spanning every
    column, above the header), if it does."""
    trs = own_rows(table)
    if len(trs) < 3:
        return None
    first = [c for c in trs[0] if c.tag in ("td", "th")]
    width = max(sum(_span(c, "colspan") for c in tr if c.tag in ("td", "th")) for tr in trs[1:])
    if len(first) != 1 or width < 2 or _span(first[0], "colspan") < width:
        return None
    text = " ".join(shown_lines(first[0].text_content()))
    return text if 0 < len(text) <= 60 and not re.search(r"[。；]", text) else None


def table_grid(table: Any, skip: int = 0) -> list[list[str]]:
    """An HTML table's rows as cell texts on its grid, as Word's tables are read
    (wordtable.table_rows): a cell spanning rows (rowspan) is repeated in each, a cell
    spanning columns (colspan) keeps its text in its first column. When a cell
    of the first row spans down and another spans across (片区 beside 合作情况
    over 主要合作国家 and 合作领域), the first two rows are one header, column by
    column (合作情况／合作领域). skip: the rows atop it that are none of the grid (a caption)."""
    grid: list[list[str]] = []
    heading: list[str] = []  # the first row's texts, a cell spanning across repeated in each column
    down: dict[tuple[int, int], str] = {}  # (row, column) -> the text of a cell spanning into it from above
    two_rows = [False, False]  # the first row has a cell spanning down, and one spanning across
    for r, tr in enumerate(own_rows(table)[skip:]):
        row: list[str] = []
        cells = [c for c in tr if c.tag in ("td", "th")]
        i = 0
        while i < len(cells) or (r, len(row)) in down:
            if (r, len(row)) in down:
                row.append(down.pop((r, len(row))))
                continue
            cell, i = cells[i], i + 1
            shown = shown_lines(cell.text_content())
            # (a header cell broken with <br> to fit its column, 冬季运输<br>方式, names one column: its lines joined)
            text = join_wrapped(shown) if r == 0 else "\n".join(shown)
            rows, cols = _span(cell, "rowspan"), _span(cell, "colspan")
            if r == 0:
                two_rows = [two_rows[0] or rows > 1, two_rows[1] or cols > 1]
                heading += [text] * cols
            for k in range(cols):
                for below in range(r + 1, r + rows):
                    down[(below, len(row))] = text if k == 0 else ""
                row.append(text if k == 0 else "")
        grid.append(row)
    if all(two_rows) and len(grid) > 2 and len(grid[1]) == len(heading):
        grid[:2] = [joined_header(heading, grid[1])]
    return grid


BREAK = "\u2028"  # where a <br> stood: a line break, unlike the line breaks of the page's source
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"


def shown_lines(text: str, keep_breaks: bool = False) -> list[str]:
    """A block's text as a browser shows it, line by line: a <br> (marked
    BREAK) breaks the line; a line break of the page's source is a space, and
    nothing between Chinese characters (Word's HTML wraps its source inside a
    sentence). In a <pre> the source's line breaks stand."""
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", text)
    if keep_breaks:
        text = text.replace("\n", BREAK)
    text = re.sub(rf"(?<={_CJK}) ?\n[ \n]*(?={_CJK})", "", text)
    text = re.sub(r" ?\n[ \n]*", " ", text)
    return [t.strip() for t in text.split(BREAK) if t.strip()]


def span_rows(listing: Any) -> list[list[str]] | None:
    """A list a page draws as a table, one <li> a row and one <span> a column (a 公示's 序号｜申报企业｜…, its header an
    <li> too): its rows, cell by cell; None for a list of another kind."""
    items = [li for li in listing if li.tag == "li"]
    cells = [[re.sub(r"\s+", " ", c.text_content()).strip() for c in li if c.tag in ("span", "div")] for li in items]
    widths = {len(row) for row in cells}
    if len(items) < 3 or len(widths) != 1 or min(widths) < 3 or any(
            (li.text or "").strip() or any((c.tail or "").strip() for c in li) for li in items):
        return None
    return cells


_BADGE = re.compile(r"0[1-9]|[1-9]\d")
_SHORT_HEADING = re.compile(r"[\u4e00-\u9fff][^。；，,\d]{1,28}")


def badged(lines: list[str]) -> list[str]:
    """A post's measures numbered in badges, each a line of its own above its heading (01 / 支持互市商品落地加工 /
    对在…): the badge and the heading one line (01　支持互市商品落地加工), as a numbered heading reads. Only
    where the badges count up from 01."""
    lines = _asked(lines)
    at = [i for i, ln in enumerate(lines[:-1]) if _BADGE.fullmatch(ln) and _SHORT_HEADING.fullmatch(lines[i + 1])]
    if len(at) < 2 or [int(lines[i]) for i in at] != list(range(1, len(at) + 1)):
        return lines
    out = list(lines)
    for i in reversed(at):
        out[i : i + 2] = [f"{out[i]}\u3000{out[i + 1]}"]
    return out


_ASKED_BADGE = re.compile(r"(问|答)\s*[:：]?")


def _asked(lines: list[str]) -> list[str]:
    """A 问答's 问 and 答 set as badges, each a block of its own beside its text (a 公众号's styled <section>s): the
    badge and its text one line (问：《若干措施》出台的背景是什么？)."""
    out: list[str] = []
    for line in lines:
        if out and (m := _ASKED_BADGE.fullmatch(out[-1].strip())) and not _ASKED_BADGE.fullmatch(line.strip()):
            out[-1] = f"{m.group(1)}：{line.strip()}"
        else:
            out.append(line)
    return out


_PARAGRAPHS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6")


def prose_table(table: Any) -> bool:
    """A table that lays a document out, not one of data: one or two cells a row, and a row of one cell holding
    paragraphs of prose (a notice pasted from WPS or Word into a borderless table: 文号 and title, 主送, the text, the
    落款 each a row). Its paragraphs are read as the page's own, not as a row run together."""
    rows = own_rows(table)
    cells = [[c for c in tr if c.tag in ("td", "th")] for tr in rows]
    if not rows or any(len(row) > 2 for row in cells):
        return False
    for row in cells:
        if len(row) == 1:
            paragraphs = [b for b in row[0].iter(*_PARAGRAPHS) if len(b.text_content().strip()) >= 20]
            if len(paragraphs) >= 3 and len(row[0].text_content().strip()) >= 200:
                return True
    # (or a paragraph a row, one cell each, as an old site sets a text: most rows sentences)
    return (len(rows) >= 5 and all(len(row) == 1 for row in cells)
            and sum(bool(re.search(r"[。；]", tr.text_content())) for tr in rows) * 2 >= len(rows))


def labelled_pairs(table: Any) -> list[str] | None:
    """A table of labels beside their values, each row th | td | th | td (a 办事指南's 基本信息: 事项名称 | … | 事项编码 |
    …): each pair as one line, 事项名称：…, as the page shows them; None for any other table."""
    rows = own_rows(table)
    lines: list[str] = []
    width = {len([c for c in tr if c.tag in ("td", "th")]) for tr in rows}
    if len(width) != 1 or width.pop() < 4:
        return None  # (two pairs a row or more, every row alike: a record's grid, not a form of one pair a row)
    for tr in rows:
        cells = [c for c in tr if c.tag in ("td", "th")]
        if not cells or len(cells) % 2 or any(c.tag != ("th" if n % 2 == 0 else "td") for n, c in enumerate(cells)):
            return None
        for label, value in zip(cells[::2], cells[1::2], strict=True):
            name = " ".join(label.text_content().split()).rstrip("：:")
            if text := " ".join(value.text_content().split()):
                lines.append(f"{name}：{text}")
    return lines if len(rows) >= 2 and lines else None


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def side_by_side(table: Any) -> list[str] | None:
    """A text in Chinese and English side by side, a row a paragraph (中文 | English): each row's Chinese, then its
    English under it, as a bilingual page prints one after the other (the reading joins the English to the Chinese it
    translates); None for any other table."""
    rows = [[" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")] for tr in own_rows(table)]
    body = [r for r in rows if len(r) == 2 and any(r)]
    if len(body) < 3 or len(body) < len(rows) - 1:
        return None
    paired = sum(1 for zh, en in body if len(CJK.findall(zh)) * 2 >= len(zh) > 0
                 and len(_LATIN_WORD.findall(en)) >= 3 and not CJK.search(en))
    if paired * 10 < len(body) * 7:
        return None
    return [cell for zh, en in body if not (zh == "中文" and en.lower() == "english") for cell in (zh, en) if cell]


# what opens an item, a heading or a line of its own (1. （一） 一、 第三条 附件 a date)
_OPENS_OWN = re.compile(r"\s*(?:[\d０-９]|[（(]|[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十百\d]+[条章节]|附\s*件)")


def runs_on(br: Any) -> bool:
    """A <br> inside a paragraph after a clause that ends with ；, before more of the same item (（三）联系方式。省商务厅…
    020-38819265；<br>省财政厅…): the paragraph runs on; a <br> before an item's number or a heading breaks it."""
    parent = br.getparent()
    if parent is None or parent.tag not in ("p", "span", "strong", "b", "font"):
        return False
    before = br.getprevious()
    text = (before.tail if before is not None else parent.text) or ""
    return bool(re.search(r"[；;]\s*$", text)) and bool(br.tail and br.tail.strip()) and not _OPENS_OWN.match(br.tail)
