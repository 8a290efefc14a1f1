"""PDF files: checked by pdfplumber, read through PDFium (pdfpage.py), laid
out from positions (layout.py).

Text is read line by line in reading order: columns one after the other,
tables without rulings found from their aligned gutters. Running headers and footers are
dropped by position (top or bottom margin) and repetition across pages, not by
a fixed string. Tables become rows of cells ("a｜b｜c"); a table that runs on
to the next page continues the same table (a header row repeated at the top of
the page is recognised by its content and dropped), and a row cut by the page break (its first cell empty on the new page)
is joined back to the row it belongs to. Pages are separated by form feeds so
that every clause keeps its page.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest import pdfpage
from bri_kb.ingest.blocks import BLOCK_MARK, footnotes, join_headings, marked, notes_by_marks, numbered_notes, usual_size
from bri_kb.ingest.cleaners import opens_with_bullet
from bri_kb.ingest.columns import at_margin, columns_of, file_margin, staggered_columns, table_columns
from bri_kb.ingest.continued import carried_down, continued_rows
from bri_kb.ingest.conventions import ATTACHMENT_PAGE, CELL, PAGE_BREAK
from bri_kb.ingest.gazette import GAZETTE_ISSUE
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.layout import Grid, PageLayout, TextLine, page_layout
from bri_kb.ingest.marks import decree_beside
from bri_kb.ingest.members import member_lists
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.pdfinfo import property_title, with_title
from bri_kb.ingest.pdfpage import Cells
from bri_kb.ingest.read import DecodedText
from bri_kb.ingest.ruled import ruled_grid
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.words import is_page_number

MARGIN = 0.08  # share of the page height that counts as header or footer zone
_DIGITS = re.compile(r"\d+")


def _pdf_errors() -> tuple[type[Exception], ...]:
    """What pdfplumber and pdfminer raise for a damaged file: pdfminer's own
    errors (PSException is the base of its parser and document errors), which
    pdfplumber wraps in PdfminerException."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    return (PdfminerException, PSException)


def _pdfium_errors() -> tuple[type[Exception], ...]:
    from pypdfium2 import PdfiumError

    return (PdfiumError,)


def _damaged(exc: Exception) -> IngestError:
    from pdfminer.pdfdocument import PDFEncryptionError

    inner = exc.args[0] if exc.args else None  # pdfplumber wraps pdfminer's errors
    if isinstance(exc, PDFEncryptionError) or isinstance(inner, PDFEncryptionError):
        return IngestError("加密的 PDF：需要密码；请先解除密码（另存为不加密的 PDF）再导入")
    return IngestError(f"损坏或不完整的 PDF（{(inner or exc).__class__.__name__}）")


def _open(path: Path) -> Any:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
        _ = len(pdf.pages)
    except _pdf_errors() as exc:
        raise _damaged(exc) from exc
    return pdf


def _margin_key(text: str) -> str:
    """Headers and footers repeat with a changing page number."""
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _page_layout(words: list[dict[str, Any]], tables: list[Cells], height: float,
                 carried: tuple[float, ...] = (), header: tuple[str, ...] = ()) -> PageLayout:
    """A page's lines and tables in reading order (layout.py). carried: the
    gutters and header row of a table without rulings that ended the page before."""
    boxes = [(min(c[0] for r in t for c in r if c), min(c[1] for r in t for c in r if c),
              max(c[2] for r in t for c in r if c), max(c[3] for r in t for c in r if c)) for t in tables]

    def outside(w: dict[str, Any]) -> bool:
        x, y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    grids = [ruled_grid(table, box[1], words) for table, box in zip(tables, boxes, strict=True)]
    body = (height * MARGIN, height * (1 - MARGIN))
    free = [w for w in words if outside(w)]
    found = table_columns(free, boxes, body) or (staggered_columns(free, body) if not boxes else None)
    if found is None:
        return page_layout(free, grids, body, carried, header)
    # Two text columns with a ruled table set inside one of them, or whose lines stand at different heights: each
    # column is read whole, its table in its place, the left before the right (a table across the page would cut
    # both columns instead; read row by row, lines that stand at different heights would interleave).
    head, left, right, foot = columns_of(free, body, *found)
    gutter = found[0]
    parts = [
        page_layout(head, [], body),
        page_layout(left, [g for g, b in zip(grids, boxes, strict=True) if b[2] <= gutter], body, carried, header),
        page_layout(right, [g for g, b in zip(grids, boxes, strict=True) if b[0] >= gutter], body),
        page_layout(foot, [], body),
    ]
    return PageLayout(tuple(i for p in parts for i in p.items), any(p.uncertain for p in parts),
                      sum(p.sidebar for p in parts))


