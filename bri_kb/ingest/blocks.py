"""Where a PDF's line opens a block of text (a paragraph, an item, a heading):
the reader marks such a line with two ideographic spaces, as a text file
indents one, so that the reflow (reflow.py) joins the lines in between. Pure
functions over a page's lines (layout.TextLine), in reading order."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from statistics import median

from bri_kb.ingest.cleaners import bullets, opens_with_bullet
from bri_kb.ingest.conventions import BULLETS, REMARK, branch_wrapped
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.pageparts import Grid, TextLine
from bri_kb.ingest.text import MID_WORD, SUPERSCRIPT_DIGITS, join_wrapped, open_quote
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.words import is_page_number
from bri_kb.vocabulary import ENDS_AS_ORGAN, ORGAN_END

BLOCK_MARK = "\u3000\u3000"  # how a line that opens a block is marked: indented, as a text file's paragraph


def _body_size(lines: Sequence[TextLine], usual: float | None = None) -> float:
    """The size the page's body text is set in: `usual` (the document's) when five of its lines or more are set so,
    else the median of its lines (a page of boxes in smaller type, 专栏 over and under a few lines of the body's,
    would otherwise read the body as headings)."""
    if usual is not None and sum(abs(ln.size - usual) < 0.5 for ln in lines) >= 5:
        return usual
    return median(ln.size for ln in lines) if lines else 0.0


def usual_size(pages: Sequence[Sequence[TextLine | Grid]]) -> float | None:
    """The size most of a document's lines are set in, over all its pages (None without any)."""
    sizes = [i.size for items in pages for i in items if isinstance(i, TextLine)]
    return median(sizes) if sizes else None


_ORGAN_LINE = re.compile(rf"[\u4e00-\u9fff（）]{{2,30}}?{ORGAN_END}")  # an organ's name, alone on its line


# (an organ's own unit wrapped onto the next line, 广西壮族自治区人民政府 / 办公厅关于…, is no organ of its own)
_ORGAN_OPENS = re.compile(rf"(?!办公|人民政府|委员会|常务委员会|关于|印发|转发)[\u4e00-\u9fff（）]{{2,30}}?{ORGAN_END}(?:\s|关于)")
_DATE_LINE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def join_headings(items: Sequence[TextLine | Grid], usual: float | None = None) -> list[TextLine | Grid]:
    """A heading set larger than the body and wrapped over lines is one line:
    a title is then read whole, wherever the page wrapped it. `usual`: the document's body size (usual_size)."""
    body = _body_size([i for i in items if isinstance(i, TextLine)], usual)
    out: list[TextLine | Grid] = []
    for item in items:
        prev = out[-1] if out else None
        if (isinstance(item, TextLine) and isinstance(prev, TextLine) and min(prev.size, item.size) > body + 1
                and abs(prev.size - item.size) < 0.5 and item.top - prev.bottom < 0.8 * item.size
                and marker_of(item.text) is None and prev.text[-1:] not in "。；！？"
                and not prev.text.endswith("文件")  # a 发文机关标志 ends its line; a joint one's next organ follows
                # (a 落款 set larger than the 版记 alone on a last page: the organ, its date, the 附注 under them)
                and not _DATE_LINE.fullmatch(_flat(item.text)) and not REMARK.match(_flat(item.text))
                # (two organs of a joint mark, one a line, 文件 beside the second: 商 务 部 / 外 交 部  文件)
                and not (_ORGAN_LINE.fullmatch(_flat(prev.text)) and _ORGAN_LINE.fullmatch(_flat(item.text).removesuffix("文件")))):
            # (a joint title's organs, wrapped between two of them, stay apart: …发展和改革委员会 / 广东省财政厅 …关于)
            apart = (ENDS_AS_ORGAN.search(_flat(prev.text)) and _ORGAN_OPENS.match(item.text.strip())
                     and not branch_wrapped(prev.text, item.text))  # (…中国人民银行 / 厦门市分行关于…: one organ)
            text = f"{prev.text.rstrip()} {item.text.strip()}" if apart else join_wrapped([prev.text, item.text])
            out[-1] = dataclasses.replace(prev, text=text, bottom=item.bottom,
                                          x0=min(prev.x0, item.x0), x1=max(prev.x1, item.x1))
            continue
        out.append(item)
    return out


def _hangs(line: TextLine, prev: TextLine) -> bool:
    """Is an indented line the wrapped rest of the full line above it, set
    under that line's text: an 附件说明 item or a numbered item indented as a
    whole, or a bullet (•, ●, ■ …) anywhere?"""
    head = bullets(prev.text).lstrip()
    opens = (head.startswith("附件") or head[:1] in BULLETS or bool(_LABELLED.match(head))
             or prev.x0 - prev.left >= 1.5 * prev.size and marker_of(head) is not None)
    return opens and prev.x0 - 0.5 * line.size <= line.x0 <= prev.x0 + 4 * line.size and _runs_on(line, prev)


