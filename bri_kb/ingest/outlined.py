"""Headings: what a title-like line is, what it gives its children's path, and
the headings a file marks by its outline but prints without a number.

A Word user who sets 总则 or 保障措施 in a heading style (or gives a bold paragraph
an outline level) and types no 第一章 or 一、 before it leaves nothing in the text
to tell the heading from a paragraph; Word's navigation pane, and the bookmarks
LibreOffice writes into the PDF, still list it. The readers hand that outline on
(`DecodedText.outline`), and the structure reads a paragraph it lists as a heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from bri_kb.ingest.cleaners import opens_with_bullet
from bri_kb.ingest.closing import signed_here
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.pagefiles import FILE_SUFFIX
from bri_kb.ingest.paragraphs import ASKED, TURN
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.segment import Segment
from bri_kb.ingest.signature import SIGNATURE
from bri_kb.vocabulary import Kind, squash

OUTLINED = "outline"  # the scheme of such a heading in an outline's stack, with its level: outline0, outline1
_LONGEST = 60  # a heading's length at most: a paragraph set in a heading style by mistake is still a paragraph

HEADING_MAX = 40


def is_heading(text: str) -> bool:
    """A title-like line: short and not a sentence ("1、交通基础设施互联互通。"
    counts: one short phrase with a closing stop)."""
    if len(text) > HEADING_MAX:
        return False
    m = marker_of(text)
    if text[-1] == "。" and len(text) - len(m[1] if m else "") <= 15:
        text = text[:-1]
    elif text[-1] in "？?" and m:
        # a numbered question heads its answer (政策问答: 一、…是什么？), two questions too (四、…何时施行？…如何处理？)
        text = re.sub(r"[？?]", "", text)
    return not re.search(r"[。！？；：:]", text) and text[-1] not in "，、"


def heading_title(text: str) -> str:
    """What a parent contributes to its children's path: its first sentence, short."""
    head = re.split(r"[。；：]", text, maxsplit=1)[0]
    return head if len(head) <= HEADING_MAX else head[:HEADING_MAX] + "…"



def outline_levels(outline: Iterable[tuple[int, str]]) -> dict[str, int]:
    """Each heading's level by its text without spaces (the first level where one text stands twice)."""
    levels: dict[str, int] = {}
    for level, text in outline:
        levels.setdefault(squash(text), level)
    return levels


def outlined_level(text: str, levels: Mapping[str, int]) -> int | None:
    """The outline level of a paragraph the file marks as a heading and prints without a number; None for any
    other (a numbered heading is read by its number, as in a file without an outline)."""
    if not levels or len(text) > _LONGEST or CELL in text or marker_of(text) is not None:
        return None
    return levels.get(squash(text))


def marked_level(paragraphs: Sequence[Paragraph], index: int, levels: Mapping[str, int]) -> int | None:
    """The outline level of paragraphs[index] when it is a heading the file marks and prints without a number; not
    a question of a 问答, nor an organ over its date (one line of a title set in a heading style can read as the 落款)."""
    text = paragraphs[index].text
    if not levels or ASKED.match(text) or signed_here(paragraphs, index):
        return None
    return outlined_level(text, levels)


def parent_heading(stack: Sequence[tuple[str, str]], level: int) -> int:
    """Where in an outline's stack of (scheme, heading) the heading that a marked heading of this level goes under
    stands: the nearest one of a higher level, or the attachment it is in (-1: none)."""
    return max((n for n, (scheme, _) in enumerate(stack) if scheme == "attachment"
                or scheme.startswith(OUTLINED) and int(scheme.removeprefix(OUTLINED)) < level), default=-1)


def bookmarked(outline: Sequence[tuple[int, str]]) -> list[str]:
    """The documents a merged PDF's bookmarks name, one a bookmark at the outline's top level, when there are two
    or more and each names its 文种 (…的通知, …意见): the titles a 目录 would give; none for a document's own headings."""
    top = min((level for level, _ in outline), default=0)
    titles = [text for level, text in outline if level == top]
    return titles if len(titles) >= 2 and all(names_genre(t) and marker_of(t) is None for t in titles) else []


def asks(heading: str) -> bool:
    """Is a numbered heading line a question (一、出台背景是什么？), whose answer is what follows it?"""
    return heading.rstrip().endswith(("？", "?")) and marker_of(heading) is not None


def answer_runs_on(asked: Segment, path: tuple[str, ...], text: str) -> bool:
    """Does an unnumbered paragraph go on with the answer under a numbered question: under that question still
    (nothing closed it), and neither a 问： of its own nor a table's row?"""
    return (path == (*asked.path, heading_title(asked.text.split("\n", 1)[0])) and not ASKED.match(text)
            and not TURN.match(text) and CELL not in text
            # (not who explains it, 解读机关：…, a file linked under it, nor the page's 本问答仅供参考… under the last)
            and not SIGNATURE.fullmatch(text.strip("（）() ")) and not FILE_SUFFIX.search(text) and not _FOR_REFERENCE.search(text)
            # (nor a part's label after the last answer, 【一图读懂】 or 一图读懂《措施》, over the bullets that sum it up)
            and not _PART_LABEL.fullmatch(text.strip()))


