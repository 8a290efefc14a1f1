"""HTML pages and Word files, turned into the text the pipeline reads.

Each paragraph becomes one line; a table becomes one line per row with cells
separated by "｜" (the structurer turns such rows into clauses with fields);
the page's title, date and 文号 become a 发布时间/来源/文件名称 header, which the
splitter already understands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bri_kb.ingest.read import DecodedText, IngestError, decode_bytes, read_text

CELL = "｜"  # full-width bar: it survives the space clean-up of Chinese text
_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "select", "button")
_DATE = re.compile(r"(?:发布(?:时间|日期)|日期|时间)\s*[:：]\s*((?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［﹝]\s*\d{4}\s*[〕\]］﹞]\s*\d{1,4}\s*号")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "pre", "blockquote", "section", "article")


def cell_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(CELL, "／")).strip()


def table_lines(rows: Iterable[Iterable[str]]) -> list[str]:
    out = []
    for row in rows:
        cells = [cell_text(c) for c in row]
        if any(cells):
            out.append(CELL.join(cells))
    return out


def header_lines(title: str, date: str | None, source: str | None, number: str | None) -> list[str]:
    lines = [title]
    if date:
        lines.append(f"发布时间：{date}")
    if source:
        lines.append(f"来源：{source}")
    if number:
        lines.append(f"文件名称：{number}")
    return lines


# ---- HTML -----------------------------------------------------------------


def _text_len(el: Any) -> int:
    return len(re.sub(r"\s+", "", el.text_content()))


def _link_len(el: Any) -> int:
    return sum(_text_len(a) for a in el.iter("a"))


def article_body(root: Any) -> Any:
    """The element that holds the article: the most text outside links
    (menus are mostly links), preferring the innermost such element."""
    best, best_score = root, -1.0
    for el in root.iter("div", "article", "section", "td", "main", "body"):
        text = _text_len(el)
        if text < 50:
            continue
        score = text - 3 * _link_len(el) - 0.2 * sum(1 for _ in el.iter("div"))
        if score > best_score:
            best, best_score = el, score
    return best


def _blocks(el: Any) -> list[str]:
    lines: list[str] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and _text_len(child) and _link_len(child) * 2 >= _text_len(child):
            continue  # share buttons, menus, "related links"
        if tag == "table":
            rows = [[c.text_content() for c in tr if c.tag in ("td", "th")] for tr in child.iter("tr")]
            lines += table_lines(rows)
        elif tag in _BLOCKS and any(isinstance(g.tag, str) and g.tag in _BLOCKS for g in child):
            lines += _blocks(child)
        else:
            text = re.sub(r"[ \t\r\f\v\xa0]+", " ", child.text_content() if tag else "")
            lines += [t.strip() for t in text.split("\n") if t.strip()]
        if child.tail and child.tail.strip():
            lines.append(child.tail.strip())
    if el.text and el.text.strip():
        lines.insert(0, el.text.strip())
    return lines


def html_to_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception as exc:  # lxml raises several kinds for broken markup
        raise IngestError(f"not a readable HTML page ({exc.__class__.__name__})") from None
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    page_title = (root.findtext(".//title") or "").strip()
    h1 = next((h.text_content().strip() for h in root.iter("h1", "h2") if h.text_content().strip()), "")
    title = h1 or re.split(r"[_|－-]\s*", page_title)[0].strip()
    body = article_body(root)
    lines = [ln for ln in _blocks(body) if ln != title]
    everything = root.text_content()
    date = m.group(1) if (m := _DATE.search(everything)) else None
    number = m.group(0) if (m := _NUMBER.search("\n".join(lines[:5]) or everything)) else None
    meta = [ln for ln in lines if _DATE.search(ln) and len(ln) < 80]
    lines = [ln for ln in lines if ln not in meta]
    if not title or not lines:
        raise IngestError("no article text found in the HTML page")
    return "\n".join(header_lines(title, date, None, number) + lines) + "\n"


# ---- DOCX -----------------------------------------------------------------

_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting",
                    "taiwaneseCounting", "chineseLegalSimplified"}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(n: int, fmt: str) -> str:
    from bri_kb.ingest.numbering import int_to_cn

    if fmt in _CHINESE_FORMATS:
        return int_to_cn(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle") and n <= 20:
        return _CIRCLED[n - 1]
    return str(n)


def numbering_levels(document: Any) -> dict[str, dict[int, tuple[str, str]]]:
    """numId -> level -> (numFmt, lvlText) from the Word numbering part."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    abstract: dict[str, dict[int, tuple[str, str]]] = {}
    for node in root.iter(f"{w}abstractNum"):
        levels = {}
        for lvl in node.iter(f"{w}lvl"):
            fmt = lvl.find(f"{w}numFmt")
            text = lvl.find(f"{w}lvlText")
            levels[int(lvl.get(f"{w}ilvl"))] = (
                fmt.get(f"{w}val") if fmt is not None else "decimal",
                text.get(f"{w}val") if text is not None else f"%{int(lvl.get(f'{w}ilvl')) + 1}.",
            )
        abstract[node.get(f"{w}abstractNumId")] = levels
    out = {}
    for num in root.iter(f"{w}num"):
        ref = num.find(f"{w}abstractNumId")
        if ref is not None:
            out[num.get(f"{w}numId")] = abstract.get(ref.get(f"{w}val"), {})
    return out