def _runs_on(line: TextLine, prev: TextLine) -> bool:
    """Does the full line above, ending no sentence, run on into this one, which opens no item? (A colon or a
    semicolon inside a bracket the line leaves open ends no sentence: …20家以上。（责任单位： / 片区经济发展局…)"""
    end = prev.text.rstrip()[-1:]
    return (prev.x1 >= prev.right - 3 * prev.size and marker_of(line.text.strip()) is None
            and (end not in "。；：！？" or end in "：；" and prev.text.count("（") > prev.text.count("）")))


# A line that opens with a short label and a colon (出席：, 列席：, 分送：): a list set with a hanging indent.
# (出　席：, spread; （责任单位：…, a task's units in brackets)
_LABELLED = re.compile(r"[（(]?[\u4e00-\u9fff]{2,4}[:：]|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][:：]")


def _closes_bracket(line: TextLine, prev: TextLine) -> bool:
    """Does the line close the bracket the full line above left open, wherever it is set (a task's units typed
    right-aligned: （责任单位：…中国铁路南昌 / 局集团有限公司福州办事处）)?"""
    return (prev.text.count("（") > prev.text.count("）") and line.text.rstrip().endswith("）")
            and line.text.count("（") < line.text.count("）") and _runs_on(line, prev))


def _hangs_on(line: TextLine, prev: TextLine) -> bool:
    """Is the line the next wrapped line of a hanging indent, set as the full one above it?"""
    return abs(line.x0 - prev.x0) <= 0.5 * line.size and _runs_on(line, prev)


def _centred(line: TextLine) -> bool:
    return abs((line.x0 - line.left) - (line.right - line.x1)) <= line.size


def _title_wraps(line: TextLine, prev: TextLine | None) -> bool:
    """Is the line the rest of a centred title that filled the line above (an attachment's
    title: "…重点任务分" / "工表")? Not a 文号 or a date under it, nor an organ under an organ, nor the line after a
    sentence's end (a quoted article's: …落地加工。” / （五）将…, set a little in from both edges)."""
    return (prev is not None and _centred(line) and _centred(prev) and abs(prev.size - line.size) < 0.5
            and prev.x1 >= prev.right - 2 * prev.size and prev.x0 - prev.left <= 2 * prev.size
            and line.top - prev.bottom < 0.8 * line.size and prev.text.rstrip().rstrip("”’」")[-1:] not in "。；：！？，、"
            and not re.search(r"〔|号$|\d{4}\s*年|文件$", line.text.strip())
            and not (_ORGAN_LINE.fullmatch(_flat(prev.text)) and _ORGAN_LINE.fullmatch(_flat(line.text))))


