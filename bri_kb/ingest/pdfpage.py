"""A PDF page's words and ruled tables, read through PDFium (pypdfium2).

PDFium reads a page's characters and drawing objects in compiled code, about
twenty times faster than pdfminer's interpreter, which parsing spent nearly
all its time in. Characters become words here (split at spaces and at gaps
wider than a thin space); ruled tables are found from the page's path objects
with pdfplumber's own table geometry (merge edges, intersections, cells), and
only on pages that have vertical rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from bri_kb.ingest.linenumbers import without_line_numbers
from bri_kb.ingest.pdfmarks import coloured_rule, page_frame, watermark, without_sidebars, without_struck, without_turned
from bri_kb.ingest.pdfturn import turned, turned_box, turned_corners, turned_runs
from bri_kb.ingest.text import SUPERSCRIPT_DIGITS
from bri_kb.ingest.words import Word, rows_of

_WORD_GAP = 3.0  # pdfplumber's x_tolerance: a wider gap between characters ends a word
_RULE = 2.0  # a path object at most this thick is a rule
_TOLERANCE = 3.0  # pdfplumber's default snap, join and intersection tolerances


Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Cells = list[list[Box | None]]  # a ruled table's cell boxes, row by row (None: spanned from above)


def _codes(handle: Any, count: int) -> list[str]:
    """The page's characters in one call, a surrogate pair read as one
    character (at its first index; the second is left empty)."""
    import ctypes

    import pypdfium2.raw as raw

    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(handle, 0, count, buffer)
    units = list(buffer[:count])
    out = [""] * count
    i = 0
    while i < count:
        unit = units[i]
        if 0xD800 <= unit < 0xDC00 and i + 1 < count and 0xDC00 <= units[i + 1] < 0xE000:
            out[i] = chr(0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00))
            i += 2
            continue
        out[i] = chr(unit) if unit and not 0xD800 <= unit < 0xE000 else ""
        i += 1
    return out


def _chars(textpage: Any, height: float) -> list[dict[str, Any]]:
    import ctypes

    import pypdfium2.raw as raw

    handle = textpage.raw  # the C API directly: the helper objects cost more than the calls
    rect = raw.FS_RECTF()
    out = []
    size, box_height = 0.0, -1.0
    count = raw.FPDFText_CountChars(handle)
    for i, text in enumerate(_codes(handle, count)):
        if not text or not raw.FPDFText_GetLooseCharBox(handle, i, ctypes.byref(rect)):
            continue
        if text.isspace() and raw.FPDFText_IsGenerated(handle, i) == 1:
            continue  # a line break or space PDFium inferred: its box may span lines
        if abs(rect.top - rect.bottom - box_height) > 0.01:  # same font and size: same loose box height
            box_height = rect.top - rect.bottom
            size = raw.FPDFText_GetFontSize(handle, i)
            if size < 2:  # the size is set by the text matrix, not the font size
                size = box_height / 1.2
        # (its angle read once here, for all that ask it: a seal's ring, a page or a cell set turned)
        out.append({"text": text, "x0": rect.left, "x1": rect.right, "top": height - rect.top,
                    "bottom": height - rect.bottom, "size": size, "index": i,
                    "angle": raw.FPDFText_GetCharAngle(handle, i)})
    return out


def _recognised(textpage: Any, chars: list[dict[str, Any]]) -> bool:
    """Is the page's text a layer that character recognition laid, unseen, over a picture of the page (a scanned
    公文 made searchable)? Most of its characters are set invisible (text render mode 3)."""
    import pypdfium2.raw as raw

    shown = [c for c in chars if not c["text"].isspace()]
    sample = shown[:: max(1, len(shown) // 40)]
    hidden = sum(raw.FPDFTextObj_GetTextRenderMode(raw.FPDFText_GetTextObject(textpage.raw, c["index"]))
                 == raw.FPDF_TEXTRENDERMODE_INVISIBLE for c in sample)
    return bool(sample) and hidden >= 0.8 * len(sample)


def words_of(chars: list[dict[str, Any]], tables: Sequence[Cells] = ()) -> list[Word]:
    """Characters joined into words along their rows, as pdfplumber's
    extract_words joins them: a space or a gap wider than _WORD_GAP ends one,
    and so does a character printed over the one before it, or a ruled table's
    cell side standing between them (a right-aligned 83.6% against the next
    cell's 含中欧班列…: two cells' words, not one)."""
    walls = _walls(tables)
    words: list[Word] = []
    for row in map(superscripts, (band for r in rows_of(chars) for band in _bands(r))):
        current: list[dict[str, Any]] = []
        middle = (row[0]["top"] + row[0]["bottom"]) / 2 if row else 0.0
        sides = sorted({x for x, top, _, bottom in walls if top <= middle <= bottom})  # (the cells' sides this row meets)
        for ch in [*row, None]:
            # A character printed over the one before (text run into other text) starts a word too.
            if ch is not None and not ch["text"].isspace() and (
                    not current or -0.5 * ch["size"] <= ch["x0"] - current[-1]["x1"] <= _WORD_GAP
                    and not _walled(current[-1], ch, sides) and not _latin_space(current[-1], ch)):
                current.append(ch)
                continue
            if current:
                words.append({"text": "".join(c["text"] for c in current), "x0": current[0]["x0"],
                              "x1": max(c["x1"] for c in current), "top": min(c["top"] for c in current),
                              "bottom": max(c["bottom"] for c in current),
                              # most of its characters' size: a footnote's number set large before its text
                              # ("2其中…") or a superscript mark inside a word does not make the word large or small
                              "size": sorted(c["size"] for c in current)[len(current) // 2]})
            current = [] if ch is None or ch["text"].isspace() else [ch]
    return words




_LATIN_SPACE = 0.15  # of the type size: a gap this wide between two Latin letters is a space, not kerning


def _latin_space(left: dict[str, Any], right: dict[str, Any]) -> bool:
    """Is the gap between two Latin letters a space the PDF sets as a gap, no space character (overseas warehouse in
    10.5 pt type, 2.7 pt apart: narrower than _WORD_GAP)?"""
    return (left["text"].isascii() and left["text"].isalpha() and right["text"].isascii() and right["text"].isalpha()
            and bool(right["x0"] - left["x1"] > _LATIN_SPACE * right["size"]))


def _notes_on(page: Any) -> int:
    """The page's text annotations (sticky notes: a reviewer's comment, an exported 批注)."""
    import pypdfium2.raw as raw

    count = 0
    for k in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, k)
        count += raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_TEXT
        raw.FPDFPage_CloseAnnot(annot)
    return count


def _walls(tables: Sequence[Cells]) -> list[Box]:
    """The vertical sides of the tables' cells, as (x, top, x, bottom)."""
    return [(x, top, x, bottom) for cells in tables for row in cells for box in row if box is not None
            for x, top, bottom in ((box[0], box[1], box[3]), (box[2], box[1], box[3]))]


