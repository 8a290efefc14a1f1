"""Mastheads printed above a text, page furniture: a government gazette's on its
cover (…人民政府公报, its issue, its publisher), a web site's over a page printed
or saved from it (its name, its name in Latin letters or its address, its menu,
above the breadcrumb), and the form an office handled the 公文 with, printed
before it (a 发文稿纸, a 呈批件). Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import HEADER_LINE
from bri_kb.ingest.routing import REACH, routing_form
from bri_kb.ingest.text import CJK

# Its name (…公报), the name in pinyin, the issue (2024年第12期（总第1086期）) and who runs and
# publishes it (…办公厅主办　2024年6月30日出版).
_GAZETTE_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,24}公报")
# (numbered 第9号 by some: 2025年第9号（总第1041号）; only with its year, as a 公告's number alone is not)
GAZETTE_ISSUE = re.compile(r"(?:(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[)）])?"
                           r"|(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号\s*[（(]\s*总第\s*\d{1,5}\s*号\s*[)）])")
# (the issue's day beside its number: 2024年第8期（总第812期）　2024年4月30日; or named, 出版日期：2026年5月15日)
_ISSUE_LINE = re.compile(rf"{GAZETTE_ISSUE.pattern}(?:\s*(?:出版日期\s*[:：]\s*)?(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月"
                         r"\s*\d{1,2}\s*日(?:出版)?)?")
_GAZETTE_BY = re.compile(r"[^。；！？]{2,40}(?:主办|主管|编辑出版|出版|编印)[^。；！？]{0,30}")


def gazette_masthead(stripped: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """A gazette's masthead (the indexes of its lines, among the lines not yet
    removed, kinds[i] None): the issue line with the gazette's name within
    three lines above it, and the lines between, and up to two lines under it
    that say who publishes it or give the name in Latin letters."""
    out: list[int] = []
    # (the issue line, repeated as the pages' running head, may be taken as one already: the cover's all the same)
    near = [i for i, k in enumerate(kinds) if k is None or _ISSUE_LINE.fullmatch(stripped[i])]
    for n, i in enumerate(near):
        if not _ISSUE_LINE.fullmatch(stripped[i]):
            continue
        above = next((m for m in range(max(0, n - 3), n) if _GAZETTE_NAME.fullmatch(stripped[near[m]])), None)
        if above is None:
            continue
        if above > 0 and _GAZETTE_NAME.fullmatch(stripped[near[above - 1]] + stripped[near[above]]):
            above -= 1  # (a name set over two lines: 黑龙江省人民代表大会 / 常务委员会公报)
        head = near[above : n + 1]
        for j in near[n + 1 : n + 3]:
            if not (_GAZETTE_BY.fullmatch(stripped[j]) or not CJK.search(stripped[j])):
                break
            head.append(j)
        out += head
    return out


# A gazette cover's list of the issue's main pieces (本期要目, its entries bulleted ◆ …) and the publisher's block
# (编辑出版：…, 地　　址：…, 电　　话：…, 国内统一连续出版物号：CN 43-1563/D): the cover's, no document's.
_HIGHLIGHTS = re.compile(r"本期(?:要目|导读|看点|提要)|要\s*目")
_HIGHLIGHT = re.compile(r"[◆◇●○■□★☆▲△▶►•·][^。；！？]{4,120}")
_COVER_FIELD = re.compile(
    r"(?:编辑出版|出版发行|主管单位|主办单位|主管主办|主\s*管|主\s*办|编\s*辑|出\s*版|地\s*址|邮政编码|邮\s*编|电\s*话|传\s*真|网\s*址"
    r"|电子邮箱|发送(?:对象|范围)|赠阅对象|国内统一连续出版物号|国际标准连续出版物号|刊\s*号|印\s*刷|发\s*行|定\s*价|出版日期)\s*[:：].{0,80}")

# (and the publisher's notes closing it: 内部资料　免费赠阅, 准印证号：…)
# (the permit named by the place that grants it: 青岛市内部资料性出版物准印证号：QDNB-2025-0137)
_COVER_NOTE = re.compile(r"(?:(?:[\u4e00-\u9fff]{2,8}?(?:省|市|自治区))?内部资料(?:性出版物)?(?:准印证号\s*[:：]?\s*\S{0,30})?"
                         r"|免费(?:赠阅|交流)|注意保存|准印证号\s*[:：]?\s*\S{0,30})"
                         r"(?:[\s，,、]*(?:内部资料(?:性出版物)?|免费(?:赠阅|交流)|注意保存|准印证号\s*[:：]?\s*\S{0,30}))*"
                         # (and the block's head: the gazette's name quoted, how often it comes out and since when)
                         r"|《[^《》]{2,24}(?:公报|政报)》|[（(](?:旬刊|月刊|半月刊|周刊|双月刊|季刊)[^（）()]{0,20}[)）]"
                         r"|赠阅|本(?:公报|刊)(?:刊登|刊载|所载)的[^。]{2,30}(?:标准文本|同等效力)。?")


def _cover_line(text: str) -> bool:
    """Is a line one of the publisher's block: a field (编辑出版：…), several run together on one line, or a note?"""
    return bool(_COVER_FIELD.fullmatch(text) or _COVER_NOTE.fullmatch(re.sub(r"\s", "", text))
                or _COVER_FIELD.match(text) and len(_COVER_FIELD.findall(text)) >= 2)