def marked(lines: list[TextLine], usual: float | None = None) -> list[str]:
    """Line texts, a line that opens a block marked with two ideographic
    spaces: one indented two characters in from its column, a heading set
    larger than the body (its wrapped lines are not marked, so that a centred
    two-line title stays one block), and one after a line that stopped well
    short of the column's right edge (a justified or wrapped line runs to it;
    a short one ended its block, as a 文号 line does). `usual`: the document's body size (usual_size)."""
    body = _body_size(lines, usual)
    notes = footnote_start(lines, body)
    measure = _ragged_measure(lines)
    out = []
    hanging = False  # the line before was the wrapped line of a hanging indent
    for n, line in enumerate(lines):
        text = line.text.strip()
        if notes <= n and (m := _FOOTNOTE.match(text)) and line.size <= 0.85 * body:
            out.append(f"{BLOCK_MARK}注{m.group(1)}：{m.group(2)}")  # a footnote, as the note it is
            continue
        # (a page's number typed into the text where a page broke, — 1 —, stands between a line and its wrapped rest)
        prev = lines[n - 2] if n >= 2 and is_page_number(lines[n - 1].text.strip()) else lines[n - 1] if n else None
        heading = line.size > body + 1
        bullet = opens_with_bullet(text)  # each bullet opens its own line
        if not bullet and (heading and prev is not None and abs(prev.size - line.size) < 0.5 or _title_wraps(line, prev)):
            out.append(text)  # the wrapped line of a heading, or of a centred title
            continue
        # (a little less under a sentence's end: an indent typed with half-width spaces, 记者：… under …提问。)
        indented = line.x0 - line.left >= (1.0 if prev is not None and prev.text.rstrip()[-1:] in "。！？"
                                           else 1.5) * line.size
        hangs = indented and prev is not None and (_hangs(line, prev) or hanging and _hangs_on(line, prev)
                                                   or _closes_bracket(line, prev))
        hanging = hangs
        if hangs:
            # A hanging indent: the wrapped line of an 附件说明 item ("2.…重点项" / "目清单"), of a bullet or
            # of a labelled list (出席：…), set under the item's text, goes on from the full line above it.
            indented = False
        # Short by more than the next line's first word needs: a number or a Latin word ("15.6%，")
        # cannot be broken, so the line above it may stop short in the middle of a sentence.
        # In justified text (the line above reaches the edge), a sentence's end short of the edge by more
        # than a character ended its paragraph too: the next character would have fitted (unless it
        # opens a quotation, which no line may end with).
        short = 0.0
        if prev is not None:  # (lines broken by hand stop up to six characters short of where they end)
            stops = prev.text.rstrip()[-1:] in "。！？；："  # (a sentence's end short of where the lines end ends its paragraph)
            short = (min(prev.right, measure) - max((2 if stops else 6) * prev.size, _lead_width(text, line.size))
                     if measure is not None else prev.right - max(3 * prev.size, _lead_width(text, line.size)))
        if (prev is not None and n >= 2 and lines[n - 2].x1 >= lines[n - 2].right - 0.3 * prev.size
                and prev.text.rstrip()[-1:] in "。！？" and text[:1] not in "“‘《（〔「"):
            short = prev.right - max(1.2 * prev.size, _lead_width(text, line.size))
        # (not a number a wrap cut at its hyphen, a telephone's 0871- / 63110245: the break is inside the number)
        after_short = (prev is not None and prev.x1 < short and not open_quote(prev.text)
                       and not (_CUT_AT_HYPHEN.search(prev.text) and text[:1].isdigit())
                       and not (n >= 2 and _broken_by_hand(lines[n - 2], prev, line)))
        # (and a line set smaller under a heading set larger than the body: the heading ended there, 甲方：… under an
        # agreement's title, at the margin)
        under_heading = prev is not None and prev.size > body + 1 and prev.size > line.size + 1
        if indented or after_short or heading or bullet or under_heading:
            text = BLOCK_MARK + text
        out.append(text)
    return out


_CUT_AT_HYPHEN = re.compile(r"\d[-－]\s*$")


def _broken_by_hand(before: TextLine, prev: TextLine, line: TextLine) -> bool:
    """Is `prev` a few characters a manual line break cut off mid-sentence, the paragraph going on below it? The
    full line above it runs on into it ending no sentence, it stops on a character (…自由贸易试 / 验区), and the
    line under it starts at the margin, opens no item and runs to the edge (西安区域（以下简称…）…一带一), or is the
    paragraph's last few words, closing its sentence (…融资累计突破 / 80亿元。)."""
    size = prev.size
    if len(_flat(before.text)) < 15 or "：" in prev.text:
        return False  # (a signature's short fields, 姓名：… / 职务：…, set to a column's width)
    below = len(_flat(line.text))
    full = below >= 15 and line.x1 >= line.right - size
    last = below <= 20 and line.text.rstrip()[-1:] in "。！？"
    return (before.x1 >= before.right - size and before.text.rstrip()[-1:] not in "。！？；：" and before.x0 - before.left
            < 1.5 * size and prev.x0 - prev.left < 0.5 * size and bool(MID_WORD.search(prev.text.rstrip()))
            and line.x0 - line.left < 0.5 * size and (full or last)
            and marker_of(line.text.strip()) is None and marker_of(prev.text.strip()) is None
            and not opens_with_bullet(line.text.strip()))


def _ragged_measure(lines: Sequence[TextLine]) -> float | None:
    """Where the lines of a page broken by hand end (a PDF of text pasted line by line, each line closed by a manual
    break: few of its lines that stop mid-sentence reach the column's edge), nine in ten of them no further; None for
    justified text, whose wrapped lines run to the edge."""
    wrapped = [ln for ln in lines if len(ln.text.strip()) >= 10 and ln.text.rstrip()[-1] not in "。！？；：，、"]
    if len(wrapped) < 6 or sum(ln.right - ln.x1 < ln.size for ln in wrapped) >= 0.4 * len(wrapped):
        return None
    ends = sorted(ln.x1 for ln in wrapped)
    return ends[int(0.9 * (len(ends) - 1))]


