"""Which title a saved page's document has: the page's heading, or the body's own title printed again under it (in
full, where the heading left out its issuer); the document a news post names in 《》 or reprints in full after its
lead (以下为《通知》全文：); a gazette issue's first document. Pure functions over the page's lines."""

from __future__ import annotations

import re

from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.signature import ORGAN_NAME
from bri_kb.ingest.text import CJK, join_wrapped
from bri_kb.ingest.titles import GAZETTE_NAME, first_document_title
from bri_kb.ingest.webtable import BREAK
from bri_kb.vocabulary import ANY_DOC_NUMBER, squash

# A news post's words before the document it reprints whole: 以下为《通知》全文：, 全文如下：, 附：原文如下
# (not a bare 政策原文, a label over the document as a post carries it whole: read as a 公文 page)
_REPRINT = re.compile(r"(?:以下为|以下是|下面是|附[:：]?)?(?:《[^》]{1,60}》|文件|通知|政策)?(?:全文(?:如下)?|原文如下)[:：]?")


def without_title(lines: list[str], title: str) -> tuple[str, list[str]]:
    """The title and the body's lines without it printed again at their top, on
    one line or broken over up to four (河南省人民政府办公厅 / 关于推进… / …的通知).
    A heading that leaves out the issuer the body's title prints on the line above
    (<h1>关于组织申报…的通知</h1> under …管理委员会<br>关于组织申报…的通知) gives way
    to the body's full title."""
    for i, line in enumerate(lines[1:8], 1):
        if line == title and title.startswith("关于") and re.fullmatch(ORGAN_NAME, lines[i - 1]):
            return lines[i - 1] + title, lines[: i - 1] + [ln for ln in lines[i + 1 :] if ln != title]
    key = squash(title)
    lines = [ln for ln in lines if ln != title]
    for i in range(min(8, len(lines))):
        for n in range(2, 5):
            if squash("".join(lines[i : i + n])) == key:
                return title, lines[:i] + lines[i + n :]
        if (end := _bilingual_title(lines, i, key)) is not None:
            return title, lines[:i] + lines[end:]
    return title, lines


def _bilingual_title(lines: list[str], start: int, key: str) -> int | None:
    """Where a title printed in parts, each part's English translation under it (商务部 海关总署公告2024年第47号 /
    Announcement No. 47… / 关于…的公告 / Announcement on…), ends, when it starts at `start`; None if it does not."""
    built, end = "", start
    while end < min(start + 8, len(lines)) and len(built) < len(key):
        line = lines[end]
        if CJK.search(line):
            built += squash(line)
            if not key.startswith(built):
                return None
        elif not built:
            return None
        end += 1
    if built != key or start + 2 > end:
        return None
    while end < len(lines) and lines[end] and not CJK.search(lines[end]):
        end += 1  # (the last part's translation)
    return end


def quoted_title(lines: list[str], headline: str) -> str | None:
    """The document a news post carries, when its headline names none (重磅｜…出台12条措施…): a line of the
    body's first ones that ends as a title does and that the post names in 《》 (印发《X》…); else None.
    Not when the body prints the document's 文号 alone on a line, as under a 版头."""
    if names_genre(headline) or any(re.fullmatch(ANY_DOC_NUMBER, re.sub(r"\s+", "", ln)) for ln in lines):
        return None  # (a post that prints the document whole, its 版头 and 文号 over its title: read as a 公文)
    text = "".join(lines[:12])
    return next((ln for ln in lines[:12] if 6 <= len(ln) <= 80 and names_genre(ln) and f"《{ln}》" in text), None)


# (a page heading several numbered 公告 it prints one after another: 乌鲁木齐海关2025年第1—3号公告)
_SEVERAL_NUMBERS = re.compile(r"第\s*\d{1,4}\s*号?\s*(?:—|－|-|~|～|至|到)\s*(?:第\s*)?\d{1,4}\s*号")


def page_document(title: str, lines: list[str]) -> tuple[str, list[str]]:
    """The title and lines of the document a page prints, where its heading is not the document's: a gazette's
    issue (云南省人民政府公报: its first document, the column's label over it left out), a page heading several
    numbered 公告 (…2025年第1—3号公告: the first one's), a news story that reprints a
    document whole after its lead (以下为《通知》全文：, then the 通知's title: the lead is the story's, not the
    document's text)."""
    if (GAZETTE_NAME.fullmatch(title) or _SEVERAL_NUMBERS.search(title)) and (first := first_document_title(lines)):
        return join_wrapped(lines[first[0] : sum(first)]), lines[sum(first) :]
    for i, line in enumerate(lines[:15]):
        if _REPRINT.fullmatch(re.sub(r"\s+", "", line)) and (first := first_document_title(lines[i + 1 :], about=False)):
            start, n = first[0] + i + 1, first[1]
            return join_wrapped(lines[start : start + n]), lines[start + n :]
    return title, lines


def number_under_heading(everything: str, heading: str, lines: list[str]) -> str | None:
    """A 文号 printed alone between the page's heading and its article (a 政务服务 page's <div> under the
    <h1>, outside the article's own block): the document's."""
    if not heading or not lines or (start := everything.find(lines[0][:20])) < 0:
        return None
    lead = everything[:start]
    if (at := lead.rfind(heading[-8:])) < 0:
        return None
    after = lead[at + len(heading[-8:]):].split(BREAK)
    if after[0].strip():
        return None  # (the heading's words end a citation there, 相关文件：《…》（…号）, not the heading's line)
    return next((number for line in after if (number := number_alone(line))), None)


def number_alone(line: str) -> str | None:
    """The 文号 a line holds alone, perhaps in brackets ((厦府办〔2024〕41号), 商务部公告2025年第76号); None if the line
    holds more."""
    m = re.fullmatch(rf"[（(]?\s*({ANY_DOC_NUMBER.pattern})\s*[)）]?", re.sub(r"\s+", "", line))
    return m.group(1) if m else None
