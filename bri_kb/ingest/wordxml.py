"""Word's XML read paragraph by paragraph: the text a paragraph shows (tracked insertions kept, deletions and hidden
text left out, a content control's placeholder no one's text) and the text boxes anchored in it, in the order a
reader reads them. Pure functions over python-docx's lxml elements."""

from __future__ import annotations

import re
from typing import Any

from bri_kb.ingest.conventions import ATTACHMENT_LABEL
from bri_kb.ingest.text import SUPERSCRIPT_DIGITS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W = W  # (the prefix every tag of the main namespace carries)
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", _MC_FALLBACK}


def paragraph_text(p: Any) -> tuple[str, list[Any]]:
    """The text a Word paragraph shows, and the text boxes anchored in it. Unlike
    python-docx's Paragraph.text it keeps the text of tracked insertions (runs
    inside w:ins) and of inline content controls (w:sdt), and leaves deleted text
    (w:del) and hidden text (w:vanish) out; a text box's content (w:txbxContent) is returned apart, once (a
    drawing's mc:Fallback repeats it for older readers)."""
    out: list[str] = []
    boxes: list[Any] = []
    combined: list[str] = []  # the text of runs Word prints two lines in one (双行合一), until it ends

    def flush() -> None:
        if combined:
            text = "".join(combined)
            half = (len(text) + 1) // 2  # (Word sets the first half on the upper line)
            out.append(f"{text[:half]}\u3000{text[half:]}" if len(text) > 1 else text)
            combined.clear()

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED or tag == f"{_W}r" and _hidden(child) or tag == f"{_W}sdt" and placeholder(child):
                continue
            if tag == f"{_W}r" and _combined(child):
                # (two organs' names of a joint 版头 typed as one run, 合肥市商务局合肥市财政局: two names, apart)
                combined.extend(t.text or "" for t in child.iter(f"{_W}t"))
                continue
            flush()
            if tag == f"{_W}txbxContent":
                boxes.append(child)
            elif tag == f"{_W}t":
                text = child.text or ""
                out.append(text.translate(SUPERSCRIPT_DIGITS) if _raised(child.getparent()) else text)
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            else:
                walk(child)

    walk(p)
    flush()
    return "".join(out), _in_page_order(boxes)


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _in_page_order(boxes: list[Any]) -> list[Any]:
    """A paragraph's text boxes top to bottom and left to right when each is placed on the page (wp:anchor with
    offsets from the page: a 政策图解 drawn as boxes all anchored in one empty paragraph, in the order they were
    drawn, not read), those placed otherwise after them as they stand (a VML box of an older Word)."""
    def place(box: Any) -> tuple[int, int] | None:
        anchor = next((a for a in box.iterancestors(f"{_WP}anchor")), None)
        if anchor is None:
            return None
        v, h = anchor.find(f"{_WP}positionV"), anchor.find(f"{_WP}positionH")
        if v is None or h is None or v.get("relativeFrom") != "page" or h.get("relativeFrom") != "page":
            return None
        dv, dh = v.find(f"{_WP}posOffset"), h.find(f"{_WP}posOffset")
        return (int(dv.text), int(dh.text)) if dv is not None and dh is not None and dv.text and dh.text else None

    places = [place(b) for b in boxes]
    placed = [(where, b) for where, b in zip(places, boxes, strict=True) if where is not None]
    if len(placed) < 2:
        return boxes
    return [b for _, b in sorted(placed, key=lambda x: x[0])] + [b for where, b in zip(places, boxes, strict=True) if where is None]


def placeholder(sdt: Any) -> bool:
    """Does a content control still show its placeholder (单击此处输入文字。), nothing filled in?"""
    props = sdt.find(f"{_W}sdtPr")
    return props is not None and props.find(f"{_W}showingPlcHdr") is not None


def _raised(run: Any) -> bool:
    """Is a run set as superscript (a power, 10⁴; a note's mark), so its digits are superscript digits?"""
    props = run.find(f"{_W}rPr") if run is not None else None
    align = props.find(f"{_W}vertAlign") if props is not None else None
    return align is not None and align.get(f"{_W}val") == "superscript"


def _combined(run: Any) -> bool:
    """Is a run printed two lines in one (双行合一: w:eastAsianLayout w:combine)?"""
    props = run.find(f"{_W}rPr")
    layout = props.find(f"{_W}eastAsianLayout") if props is not None else None
    return layout is not None and layout.get(f"{_W}combine", "0") not in ("0", "false", "off")


def _hidden(run: Any) -> bool:
    """Is a run hidden text (w:vanish: an editor's note Word does not show or print)?"""
    props = run.find(f"{_W}rPr")
    flag = props.find(f"{_W}vanish") if props is not None else None
    return flag is not None and flag.get(f"{_W}val", "true") not in ("0", "false", "off")


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_EMU_PER_CM = 360_000
# A picture this large holds what it shows as its content (a table pasted as a picture, a scanned page), not a seal
# (about 4 cm) nor a line or an icon: at least 8 cm wide and 3 cm high.
_CONTENT_PICTURE = (8 * _EMU_PER_CM, 3 * _EMU_PER_CM)
_HEAD_PARAGRAPHS = 3  # (a 版头 set as a picture above the title: the organ's mark, not content)