_PART_LABEL = re.compile(r"【[^】]{2,12}】|(?:一图(?:读懂|看懂|速览)|图解)[^。，；：]{0,30}")


_FOR_REFERENCE = re.compile(r"^本[\u4e00-\u9fff]{1,6}仅供参考")


# A lead-in alone on its line, a few words and a colon (鉴于：, 我们倡议：, 现通知如下：): what follows it says it
_LEAD_IN = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]")


def bare_heading(text: str, below: Kind | None) -> str | None:
    """The label of an unnumbered paragraph that only heads what follows, no content of its own: 目　录 over a rule's
    chapters, 说　明 over a list's notes, 前　言; a lead-in over paragraphs or items (`below`: the next one's kind).
    None for any other paragraph."""
    if squash(text) in ("目录", "说明", "前言"):
        return squash(text)
    return text.rstrip(":：") if _LEAD_IN.fullmatch(text) and below in (Kind.PARAGRAPH, Kind.ITEM) else None


_QUOTES_ARTICLE = re.compile(r"(?:修改为|修订为|调整为|表述为|作为第[一二三四五六七八九十百]{1,6}条)[:：]“")


def quoted_article_open(last: Segment, text: str) -> bool:
    """Is the last clause an amendment whose quoted new text (修改为：“…, 作为第十二条：“…) is still open, and the
    paragraph no next amendment (a quote left unclosed ends at the amendment's own next number)?"""
    own, nxt = marker_of(last.text), marker_of(text)
    return (last.kind is Kind.ITEM and bool(_QUOTES_ARTICLE.search(last.text))
            and last.text.count("“") > last.text.count("”") and not (own and nxt and own[0] == nxt[0]))


def quote_runs_on(last: Segment, text: str) -> bool:
    """Does a paragraph carry on the quote its item left open (the item opens more “ than it closes, the paragraph
    opens with “, as each paragraph of a quote does)?"""
    return last.kind is Kind.ITEM and text.startswith("“") and last.text.count("“") > last.text.count("”")


def ends_list(segments: Sequence[Segment], last: Segment) -> bool:
    """Is `last`, a short numbered line ending with 。, the last entry of a list whose entries before it end with ；?
    (Not a line a wrap cut short, …采取有效安全 / 防范措施；: its sentence runs on.)"""
    # (the entries before it may hold entries of their own: 1.采信货物情况，包括： / （1）…； / （2）…； / 2.…； / 3.…。)
    run: list[Segment] = []
    for s in reversed(segments):
        if s.kind is not Kind.ITEM or s.path[: len(last.path)] != last.path:
            break
        run.append(s)
    same = [s for s in run if s.path == last.path]
    return (last.text.endswith("。") and len(run) >= 2 and bool(same) and same[0].text.endswith("；")
            and all(s.text.endswith(("；", "：")) for s in same))


def names_source(text: str) -> bool:
    """Does a paragraph name where a table's figures come from (数据来源：…, 资料来源：…)?"""
    return bool(_SOURCE.match(text))


_SOURCE = re.compile(r"(?:数据|资料)来源\s*[:：]")


def bulleted_list(paragraphs: Sequence[Paragraph], index: int, rows: Mapping[int, object]) -> bool:
    """Do paragraph index and the one after it each open with a bullet (●, ■, •)?"""
    return (index + 1 < len(paragraphs) and index + 1 not in rows
            and all(opens_with_bullet(paragraphs[k].text) for k in (index, index + 1)))


def sentence_runs_on(heading: str) -> bool:
    """Does a numbered line read as a heading run on into the paragraph under it: a run-in title that is a sentence
    (2.支持企业扩大对俄农产品进口。, its text after a Shift+Enter in Word), or a long sentence set apart by commas
    (（5）发生重大劳务纠纷事件，并受到…，或者法院判 / 决…, a hard wrap before a blank line)?"""
    return heading.endswith("。") or len(heading) >= 28 and bool(re.search(r"[，,]", heading))


def wrap_tail(heading: str, text: str) -> bool:
    """Is `text` the last few characters of the long numbered line over it, cut off by a hard wrap (…对外承包工 / 程。;
    a table flattened into lines, 26．支持平台 设立省级参与… 力争2016年完成 / 建设 建设专项资金。)?"""
    return len(heading) >= 20 and len(text) <= 12 and text.endswith(("。", "；")) and marker_of(text) is None
