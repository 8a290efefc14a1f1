"""Web pages (HTML) as the text the pipeline reads.

Each paragraph becomes one line and a table one CELL-joined line per row; the
page's title, date and 文号 become a header block (see conventions.py), which
the splitter already understands.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import header_lines, table_lines
from bri_kb.ingest.read import DecodedText, decode_bytes
from bri_kb.vocabulary import DOC_NUMBER

_DROP = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "select", "button")
_DATE = re.compile(r"(?:发布(?:时间|日期)|日期|时间)\s*[:：]\s*((?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "pre", "blockquote", "section", "article")


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
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError) as exc:  # empty or undecodable markup
        raise IngestError(f"无法读取的 HTML 网页（{exc.__class__.__name__}）") from exc
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    page_title = (root.findtext(".//title") or "").strip()
    h1 = next((h.text_content().strip() for h in root.iter("h1", "h2") if h.text_content().strip()), "")
    title = h1 or re.split(r"[_|－-]\s*", page_title)[0].strip()
    body = article_body(root)
    lines = [ln for ln in _blocks(body) if ln != title]
    everything = root.text_content()
    date = m.group(1) if (m := _DATE.search(everything)) else None
    number = m.group(0) if (m := DOC_NUMBER.search("\n".join(lines[:5]) or everything)) else None
    meta = [ln for ln in lines if _DATE.search(ln) and len(ln) < 80]
    lines = [ln for ln in lines if ln not in meta]
    if not title or not lines:
        raise IngestError("HTML 网页中没有找到正文")
    return "\n".join(header_lines(title, date, None, number) + lines) + "\n"




def read_html(path: Path) -> DecodedText:
    """An HTML file in any of the encodings decode_bytes knows."""
    decoded = decode_bytes(path.read_bytes())
    return DecodedText(html_to_text(decoded.text), f"html/{decoded.encoding}", wrapped=False)
