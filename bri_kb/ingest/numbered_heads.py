"""A further 公文 in a file of several, known by its head: its 文号 alone over its 标题 (GB/T 9704), where the one
before ends above it; or a compilation's divider between its parts. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.compilations import compilation_cover
from bri_kb.ingest.conventions import ATTACHMENT_LABEL
from bri_kb.ingest.endings import closes, numbered_row
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.gongwen import addressee_lines, title_end
from bri_kb.ingest.marks import MARK, top_marks
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped

_IMPRINT_LINE = re.compile(r"抄\s*送\s*[:：]")  # the 版记's 抄送 line

_DIVIDER = re.compile(r"[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{2,10}")


def divided(lines: Sequence[Line], start: int) -> bool:
    """Does a compilation's divider between its parts (三、贸易便利化) stand right above `start`, the document before
    ending above it?"""
    return start > 2 and bool(_DIVIDER.fullmatch(_flat(lines[start - 1].text))) and (
        closes(lines[start - 2].text) or _flat(lines[start - 2].text).rstrip("）)")[-1:] in "。；！？")


def numbered_head(lines: Sequence[Line], i: int, since: int = 0) -> int | None:
    """A further 公文 set as GB/T 9704 sets one, its 文号 (at i) above its 标题:
    where it starts (its 发文机关标志 when one stands above the 文号), if a title
    that names its 文种 follows the 文号 and a 主送 line the title, and the line
    above finishes the document before (a 成文日期, an 附注, a table's last row), or that document, which starts at
    `since`, has closed above it (its attachment's lines run on to the 文号: a schedule's last entry); else None."""
    end = title_end(lines, i + 1)
    title = join_wrapped([x.text for x in lines[i + 1 : end]])
    # (a 公告 has no 主送: its number, 商务部公告2025年第19号, over its title, …的公告, is enough)
    # (or numbered as a 公告 in its organ's series, 舟自贸管告〔2026〕7号)
    announced = _flat(title).endswith("公告") and bool(re.search(r"公告|告〔", _flat(lines[i].text)))
    if not names_genre(title) or not (announced or addressee_lines(lines[end:])):
        return None
    # its 发文机关标志 above the 文号: "…文件", or a letter's organ name alone (天津市人民政府, a 函 or 批复)
    start = i - 1 if i > 1 and MARK.match(_flat(lines[i - 1].text)) else i
    while start < i and start > 1 and i - start < 4 and not closes(lines[start - 1].text) and (
            MARK.match(_flat(lines[start - 1].text + lines[start].text)) or _flat(lines[start - 1].text) == "文件"):
        # (the mark wrapped over two lines: 中国（湖北）自由贸易试验区 / 襄阳片区管理委员会文件; or a joint mark's
        # 文件 in a text box between its organs: 江西省财政厅 / 文件 / 江西省商务厅)
        start -= 1
    if start > 1 and top_marks(lines[start - 1].text):
        start -= 1  # (and a mark over it: a reply's class, B类; a 份号 or 紧急程度)
    # (or the last row of the document before's table: a county's 附件 table, then the city's notice it forwards;
    # or, the first of a compilation, its cover: 商务部公告汇编 / （2025年第18号—第20号）)
    # (or printed as the forwarding notice's 附件: its 附件1 label alone above the 文号, that notice's end above it)
    # (or the 来文 an answer prints after itself under 附：, a 批复's city's 请示, or 附：naming it)
    attached = start > 1 and bool(ATTACHMENT_LABEL.fullmatch(_flat(lines[start - 1].text))
                                  or _flat(lines[start - 1].text).startswith(("附：", "附:"))) and (
        closes(lines[start - 2].text) or numbered_row(lines[start - 2].text))  # (or the notice's own 附件2 moved up)
    # (or a compilation's divider between its parts, 三、贸易便利化, under the document before's end)
    parted = divided(lines, start)
    # (or the 版记's 抄送 of the one before: replies printed one after another)
    copied = start > 0 and any(_IMPRINT_LINE.match(_flat(x.text)) for x in lines[max(0, start - 2) : start]) and (
        _flat(lines[start - 1].text)[-1:] in "。；")
    # (or the document before closed further up, its 附件 printed after its 落款: …专题对接（…） / 湘商外经函〔2026〕29号)
    # (not when an organ's name stands over it: the joint mark's first organ, 湖南省商务厅 / 湖南省财政厅　文件 / 长沙海关)
    closed = start > 0 and addressee_lines(lines[end:]) and any(closes(x.text) for x in lines[since:start]) and (
        not MARK.match(_flat(lines[start - 1].text)))
    return start if start > 0 and (closes(lines[start - 1].text) or numbered_row(lines[start - 1].text) or attached
                                   or copied or closed
                                   or parted or announced and compilation_cover(lines[:start])) else None