def _walled(before: dict[str, Any], after: dict[str, Any], sides: Sequence[float]) -> bool:
    """Does a cell's side (of those the row meets, `sides`) stand between two characters of a row?"""
    k = bisect.bisect_left(sides, before["x1"] - 1)
    return k < len(sides) and before["x0"] < sides[k] <= after["x0"] + 1


def _bands(row: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A row of characters parted into the lines it holds: the lines of cells side by side, set at different
    heights, chain into one row (a cell's second line 口贴息 under 葡语国家产品进, linked by a line set between them in
    the next cell), and read across it they interleave character by character. A character joins the first line
    whose middle is within half a character of its own and that holds no character above or below it (one it
    overlaps across, its middle half a character or more away); a character printed over another at its own
    height (a bold face printed twice) stays on its line."""
    if len(row) < 2:
        return [row]
    size = sorted(c["size"] for c in row)[len(row) // 2]

    def mid(c: dict[str, Any]) -> float:
        return float(c["top"] + c["bottom"]) / 2

    def stacked(c: dict[str, Any], u: dict[str, Any]) -> bool:
        return bool(min(c["x1"], u["x1"]) - max(c["x0"], u["x0"]) > 0.3 * size) and abs(mid(c) - mid(u)) >= 0.5 * size

    if max(map(mid, row)) - min(map(mid, row)) < 0.5 * size:
        return [row]  # (one line, as nearly every row is: no character stands above another)
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(row, key=mid):
        home = next((line for line in lines if abs(mid(c) - sum(map(mid, line)) / len(line)) <= 0.6 * size
                     and not any(stacked(c, u) for u in line)), None)
        if home is None:
            lines.append([c])
        else:
            home.append(c)
    return [sorted(line, key=lambda c: c["x0"]) for line in lines] if len(lines) > 1 else [row]


def superscripts(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's digits set small and raised right after larger text, as
    superscripts (亿元¹ for a footnote's mark, 10⁴ for a power), not as digits
    that run into the figures beside them (亿元1，/ 104): under three quarters of
    the size of the character before, their foot above its foot by a quarter of
    its size, no wider a gap than half a character (or right after another such
    digit). Small digits elsewhere (a sidebar's telephone number) stay digits."""
    out: list[dict[str, Any]] = []
    base: dict[str, Any] | None = None  # the larger character a run of superscript digits follows
    for c in row:
        prev = out[-1] if out else None
        if c["text"] not in "0123456789" or prev is None:
            base = None
        elif base is not None and prev["text"] in "⁰¹²³⁴⁵⁶⁷⁸⁹" and abs(prev["bottom"] - c["bottom"]) < 1:
            pass  # the next digit of the same mark
        elif (c["size"] < 0.8 * prev["size"] and c["bottom"] <= prev["bottom"] - 0.25 * prev["size"]
              and c["x0"] - prev["x1"] <= 0.5 * prev["size"]):
            base = prev
        else:
            base = None
        out.append({**c, "text": c["text"].translate(SUPERSCRIPT_DIGITS)} if base is not None else c)
    return out


# A picture this large shows content (a table pasted as a picture, a chart, a scanned 附件), not a seal (about 4 cm)
# nor an icon: at least 8 cm wide and 3 cm high, in points; one as large as the page is a scan's background.
_CONTENT_PICTURE = (227.0, 85.0)


def _objects(page: Any, kind: int) -> Iterator[tuple[Any, tuple[float, float, float, float]]]:
    """The page's objects of one kind (a path, a picture), each with its bounds (left, bottom, right, top, in PDF
    points)."""
    import ctypes

    import pypdfium2.raw as raw

    handle = page.raw
    box = [ctypes.c_float() for _ in range(4)]
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) == kind and raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)):
            left, bottom, right, top = (v.value for v in box)
            yield obj, (left, bottom, right, top)


