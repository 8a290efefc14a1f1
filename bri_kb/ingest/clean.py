"""Line-level cleaning of PDF-extracted and web-copied text.

Each input line is either kept (stripped) or removed with a kind, so that the
ingest report can account for every line of the file.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from bri_kb.ingest.boxtable import box_tables
from bri_kb.ingest.chrome import (
    BLANK,
    CAPTION,
    EDITED_BY,
    HEADLINE,
    LINK,
    MORE_POSTS,
    NAV,
    PAGE_TITLE,
    PAGE_TOOLS,
    RELATED,
    SITE_FOOTER,
    SOCIAL,
    SOCIAL_MEDIA,
    account_names,
    triangle_bullets,
)
from bri_kb.ingest.cleaners import bullets, strip_line, tab_cells
from bri_kb.ingest.conventions import CELL, HEADER_LINE, ISSUE_NO, REMARK
from bri_kb.ingest.gazette import GAZETTE_ISSUE, draft_form, gazette_columns, gazette_cover, gazette_masthead, site_head
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.spaced import spaced_rows, tab_pairs
from bri_kb.ingest.table_of_contents import table_of_contents
from bri_kb.ingest.text import CJK, other_script
from bri_kb.ingest.translation import without_translations
from bri_kb.script import as_simplified, traditional
from bri_kb.vocabulary import DOC_NUMBER, ENDS_AS_ORGAN

PAGE_NUMBER = "page_number"
RUNNING_HEADER = "running_header"
URL = "url"
NAVIGATION = "navigation"
DRAFT_FORM = "draft_form"  # the form an office handled the 公文 with, before it (发文稿纸, 呈批件, a 传真件's cover)
SEPARATOR = "separator_line"  # a rule typed as characters between an export's parts: ----, ＝＝＝＝
TRANSLATION = "translation"  # a Chinese file's English translation printed with it (中英对照), line by line
OTHER_SCRIPT = "other_script"  # a line in Uyghur, Mongolian, Tibetan or Korean: an autonomous region's translation
BOX_LINE = "box_table_line"  # a table drawn in characters: its frame, rules and each row's further lines, read into the row
PHOTO_CAPTION = "photo_caption"  # 图为…（图片来源：…）
GAZETTE_MASTHEAD = "gazette_masthead"  # a gazette's name, issue and publisher on its cover
GAZETTE_COLUMN = "gazette_column"  # a gazette's 栏目 line over the documents of one kind: 【自治区人民政府令】
GAZETTE_COVER = "gazette_cover"  # the rest of its cover: the issue's 本期要目 and the publisher's block
SEAL_TEXT = "seal_text"  # a red seal's ring and star as character recognition read them: 江西省商务厅 ★
NO_BODY = "no_body_note"  # （此页无正文）: GB/T 9704's mark on a page that holds only the signature

# (an address alone: not the rest of a sentence a wrap put under its address, www.investsc.cn/在线申报。)
_URL = re.compile(r"^\s*(?:(?:原文链接|链接|网址|原文地址)\s*[:：]\s*)?(?:https?://|www\.)[\x21-\x7e]+"
                  r"(?:\s+\d{1,3}/\d{1,3})?\s*$", re.IGNORECASE)  # (a browser prints the page's address and 1/4 at its foot)
# What a browser prints atop each page it prints: the date and time, then the page's title (2024/7/3 10:15 …_重庆市人民政府网)
# A gazette's running header, its name and issue in either order (广西壮族自治区人民政府公报 2024年第15期)
_GAZETTE_HEAD = re.compile(rf"[\u4e00-\u9fff]{{2,24}}公报\s*{GAZETTE_ISSUE.pattern}|{GAZETTE_ISSUE.pattern}\s*[\u4e00-\u9fff]{{2,24}}公报")
_MENU_HEAD = re.compile(r"栏目导航|栏目列表|信息公开目录|政务公开目录")
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")

_WRAPPED_END = re.compile(r"[\u4e00-\u9fff]{1,6}")
_PRINTED_AT = re.compile(r"\d{4}/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}\s+\S.{4,}")
_PAGE = re.compile(r"^\s*(?:[-－—–]\s*)?(?:第\s*)?(\d{1,4})\s*(?:页)?(?:\s*[-－—–])?\s*(?:/\s*\d{1,4})?"
                   r"(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?(?:\s*[-－—–]\s*\d{1,4}\s*[-－—–])?\s*$")
# (… 第 2 页 共 4 页; — 5 — — 6 —, two pages printed on one sheet)
# （此页无正文）, （以下无正文）, and an agreement's （本页无正文，为《…》签字页）, perhaps wrapped onto a second line
# (or the signing page's note alone: （本页为《…协议》签署页）)
_NO_BODY = re.compile(r"^[（(]\s*(?:(?:(?:此|本)\s*页|以\s*下)\s*无\s*正\s*文\s*(?:[，,].{0,150}?(?:签字|签署|盖章|签章)页\s*)?"
                      r"|本\s*页\s*为\s*《.{2,150}?》\s*的?(?:签字|签署|盖章|签章)页\s*)[）)]$")
# (the title it names may hold a bracketed place: 《中国（黑龙江）自由贸易试验区…协议》)
_NO_BODY_OPENS = re.compile(r"^[（(]\s*(?:此|本)\s*页\s*无\s*正\s*文\s*[，,](?:[^（）()]|[（(][^（）()]{1,20}[)）]){0,150}$")
# (---: Markdown's rule; ┌────┐: a box's frame in characters; a party organ's red rule, ——★——, or its ★ alone)
# (or three stars or more set apart by spaces, between the documents of a compilation: ＊　＊　＊)
_SEPARATOR = re.compile(r"[-—－=＝_＿*＊~～·•]{6,}|-{3,}|\*{3,}|_{3,}|[\u2500-\u257f]{3,}|(?:[*＊※◆◇][ \u3000]*){3,}"
                        r"|[-—－_＿\u2500-\u257f]*\s*[★☆]\s*[-—－_＿\u2500-\u257f]*")
_SEAL = re.compile(r"[\u4e00-\u9fff（）()]{3,30}\s+[※☆·•\s]*★[※★☆·•\s]*")  # the ring's words, then its star
_TERMINAL = "。；！？：，"
_WS = " \t\u3000\xa0\ufeff\f\v"


@dataclass(frozen=True)
class Line:
    """A kept line: 1-based number in the file, stripped text, and page if known."""

    no: int
    text: str
    page: int | None = None
    # Layout signals of PDF text: the raw line was indented, or a run of
    # whitespace-only lines stood before it. Both mark the start of a block.
    indented: bool = False
    after_gap: bool = False
    converted: bool = False  # printed in traditional characters, read as simplified ones (script.simplified)


def is_url_line(text: str) -> bool:
    return bool(_URL.match(text))


def page_number(text: str) -> int | None:
    m = _PAGE.match(text) or _OCR_PAGE.match(text)
    return int(m.group(1)) if m else None


# A page's number between dashes that character recognition read as 一 (一 3 一): one on each side, nothing else.
_OCR_PAGE = re.compile(r"^\s*一\s*(\d{1,4})\s*一\s*$")


def _strong_break(raw_line: str) -> bool:
    """A URL, a form feed, or an indented bare number: page-break evidence that
    a table's row numbers or a repeated phrase cannot fake."""
    text = strip_line(raw_line)
    if not text:
        return "\f" in raw_line
    if is_url_line(text) or "\f" in raw_line:
        return True
    return page_number(text) is not None and raw_line[:1] in _WS


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


