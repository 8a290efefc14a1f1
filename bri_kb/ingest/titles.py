"""A document's title over lines: a title wrapped onto a second or third line,
its edition or draft status under it, and the title printed again over the
body. Pure functions over lines (split.py finds where titles stand)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL, HEADER_LINE, branch_wrapped, word_cut
from bri_kb.ingest.genre import names_event, names_genre
from bri_kb.ingest.gongwen import JOINED_PART, MAX_TITLE_LINES, breaks_at_list, cover_lines
from bri_kb.ingest.marks import MARK, doc_number_line
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import display_width, join_wrapped
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import NOTE

TERMINAL = "。；！？：，、"  # what ends a sentence or a clause: no title line ends so


# a line that opens with a field's label (说明：, 时间：, 政策措施名称：, its characters spaced out: 时　间：)
FIELD_START = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){0,7}\s*[:：]")


def title_runs_on(first: str, second: str) -> bool:
    """Does a title's first line carry on into the second: a 《 left open, or a
    文种 that only the two together end with (中国（黑龙江）…绥芬河片区 / 对俄…实施细则), or an explainer's label
    over the title it explains (一图读懂 / 《…若干措施》)?"""
    if _EXPLAINER.fullmatch(first) and re.fullmatch(r"《[^《》]{4,80}》", second):
        return True
    if (len(second) > 40 or second[-1] in TERMINAL or marker_of(second) or CELL in second or HEADER_LINE.match(second)
            or "。" in second):
        return False
    # (a title broken after a 、 of its own list runs on: …关于公布继续有效、修改、 / 废止的…目录的通知)
    ends = first[-1] not in TERMINAL or breaks_at_list(second, first)
    if ends and REVIEW_OF.fullmatch(second):
        return True  # (a review of the plan its first line names: …产业发展规划（2026—2035年） / 专家评审意见)
    if ends and JOINED_PART.fullmatch(second):
        return True  # (its second part, opening with 和: …2025年工作总结 / 和2026年工作思路)
    # (a line that stops on 的 ends no title: …参与共建“一带一路”投资的 / 新特点、新问题与对策建议)
    if first.endswith("的") and len(first) >= 8:
        return True
    # (or an event's record its second line names: 中国（广西）自由贸易试验区 / 挂牌六周年新闻发布会文字实录)
    return first.count("《") > first.count("》") or ((names_genre(second) or bool(COMPILATION.search(second))
                                                      or names_event(second))
                                                     and not names_genre(first) and not names_event(first) and ends)


REVIEW_OF = re.compile(r"(?:专家组?)?(?:评审|审查|论证|评估|验收|咨询)(?:意见|报告)书?")
_EXPLAINER = re.compile(r"一图(?:读懂|看懂|速览)|图解|政策图解|政策解读|解读")


_ACCOUNT_LINE = re.compile(r"[\u4e00-\u9fff]{0,6}情况的?(?:说明|报告)")


def genre_lines(first: str, rest: list[Line], most: int = 4) -> int:
    """How many of the lines under a first title line carry the title on to the 文种 it ends
    with, as Word users break a long title into paragraphs (陕西省商务厅 / 与…州政府 / 关于…的 /
    合作备忘录): each short, ending no sentence and opening no item; 0 when none does."""
    if names_genre(first):
        return 0
    for k, line in enumerate(rest[:most], 1):
        text = line.text
        joined = join_wrapped([first, *(x.text for x in rest[:k])])
        # (a quoted name's comma ends no line of the title: …联合“双随机、 / 一公开”抽查计划》的通知)
        quoted = text[-1] in "、，" and joined.count("“") > joined.count("”")
        if (len(text) > 40 or text[-1] in TERMINAL and not quoted or marker_of(text) or CELL in text
                or HEADER_LINE.match(text) or "。" in text or FIELD_START.match(text)):  # (a note under the title: 说明：…。)
            return 0
        if names_genre(joined) and joined.count("《") <= joined.count("》"):  # (not inside a quoted title)
            # (…合法性审查意见 / 采纳情况的说明: an account of how the 意见 was taken, its 文种 on the line under it)
            return k + 1 if k < len(rest) and _ACCOUNT_LINE.fullmatch(rest[k].text.strip()) else k
    return 0


def title_wraps_twice(first: Line, second: Line, third: Line) -> bool:
    """A title set large on a cover, wrapped over three lines mid-word on one page
    (昆明市支持中国（云南）自由贸易试验 / 区昆明片区…发展实 / 施细则): only the three
    together end with its 文种, and the middle line reads as a title's."""
    middle = second.text
    if len({first.page, second.page, third.page}) > 1 or len(middle) > 40 or middle[-1] in TERMINAL:
        return False
    if marker_of(middle) or CELL in middle or HEADER_LINE.match(middle) or names_genre(middle) or FIELD_START.match(middle):
        return False
    return title_runs_on(first.text + middle, third.text) and not names_genre(first.text)