def pictures_in(body: Any) -> tuple[str, ...]:
    """The pictures in a Word file's text whose words no reader takes (an 附件 table pasted as a picture): each named
    by the 附件 label of the paragraph above it (附件1), else by its alt text, else as 第N张图片; for the report."""
    names: list[str] = []
    last = ""
    filled = 0
    for p in body.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{_W}t")).strip()
        for n, drawing in enumerate(p.iter(f"{_W}drawing")):
            extent = next(drawing.iter(f"{_WP}extent"), None)
            data = next(drawing.iter(f"{_A}graphicData"), None)
            if (extent is None or data is None or not (data.get("uri") or "").endswith("/picture")
                    or filled < _HEAD_PARAGRAPHS and not text
                    or any(int(extent.get(k, "0")) < least for k, least in zip(("cx", "cy"), _CONTENT_PICTURE, strict=True))):
                continue
            said = next(drawing.iter(f"{_WP}docPr"), None)
            alt = " ".join(((said.get("descr") or said.get("title") or "") if said is not None else "").split())
            label = ATTACHMENT_LABEL.fullmatch(re.sub(r"\s+", "", last)) if not n else None
            name = label.group(0) if label else alt if sum("\u4e00" <= c <= "\u9fff" for c in alt) >= 4 else ""
            names.append(name if name and name not in names else f"第{len(names) + 1}张图片")
        if text:
            filled += 1
            last = text
    return tuple(names)


def nested_parts(tbl: Any) -> list[tuple[str, Any]]:
    """A table whose row holds a table of its own in one cell, beside that row's label (a 告知单's 申请材料 row: 序号 /
    材料名称 / 份数 … nested in its second cell), as its parts in order: ("", rows before it as a table), (the label,
    the nested table), ("", rows after it), each a w:tbl element; [("", tbl)] when no row holds a table of three
    columns or more and two rows or more, or the nested table is as wide as the outer (their rows would read as one
    table's)."""
    import copy

    rows = tbl.findall(f"{_W}tr")
    width = max((len(tr.findall(f"{_W}tc")) for tr in rows), default=0)
    inners = {id(tr): inner for tr in rows if (inner := _nested_table(tr, width)) is not None}
    if not inners:
        return [("", tbl)]  # (most tables: nothing copied)

    def table_of(trs: list[Any]) -> Any:
        part = copy.deepcopy(tbl)
        for tr in part.findall(f"{_W}tr"):
            part.remove(tr)
        for tr in trs:
            part.append(copy.deepcopy(tr))
        return part

    parts: list[tuple[str, Any]] = []
    kept: list[Any] = []
    for tr in rows:
        if (inner := inners.get(id(tr))) is None:
            kept.append(tr)
            continue
        label = "".join(t.text or "" for tc in tr.findall(f"{_W}tc") if tc.find(f"{_W}tbl") is None
                        for t in tc.iter(f"{_W}t")).strip()
        if kept:
            parts.append(("", table_of(kept)))
            kept = []
        parts.append((label, inner))
    if kept:
        parts.append(("", table_of(kept)))
    # (not where a cell merged down runs across the cut: the rows under it would open inside it)
    cut = any(_merged_on(part.findall(f"{_W}tr")[0]) for label, part in parts if not label)
    # (nor a table that is all one nested table with no label beside it: the table as it is)
    return [("", tbl)] if cut or parts == [("", parts[0][1])] else parts


def _nested_table(tr: Any, width: int) -> Any | None:
    """The table a row holds in one of its cells, when it is a table of its own: two rows or more, three columns or
    more and not as many as the outer table's, its first row naming its columns; None otherwise."""
    inner = next((t for tc in tr.findall(f"{_W}tc") for t in tc.findall(f"{_W}tbl")), None)
    inner_rows = inner.findall(f"{_W}tr") if inner is not None else []
    if len(inner_rows) < 2:
        return None
    columns = max(len(r.findall(f"{_W}tc")) for r in inner_rows)
    return inner if columns >= 3 and columns != width and _names_columns(inner_rows[0]) else None


def _names_columns(tr: Any) -> bool:
    """Is a table row a header: every cell a column's short name (序号, 材料名称, 份数), no figure, no sentence?"""
    texts = ["".join(t.text or "" for t in tc.iter(f"{_W}t")).strip() for tc in tr.findall(f"{_W}tc")]
    return all(re.fullmatch(r"[^\d。；，,：:！？]{1,12}", t) for t in texts)


def _merged_on(tr: Any) -> bool:
    """Does a row hold a cell that carries on a cell merged down from the row above (w:vMerge, not restarting)?"""
    return any(m.get(f"{_W}val") in (None, "continue") for m in tr.iter(f"{_W}vMerge"))