# A dateline's font tools a PDF wrapped (…浏览次数：1862 【字体：大中 / 小】): the line's cut end, and the rest below it
_TOOLS_CUT = re.compile(r"【\s*字\s*体\s*[:：]?[大中\s]*$")
_TOOLS_END = re.compile(r"[大中小\s]{1,5}】")
_SITE_BANNER = re.compile(r"[\u4e00-\u9fff（）]{2,30}\s+[A-Za-z][A-Za-z ,.'()&-]{5,}")
_PRINTED_ON = re.compile(r"日\s*印\s*发$")  # (the 版记's last line: …办公室 2026年2月28日印发)
_SIGNED_DATE = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                          r"\s*[\d一二三四五六七八九十]{1,3}\s*日")


def _head_again(stripped: Sequence[str]) -> list[int]:
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


def _is_page_break_number(raw: Sequence[str], i: int, noisy: set[int]) -> bool:
    """A digit-only line is a page number, not a table row number, when the
    layout marks a page break: leading indentation, a line glued right after
    it, or URL/header debris next to it."""
    text = raw[i]
    if text[:1] in _WS:
        return True
    if re.search(r"[-－—–页/]", text) or _OCR_PAGE.match(text):
        return True
    nxt = raw[i + 1] if i + 1 < len(raw) else ""
    if nxt.strip(_WS) and nxt[:1] in _WS:
        return True
    return any(j in noisy for j in range(i - 4, i + 5) if j != i)