def title_again(title: str, rest: list[Line]) -> list[Line]:
    """The title printed again over the body, wrapped at other places than on the
    cover (two or three lines that join into it): taken out of `rest` and returned."""
    for n in (2, 3):
        if len(rest) >= n and join_wrapped([x.text for x in rest[:n]]) == title:
            again = rest[:n]
            del rest[:n]
            return again
    return []


COMPILATION = re.compile(r"(?:汇编|选编|摘编)$")  # a booklet of documents, named on its cover
# A title's edition on a line under it: （2024年上半年）, （2024年版）, （试行）; not a 文号 or a date.
# A note on how the text was made, under a transcript's title: （根据现场录音整理）, （记录稿）: no part of it
MADE_NOTE = re.compile(r"[（(][^（）()]{0,12}(?:整理|录音|记录)[^（）()]{0,6}[)）]")
EDITION = re.compile(r"[（(][^（）()〔〕\[\]号月日/]{1,16}[)）]")  # (not a series number: （厦航警0048/26）)
# the years a plan or a list covers, under its title: （2024—2025年）, （2024年度）
# a draft's status, or the day a list stands as of (（截至2024年6月30日）), under its title
# (a revision's draft for comment: （修订草案征求意见稿）)
DRAFT = re.compile(r"[（(](?:(?:修订)?草案)?(?:征求意见稿|送审稿|草案|修订草案|讨论稿|代拟稿|修订稿|试行|暂行|示范文本"
                   r"|截至[^（）()]{4,16})[)）]")


_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][\s\u3000]+){1,8}[\u4e00-\u9fff]")


def title_text(lines: Sequence[str]) -> str:
    """A title's lines joined as join_wrapped joins them, but with a space where a line of organs' names ends and the
    next line opens with another organ's (四川省商务厅　四川省发展和改革委员会 / 四川省财政厅　国家税务总局…关于…): two
    organs of a joint title, no name wrapped."""
    groups: list[list[str]] = []
    # (a line spaced out to the width, 日　　程 under …合作论坛, is one word)
    lines = [re.sub(r"\s+", "", x) if _SPACED_OUT.fullmatch(x.strip()) else x for x in lines]
    if len(lines) > 1 and _organs_only(lines[0]) and (
            _flat(lines[1]).startswith(_flat(lines[0]) + "关于")
            or (rest := _flat("".join(lines[1:]))).startswith(_flat(lines[0])) and names_genre(rest)):
        # (a 信函格式's letterhead, the organ alone, over a title that names it again: 天津市商务局 / 天津市商务局关于…; or
        # names it wrapped over two lines, no 关于: …厦门片区 / 管理委员会2026年公开遴选工作人员公告)
        lines = lines[1:]
    for n, line in enumerate(lines):
        head = line.split("关于")[0]
        if groups and not (_organs_only(lines[n - 1]) and "关于" not in lines[n - 1] and _organs_only(head)
                           and not re.match(r"[\s\u3000]*(?:与|和|及|会同|联合)", head)
                           and not branch_wrapped(lines[n - 1], head) and not word_cut(lines[n - 1], head)):
            groups[-1].append(line)
        else:
            groups.append([line])
    return " ".join(join_wrapped(group) for group in groups)


def _organs_only(text: str) -> bool:
    parts = [_flat(p) for p in re.split(r"[\s\u3000、]+", text.strip()) if p]
    return bool(parts) and all(MARK.match(p) and not p.endswith("文件") for p in parts)


def tidy_title(title: str) -> str:
    """Remove the spaces PDF extraction puts around numbers inside a title, or before a second party's 与."""
    title = re.sub(r"\s+(?=[\d（(）)年—\-－])|(?<=[\d（(—\-－])\s+", "", title)
    # (and where a line broke before the second party: 中华人民共和国云南省商务厅 / 与老挝…关于…的谅解备忘录)
    title = re.sub(r"(?<=[局厅委办府院署部会行])\s+(?=与)", "", title)
    if _SPACED_OUT.fullmatch(title.strip()):
        title = re.sub(r"\s+", "", title)  # a title spaced out to the line's width: 通　　知
    return title.strip()


