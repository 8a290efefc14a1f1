"""Page furniture a text's lines repeat: a running header or footer printed at each page break, a page's number
("- 2 -", 第2页 共4页), a URL a browser prints at a page's foot, and the file's head line printed again atop each page
of a copied-out text. Pure functions over the lines (each strip_line'd where so named)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bri_kb.ingest.cleaners import WHITESPACE, strip_line
from bri_kb.ingest.conventions import HEADER_LINE, ISSUE_NO, REMARK
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import CJK
from bri_kb.vocabulary import DOC_NUMBER, ENDS_AS_ORGAN

# (an address alone: not the rest of a sentence a wrap put under its address, www.investsc.cn/在线申报。)
_URL = re.compile(r"^\s*(?:(?:原文链接|链接|网址|原文地址)\s*[:：]\s*)?(?:https?://|www\.)[\x21-\x7e]+"
                  r"(?:\s+\d{1,3}/\d{1,3})?\s*$", re.IGNORECASE)  # (a browser prints the page's address and 1/4 at its foot)
_PAGE = re.compile(r"^\s*(?:[-－—–]\s*)?(?:第\s*)?(\d{1,4})\s*(?:页)?(?:\s*[-－—–])?\s*(?:/\s*\d{1,4})?"
                   r"(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?(?:\s*[-－—–]\s*\d{1,4}\s*[-－—–])?\s*$")
# (… 第 2 页 共 4 页; — 5 — — 6 —, two pages printed on one sheet)
_TERMINAL = "。；！？：，"


def is_url_line(text: str) -> bool:
    """Is the line a web address alone (a browser's at a printed page's foot, a 原文链接)?"""
    return bool(_URL.match(text))


def page_number(text: str) -> int | None:
    """The page number a line prints alone ("- 2 -", 第2页 共4页, 2/4), or None."""
    m = _PAGE.match(text) or OCR_PAGE.match(text)
    return int(m.group(1)) if m else None


# A page's number between dashes that character recognition read as 一 (一 3 一): one on each side, nothing else.
OCR_PAGE = re.compile(r"^\s*一\s*(\d{1,4})\s*一\s*$")


def _strong_break(raw_line: str) -> bool:
    """A URL, a form feed, or an indented bare number: page-break evidence that
    a table's row numbers or a repeated phrase cannot fake."""
    text = strip_line(raw_line)
    if not text:
        return "\f" in raw_line
    if is_url_line(text) or "\f" in raw_line:
        return True
    return page_number(text) is not None and raw_line[:1] in WHITESPACE


def running_headers(raw: Sequence[str], stripped: Sequence[str]) -> set[str]:
    """Short lines that repeat at page breaks: a running header or footer.

    Repetition alone is not enough (004 repeats its whole article, a table
    repeats its cells), so most occurrences must sit within a few lines of
    strong page-break evidence. stripped: the lines, each strip_line'd.
    """
    counts = Counter(t for t in stripped if t and len(t) <= 40)
    near_break = Counter[str]()
    # A line printed each time right next to a page number ("- 2 -") is a header (twice: of a short file); so is
    # one printed each time beside a bare number that grows from page to page (7, 8, 9: a copied-out PDF).
    beside: dict[str, list[tuple[str, int, str]]] = {}
    for i, text in enumerate(stripped):
        if counts.get(text, 0) >= 2:
            # (its nearest filled lines: a copy may leave a blank line between the number and the header)
            above = next((stripped[j] for j in range(i - 1, max(-1, i - 4), -1) if stripped[j]), "")
            below = next((stripped[j] for j in range(i + 1, min(len(stripped), i + 4)) if stripped[j]), "")
            beside.setdefault(text, []).append((above, i, below))
    for text, pairs in beside.items():
        # (or more times, each beside one: a converter's Word file, every page's header and footer among its lines)
        if len(pairs) >= 2 and all(_dashed_number(a) or _dashed_number(b) for a, _, b in pairs):
            near_break[text] = len(pairs)
        elif len(CJK.findall(text)) >= 8 and _pages_turn(pairs):
            near_break[text] = len(pairs)
    for i, text in enumerate(stripped):
        if counts.get(text, 0) < 3:
            continue
        if any(_strong_break(w) for w in [*raw[max(0, i - 8) : i], *raw[i + 1 : i + 9]]):
            near_break[text] += 1
    # A document's own header lines (发布时间：2016-10-19) repeat in a
    # compilation whose documents each open a page: metadata, not page furniture. So does an organ that
    # signs above a date (two notices of one office in one file, near their pages' ends).
    filled = [t for t in stripped if t]
    signing = {a for a, b in zip(filled, filled[1:], strict=False) if _SIGNED_DATE.fullmatch(b)}
    # (nor is a 简报's mark over each issue's own number, several issues bound in one file: 自贸试验区建设简报 /
    # 2026年第2期; a gazette's name over one issue, the same each page, stays a header)
    issues: dict[str, list[str]] = {}
    for a, b in zip(filled, filled[1:], strict=False):
        if ISSUE_NO.match(number := re.sub(r"\s+", "", b)):
            issues.setdefault(a, []).append(number)
    marks = {a for a, numbers in issues.items() if len(numbers) > 1 and len(set(numbers)) == len(numbers)}
    return {
        t
        for t, n in near_break.items()
        if n * 2 >= counts[t] and t[-1] not in _TERMINAL and len(CJK.findall(t)) >= 4 and not HEADER_LINE.match(t)
        and t not in signing and t not in marks and marker_of(t) is None  # (一、主要做法 heads each case of a compilation: no header)
        and not _PRINTED_ON.search(t)  # (nor the 版记's 印发 line of two notices one office printed on one day)
        and not REMARK.match(t)  # (nor does （此件公开发布） under each 落款 of a chain of forwarded notices)
        # (nor the wrapped end of a bracket the line above opened, 年12月底前）, that many items of a 工作要点 end with)
        and t.count("）") + t.count(")") <= t.count("（") + t.count("(")
    }