def classify(raw: Sequence[str], stripped: Sequence[str] | None = None) -> tuple[list[str | None], dict[int, int]]:
    """Each raw line's removal kind (None: kept), and the page numbers found (index of the footer line -> its
    number). stripped: the lines strip_line'd, when the caller has them already."""
    stripped = [strip_line(line) for line in raw] if stripped is None else stripped
    headers = running_headers(raw, stripped)
    kinds: list[str | None] = [None] * len(raw)
    noisy: set[int] = set()
    related = False  # under a page's 相关报道: the headlines it links
    menu = False  # under a page's sidebar, 栏目导航: its columns' names, a short line each
    posts = False  # under an account's 往期推荐: the posts it links
    heads_kept: set[str] = set()
    listed = triangle_bullets(stripped)
    for i, s in enumerate(stripped):
        related = related and kinds[i - 1] in (BLANK, NAVIGATION)
        menu = menu and kinds[i - 1] in (BLANK, NAVIGATION)
        posts = posts and kinds[i - 1] == SOCIAL_MEDIA
        if not s:
            kinds[i] = BLANK
        elif is_url_line(s):
            kinds[i] = URL
        elif s in headers and CELL in s and s not in heads_kept:
            heads_kept.add(s)  # (a table's head row repeated atop each page it runs over: the first is its head)
        elif s in headers or _PRINTED_AT.fullmatch(s) or _GAZETTE_HEAD.fullmatch(s):
            kinds[i] = RUNNING_HEADER
        elif NAV.match(s) or PAGE_TOOLS.fullmatch(s) or EDITED_BY.fullmatch(s) or SITE_FOOTER.fullmatch(s):
            kinds[i] = NAVIGATION
        elif i + 1 < len(stripped) and NAV.match(stripped[i + 1]) and _SITE_BANNER.fullmatch(s):
            kinds[i] = NAVIGATION  # (the site's banner over its breadcrumb: 中华人民共和国商务部　Ministry of Commerce of …)
        elif _MENU_HEAD.fullmatch(s) or menu and _MENU_ITEM.fullmatch(s):
            kinds[i] = NAVIGATION  # (a page's sidebar of its columns, 栏目导航 / 政策文件 / 市政府令 / …, over the article)
            menu = True
        elif i and _TOOLS_CUT.search(stripped[i - 1]) and _TOOLS_END.fullmatch(s):
            kinds[i] = NAVIGATION  # (a dateline's font tools a PDF wrapped: …浏览次数：1862 【字体：大中 / 小】)
        elif i and kinds[i - 1] == NAVIGATION and NAV.match(stripped[i - 1]) and _WRAPPED_END.fullmatch(s):
            kinds[i] = NAVIGATION  # (a breadcrumb a printed page wrapped: …市政府办公厅行政规范性文 / 件)
        elif PAGE_TITLE.fullmatch(s):
            kinds[i] = RUNNING_HEADER  # (the page's title, as a browser prints it atop each page, its site after _)
        elif _NO_BODY.match(s) or kinds[i] is NO_BODY:
            kinds[i] = NO_BODY
        elif _NO_BODY_OPENS.match(s) and (end := next((e for e in range(i + 2, min(i + 5, len(stripped) + 1))
                                                         if _NO_BODY.match("".join(stripped[i:e]))), None)):
            kinds[i:end] = [NO_BODY] * (end - i)  # (a 签字页 note wrapped over up to four lines)
        elif other_script(s):
            kinds[i] = OTHER_SCRIPT
        elif _SEPARATOR.fullmatch(s) or _SEPARATOR.fullmatch(re.sub(rf"[{CELL}\s]+", "", s)):
            kinds[i] = SEPARATOR  # (or set in a table's cells, its rule their borders: ｜★｜)
        elif _SEAL.fullmatch(s):
            kinds[i] = SEAL_TEXT
        elif SOCIAL.fullmatch(s) or MORE_POSTS.fullmatch(s) or LINK.fullmatch(s) or posts and HEADLINE.fullmatch(s):
            kinds[i] = SOCIAL_MEDIA
            posts = posts or bool(MORE_POSTS.fullmatch(s))
        # (a table's row of three columns or more, under a 相关链接 heading, links nothing: a headline and its date may)
        elif RELATED.fullmatch(s) or related and HEADLINE.fullmatch(s) and s.count(CELL) < 2:
            kinds[i] = NAVIGATION
            related = True
        elif CAPTION.fullmatch(s) and not s.endswith(("：", ":")) and i not in listed:
            kinds[i] = PHOTO_CAPTION  # (not a ▲ among ▲ lines, a list's bullets: 一图读懂's ▲培育…示范企业50家)
        if kinds[i] in (URL, RUNNING_HEADER):
            noisy.add(i)
    for i in _head_again(stripped):
        kinds[i] = RUNNING_HEADER
        noisy.add(i)
    table_of_contents(raw, kinds)
    account_names(stripped, kinds)
    for found, kind in ((gazette_masthead, GAZETTE_MASTHEAD), (gazette_cover, GAZETTE_COVER),
                        (gazette_columns, GAZETTE_COLUMN), (site_head, NAVIGATION),
                        (draft_form, DRAFT_FORM)):
        for i in found(stripped, kinds):  # (each finder sees the lines the ones before it removed)
            kinds[i] = kind
    pages: dict[int, int] = {}
    for i, line in enumerate(raw):
        if kinds[i] is None:
            number = page_number(line)
            if number is not None and _is_page_break_number(raw, i, noisy):
                kinds[i] = PAGE_NUMBER
                pages[i] = number
    return kinds, pages