_SENTENCE_END = "。；！？：”）》」"
_ROMAN = re.compile(r"[IVX]{1,4}|[ivx]{1,4}")  # a front-matter page number (a 目录's)


def _header_like(text: str) -> bool:
    """A page header printed on one page only (a letter's "商务部办公厅函件" from page 2): short, no sentence
    in it. Dropped only where it stands in the top margin between the halves of a sentence the page break cut."""
    flat = _flat(text)
    return 0 < len(flat) <= 24 and not re.search(r"[。，；：！？、]", flat)


def _heads_itself(items: Sequence[TextLine | Grid], n: int, height: float) -> bool:
    """Is items[n] a page header that repeats the line right under it (a chapter's name over its heading)?"""
    line, below = items[n], items[n + 1] if n + 1 < len(items) else None
    return isinstance(line, TextLine) and isinstance(below, TextLine) and line.top < height * MARGIN <= below.top \
        and _flat(line.text) == _flat(below.text)


def _is_margin(line: TextLine, height: float) -> bool:
    return bool(line.top < height * MARGIN or line.bottom > height * (1 - MARGIN))


@dataclass(frozen=True)
class PdfText:
    pages: list[list[str]]  # each page's lines; table rows CELL-joined
    uncertain: tuple[int, ...]  # pages (1-based) whose reading order may be wrong
    margins: tuple[str, ...] = ()  # the running headers and footers dropped, once each (no page numbers)
    # what was left out, by kind: pages whose watermark (征求意见稿 set large in light grey) was, notes (text annotations)
    left_out: tuple[tuple[str, int], ...] = ()
    textless: tuple[int, ...] = ()  # pages (1-based) with no text at all: a picture of a page, or a blank one
    outline: tuple[tuple[int, str], ...] = ()  # the bookmarks, as (level, title)
    pictured: tuple[int, ...] = ()  # pages (1-based) with text that also show a picture of content size
    properties_title: object = None  # the /Title of the file's document properties, as the file holds it


def _layouts(path: Path) -> tuple[list[tuple[float, PageLayout]], tuple[tuple[str, int], ...], tuple[tuple[int, str], ...],
                                   tuple[int, ...], object]:
    """Each page's height and layout, what was left out (pages with a
    watermark, notes), the file's bookmarks, the pages (1-based) that show a picture of content size beside their
    text, and the /Title of its document properties; a table without rulings that ends a page
    lends its gutters and header row to the next page's layout."""
    pdf = _open(path)  # pdfplumber's checks: encrypted, damaged or truncated files are named
    try:
        outline, title = _bookmarks(pdf), pdf.metadata.get("Title")
    finally:
        pdf.close()
    pages: list[tuple[float, PageLayout]] = []
    carried: tuple[float, ...] = ()
    carried_header: tuple[str, ...] = ()
    watermarked = numbered = notes = sealed = struck = linked = 0
    pictured: list[int] = []
    try:
        for n, (height, words, tables, left, on_page, pictures) in enumerate(pdfpage.pages(path), 1):
            watermarked += "watermark" in left
            numbered += "line_numbers" in left
            sealed += "seal_text" in left
            struck += "struck_text" in left
            linked += left.count("web_sidebar")
            if pictures and words:
                pictured.append(n)
            notes += on_page
            layout = _page_layout(words, tables, height, carried, carried_header)
            pages.append((height, layout))
            linked += layout.sidebar
            last = next((i for i in reversed(layout.items) if not (isinstance(i, TextLine) and _is_margin(i, height))), None)
            carried, carried_header = (last.gutters, last.header) if isinstance(last, Grid) else ((), ())
    except _pdfium_errors() as exc:
        raise IngestError(f"损坏或不完整的 PDF（{exc.__class__.__name__}）") from exc
    return pages, tuple((kind, n) for kind, n in (("watermark", watermarked), ("line_numbers", numbered),
                                                               ("comment", notes), ("seal_text", sealed),
                                                               ("struck_text", struck), ("web_sidebar", linked)) if n), \
        outline, tuple(pictured), title