# a footnote's number and its text ("1 2019年…"; "1地区生产总值…" where Word set the number close)
_FOOTNOTE = re.compile(r"^(\d{1,2}|[①-⑳])(?:\s+|(?=[\u4e00-\u9fff]))(\S.*)$")
# A line's first word that cannot be broken: a number, a Latin word, an e-mail address, a 文号's
# year and serial (〔2023〕88号), an abbreviation in brackets (（QFLP）).
# (a code in brackets goes down whole: （ASEAN）, （9710）; not an item's （1）)
# (or codes listed in brackets, which LibreOffice moves whole: （9610、9710、9810、1210）)
_LEAD_WORD = re.compile(r"[〔［\[]?[0-9A-Za-z.,%‰+\-/:@_]+(?:[〕］\]][0-9]+)?|（(?:[A-Za-z]|\d{3})[0-9A-Za-z.\-+/]*）"
                        r"|（\d{3,4}(?:、\d{3,4})+）")


# A character and its comma before a number ("大，2023年…"): no line opens with the comma and the
# number is not broken after it, so the three go down to the next line together.
# (a full stop too: 布局。2025年 goes down as 局。2025, the line above stopping short mid-word)
_CUT_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff][，、；：。][0-9A-Za-z.%]+")
# …or a run of codes in quotes, which no line may break inside or next to (推广跨境电 / 商“9610”“9710”“9810”“1210”监管…)
_QUOTED_CODES = re.compile(r"[\u4e00-\u9fff](?:[“‘][0-9A-Za-z.\-+/%]+[”’])+[\u4e00-\u9fff]?")
# …or a character and the quotation it opens, which no line may break next to (Unicode's line breaking, as LibreOffice
# applies it to curly quotes: 以上 / 为“优”，80分…), through its close when one character is quoted
_QUOTED_WORD = re.compile(r"[\u4e00-\u9fff][“‘][\u4e00-\u9fff](?:[”’][，。、；：]?)?")


def _lead_width(text: str, size: float) -> float:
    """About how wide a line's unbreakable first word is (digits and Latin letters
    take about half a character each, a full-width bracket one), with the mark
    after it; 0 for Chinese, but for a character and its comma that go down with a number."""
    m = (_LEAD_WORD.match(text) or _CUT_BEFORE_NUMBER.match(text) or _QUOTED_CODES.match(text)
         or _QUOTED_WORD.match(text))
    if not m:
        return 0.0
    # (a per cent sign is nearly as wide as a character in the fonts LibreOffice sets digits in: DejaVu Sans's, 0.95)
    wide = sum(ch in "〔〕［］（）%‰" or "\u4e00" <= ch <= "\u9fff" or ch in "，、；：。" for ch in m.group())
    return (0.55 * (len(m.group()) - wide) + wide + 1) * size


def footnote_start(lines: Sequence[TextLine], body: float) -> int:
    """Where a page's footnotes start (len(lines) if it has none): the lines at
    the foot of the page set smaller than the body, after a gap, the first of
    them opening with its number ("1 2019年钦州港…")."""
    end = len(lines)
    while end > 0 and is_page_number(lines[end - 1].text):
        end -= 1  # the page number below them
    start = end
    while start > 0 and lines[start - 1].size <= 0.85 * body:
        start -= 1
    while start < end and not _FOOTNOTE.match(lines[start].text.strip()):
        start += 1  # the small lines above the first numbered one are not notes (a table's, a caption)
    if 0 < start < end and lines[start].top - lines[start - 1].bottom >= 0.8 * lines[start].size:
        return start
    return len(lines)