# A large file is cleaned in blocks of lines, each judged with some lines of
# context on both sides (running headers repeat within a few pages; a page's
# number follows it), so memory follows the block, not the file.
BLOCK_LINES = 20_000
_CHINESE_FILE = 100  # Chinese characters a block holds for its English lines to be a translation
MARGIN_LINES = 5_000

Removed = tuple[int, str]  # (line number, kind)


def clean_blocks(
    raw: Iterable[str], formfeeds: bool, block: int | None = BLOCK_LINES, margin: int = MARGIN_LINES
) -> Iterator[Line | Removed]:
    """The file's lines in order, each kept (a Line) or removed (with its kind;
    blanks are not listed). `formfeeds`: whether the file has any form feed
    (PDF readers put one between pages, which then numbers pages exactly).
    With block=None the whole file is one block."""
    lines = iter(raw)
    sheet = 1 if formfeeds else None
    gap = False
    before: list[str] = []  # the last `margin` lines of the blocks already cleaned
    base = 0  # index in the file of the block's first line
    current = list(islice(lines, block))
    while current:
        after = list(islice(lines, block))
        context = before + current + after[:margin]
        stripped = [strip_line(x) for x in context]  # (stripped once for all)
        # (a line in traditional script read in simplified characters, as every later step and the analyst read them)
        converted = {j for j, x in enumerate(stripped) if traditional(x)}
        stripped = [as_simplified(x) if j in converted else x for j, x in enumerate(stripped)]
        kinds, pages = classify(context, stripped)
        marks, rows = sorted(pages), spaced_rows(stripped) | tab_pairs(stripped)
        for box in box_tables(stripped):  # (a table drawn in characters: a line a row, its frame and wrapped lines read)
            rows.update(box.rows)
            for k in box.others:
                kinds[k] = BOX_LINE
            for k in box.rows:
                kinds[k] = None
        # (a Chinese file's translation printed with it, 中英对照: its lines, columns and tails left out)
        kept = [j for j in range(len(before), len(before) + len(current)) if kinds[j] is None]
        chinese = len(CJK.findall("".join(stripped[len(before):len(before) + len(current)]))) >= _CHINESE_FILE
        texts = dict(zip(kept, (without_translations if chinese else list)(
            [rows.get(j) or tab_cells(bullets(stripped[j])) for j in kept]), strict=True))
        for j in range(len(before), len(before) + len(current)):
            line, kind = context[j], kinds[j]
            if kind is None and texts[j] is None:
                kind = TRANSLATION
            if sheet is not None and "\f" in line:
                sheet += line.count("\f")
            if kind is None:
                indented = line.lstrip("\f")[:1] in _WS
                page = sheet if sheet is not None else _page_of(j, marks, pages)
                text = texts[j] or ""  # (None only for a translation's line, counted above)
                yield Line(base + j - len(before) + 1, text, page, indented, gap, j in converted)
                gap = False
            elif kind == BLANK:
                gap = gap or line != ""
            else:
                yield (base + j - len(before) + 1, kind)
                gap = False
        before = (before + current)[-margin:] if margin else []
        base += len(current)
        current = after


def _page_of(i: int, marks: list[int], pages: dict[int, int]) -> int | None:
    """Page numbers in extracted text are footers: a line belongs to the page
    whose number follows it. The page is known only when the footer before it
    is the previous page's (or it is page 1): a compilation that prints a few
    page numbers far apart (92 … 140) says nothing of the pages between. Lines
    after the last footer are on the page after it."""
    if not marks:
        return None
    at = bisect.bisect_right(marks, i)
    if at >= len(marks):
        return pages[marks[-1]] + 1
    page = pages[marks[at]]
    before = pages[marks[at - 1]] if at else 0
    return page if before == page - 1 else None
