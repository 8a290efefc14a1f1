"""What a question says besides its words: documents it names (文号,
《title》), articles or items it points at (第十二条, 第5项), and places."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bri_kb.gazetteer import Place, gazetteer
from bri_kb.script import simplified
from bri_kb.vocabulary import ANY_DOC_NUMBER, cn_to_int, int_to_cn, parse_doc_number

MAX_QUESTION = 2000
_TITLE = re.compile(r"《([^《》]{2,80})》")
_ARTICLE = re.compile(r"第\s*([一二三四五六七八九十百零〇两\d]+)\s*(条|项|章|节)(?:之([一二三四五六七八九十\d]+))?")


@dataclass(frozen=True)
class ParsedQuestion:
    text: str
    doc_numbers: tuple[str, ...]
    titles: tuple[str, ...]
    labels: tuple[str, ...]  # canonical labels: 第三十二条, 第5项
    places: tuple[Place, ...]
    truncated: bool = False


def canonical_label(number: str, unit: str, inserted: str | None = None) -> str | None:
    """第32条 / 第三十二条 -> 第三十二条; 第五项 / 第5项 -> 第5项; 第20条之2 -> 第二十条之二
    (an article an amendment inserted after 第二十条)."""
    n = int(number) if number.isdigit() else cn_to_int(number)
    if n is None:
        return None
    if unit == "项":
        return f"第{n}项"
    if inserted and unit == "条":
        k = int(inserted) if inserted.isdigit() else cn_to_int(inserted)
        return None if k is None else f"第{int_to_cn(n)}条之{int_to_cn(k)}"
    return f"第{int_to_cn(n)}{unit}"


def clean_question(question: str) -> str:
    """Control and format characters out, whitespace runs folded; a question typed in traditional characters read
    in simplified ones, as the knowledge base holds its documents (琴合經〔2024〕8號 第三條 -> 琴合经〔2024〕8号 第三条)."""
    kept = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in question)
    return simplified(" ".join(kept.split()))


def parse_question(question: str) -> ParsedQuestion:
    text = clean_question(question)
    truncated = len(text) > MAX_QUESTION
    text = text[:MAX_QUESTION]
    numbers = [dn.text for m in ANY_DOC_NUMBER.finditer(text) if (dn := parse_doc_number(m.group(0)))]
    labels = [lab for m in _ARTICLE.finditer(text) if (lab := canonical_label(m.group(1), m.group(2), m.group(3)))]
    return ParsedQuestion(
        text=text,
        doc_numbers=tuple(numbers),
        titles=tuple(_TITLE.findall(text)),
        labels=tuple(labels),
        places=tuple(gazetteer().mentions(text)),
        truncated=truncated,
    )