def letterhead(line: Line, title: Line, more: Sequence[Line] = ()) -> bool:
    """An organ's name alone over a title that does not go on with 关于 (…片区管理委员会 / 外商投资企业设立登记办事指南):
    the 办事指南 or 问答 an office prints under its name, with no 文件 and no 文号: its issuer, no line of its title.
    `more`: the lines under `title` the title may wrap onto (跨境电子商务出口退（免）税 / 政策问答)."""
    head, below = _flat(line.text), _flat(title.text)
    return bool(MARK.match(head)) and not head.endswith("文件") and "关于" not in head + below[:3] and (
        names_genre(below) or bool(genre_lines(title.text, list(more))))


_FIELDS = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")  # a labelled field (填报人：, 联系电话：)
_HEADER_TITLE_LINES = 4  # the lines a title over a 发布时间 line may take


_ABOUT = re.compile(r"^[\u4e00-\u9fff（）]{2,30}?关于")


_MADE_OF = re.compile(r"(?:一图读懂|图解|(?:政策)?解读)[:：]?")  # (a reading of a policy, over its quoted title)


def title_start(lines: Sequence[Line], header: int, floor: int) -> int:
    """Walk back from a 发布时间 line over the (wrapped) title above it.

    A wrapped title's lines do not grow wider as it goes down, end without
    sentence punctuation, and its first line opens a new block on the page.
    """
    start = header
    # (a 文号 on a line of its own between the title and the 发布时间 line, or a transcript's note, （根据现场录音整理）:
    # the title is above it)
    numbered = header - 1 >= floor and (doc_number_line(lines[header - 1].text) is not None
                                        or bool(MADE_NOTE.fullmatch(_flat(lines[header - 1].text))))
    if numbered:
        start -= 1
    while start - 1 >= floor and header - start < _HEADER_TITLE_LINES + numbered:
        cand, below = lines[start - 1], lines[start]
        if _MADE_OF.fullmatch(_flat(cand.text)) and _flat(below.text).startswith("《"):
            return start - 1  # (what is made of the policy, over its quoted title: 一图读懂 / 《…若干措施》)
        if start < header - numbered:
            if below.indented or below.after_gap:
                break
            # A wrapped title does not widen as it goes down (2 columns of slack), unless broken by hand after its
            # organ's 关于…, the rest naming its 文种 (郑州海关关于中欧班列（郑州） / “班列+跨境电商”…有关事项的公告)
            if display_width(cand.text) < display_width(below.text) - 4 and not (
                    _ABOUT.search(_flat(cand.text)) and names_genre(below.text)):
                break
        if (cand.text[-1] in TERMINAL or HEADER_LINE.match(cand.text) or CELL in cand.text
                or len(_FIELDS.findall(cand.text)) > 1 or NOTE.match(cand.text)):
            break  # (a table's row, the last of the document before, is no line of a title; nor its 填报人：…, nor its 注：…)
        if letterhead(cand, below):
            break
        start -= 1
    return start


# A title's line: words, brackets and quotes (no 【field】, no sentence's stop); not a gazette's issue line.
_TITLE_LINE = re.compile(r"[\u4e00-\u9fff\w（）()《》〈〉“”‘’\"、·—\-\s]+")
_ISSUE = re.compile(r"第\s*\d+\s*[期辑]|(?:公报|汇编|选编|简报)(?:[（(][^（）()]{1,12}[)）])?$")


def booklet_title(lines: Sequence[Line]) -> list[int]:
    """The lines of a booklet's title over its cover (合肥市2024年 / 稳外贸政策包 / 合肥市商务局　编印 / 二〇二四年四月),
    its edition among them ((企业服务版)): two to four lines of a title's, no sentence, no 文号, right above the organ and the
    month; [] if the text opens with no such cover."""
    for n in range(1, 5):  # (the nearest cover: a joint cover's first organ is no line of the title)
        if n < len(lines) and cover_lines(lines[n:]) and all(
                len(x.text) <= 40 and _TITLE_LINE.fullmatch(x.text) and not doc_number_line(x.text) for x in lines[:n]):
            return list(range(n)) if n > 1 else []  # (a title of one line: the title's own reading takes it)
    return []