# A gazette's running head: its issue (2024年第14期), or its name and issue with the 栏目 the page is in, either side
# (市政府令 西安市人民政府公报 2024年第14期 atop one page, …第14期 市政府令 atop the next: no two alike).
_GAZETTE_HEAD = re.compile(rf"(?:{GAZETTE_ISSUE.pattern})|[\u4e00-\u9fff（）]{{2,40}}?(?:公报|政报)\s*(?:{GAZETTE_ISSUE.pattern})"
                           rf"[\u4e00-\u9fff]{{0,8}}")


def pdf_text(path: Path) -> PdfText:
    """Each page as lines, tables as CELL-joined rows; running headers and
    footers dropped, a table's header row repeated at the top of a later page
    dropped, and a row the page break cut joined back."""
    pages, left_out, outline, pictured, title = _layouts(path)
    # (a page whose every line is indented, list items wrapped under their text, is measured against the file's margin)
    margin = file_margin([(i.left, i.right, 1) for _, layout in pages for i in layout.items if isinstance(i, TextLine)])
    pages = [(height, dataclasses.replace(layout, items=tuple(
        dataclasses.replace(i, left=margin[0]) if isinstance(i, TextLine) and margin and at_margin(i.left, i.right, margin, i.size)
        else i for i in layout.items))) for height, layout in pages]
    repeated: Counter[str] = Counter()
    sides: dict[str, set[int]] = {}  # (the sides, odd or even, of the pages a margin's line is printed on)
    places: dict[str, set[tuple[int, int]]] = {}  # (… and where on the page: its side and its top)
    for n, (height, layout) in enumerate(pages):
        for item in layout.items:
            if isinstance(item, TextLine) and _is_margin(item, height):
                repeated[key := _margin_key(item.text)] += 1
                sides.setdefault(key, set()).add(n % 2)
                places.setdefault(key, set()).add((n % 2, round(item.top)))
    threshold = max(2, len(pages) // 2)
    # (a book's running heads alternate: its title atop the even pages, the part's name atop the odd ones; a head
    # printed three times or more, always on pages of one side, is one too, though on fewer than half the pages)
    alternate = {key for key, side in sides.items() if len(side) == 1 and repeated[key] >= 3
                 and not ATTACHMENT_PAGE.fullmatch(key.replace("#", "1"))}
    # (… and so is a part's name printed where those heads are, on pages of their side, though only once or twice:
    # a book's last parts, 三、财税政策 atop one odd page)
    heads_at = {place for key in alternate for place in places[key]}
    usual = usual_size([layout.items for _, layout in pages])
    out: list[list[str | list[str]]] = []
    open_table: list[list[str]] | None = None  # rows of the table the previous page ended with
    header: set[str] = set()  # that table's header row (and its title row over it), as fingerprints
    cut = False  # the page before ended mid-sentence
    short_end = ended = False  # … or ended a sentence (well short of the column's edge)
    headed = False  # … with a heading, whose text opens this page
    pending: list[str] = []  # the footnotes of the page before
    last_size = 0.0  # the size of the page before's last line of text
    hang: float | None = None  # where the wrapped lines of the bullet that ended the page before are set
    margins: dict[str, None] = {}
    headers = numbers = 0  # running headers and footers dropped, and page numbers in the margin
    for page, (height, layout) in enumerate(pages):
        lines: list[str | list[str]] = []
        dropped = [isinstance(i, TextLine) and _is_margin(i, height) and (
            repeated[_margin_key(i.text)] >= threshold or _margin_key(i.text) in alternate or i.text.strip().isdigit()
            or (page % 2, round(i.top)) in heads_at
            or is_page_number(i.text) or _heads_itself(layout.items, n, height) or bool(_GAZETTE_HEAD.fullmatch(_flat(i.text)))
            or cut and i.top < height * MARGIN and _header_like(i.text)) for n, i in enumerate(layout.items)]
        kept = [i for i, gone in zip(layout.items, dropped, strict=True) if not gone]
        gone_lines = [i.text.strip() for i, gone in zip(layout.items, dropped, strict=True) if gone and isinstance(i, TextLine)]
        running = [x for x in gone_lines if not x.isdigit() and not is_page_number(x)]
        margins.update(dict.fromkeys(running))
        # (said in the report: nothing is left out without a word)
        headers, numbers = headers + len(running), numbers + len(gone_lines) - len(running)
        if kept and isinstance(kept[-1], TextLine) and _ROMAN.fullmatch(kept[-1].text.strip()):
            kept = kept[:-1]  # a front-matter page's number (a 目录's "I") at its foot
        kept, notes = footnotes(numbered_notes(kept))
        body = [i for i in kept if isinstance(i, TextLine) and not is_page_number(i.text)]
        was_cut, cut_size, under_heading, hung_at, was_short, was_ended = cut, last_size, headed, hang, short_end, ended
        cut = bool(body) and body[-1].text.rstrip()[-1:] not in _SENTENCE_END
        # (…and whether it ended a sentence well short of the column's edge: its paragraph ended there)
        ended = bool(body) and body[-1].text.rstrip()[-1:] in "。！？"
        short_end = ended and body[-1].x1 < body[-1].right - 3 * body[-1].size
        headed = cut and marker_of(body[-1].text.strip()) is not None  # the page ends with a heading (四、其他事项)
        last_size = body[-1].size if body else 0.0
        kept = join_headings(kept, usual)
        text_lines = [i for i in kept if isinstance(i, TextLine)]
        texts_of = marked(text_lines, usual)
        hang = next((_hanging_at(ln, t) for ln, t in zip(text_lines, texts_of, strict=True) if body and ln is body[-1]),
                    None)
        if texts_of and body and text_lines and text_lines[0] is body[0] and kept[0] is body[0] and (
                was_short or was_ended and body[0].x0 - body[0].left >= body[0].size):
            # (a paragraph opening atop the page at the margin, under a sentence that ended the page before short of
            # the edge: a paragraph of its own, as a manual line break in Word sets the next one flush; or indented a
            # little, by half-width spaces, under a sentence's end, as marked() reads an indent under one)
            texts_of = [texts_of[0] if texts_of[0].startswith(BLOCK_MARK) else BLOCK_MARK + texts_of[0], *texts_of[1:]]
        texts = iter(_carried_on(texts_of, body, was_cut, cut_size, hung_at))
        for item in kept:
            if isinstance(item, TextLine):
                text = next(texts)
                if lines and isinstance(lines[-1], list) and not text.startswith(BLOCK_MARK):
                    text = BLOCK_MARK + text  # the line under a table opens a block of its own
                lines.append(text)
                if not is_page_number(item.text):  # a page number below a table ends no table
                    open_table = None
                continue
            rows = [list(r) for r in item.rows]
            if lines and isinstance(lines[-1], str) and _flat(lines[-1]) == "目录" and all(
                    (m := marker_of(r[0].strip())) and m[0] in ("chapter", "cn") for r in rows):
                # A 目录 laid out in two columns (第一章 | 总则) is the list of chapters, not a table.
                lines += [" ".join(c.strip() for c in r if c.strip()) for r in rows]
                continue
            if not lines and open_table and rows and len(rows[0]) == len(open_table[-1]):
                own = list(item.own)
                # (the header row, repeated on this page; under the table's title row, a cell across all its columns,
                # when that row opened it: …权力清单（2026年版）｜｜… / 序号｜职权类别｜…)
                while rows and _fingerprint(rows[0]) in header:
                    rows, own = rows[1:], own[1:]
                rows = continued_rows(open_table, carried_down(rows, open_table[-1], item.carries), own)
                open_table.extend(rows)
            else:
                titled = int(_title_row(rows))
                header = {_fingerprint(r) for r in rows[: 1 + titled]}
                # (the title row is no row a later page's cells carry on: it leaves its columns blank)
                open_table = list(rows[titled:])
                if titled and names_genre(rows[0][0]):
                    # (a 告知单 set wholly in a table, its title in the first row across it: the document's title)
                    lines.append(BLOCK_MARK + join_wrapped(rows[0][0].split()))
                    rows = rows[1:]
            lines += rows  # joined at the end: a later page may still add to a row
        last = next((x for x in reversed(lines) if not (isinstance(x, str) and is_page_number(x))), None)
        if isinstance(last, str):
            open_table = None  # the page ended in text, so the table did not run on
        lines, notes = notes_by_marks(lines, notes)
        out.append(_with_notes(lines, pending, under_heading))
        pending = notes
    if pending and out:
        out[-1].extend(pending)
    return PdfText([[x if isinstance(x, str) else CELL.join(x) for x in page] for page in out],
                   tuple(n for n, (_, layout) in enumerate(pages, 1) if layout.uncertain), tuple(margins),
                   (*left_out, *((kind, n) for kind, n in (("running_header", headers), ("page_number", numbers)) if n)),
                   tuple(n for n, (_, layout) in enumerate(pages, 1) if not layout.items), outline, pictured, title)


def _hanging_at(last: TextLine, text: str) -> float | None:
    """Where a bullet's wrapped lines are set, when the page's last line is a bullet's (●境外展会：…每年最) or
    the wrapped line of one, set under its text (a hanging indent); None otherwise."""
    if opens_with_bullet(last.text.strip()):
        return last.x0 + last.size
    if not text.startswith(BLOCK_MARK) and last.x0 - last.left >= 1.5 * last.size:
        return last.x0
    return None


def _carried_on(texts: list[str], body: Sequence[TextLine], cut: bool, size: float,
                hang: float | None = None) -> list[str]:
    """The page's marked lines, its first unmarked when it carries on the sentence the page
    before stopped in the middle of: set as that line was, flush with the column (or under the
    text of the bullet that ended the page before), no number before it (a page of smaller boxed
    text would take a body-sized line for a heading)."""
    if not (cut and texts and body and texts[0].startswith(BLOCK_MARK)):
        return texts
    first = body[0]
    flush = first.x0 - first.left < 1.5 * first.size or hang is not None and abs(first.x0 - hang) <= 0.5 * first.size
    if (abs(first.size - size) < 0.5 and flush
            and marker_of(first.text.strip()) is None and texts[0].removeprefix(BLOCK_MARK).startswith(first.text.strip())):
        return [texts[0].removeprefix(BLOCK_MARK), *texts[1:]]
    return texts


def _with_notes(lines: list[str | list[str]], notes: list[str], headed: bool = False) -> list[str | list[str]]:
    """The page's lines with the footnotes of the page before set where its first block opens: after the rest of
    the paragraph the page break cut, not inside it; after a heading's first block, when that page ended with it."""
    opens = [n for n, x in enumerate(lines) if isinstance(x, str) and x.startswith(BLOCK_MARK)]
    skip = 1 if headed and opens[:1] == [0] else 0  # (the heading's block opens the page: the notes go after it)
    k = opens[skip] if len(opens) > skip else len(lines)
    return [*lines[:k], *notes, *lines[k:]]


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page as lines; tables as CELL-joined rows."""
    return pdf_text(path).pages


def _title_row(rows: Sequence[Sequence[str]]) -> bool:
    """Does a table open with its title, one cell across all its columns, over its header row?"""
    return len(rows) > 1 and len(rows[0]) > 2 and bool(rows[0][0].strip()) and not any(c.strip() for c in rows[0][1:])


def _fingerprint(cells: Sequence[str]) -> str:
    return re.sub(r"\s+", "", "".join(cells))


def read_pdf(path: Path) -> DecodedText:
    """A PDF's text layer, page by page (pages separated by PAGE_BREAK)."""
    text = pdf_text(path)
    if sum(len("".join(p)) for p in text.pages) < 10:
        raise IngestError("没有文字层（扫描件？）：需要先做 OCR")
    first = decree_beside(text.pages[0]) if text.pages else []
    if title := property_title(text.properties_title, first):  # (a title drawn as outlines: only the properties hold it)
        first = with_title(first, title)
    # LibreOffice writes the hyphen a line breaks after (foreign-|invested) as the noncharacter U+FFFE.
    # (a 领导小组's members set name and post far apart: a list, not a table)
    pages = "\n".join(member_lists(f"\n{PAGE_BREAK}".join("\n".join(p) for p in [first, *text.pages[1:]]).split("\n"),
                                    PAGE_BREAK)).replace("\ufffe", "-")
    return DecodedText(pages + "\n", "pdf", wrapped=True,
                       indent_opens=True, uncertain_pages=text.uncertain, textless_pages=text.textless, margins=text.margins,
                       left_out=text.left_out, outline=text.outline,
                       pictures=tuple(f"第{n}页的图片" for n in text.pictured))


def _bookmarks(pdf: Any) -> tuple[tuple[int, str], ...]:
    """An open PDF's bookmarks as (level, title): the headings Word and LibreOffice export from the document's
    outline."""
    from pdfminer.pdfdocument import PDFNoOutlines
    from pdfminer.psparser import PSException

    try:
        return tuple((level, re.sub(r"\s+", " ", title).strip()) for level, title, *_ in pdf.doc.get_outlines()
                     if isinstance(title, str) and title.strip())
    except (PDFNoOutlines, PSException, KeyError, TypeError):  # no bookmarks, or a broken outline tree: none to use
        return ()
