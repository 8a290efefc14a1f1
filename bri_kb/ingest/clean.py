"""Line-level cleaning of PDF-extracted and web-copied text.

Each input line is either kept (stripped) or removed with a kind, so that the
ingest report can account for every line of the file.
"""

from __future__ import annotations

import bisect
import re
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
    SITE_NAME,
    SOCIAL,
    SOCIAL_MEDIA,
    account_names,
    triangle_bullets,
)
from bri_kb.ingest.cleaners import WHITESPACE, bullets, strip_line, tab_cells
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.gazette import GAZETTE_ISSUE, draft_form, gazette_columns, gazette_cover, gazette_masthead, site_head
from bri_kb.ingest.running_heads import OCR_PAGE, head_again, is_url_line, page_number, running_headers
from bri_kb.ingest.spaced import spaced_rows, tab_pairs
from bri_kb.ingest.table_of_contents import table_of_contents
from bri_kb.ingest.text import CJK, other_script
from bri_kb.ingest.translation import without_translations
from bri_kb.script import as_simplified, traditional

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

# What a browser prints atop each page it prints: the date and time, then the page's title (2024/7/3 10:15 …_重庆市人民政府网)
# A gazette's running header, its name and issue in either order (广西壮族自治区人民政府公报 2024年第15期)
_GAZETTE_HEAD = re.compile(rf"[\u4e00-\u9fff]{{2,24}}公报\s*{GAZETTE_ISSUE.pattern}|{GAZETTE_ISSUE.pattern}\s*[\u4e00-\u9fff]{{2,24}}公报")
_MENU_HEAD = re.compile(r"栏目导航|栏目列表|信息公开目录|政务公开目录")
_MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")

_WRAPPED_END = re.compile(r"[\u4e00-\u9fff]{1,6}")
_PRINTED_AT = re.compile(r"\d{4}/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}\s+\S.{4,}")
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
_WS = WHITESPACE


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


# A dateline's font tools a PDF wrapped (…浏览次数：1862 【字体：大中 / 小】): the line's cut end, and the rest below it
_TOOLS_CUT = re.compile(r"【\s*字\s*体\s*[:：]?[大中\s]*$")
_TOOLS_END = re.compile(r"[大中小\s]{1,5}】")
_SITE_BANNER = re.compile(r"[\u4e00-\u9fff（）]{2,30}\s+[A-Za-z][A-Za-z ,.'()&-]{5,}")
_CONTINUED = re.compile(r"[（(]?续(?:上)?表\s*\d*[)）]?")


def _under_text(stripped: Sequence[str], kinds: Sequence[str | None], i: int) -> bool:
    """Does the nearest line kept above line i read as text, not a table's row or a 续表 label: a new table opens?"""
    above = next((stripped[j] for j in range(i - 1, -1, -1) if stripped[j] and kinds[j] is None), "")
    return bool(above) and CELL not in above and not _CONTINUED.fullmatch(above)


def _is_page_break_number(raw: Sequence[str], i: int, noisy: set[int]) -> bool:
    """A digit-only line is a page number, not a table row number, when the
    layout marks a page break: leading indentation, a line glued right after
    it, or URL/header debris next to it."""
    text = raw[i]
    if text[:1] in _WS:
        return True
    if re.search(r"[-－—–页/]", text) or OCR_PAGE.match(text):
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
        elif s in headers and CELL in s and (s not in heads_kept or _under_text(stripped, kinds, i)):
            heads_kept.add(s)  # (a table's head row repeated atop each page it runs over: the first is its head)
            # (and so is the same head over the next table, under a heading of its own: 附件2's list, as 附件1's)
        elif s in headers or _PRINTED_AT.fullmatch(s) or _GAZETTE_HEAD.fullmatch(s):
            kinds[i] = RUNNING_HEADER
        elif NAV.match(s) or PAGE_TOOLS.fullmatch(s) or EDITED_BY.fullmatch(s) or SITE_FOOTER.fullmatch(s):
            kinds[i] = NAVIGATION
        elif i + 1 < len(stripped) and NAV.match(stripped[i + 1]) and (_SITE_BANNER.fullmatch(s) or SITE_NAME.fullmatch(s)):
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
    for i in head_again(stripped):
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