def _pages_turn(seen: Sequence[tuple[str, int, str]]) -> bool:
    """Is a repeated line a running header printed atop each page of a copied-out PDF: beside
    a bare page number each time (the page before's, above it, or its own, below it), the
    numbers going up one page at a time, each a page of text (ten lines or more) after the
    last? One occurrence without a number is the first page's."""
    numbered = [(i, n) for above, i, below in seen
                if (n := page_number(above) if page_number(above) is not None else page_number(below)) is not None]
    return (len(numbered) >= 2 and len(seen) - len(numbered) <= 1
            and all(b[1] == a[1] + 1 and b[0] - a[0] >= 10 for a, b in zip(numbered, numbered[1:], strict=False)))


_PRINTED_ON = re.compile(r"日\s*印\s*发$")  # (the 版记's last line: …办公室 2026年2月28日印发)
_SIGNED_DATE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                          r"\s*[\d一二三四五六七八九十]{1,3}\s*日")


def head_again(stripped: Sequence[str]) -> list[int]:
    """The lines (each strip_line'd) that print the file's head line again under a page number
    ("- 1 -", then "浙江省人民政府文件" atop the next page, as a copied-out text repeats it): a
    running header there, while at the top it stays the 发文机关标志."""
    filled = [i for i, t in enumerate(stripped) if t]
    head = {stripped[i] for i in filled[:3]
            if len(stripped[i]) <= 40 and stripped[i][-1] not in _TERMINAL and len(CJK.findall(stripped[i])) >= 4}
    # (not when a date is under it: the organ signs atop the last page, 郴州市人民政府办公室 / 2024年11月20日; or under
    # the other organs signing with it, 南宁市公安局出入境管理支队 / 南宁市人民政府外事办公室 / 2026年1月12日)
    return [i for n, i in enumerate(filled) if n >= 3 and stripped[i] in head and _dashed_number(stripped[filled[n - 1]])
            and not _signs_over_date([stripped[k] for k in filled[n + 1 : n + 5]])
            # (nor over an issue's number: the next 纪要 of an office's, printed after the 版记 of the one before, its
            # mark over 第 13 期)
            and not (n + 1 < len(filled) and ISSUE_NO.fullmatch(re.sub(r"\s+", "", stripped[filled[n + 1]])))
            # (nor over the next document's 文号: a second notice of the same organs after the first's 版记, its joint
            # mark's 文件 in a text box between them, 江西省财政厅 / 文件 / 江西省商务厅 / 赣财贸指〔2026〕13 号)
            and not any(DOC_NUMBER.fullmatch(stripped[k]) for k in filled[n + 1 : n + 4])]


def _signs_over_date(below: Sequence[str]) -> bool:
    """Do the lines under an organ's name go on to a 成文日期, over the names of other organs at most?"""
    for text in below:
        if _SIGNED_DATE.fullmatch(text):
            return True
        if not ENDS_AS_ORGAN.search(text):
            return False
    return False


def _dashed_number(text: str) -> bool:
    """A page number as a footer prints it, set off by dashes or 第…页 ("- 2 -", "第2页"), not a bare digit."""
    return page_number(text) is not None and bool(re.search(r"[-－—–页一]", text))