def gazette_cover(stripped: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """A gazette cover's 本期要目 with its bulleted entries, and the publisher's block of fields, right under its
    masthead (the lines removed as one, `kinds` naming them) or under the 本期要目 (the indexes of its lines)."""
    out: list[int] = []
    near = [i for i, k in enumerate(kinds) if k is None]
    for n, i in enumerate(near):
        headed = bool(_HIGHLIGHTS.fullmatch(re.sub(r"\s", "", stripped[i])))  # (本　期　要　目, spaced out too)
        under_masthead = i > 0 and kinds[i - 1] is not None and _cover_line(stripped[i])
        # (its 要目 an issue's 目录, taken as one already, perhaps under a 栏目 label: the heading over it goes too)
        if headed and any(kinds[j] is not None for j in range(i + 1, min(i + 3, len(kinds)))) and not any(
                _HIGHLIGHT.fullmatch(stripped[j]) for j in near[n + 1 : n + 3]):
            out.append(i)
            continue
        if not (headed or under_masthead) or (out and i <= out[-1]):
            continue
        run = [i]
        window = near[n + 1 : n + 30]
        # (an entry set to the full measure, as long as the longest, went on in the line under it: 328号）)
        full = max((len(stripped[j]) for j in window if _HIGHLIGHT.fullmatch(stripped[j])), default=0) - 3
        entry = False  # the line before was an entry set to the full measure
        entries: set[str] = set()  # the entries' texts: the issue's first piece titled as its entry is no entry's rest
        for j in window:
            s = stripped[j]
            # (or its fields run together on one line: 主管主办：… 编辑出版：… 国内统一连续出版物号：CN53-…)
            field = _cover_line(s)
            highlight = bool(_HIGHLIGHT.fullmatch(s))
            listed = headed and (highlight or entry and len(s) <= 30 and not field
                                 and not re.search(r"[。；，：:]", s) and s not in entries)  # (an entry, or the wrapped rest of one)
            if not (listed or field):
                break
            if highlight:
                entries.add(s[1:].strip())
            entry = listed and len(s) >= full
            run.append(j)
        if headed and len(run) > 1 or not headed:
            out += run
    return out


# A page's breadcrumb (当前位置：首页>政务公开>…): the site's head ends with it.
BREADCRUMB = re.compile(r"(?:您)?(?:当前|现在|當前)?(?:的)?(?:位置|位於)\s*[:：]")
_HEAD_LINE = re.compile(r"[^。；！？，,]{1,60}")
_HEAD_LINES = 16
_NEAR_TOP = 6
_MENU = re.compile(r"^(?:首页|网站首页|主页)$|网站地图|无障碍|登录|繁體|^搜索$")


def site_head(stripped: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """A web site's head over a page (the indexes of its lines): the short lines, no sentence among
    them, between the top of the file and a breadcrumb within its first six lines (浙江省商务厅 /
    Department of Commerce… / 首页 机构概况 政务公开 …), or sixteen when they show the site's menu (a word a line as
    select-all copies it: 首页 / 政务公开 / … / 搜索), which the site prints on every page."""
    near = [i for i, k in enumerate(kinds) if k is None or BREADCRUMB.match(stripped[i])][:_HEAD_LINES]
    crumb = next((n for n, i in enumerate(near) if BREADCRUMB.match(stripped[i])), None)
    if crumb is not None and crumb >= _NEAR_TOP and not any(_MENU.search(stripped[i]) for i in near[:crumb]):
        return []  # (past the first six lines, only a head that shows it is the site's menu: 首页, 网站地图, 搜索)
    if not crumb or not all(_HEAD_LINE.fullmatch(stripped[i]) for i in near[:crumb]):
        return []
    if any(HEADER_LINE.match(stripped[i]) for i in near[:crumb]):
        return []  # (a page's own head as its reader gives it, title then 发布时间：…, over a breadcrumb in its body)
    return near[:crumb]


# The draft-approval form an office system prints before the 公文 (…发文稿纸, …发文处理笺), and the line that
# opens the 公文 after it: its 发文机关标志 (…文件) or its 文号 alone.
def draft_form(stripped: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """The form an office handles the 公文 with, atop the file (the indexes of its lines, among those not yet removed):
    a 发文稿纸, a 呈批件 or 收文办文单, a 传真件's cover (routing.routing_form). Its fields name the 公文 again (标题, 文号,
    主送); the signing, checking and instructions it records are the office's working notes."""
    near = [i for i, k in enumerate(kinds) if k is None]
    return near[: routing_form([stripped[i] for i in near[:REACH]])]


# A gazette's 栏目 line over the documents of one kind (【自治区人民政府令】, 【省政府办公厅文件】, 【人事任免】): the gazette's,
# no document's; a 简报's tags (【制度创新】) name no kind of document and stay.
_COLUMN = re.compile(r"【[\u4e00-\u9fff]{0,16}(?:令|文件|公告|通告|批复|决定|任免|规章|规范性文件)】")


def gazette_columns(stripped: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """The lines of a gazette's 栏目 names (the indexes of its lines, among those not yet removed)."""
    return [i for i, k in enumerate(kinds) if k is None and _COLUMN.fullmatch(stripped[i])]