def numbered_notes(items: Sequence[TextLine | Grid]) -> list[TextLine | Grid]:
    """A footnote whose number a word processor set at body size on a line of
    its own, just above its smaller text ("1" / "地区生产总值为…"), as one line
    "1 地区生产总值为…", so that footnote_start finds the note by its number."""
    lines = [i for i in items if isinstance(i, TextLine)]
    if len(lines) < 3:
        return list(items)
    body = sorted(i.size for i in lines)[len(lines) // 2]
    out: list[TextLine | Grid] = []
    for item in items:
        prev = out[-1] if out else None
        if (isinstance(item, TextLine) and isinstance(prev, TextLine) and re.fullmatch(r"\d{1,2}", prev.text.strip())
                and item.size <= 0.85 * body and abs(item.top - prev.top) <= prev.size
                and 0 <= item.x0 - prev.x1 <= 2 * prev.size):
            out[-1] = dataclasses.replace(item, text=f"{prev.text.strip()} {item.text.strip()}", x0=prev.x0)
            continue
        out.append(item)
    return out


_FOOTNOTE_MARK = re.compile(r"[①-⑳]")
# (the number set close to the text, 2加工增值率＝…, as a Word footnote's raised number prints; not a count or a day)
# (or a note on an English name, set a space after its number: 1 DEPA：《数字经济伙伴关系协定》…)
_NUMBERED_NOTE = re.compile(r"\d{1,2}(?:\s+[A-Za-z\u4e00-\u9fff“《（]|(?![年月日号时个项条家名万亿元次批类件届期])[\u4e00-\u9fff“《（])")
_SMALL = 0.8  # a footnote's size against the page's body text (10.5 pt under 16 pt)


def footnotes(items: Sequence[TextLine | Grid]) -> tuple[list[TextLine | Grid], list[str]]:
    """A page's footnote area taken out of its items: from the first line at
    the page's foot set smaller than its body text that opens with a footnote
    mark (①), every line below it (a note's mark may print at body size); the
    notes' lines, each note's first marked as a block of its own. Nothing when
    a table or body-sized unmarked text follows."""
    lines = [i for i in items if isinstance(i, TextLine) and not is_page_number(i.text)]
    if len(lines) < 3:
        return list(items), []
    body = sorted(i.size for i in lines)[len(lines) // 2]
    def small(k: int) -> bool:
        item = items[k] if k < len(items) else None
        return isinstance(item, TextLine) and item.size < body * _SMALL

    # (the mark's glyph may set the note's first line at body size: then the line under it is small)
    # (a note numbered 1, 2 … as Word numbers footnotes, its number joined by numbered_notes: only the first
    # small line under the body's text, so that a wrapped small line opening with a figure is no note)
    start = next((n for n, i in enumerate(items) if isinstance(i, TextLine) and (small(n) or small(n + 1)) and (
        _FOOTNOTE_MARK.match(i.text.strip()) or _NUMBERED_NOTE.match(i.text.strip()) and n and not small(n - 1))), None)
    if start is None or start == 0:
        return list(items), []
    below = [i for i in items[start:] if not (isinstance(i, TextLine) and is_page_number(i.text))]
    if not all(isinstance(i, TextLine) and (k == 0 or i.size < body * _SMALL or _FOOTNOTE_MARK.match(i.text.strip()))
               for k, i in enumerate(below)):
        return list(items), []
    # each note as the note it is (注①：…), as marked() writes the footnotes it finds; a note numbered by a figure
    # opens where the next figure does (2…, then 3…), not at any wrapped line that starts with one
    notes: list[str] = []
    after: int | None = None  # the figure of the note before
    for k, i in enumerate(x for x in below if isinstance(x, TextLine)):
        text = i.text.strip()
        m = re.match(r"([①-⑳])\s*|(\d{1,2})\s*(?=[\u4e00-\u9fff“《（])|(\d{1,2})\s+(?=[A-Za-z])", text)
        figure = m.group(2) or m.group(3) if m else None
        if m and (k == 0 or m.group(1) or after is not None and figure is not None and int(figure) == after + 1):
            after = int(figure) if figure else None
            text = f"{BLOCK_MARK}注{m.group(1) or figure}：{text[m.end():]}"
        notes.append(text)
    return [i for n, i in enumerate(items) if n < start or isinstance(i, TextLine) and is_page_number(i.text)], notes


def notes_by_marks(lines: list[str | list[str]], notes: list[str]) -> tuple[list[str | list[str]], list[str]]:
    """The page's footnotes each set after the paragraph whose mark cites it (…300亿美元², then 注2：…), when
    that paragraph ends on this page; the others (no mark found, or its paragraph runs on) are left for the
    page after (pdf._with_notes)."""
    groups: list[list[str]] = []
    for note in notes:
        if note.startswith(BLOCK_MARK) or not groups:
            groups.append([note])
        else:
            groups[-1].append(note)
    left: list[str] = []
    out = list(lines)
    for group in groups:
        m = _NOTE_NUMBER.match(group[0].removeprefix(BLOCK_MARK))
        mark = (m.group(1).translate(SUPERSCRIPT_DIGITS) if m.group(1).isdigit() else m.group(1)) if m else None
        at = next((n for n in range(len(out) - 1, -1, -1) if mark and isinstance(out[n], str) and mark in out[n]), None)
        # (the next block that is no page number: the cited paragraph may run on to the next page)
        end = None if at is None else next((n for n in range(at + 1, len(out)) if not isinstance(x := out[n], str) or (
            x.startswith(BLOCK_MARK) and not is_page_number(x.removeprefix(BLOCK_MARK)))), None)
        if end is None:
            left += group
        else:
            out[end:end] = group
    return out, left


_NOTE_NUMBER = re.compile(r"注\s*(\d{1,2}|[①-⑳])\s*[:：]")