def _bounds(page: Any, kind: int) -> Iterator[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top, in PDF points) of the page's objects of one kind."""
    return (box for _, box in _objects(page, kind))


def content_pictures(page: Any, width: float, height: float) -> int:
    """How many pictures of content size a page shows (their words are in no text layer)."""
    import pypdfium2.raw as raw

    return sum(1 for left, bottom, right, top in _bounds(page, raw.FPDF_PAGEOBJ_IMAGE)
               if right - left >= _CONTENT_PICTURE[0] and top - bottom >= _CONTENT_PICTURE[1]
               and (right - left) * (top - bottom) < 0.8 * width * height)


def _edges(page: Any, width: float, height: float) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's rules as pdfplumber edges: thin path objects, and the four
    sides of other rectangles (cell borders drawn as boxes), but not of a box
    as large as the page (a slide's background, a frame round the page: no
    table's ruling reaches into the margins); and, from the same pass, its thin
    level rules drawn in a colour (pdfmarks.coloured_rule: a revision's strikes)."""
    import pypdfium2.raw as raw

    out = []
    coloured = []
    for obj, (left, bottom, right, top) in _objects(page, raw.FPDF_PAGEOBJ_PATH):
        if rule := coloured_rule(obj, (left, bottom, right, top), height):
            coloured.append(rule)
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        if x1 - x0 <= _RULE and y1 - y0 > _TOLERANCE:
            out.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))
        elif y1 - y0 <= _RULE and x1 - x0 > _TOLERANCE:
            out.append(_edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
        elif x1 - x0 >= 0.95 * width and y1 - y0 >= 0.95 * height:
            continue
        elif x1 - x0 > _RULE and y1 - y0 > _RULE and not (y1 - y0 <= _LINE_HIGH and _highlight(obj)):
            # (not a word's highlight behind a line of text: a box filled in a vivid colour, its sides not drawn)
            out += [_edge("v", x0, x0, y0, y1), _edge("v", x1, x1, y0, y1),
                    _edge("h", x0, x1, y0, y0), _edge("h", x0, x1, y1, y1)]
    return out, coloured


def _highlight(obj: Any) -> bool:
    """Is a path object a highlighter's mark: filled, not stroked, in a vivid colour (Word's yellow, bright green, cyan …;
    not a table's light grey or pale blue shading)?"""
    import ctypes

    import pypdfium2.raw as raw

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or stroke.value or not fill.value:
        return False
    rgba = [ctypes.c_uint() for _ in range(4)]
    if not raw.FPDFPageObj_GetFillColor(obj, *(ctypes.byref(v) for v in rgba)):
        return False
    r, g, b, _ = (v.value for v in rgba)
    return max(r, g, b) - min(r, g, b) >= _VIVID


_LINE_HIGH = 30.0  # points: a highlight is a line of text high, at most
_VIVID = 200  # how far apart a highlight's colour channels are (of 255)


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict[str, Any]:
    return {"orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "object_type": "rect_edge"}


def ruled_tables(edges: list[dict[str, Any]], width: float) -> list[Cells]:
    """Tables drawn with rules, each as rows of cell boxes (None where a cell
    spans from the row above), by pdfplumber's lines strategy."""
    from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
    from pdfplumber.utils.geometry import filter_edges

    verticals = [e for e in edges if e["orientation"] == "v" and e["height"] > 5]
    if not verticals:
        return []
    # A row cut by a page break may lose its closing rule; close every ruled
    # region at the ends of its vertical rules so that the cut part is a table too.
    top, bottom = min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)
    edges = [*edges, _edge("h", 0, width, top, top), _edge("h", 0, width, bottom, bottom)]
    merged = filter_edges(merge_edges(edges, _TOLERANCE, _TOLERANCE, _TOLERANCE, _TOLERANCE), min_length=_TOLERANCE)
    cells = intersections_to_cells(edges_to_intersections(merged, _TOLERANCE, _TOLERANCE))
    tables = [Table(None, group) for group in cells_to_tables(cells)]  # type: ignore[arg-type]
    return [_without_stray_tail([list(row.cells) for row in t.rows]) for t in tables if t.rows and len(t.rows[0].cells) >= 2]


def _without_stray_tail(rows: list[list[Any]]) -> list[list[Any]]:
    """The table without the rows at its foot that hold one cell alone, away from its first column: rules that run on
    under a drawing (a row of boxes with arrows between them) and fence the page's text below into one column of
    'cells'. (A row merged across the table starts in its first column; it stays.)"""
    while len(rows) > 1 and len(rows[0]) >= 3 and sum(c is not None for c in rows[-1]) == 1 and rows[-1][0] is None:
        rows = rows[:-1]
    return rows


def _field_words(form: Any, page: Any, height: float) -> list[Word]:
    """A form's filled-in fields as words where they stand on the page: a text field's value, and a check box as ☑ or
    ☐ before the printed label beside it (a hidden field, or an empty one, gives none)."""
    import ctypes

    import pypdfium2.raw as raw

    out: list[Word] = []
    rect = raw.FS_RECTF()
    for i in range(raw.FPDFPage_GetAnnotCount(page)):
        annot = raw.FPDFPage_GetAnnot(page, i)
        try:
            if (raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET or raw.FPDFAnnot_GetFlags(annot) & 2
                    or not raw.FPDFAnnot_GetRect(annot, ctypes.byref(rect))):
                continue  # (flag 2: a hidden field)
            kind = raw.FPDFAnnot_GetFormFieldType(form, annot)
            if kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
                texts = ["☑" if raw.FPDFAnnot_IsChecked(form, annot) else "☐"]
            else:
                size = raw.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)
                buffer = ctypes.create_string_buffer(size)
                raw.FPDFAnnot_GetFormFieldValue(form, annot, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
                texts = [t for t in buffer.raw[: max(0, size - 2)].decode("utf-16-le", "replace").splitlines() if t.strip()]
            top, bottom = height - rect.top, height - rect.bottom
            line = min(12.0, (bottom - top) / max(1, len(texts)))
            for n, text in enumerate(texts):
                y = top + n * line
                out.append({"text": text.strip(), "x0": rect.left + 1, "x1": min(rect.right, rect.left + 1 + line * len(text)),
                            "top": y, "bottom": y + line, "size": line * 0.9})
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return out


def pages(path: Path) -> Iterator[tuple[float, list[Word], list[Cells], tuple[str, ...], int, int]]:
    """Each page's height, words, ruled tables (cell boxes row by row), what was
    left out of its words (a watermark, a column of line numbers: "watermark", "line_numbers"), how many notes (comments set as text
    annotations, a spreadsheet's 批注 printed to PDF) stand on it, left out too,
    and how many pictures of content size (see content_pictures) it shows."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(path))
    if raw.FPDF_GetFormType(document.raw) != raw.FORMTYPE_NONE:
        document.init_forms()  # (a form's filled-in values live in its fields, not in the page's text)
    sidebars: set[tuple[int, int]] = set()  # where the page before had a web page's sidebar, across it
    try:
        for page in document:
            width, height = page.get_size()
            textpage = page.get_textpage()
            chars, marked = watermark(textpage, _chars(textpage, height))
            chars, ringed = without_turned(chars)
            edges, coloured = _edges(page, width, height)
            chars, numbered = without_line_numbers(chars, edges)
            chars, struck = without_struck(chars, coloured)
            pictures = content_pictures(page, width, height)
            if turn := turned(chars):
                # (a landscape table printed turned on a portrait page: read as the page it was laid out on)
                chars = [turned_box(c, turn, width, height) for c in chars]
                edges = [_edge("v" if e["orientation"] == "h" else "h", *turned_corners(e, turn, width, height))
                         for e in edges]
                width, height = height, width
            else:
                chars = turned_runs(chars)
            tables = ruled_tables(edges, width)
            chars, linked, sidebars, frames = without_sidebars(
                chars, [t for t in tables if page_frame(t, chars, height)], sidebars)
            tables = [t for t in tables if not any(t is f for f in frames)]
            words = words_of(chars, tables)
            if _recognised(textpage, chars):
                words = [{**w, "recognised": True} for w in words]
            if document.formenv is not None:
                words = sorted([*words, *_field_words(document.formenv.raw, page.raw, height)],
                               key=lambda w: (round(w["top"]), w["x0"]))
            notes = _notes_on(page.raw)
            textpage.close()
            page.close()
            left = (("watermark",) if marked else ()) + (("line_numbers",) if numbered else ()) + (
                ("seal_text",) if ringed else ()) + (("struck_text",) if struck else ()) + (("web_sidebar",) * linked)
            yield height, words, tables, left, notes, pictures
    finally:
        document.close()