def docx_to_text(path: Path) -> str:
    """Paragraphs in order, Word's automatic numbering written out as the
    markers Chinese documents print (一、（一）1.（1）), tables as rows."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError for broken files
        raise IngestError(f"not a readable Word file ({exc.__class__.__name__})") from None
    counters: dict[tuple[str, int], int] = {}
    levels = numbering_levels(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag.endswith("}tbl"):
            table = Table(block, document)
            lines += table_lines([c.text for c in row.cells] for row in table.rows)
        elif block.tag.endswith("}p"):
            para = Paragraph(block, document)
            text = para.text.strip()
            if not text:
                continue
            lines.append(_numbered(para, text, counters, levels))
    if not lines:
        raise IngestError("the Word file holds no text")
    return "\n".join(lines) + "\n"


def _num_pr(para: Any) -> Any:
    """The paragraph's numbering, set on the paragraph or on its style (List Number)."""
    if para._p.pPr is not None and para._p.pPr.numPr is not None:
        return para._p.pPr.numPr
    style = para.style
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = style.base_style
    return None


def _numbered(
    para: Any, text: str, counters: dict[tuple[str, int], int], levels: dict[str, dict[int, tuple[str, str]]]
) -> str:
    num_pr = _num_pr(para)
    if num_pr is None or num_pr.numId is None or re.match(r"^[一二三四五六七八九十（(\d第]", text):
        return text
    num_id = str(num_pr.numId.val)
    level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
    counters[(num_id, level)] = counters.get((num_id, level), 0) + 1
    for deeper in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[deeper]
    defined = levels.get(num_id, {})
    marker = defined.get(level, ("decimal", f"%{level + 1}."))[1]
    for k in range(level + 1):
        fmt = defined.get(k, ("decimal", ""))[0]
        marker = marker.replace(f"%{k + 1}", format_number(counters.get((num_id, k), 1), fmt))
    return marker + text


# ---- dispatch -------------------------------------------------------------

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES


def read_document(path: Path) -> DecodedText:
    """Any supported file as text for the pipeline."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise IngestError("no such file")
    if suffix in TEXT_SUFFIXES:
        return read_text(path)
    if path.stat().st_size == 0:
        raise IngestError("empty file")
    if suffix in HTML_SUFFIXES:
        decoded = decode_bytes(path.read_bytes())
        return DecodedText(html_to_text(decoded.text), f"html/{decoded.encoding}", wrapped=False)
    if suffix in DOCX_SUFFIXES:
        return DecodedText(docx_to_text(path), "docx", wrapped=False)
    if suffix in PDF_SUFFIXES:
        from bri_kb.ingest.pdf import pdf_to_text  # pdfplumber stays out of the other paths

        return pdf_to_text(path)
    raise IngestError(f"unsupported file type {suffix or '(none)'}; supported: {', '.join(SUPPORTED)}")
