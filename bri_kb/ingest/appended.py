"""What a document appends (附件1, 附录, 附表 atop a page): its heading, with the
title under it. Pure functions over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import BLANK_FIELD
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.segment import Segment
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import Kind, squash


def appended(paragraphs: Sequence[Paragraph], index: int, rows: dict[int, tuple[str, ...]]) -> tuple[Segment, range]:
    """The heading of what a document appends ("附件1", "附录", "附表" atop its page),
    with the title under it when there is one (in one paragraph or two); and the
    indexes of that title's paragraphs, which the heading holds."""
    p = paragraphs[index]
    start = index + 1
    # (a contract's number to fill in may stand over its title, 合同编号：______: a field of the form, no title's line)
    if start + 1 < len(paragraphs) and BLANK_FIELD.fullmatch(paragraphs[start].text.strip()):
        start += 1
    parts = attachment_title(paragraphs, start, rows)
    if not parts:
        start = index + 1
    lines = p.lines + tuple(ln for q in paragraphs[start : start + len(parts)] for ln in q.lines)
    title = join_wrapped(parts)
    heading = Segment(re.sub(r"\s+", "", p.text), Kind.HEADING, (), "\n".join(filter(None, [p.text, title])), lines)
    return heading, range(start, start + len(parts))


def attachment_title(paragraphs: Sequence[Paragraph], index: int, rows: dict[int, tuple[str, ...]]) -> list[str]:
    """The title under an attachment's "附件1" line: a short line without a
    closing mark (GB/T 9704 centres it), if the next paragraph is one; and the
    paragraph after it too when only the two name a 文种 (…制度创新成果 / 评估认定办法)."""
    def titling(k: int) -> bool:
        if k >= len(paragraphs) or k in rows:
            return False
        text = paragraphs[k].text
        return len(text) <= 60 and text[-1] not in "。；：，！？" and not marker_of(text)

    if not titling(index):
        return []
    first = paragraphs[index].text
    parts = [first]
    if titling(index + 1) and (not names_genre(first) and (
            names_genre(first + paragraphs[index + 1].text) or first.count("《") > first.count("》"))
            or squash(first + paragraphs[index + 1].text) in _announced(paragraphs[:index])
            or re.fullmatch(r"《[^《》]+》", first) and _EXCERPT.fullmatch(paragraphs[index + 1].text.strip())):
        # (or as the 附件说明 names it: …四至范围 / 及卡口位置示意图; or a law quoted in part: 《…条例》 / 相关条款摘录)
        parts.append(paragraphs[index + 1].text)
    k = index + len(parts)
    if titling(k) and re.fullmatch(r"[（(][^（）()]{1,12}[)）]", paragraphs[k].text):
        parts.append(paragraphs[k].text)  # the title's edition under it: （征求意见稿）, （2024年版）, （试行）
    return parts


def _announced(paragraphs: Sequence[Paragraph]) -> str:
    """What the 附件说明 lines above an attachment name, squashed (the titles an attachment's heading may be)."""
    return "".join(squash(p.text) for p in paragraphs if _NOTE.match(p.text))


_NOTE = re.compile(r"附\s*件\s*\d{0,2}\s*[:：]")
_EXCERPT = re.compile(r"[\u4e00-\u9fff]{0,6}(?:条款|条文)?(?:摘录|节选|摘编)|[（(](?:摘录|节选|摘编)[)）]")