def numbered_title(lines: Sequence[Line]) -> int:
    """How many lines a 标题 set over two to four lines takes, when the line
    under it holds only a 文号 and the lines name a 文种 (0: no such title)."""
    for n in range(2, min(MAX_TITLE_LINES, len(lines) - 1) + 1):
        if doc_number_line(lines[n].text):
            title = join_wrapped([x.text for x in lines[:n]])
            # (a line up to 64 long: a Word title whose soft breaks were joined, 关于印发…推动高水平 / 对外开放…的通知)
            ok = names_genre(title) and all(len(x.text) <= 64 and _TITLE_LINE.fullmatch(x.text)
                                            and not _ISSUE.search(x.text) for x in lines[:n])
            return n if ok else 0
    return 0


# What a document made about a policy calls itself under the policy's quoted title
ABOUT_IT = re.compile(r"(?:新闻发布会|政策吹风会|发布会|吹风会)?(?:文字实录|图文实录|实录)|(?:新闻发布会|政策吹风会)"
                       r"|政策解读|解读|一图读懂|图解|答记者问|问答|起草说明|编制说明|修订说明|制定说明|新闻稿")


def about_lines(last: str, rest: Sequence[Line]) -> int:
    """How many lines under a title go with it as what a document made about a policy calls itself: 新闻发布会文字实录
    (or 解读, 起草说明) under the policy's quoted title, or the quoted title (《…深化对非 / 经贸合作三年行动方案》) under
    …吹风会解读. 0 if none."""
    if not rest:
        return 0
    if _flat(last).endswith("》") and ABOUT_IT.fullmatch(_flat(rest[0].text)):
        return 1
    if ABOUT_IT.search(_flat(last)[-6:]) and _flat(rest[0].text).startswith("《"):
        return next((k for k in range(1, 4) if k <= len(rest) and _flat("".join(x.text for x in rest[:k])).endswith("》")
                     and "。" not in "".join(x.text for x in rest[:k])), 0)
    return 0


# A gazette's name as a page's heading (云南省人民政府公报, 商务部公报): the issue's, not one of the documents it prints.
GAZETTE_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}(?:公报|政报)")
# a gazette's column over a document: 【省人民政府文件】, or unbracketed, as a 公报 sets its 部门文件 over the first one
COLUMN_LABEL = re.compile(r"【[^】]{2,16}】|(?:省|市|州|区|县)?(?:人民政府|政府|部门|政府办公厅|政府办公室)文件|政府规章|人事任免")


def first_document_title(lines: Sequence[str], about: bool = True) -> tuple[int, int] | None:
    """Where the first document a gazette's page prints opens (under only its column's label, 【省人民政府文件】): the
    first title of one to three lines within the page's first lines, as (its first line, how many lines). `about`:
    the title says 关于 (a 公文's; a rule's own title, …管理办法, does not)."""
    for start, line in enumerate(lines[:4]):
        if COLUMN_LABEL.fullmatch(_flat(line)):
            continue
        for n in range(1, 4):
            name = _flat(join_wrapped(list(lines[start : start + n])))
            if name[-1:] in "。；：:，" or len(name) > 100:
                break
            if ("关于" in name or not about) and names_genre(name):
                return start, n
        return None
    return None


# A leader's written instruction quoted at the head of the report on carrying it out (省领导批示：…, 省政府主要领导批示：…)
_INSTRUCTION = re.compile(r"[\u4e00-\u9fff]{0,10}领导批示\s*[:：]|批示\s*[:：]")


def instructions_over_title(lines: Sequence[Line], start: int) -> int:
    """How many lines a leader's 批示, quoted between a report's 版头 and its title, takes (省领导批示： / 省政府主要领导
    批示：…。 / 连云港市商务局关于贯彻落实省领导批示精神…的报告): up to the line, after one that ends a sentence, where a title
    naming its 文种 opens (in up to three lines); 0 when no 批示 stands there or no title follows it."""
    if start >= len(lines) or not _INSTRUCTION.match(_flat(lines[start].text)):
        return 0
    for k in range(start + 1, min(len(lines), start + 12)):
        text, before = _flat(lines[k].text), _flat(lines[k - 1].text)
        if (not _INSTRUCTION.match(text) and text[:1] not in "（(" and before[-1:] in "。）)”：:"
                and any(names_genre(join_wrapped([x.text for x in lines[k : k + n]])) for n in (1, 2, 3))):
            return k - start
    return 0


def instructions_in_body(quoted: Sequence[Line], body: Sequence[Line]) -> tuple[Line, ...]:
    """The body with the 批示 quoted over its title at its head, under its 主送 line if it opens with one: the first
    of its text, as the report reads."""
    if body and _flat(body[0].text).endswith(("：", ":")) and not _INSTRUCTION.match(_flat(body[0].text)):
        return (body[0], *quoted, *body[1:])
    return (*quoted, *body)
