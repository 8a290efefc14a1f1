"""Join hard-wrapped lines back into paragraphs.

PDF extraction and narrow newspaper columns break a sentence over many lines.
A line continues on the next one when it runs (nearly) to the width of the
lines around it; a short line ends its paragraph. Files that already hold one
paragraph per line are left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import (
    ATTACHMENT_NOTE,
    BULLETS,
    CLOSING_FORMULA,
    FIRST_HEADER,
    PARTY_SEALS,
    SIGNERS_LABEL,
    SPACED_LABEL,
    WEB_ADDRESS,
    group_listed,
    names_listed,
    next_field,
)
from bri_kb.ingest.conventions import CELL as _TABLE_ROW
from bri_kb.ingest.fieldlines import (
    CONTACT,
    DATE_LINE,
    LEADER_ROW,
    MEETING_FIELD,
    blank_field,
    contact_field,
    form_opens,
    next_contact,
    organs_spaced,
    signs,
    unit_attendees,
    units_listed,
)
from bri_kb.ingest.genre import GENRE_END
from bri_kb.ingest.hanging import full_line, hangs
from bri_kb.ingest.members import MEMBER
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import CJK, COMMAS, MID_WORD, PARAGRAPH_ENDS, display_width, join_wrapped, open_quote
from bri_kb.vocabulary import NOTE

_NARROW_COLUMN = 40  # display columns, about 20 characters: a newspaper column
# Lists of short items (名称, 经济走廊, a signature block) come in lines of about
# equal width too; a column narrower than 13 characters is taken for such a list.
_SHORT_ITEMS = 26  # display columns
_OPEN_ENDS = "至于和与及或的在对从向把将为以按由被等并且而"  # words no sentence or heading ends on
_PUNCT = PARAGRAPH_ENDS + COMMAS
# An attachment or note line, or a document's header block (conventions.py).
_ATTACHMENT_LINE = re.compile(rf"^{ATTACHMENT_NOTE}")
# 附件 (附表) opens a paragraph, unless the sentence above runs on into it (…具体见 / 附件1。, …部分文件的 /
# 附件未予收录): as an 附件说明 or an attachment's heading it has a colon, a number or a space after it, or nothing.
_OPENS_PARAGRAPH = re.compile(r"^(?:附[ \u3000]{0,2}[件表](?!\s*\d{0,2}\s*[。，、；）)和及等])(?=\s*\d{0,2}\s*(?:[:：]|$)|\s*\d|\s+\S)"
                              r"|附\s*[录表]\s*\d{0,2}$|目\s*录$|"
                              # a short heading letter-spaced on a line of its own: 说　明, 前　言, 总　则
                              r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$|"
                              rf"附：|注\d{{0,2}}：|{FIRST_HEADER}|来源[:：]|(?:发布|发文|成文)日期[:：]|文件名称"
                              r"|(?:出席|列席|缺席|请假|记录|主持)[:：]"
                              r"|专栏\s*\d{0,2}\s*\S"  # a box's title (专栏1　重点项目, 专栏　2025年…)
                              r"|图\s*\d{1,2}[ \u3000]+\S"  # a figure's caption (图1　2020—2026年…开行量)
                              r"|【[\u4e00-\u9fff]{2,8}】"  # a speaker's or a part's label (【主持人】, 【主要做法】)
                              # the 版记's 印发 line (…办公室  2023年6月2日印发, its 印发 maybe wrapped below), even
                              # with no 抄送 line above it
                              r"|(?=.{2,40}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$)"
                              r"|(?=[\u4e00-\u9fff（）]{2,40}?(?:办公室|办公厅|委员会|政府|局|厅|部|委|办)\s+"
                              r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$))")


@dataclass(frozen=True)
class Paragraph:
    lines: tuple[Line, ...]
    text: str

    @property
    def line_start(self) -> int:
        return self.lines[0].no

    @property
    def line_end(self) -> int:
        return self.lines[-1].no

    @property
    def page(self) -> int | None:
        return self.lines[0].page


def is_hard_wrapped(lines: Sequence[Line]) -> bool:
    """True for PDF/newspaper text: most lines are short and stop mid-sentence."""
    if len(lines) < 4:
        return False
    widths = sorted(display_width(ln.text) for ln in lines)
    p90 = widths[int(len(widths) * 0.9) - 1]
    open_ended = sum(1 for ln in lines if ln.text[-1] not in "。！？；：”」）)")
    return p90 <= 110 and open_ended >= len(lines) * 0.5


def typed_indents(lines: Sequence[Line]) -> bool:
    """Do indents open the paragraphs of hard-wrapped lines (a printed page re-typed, a line a paragraph, each
    paragraph's first line opened with two spaces)? At least three lines, and a fifth of them, are indented, and
    at least as many lines under an indented one that stops mid-sentence are not (its wrapped lines)."""
    indented = sum(ln.indented for ln in lines)
    wrapped_on = sum(a.indented and not b.indented and a.text.rstrip()[-1:] not in "。！？；：:"
                     for a, b in zip(lines, lines[1:], strict=False))
    return indented >= max(3, len(lines) // 5) and wrapped_on >= 3


_CITED_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]\s*[项款目条]")


def starts_paragraph(text: str) -> bool:
    return marker_of(text) is not None or bool(_OPENS_PARAGRAPH.match(text)) or _TABLE_ROW in text or _marked(text)


def _marked(text: str) -> bool:
    """Does the line open with a bullet or a pictograph, as a list's entry or a web page's section does
    (▶ 公共海外仓：…, ✅ 跨境电商企业, 📅 怎么申报)?"""
    first = text.lstrip()[:1]
    return bool(first) and (first in BULLETS or unicodedata.category(first) == "So")


def spanning_lines(widths: Sequence[int]) -> set[int]:
    """Lines clearly wider than every neighbour in a narrow (newspaper) column:
    headings set across the column, which neither wrap nor set its width."""
    out = set()
    for i, w in enumerate(widths):
        near = [*widths[max(0, i - 6) : i], *widths[i + 1 : i + 8]]
        if near and max(near) <= _NARROW_COLUMN and w >= max(near) + 4:
            out.add(i)
    return out


def narrow_column(widths: Sequence[int], i: int) -> int | None:
    """The width of a column of wrapped lines that line i belongs to, judged
    from its six nearest lines alone (three on each side), so that a change of
    wrapping width a few lines away does not hide it: the widest width that at
    least two of them fill (within a few columns), so that one wider line (a
    heading, a pull quote, a table row) does not set it. None when no two of
    them agree."""
    near = [w for w in [*widths[max(0, i - 3) : i], *widths[i + 1 : i + 4]] if w > 0]
    for col in sorted(set(near), reverse=True):
        if sum(abs(w - col) <= _slack(col) for w in near) >= 2:
            return col
    return None


def _slack(col: int) -> int:
    return max(5, col // 8)


def fills_column(lines: Sequence[Line], widths: Sequence[int], i: int) -> bool:
    """Line i stops mid-sentence (no mark, or a comma) at the full width of
    the narrow column it sits in, and the next line fits that column."""
    if lines[i].text[-1] in PARAGRAPH_ENDS or not widths[i] or i + 1 >= len(lines):
        return False
    col = narrow_column(widths, i)
    if col is None or col < _SHORT_ITEMS or DATE_LINE.match(lines[i + 1].text):
        return False
    slack = _slack(col)
    return col - slack <= widths[i] <= col + slack and widths[i + 1] <= col + slack


def _continues(lines: Sequence[Line], widths: Sequence[int], i: int, opens: bool = False,
               spanning: frozenset[int] = frozenset(), indent_opens: bool = False) -> bool:
    """Does line i wrap onto line i+1?"""
    if indent_opens and _wrapped_item(lines[i], lines[i + 1]) and full_line(widths, i):
        return True
    if cut_parenthesis(lines[i].text, lines[i + 1].text) or _bracket_closes_below(lines[i], lines[i + 1]):
        return True
    if lines[i].text.rstrip().endswith("第") and _CITED_ITEM.match(lines[i + 1].text.strip()):
        return True  # (a cited item cut after its 第: …第三十六条第 / （一）项的规定…, no item of this text)
    if CJK.match(lines[i].text.rstrip()[-1:]) and WEB_ADDRESS.match(lines[i + 1].text.strip()):
        return True  # (an address moved whole onto the next line, however short that leaves this one: …发送至 / xm@163.com。)
    if CJK.match(lines[i].text.rstrip()[-1:]) and _BRACKETED_FIGURE.fullmatch(lines[i + 1].text.strip()):
        return True  # (or an amount in brackets: …贰元肆角 / （¥11862.40）。)
    if (lines[i].text.rstrip()[-1:] in COMMAS and marker_of(lines[i + 1].text) is None and _TABLE_ROW not in lines[i].text
            and _TABLE_ROW not in lines[i + 1].text and not starts_paragraph(lines[i + 1].text)):
        return True  # (no paragraph ends on a comma: …数据互 / 联互通， / (page break, the next page indented) 对通过…)
    if lines[i].text.rstrip()[-1:] in "。！？；" and (_IMPRINT_OPENS.match(lines[i + 1].text.strip())
                                                    or PARTY_SEALS.match(lines[i + 1].text.strip())
                                                    or SIGNERS_LABEL.fullmatch(lines[i + 1].text.strip())
                                                    or _RUN_IN_PART.match(lines[i + 1].text.strip())):
        # (the 版记's 抄送 under the text's last sentence, not set off as a block: its own; so is an agreement's
        # signature block under its last article, 甲方（盖章）：…; and a case's next part, 【实践效果】…, after a soft break)
        return False
    if lines[i].text.rstrip()[-1:] not in _PUNCT and _IN_FORCE_FROM.match(lines[i + 1].text.strip()):
        return False  # (a field's line, unpunctuated, then the text's day in force: 本指南自2026年4月1日起执行。)
    if (GENRE_END.search(lines[i].text.rstrip()) and not re.search(r"[，。；]", lines[i].text)
            and not open_quote(lines[i].text) and _ADDRESSEES.fullmatch(lines[i + 1].text.strip())):
        # (a title that ends with its 文种, then the 主送 under it: …的通知 / 片区各部门，…：; not a 《 the line leaves open,
        # …按照《…项目申报书 / （样式）》（附件2）要求…：)
        return False
    if (_CIRCLED.match(nxt0 := lines[i + 1].text) and _CIRCLED.search(nxt0.lstrip()[1:])
            and lines[i].text.rstrip()[-1:] in "：:" and full_line(widths, i)):
        return True  # (a full line ending in a colon, its list run on inline, the next item on the same line:
        # …三方面工作： / ①推动…；②建设…)
    if (starts_paragraph(lines[i + 1].text) or i in spanning
            or contact_field(lines[i].text, lines[i + 1].text) and not _runs_on_into_field(lines, widths, i, indent_opens)
            or MEMBER.fullmatch(lines[i + 1].text.strip())  # (a 领导小组's next member: its own line)
            or units_listed(lines[i].text, lines[i + 1].text)  # (a 表彰's 先进集体, a line each)
            or bool(LEADER_ROW.fullmatch(lines[i].text.strip()))  # (a 分配表's row, its figure after a dot leader)
            or next_contact(lines[i].text, lines[i + 1].text)
            or _CLOSES.fullmatch(lines[i + 1].text.strip()) or signs(lines, i + 1) or signs(lines, i)
            or blank_field(lines[i].text, lines[i + 1].text) or form_opens(lines[i].text, lines[i + 1].text)):
        # (特此公告。 closes the text on a line of its own, whatever the line above; a signature's organ does not
        # run on into its date)
        return False
    nxt = lines[i + 1].text
    lo, hi = max(0, i - 6), min(len(lines), i + 8)
    local = max(w for j, w in enumerate(widths[lo:hi], lo) if j not in spanning)
    if (CJK.match(lines[i].text[-1]) and marker_of(nxt) is None
            and (re.match(r"\d+(?:\.\d+)?\s*(?:%|％|万|亿)", nxt) and widths[i] >= local * 0.75
                 or re.match(r"\d{3,4}(?:、\d{3,4}){2,}", nxt) and widths[i] >= local * 0.4)):
        return True  # (a figure LibreOffice would not break, moved whole to the next line: …分别压缩 / 10%、5%以上。; a
        # list of codes, moved whole however short that leaves the line: …推行 / 9610、9710、9810、1210…)
    if indent_opens and hangs(lines, widths, i):
        return True
    if indent_opens:
        if (lines[i].indented and lines[i + 1].indented and _TICKED.match(lines[i].text) and full_line(widths, i)
                and lines[i].text[-1] not in _PUNCT and not starts_paragraph(nxt) and marker_of(nxt) is None):
            return True  # (a checklist's entry indented whole, its full line stopping mid-sentence: ☐ 《…申报 / 表》（附件1）；)
        # a 成文日期 under a signature ends its paragraph, whatever follows it
        return not lines[i + 1].indented and not DATE_LINE.match(lines[i].text)
    if fills_column(lines, widths, i):
        return True
    if (lines[i + 1].indented and not lines[i].indented and lines[i].text[-1] in "。！？；："
            and widths[i] < local - 2):
        return False  # a finished sentence short of the width, then a line indented as a paragraph opens
    slack = max(6, local // 8)
    if lines[i].text[-1].isdigit() and (nxt[0].isdigit() or nxt[0] in "年月日号万亿%") and widths[i] >= local * 0.6:
        return True  # a number the wrap cut (…有效期至2026年1 / 2月31日)
    if lines[i].text[-1] in _OPEN_ENDS and widths[i] >= local * 0.75:
        return True  # a line that stops on a word no sentence ends with (…加密城陵矶港至 / 东盟国家…)
    if (CJK.match(lines[i].text[-1]) and not lines[i + 1].indented and lines[i].indented
            and not _marked(nxt) and widths[i] >= local * 0.75 and widths[i + 1] >= local * 0.75):
        # (a paragraph's first line cut mid-word, short of the width by its figures, a full line under it: …，年均增 /
        # 长10%以上；…; not a short heading under a line of a list)
        return True
    if lines[i].text[-1] in "。！？；" and nxt[-1] not in _PUNCT and widths[i + 1] < local * 0.6:
        return False  # a signature, date or heading line after a finished sentence
    # The first line of a paragraph lost its two-character indent in extraction.
    # (so did an item's first line that stops mid-word: "（一）…中欧班列线" / "路，稳定开行…")
    indent = 4 if opens and not lines[i].text.startswith("《") and (
        not starts_paragraph(lines[i].text) or lines[i].text[-1] not in _PUNCT) else 0
    return widths[i] >= local - slack - indent


# (whom a 公文 is sent to, on its line under the title: 各区县人民政府，市直各部门：, 片区各部门，各有关企业：)
_ADDRESSEES = re.compile(r"(?=.*(?:[，、]|^各|(?:政府|委员会|管委会|局|厅|委|办|部门|单位|企业)[:：]$))[^。；]{5,60}[:：]")
_IMPRINT_OPENS = re.compile(r"(?:抄\s*送|抄\s*报|分\s*送)\s*[:：]")
_BRACKETED_FIGURE = re.compile(r"[（(][¥￥$]\s*[\d,，.]+[)）][。；，,]?")
_CIRCLED = re.compile(r"\s*[\u2460-\u2473]")  # ① … ⑳ (matched at a line's start, searched in its rest)
_RUN_IN_PART = re.compile(r"【[\u4e00-\u9fff]{2,8}】")
_CLOSED_NUMBER = re.compile(r"\d{1,2}[）)]")


def cut_parenthesis(text: str, below: str) -> bool:
    """Did a wrap cut a short parenthesis after its opening bracket, leaving the next line to open with what looks
    like an item's number (…将项目汇总表（附件 / 2）报送市商务局…)? The line above opens the bracket and does not
    close it, a few characters before its end."""
    opened = max(text.rfind("（"), text.rfind("("))
    return (opened > max(text.rfind("）"), text.rfind(")")) and len(text) - opened <= 8
            and bool(_CLOSED_NUMBER.match(below.strip())))


def _bracket_closes_below(line: Line, nxt: Line) -> bool:
    """Does a line leave a bracket open that the next, short and not indented, closes and ends the sentence with
    (…材料前的“☐”内 / 打“√”）：)? Its rest, however wide the line above (a short-lined page may take a full line for a
    heading set across columns)."""
    text, below = line.text, nxt.text.strip()
    return (text.count("（") > text.count("）") and not nxt.indented and len(below) <= 12 and "）" in below
            and below[-1:] in "。；：:" and marker_of(below) is None and _TABLE_ROW not in text + below)


def _wrapped_item(line: Line, nxt: Line) -> bool:
    """In a PDF (whose readers mark where a block opens), a line that starts
    with an inline item's number ("（三）近一年内…") but opens no block: the
    sentence above ran to the margin and wrapped there, before the number."""
    m = marker_of(nxt.text)
    above = marker_of(line.text)
    # (not under a heading of the level above that fills its line: 二、服务共建…重要节点 / （一）做强…)
    heading = above is not None and above[0] == "cn" and not re.search(r"[。；！？]", line.text)
    # (nor after an item of its own scheme that fills its line and ends with ；: （2）…100万元； / （3）…, a list typed
    # with Shift+Enter, whose lines LibreOffice justifies to the margin)
    listed = m is not None and above is not None and above[0] == m[0] and line.text.endswith(("；", ";"))
    # (a sentence's end typed half-width after a word, …共计63家., as a text typed with half-width punctuation has it)
    return (m is not None and m[0] in ("paren_cn", "paren_arabic", "circled") and not nxt.indented
            and not line.text.endswith(("。", "：", ":")) and not _HALF_WIDTH_STOP.search(line.text)
            and not DATE_LINE.match(line.text) and not heading and not listed)


_HALF_WIDTH_STOP = re.compile(r"[\u4e00-\u9fff）)]\.$")


def reflow(lines: Sequence[Line], wrapped: bool | None = None, indent_opens: bool = False) -> list[Paragraph]:
    if not lines:
        return []
    if not (is_hard_wrapped(lines) if wrapped is None else wrapped):
        return _rejoin_broken(lines)
    widths = sorted(display_width(ln.text) for ln in lines)
    newspaper = widths[len(widths) // 2] <= _NARROW_COLUMN
    return reflow_wrapped(lines, headings_span=newspaper, indent_opens=indent_opens)


def _rejoin_broken(lines: Sequence[Line]) -> list[Paragraph]:
    """One paragraph per line, except that a line stopping mid-sentence runs
    on: a long one (a paragraph break inside a word, as copied web text has),
    one that ends on a comma (no paragraph does), or one that fills a column
    of wrapped lines (a passage of a file that was hard-wrapped, when most of
    it is not). An 附件 line names a title, which ends without punctuation: it
    does not run on."""
    widths = [0 if _TABLE_ROW in ln.text else display_width(ln.text) for ln in lines]
    groups: list[list[Line]] = []
    for i, ln in enumerate(lines):
        prev = groups[-1][-1].text if groups else ""
        turned = groups and ln.page is not None and groups[-1][-1].page is not None and ln.page > groups[-1][-1].page
        if (prev and (len(prev) > 40 and prev[-1] not in _PUNCT + ".!?;:" and not _VALUE_FIELD.fullmatch(prev)
                      or prev[-1] in COMMAS
                      # (a sentence, then the next one cut mid-word by an Enter: …服务机制，对列入 / 清单的重点项目…)
                      # (not a photo's credit, …记者 李明 摄, over the next paragraph or a time)
                      or len(prev) >= 20 and "。" in "".join(x.text for x in groups[-1]) and bool(MID_WORD.search(prev))
                      and not prev.endswith(("摄", "供图"))
                      and bool(_GOES_ON.match(ln.text.strip()))
                      # (a label's colon inside a bracket the line above left open is no field: （责任 / 单位：…）)
                      or fills_column(lines, widths, i - 1) and (not _LABEL.match(ln.text) or open_quote(prev))
                      and not _BULLETED.match(prev)
                      # (a sentence a page break parts: …建设远洋渔业 / 基地，…, its page's number between them)
                      or turned and prev[-1] not in _PUNCT + ".!?;:" and bool(re.search(r"[。，；]", prev))
                      # (an address moved whole onto the next line: …扫描发送至 / xmftzmyc@163.com。)
                      or bool(CJK.match(prev[-1])) and bool(WEB_ADDRESS.match(ln.text.strip())))
                and not starts_paragraph(ln.text) and _TABLE_ROW not in prev and not _ATTACHMENT_LINE.match(prev)
                and not MEMBER.fullmatch(ln.text.strip())  # (a 领导小组's next member: its own line)
                and not units_listed(prev, ln.text)  # (a 表彰's 先进集体 or 先进个人, a line each)
                and not (unit_attendees(prev) and unit_attendees(ln.text))  # (who came for each unit, a line each)
                and not LEADER_ROW.fullmatch(prev)  # (a 分配表's row, its figure after a dot leader)
                and not (organs_spaced(prev) and organs_spaced(ln.text))  # (a list of units, their names spaced apart, a line each)
                and not (names_listed(prev) and names_listed(ln.text))  # (a grid of names, a row a line: A；B；C)
                and not group_listed(prev, ln.text)  # (a list of names under its group's label, a paragraph each)
                and not MEETING_FIELD.match(prev)  # (who chaired or took part, a field of its own: 参加：市商务局、…)
                # (the text's day in force, typed as a paragraph of its own: 本指南自2026年4月1日起执行。)
                and not (prev[-1] not in _PUNCT and _IN_FORCE_FROM.match(ln.text.strip()))
                and not next_field(join_wrapped([x.text for x in groups[-1]]), ln.text)  # (住　　所：… / 负 责 人：…)
                and not signs(lines, i) and not contact_field(prev, ln.text) and not next_contact(prev, ln.text)
                and not blank_field(prev, ln.text)) or (
                    _ATTACHMENT_LINE.match(prev) and prev[-1] not in _PUNCT and _EDITION.fullmatch(ln.text.strip())):
            groups[-1].append(ln)  # (…工作方案 / （2024—2026年）: an attachment's title typed over two lines)
        else:
            groups.append([ln])
    return [Paragraph(tuple(g), join_wrapped([x.text for x in g])) for g in groups]


# The text's day in force, a sentence typed as a paragraph of its own (本指南自2026年4月1日起执行。)
_IN_FORCE_FROM = re.compile(r"本(?:指南|办法|细则|规定|通知|意见|方案|公告|措施|规则)自[^。；]{2,30}?起(?:施行|执行|实施|生效)")
# A field's line, a short label and its value, no sentence (住　　所：…江滨东大道***号*号楼***室): it stops at its
# value's end, however long.
# (its label may carry a qualifier in brackets: 住所（主要经营场所）：…大厦A区8楼806号, a party's field in a decision)
_VALUE_FIELD = re.compile(rf"(?:{SPACED_LABEL.pattern}|[\u4e00-\u9fff]{{2,8}}[（(][\u4e00-\u9fff、]{{2,12}}[)）][:：])[^。；！？]+")
_GOES_ON = re.compile(r"[\u4e00-\u9fff“《（]|\d+(?![\d:：])")  # (words of a sentence, not a time, 10:05, or a mark)


def _runs_on_into_field(lines: Sequence[Line], widths: Sequence[int], i: int, indent_opens: bool) -> bool:
    """Does the paragraph's full line i, a sentence ending at its edge, run on into the contact's field under it,
    unindented (…反映。 / 联系人：…, one paragraph as typed)? Not a note's line, nor a field's: a field is otherwise a
    line of its own."""
    text = lines[i].text.strip()
    return (indent_opens and full_line(widths, i) and not lines[i + 1].indented and text[-1:] in "。！？；"
            and not NOTE.match(text) and not CONTACT.match(text))


# A line that opens with a short label and a colon (发布人：, 主持人　陈立群：) in a list of lines of about
# one width: a field or a speaker of its own, not the wrap of the line above.
# (a label of up to eight characters: 统一社会信用代码：)
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?\s*[:：]")
_CLOSES = re.compile(CLOSING_FORMULA)
_EDITION = re.compile(r"[（(][^（）()]{1,14}[)）]")  # a title's period or edition on a line of its own
_TICKED = re.compile(r"\s*[☐☑☒□]")  # a checklist's box before its entry
_BULLETED = re.compile(rf"[{BULLETS}○]")  # a bulleted entry (本期要目's ◆ …): a line of its own


def reflow_wrapped(lines: Sequence[Line], headings_span: bool = False, indent_opens: bool = False) -> list[Paragraph]:
    """Reflow lines known to be hard-wrapped (e.g. one column of a table).
    In narrow newspaper columns, a heading may be set wider than the column."""
    if not lines:
        return []
    # Table rows (cells joined by the readers) are no measure of the text column.
    widths = [0 if _TABLE_ROW in ln.text else display_width(ln.text) for ln in lines]
    spanning = frozenset(spanning_lines(widths)) if headings_span else frozenset()
    paragraphs: list[Paragraph] = []
    current: list[Line] = [lines[0]]
    for i in range(len(lines) - 1):
        if (_continues(lines, widths, i, len(current) == 1, spanning, indent_opens)
                and not next_field(join_wrapped([x.text for x in current]), lines[i + 1].text)):
            current.append(lines[i + 1])
        else:
            paragraphs.append(Paragraph(tuple(current), join_wrapped([x.text for x in current])))
            current = [lines[i + 1]]
    paragraphs.append(Paragraph(tuple(current), join_wrapped([x.text for x in current])))
    return paragraphs
