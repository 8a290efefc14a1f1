"""Paragraphs before they are structured into clauses: repeated ones dropped,
a table printed cell by cell grouped into rows, a question and its answer
joined, an 附件说明 that lists several attachments kept as one. Pure functions
over the reflowed paragraphs (reflow.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.cleaners import opens_with_bullet
from bri_kb.ingest.conventions import BLANK, CELL, PARTY_FIELD, SENT_BY
from bri_kb.ingest.fieldlines import unit_attendees
from bri_kb.ingest.forms import blank_form
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.members import MEMBER
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.text import CJK, join_wrapped
from bri_kb.vocabulary import ORGAN_END, squash

DUPLICATE = "duplicate_paragraph"
BLANK_FORM = "blank_form_row"  # a row of a form left blank: field labels beside empty cells
OMITTED = "omission_mark"  # what a reprint says it left out: （附件略）, or an excerpt's …… between its parts
_OMITTED = re.compile(r"[（(]\s*(?:附件\s*\d{0,2}\s*)?略\s*[)）]|[…]{2,}|\.{6,}")
EMPTY_ROW = "empty_table_row"  # a row of a form left to fill in (申请表, 回执): cells and nothing in them
_SENTENCE_END = "。！？；"
_SENTENCE_MARK = re.compile(r"[。；！？，]")


def dedupe(paragraphs: Sequence[Paragraph], seen: set[str]) -> tuple[list[Paragraph], list[tuple[int, str]]]:
    """Drop repeated paragraphs (long enough not to be a coincidence), table rows
    with nothing in their cells (a form's rows left to fill in) and marks of what a
    reprint left out (（附件略）, ……). A
    heading (a line without a sentence mark, as a 简报's 本期要目 lists its
    items' titles before the items) is kept each time: the later one heads text."""
    kept: list[Paragraph] = []
    removed: list[tuple[int, str]] = []
    blank = {id(p) for p in blank_form(paragraphs)}
    before = set(seen)  # a title, or a paragraph of an earlier document: no heading of this body
    again: set[int] = set()  # the headings kept a second time (by identity)
    emptied: set[int] = set()  # the paragraphs kept right before a repeat that was dropped (by identity)
    for p in paragraphs:
        key = squash(p.text)
        if CELL in p.text and not p.text.replace(CELL, "").strip():
            removed += [(ln.no, EMPTY_ROW) for ln in p.lines]
            continue
        if _OMITTED.fullmatch(key):
            removed += [(ln.no, OMITTED) for ln in p.lines]
            continue
        if id(p) in blank:
            removed += [(ln.no, BLANK_FORM) for ln in p.lines]
            continue
        heading = len(key) <= 40 and _SENTENCE_MARK.search(key) is None and key not in before
        # (a table's header over a second table of the same columns, after text: no header repeated on a new page)
        opens_table = CELL in p.text and not (kept and CELL in kept[-1].text)
        if len(key) >= 20 and key in seen and not heading and not opens_table:
            removed += [(ln.no, DUPLICATE) for ln in p.lines]
            if kept:
                emptied.add(id(kept[-1]))
            continue
        if heading and key in seen:
            again.add(id(p))
        seen.add(key)
        kept.append(p)
    # A heading repeated with nothing kept under it, the text it headed dropped as a repeat (a page printed twice, its
    # headings over its paragraphs again): a repeat too. (Read from the end: what follows a heading is what is kept.)
    out: list[Paragraph] = []
    for p in reversed(kept):
        if id(p) in again and id(p) in emptied and (not out or id(out[-1]) in again):
            removed += [(ln.no, DUPLICATE) for ln in p.lines]
            continue
        out.append(p)
    return out[::-1], removed


def _fragment(p: Paragraph) -> bool:
    """A short piece of a table printed cell by cell; a row the reader already
    found (CELL-joined) is none, so the lines above a table never join its header."""
    text = p.text
    return (bool(text) and len(text) <= 40 and text[-1] not in _SENTENCE_END + "：" and marker_of(text) is None
            and CELL not in text and not _OWN_LINE.match(text)
            and not MEMBER.fullmatch(text.strip())  # (a 领导小组's members, a line each, are no table's cells)
            and not opens_with_bullet(text)  # (nor are a 一图读懂's bullets, ●适用范围：… / ●资金奖励：…)
            and not _FORM_LINE.search(text)  # (nor a form's fields to fill in or options to tick, a line each)
            and not unit_attendees(text)  # (nor who came for a unit, 片区规划建设局：陈家宝 韦小兰, a line each)
            and not PARTY_FIELD.match(text))  # (nor a party's field in a decision, 住　　所：…, a line each)


# An 附件说明, or an attachment's 附件N over its title, is no cell of a table printed cell by cell; nor is a
# 目录's heading.
# (nor is whom to call, a field a line: 联系人：…, 联系电话：…, 通讯地址：…)
_OWN_LINE = re.compile(r"附\s*[件录表]|目\s*录$|(?:联系人|联系电话|电子邮箱|电子信箱|通讯地址|通信地址|传真|邮政编码)\s*[:：]")


_FORM_LINE = re.compile(rf"[:：]\s*{BLANK}|^\s*[☐□]")


def group_cells(paragraphs: Sequence[Paragraph], min_run: int = 6) -> list[Paragraph]:
    """A table that extraction printed cell by cell (organ / date / 《title》)
    leaves a long run of short fragments. Group each run into rows that end
    where a 《title》 closes, so that a row keeps its organ, date and title."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        j = i
        # (up to a note in brackets set line by line, which bracketed_notes joins: a rule's adoption note under the
        # 落款 of the 公告 that publishes it)
        while j < len(paragraphs) and _fragment(paragraphs[j]) and not (j > i and _opens_note(paragraphs[j].text)):
            j += 1
        if j - i < min_run or _units(paragraphs[i:j]):
            out.append(paragraphs[i])
            i += 1
            continue
        row: list[Paragraph] = []
        for p in paragraphs[i:j]:
            row.append(p)
            if re.search(r"》[）)]?$", p.text):
                out.append(_merge(row))
                row = []
        if row:
            out.append(_merge(row))
        i = j
    return out


def _units(run: Sequence[Paragraph]) -> bool:
    """Is a run of short lines a list of units, a name a line (先进集体: …自贸创新局 / …税务局 / …运营服务中心), or of
    people with their posts (先进个人: 林志坚（…综合处处长） / 江　涛（…）), not a table's cells? Most of them name an
    organ or a person; a table's row names one in three (organ, date, 《title》)."""
    return sum(bool(_UNIT_END.search(t := p.text.strip()) or _PERSON_POSTED.fullmatch(t)) for p in run) >= 0.6 * len(run)


_UNIT_END = re.compile(rf"(?:{ORGAN_END}|中心|分行|支行|科|处|室|园)$")  # (…中心: a 服务中心 too)
_PERSON_POSTED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}[（(].{4,60}[)）]")


def _merge(parts: Sequence[Paragraph]) -> Paragraph:
    return Paragraph(tuple(ln for p in parts for ln in p.lines), join_wrapped([p.text for p in parts]))


_LISTED = re.compile(r"^(\d{1,2})\s*[.．、]")


# a question of a 政策问答 (问：, 问1：), or numbered as an item (1.问：, （一）问：)
ASKED = re.compile(r"^(?:[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]\s*|[一二三四五六七八九十]{1,3})?问\s*\d{0,3}\s*[:：]"
                   r"|^[QＱ]\s*[0-9０-９]{1,3}\s*[:：.．、]"  # (an FAQ's Q1：…？)
                   r"|^\d{1,3}\s*问(?!题)\s*(?=\S[^\n]*[？?](?:\n|$))")  # (an FAQ page's 01问…？: its number and its 问 icon)
# A speaker's turn in a 新闻发布会's transcript: 主持人（张明远）：…, 记者（四川日报）：…, 成都海关副关长 刘海波：…
TURN = re.compile(r"^(?:主持人|记者|发布人|发言人)(?:[（(][^（）()]{1,20}[）)])?\s*[:：]"
                  r"|^[\u4e00-\u9fff、]{2,30}?(?:长|主任|书记|委员|专员|发言人|经理|主席|代表)[\s\u3000]+"
                  r"[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff]){1,3}\s*[:：]")
# (答 alone on its line: an FAQ page's 答 icon over the answer)
_ANSWERED = re.compile(r"^(?:答\s*(?:[:：]|$)|[AＡ]\s*[0-9０-９]{0,3}\s*[:：])")
_ANSWER_LINE = re.compile(r"\n答\s*(?:[:：]|\n|$)")
_BARE_ANSWER = re.compile(r"\n答\s*[:：]?$")


def question_answers(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A 问： paragraph and the 答： paragraph right after it are one clause:
    the question alone answers nothing, the answer alone does not say what it answers."""
    out: list[Paragraph] = []
    unlabelled = not any(_ANSWERED.match(q.text) for q in paragraphs)  # (answers set under their questions, no 答：)
    quoting = False  # an answer quotes a document's articles (…第六条规定如下： / 第六条 … / （1）…)
    for i, p in enumerate(paragraphs):
        # (an article after the answer's lead-in, …第六条规定如下：; then that article's own items, （1）…)
        scheme = (marker_of(p.text) or ("", ""))[0]
        quoted = bool(out) and (scheme == "article" and out[-1].text.rstrip().endswith(("：", ":"))
                                or quoting and scheme in ("article", "paren_arabic", "circled"))
        if out and _ANSWERED.match(p.text) and ASKED.match(out[-1].text) and not _ANSWERED.search(out[-1].text) or (
                out and _BARE_ANSWER.search(out[-1].text) and ASKED.match(out[-1].text) and not ASKED.match(p.text)):
            # (the 答： under its question; the answer under a bare 答 label, its first paragraph)
            out[-1] = Paragraph(out[-1].lines + p.lines, f"{out[-1].text}\n{p.text}")
        elif (unlabelled and out and ASKED.match(out[-1].text) and "\n" not in out[-1].text
              and out[-1].text.endswith(("？", "?")) and not ASKED.match(p.text) and not marker_of(p.text) and CELL not in p.text):
            # a question answered with no 答： (一问：…？ then its answer, as a 解读 sets them): the answer's first paragraph
            out[-1] = Paragraph(out[-1].lines + p.lines, f"{out[-1].text}\n{p.text}")
        elif (out and ASKED.match(out[-1].text) and (_ANSWER_LINE.search(out[-1].text) or unlabelled and "\n" in out[-1].text)
              and not ASKED.match(p.text)
              and (not marker_of(p.text) or quoted) and CELL not in p.text
              and any(ASKED.match(q.text) or marker_of(q.text) for q in paragraphs[i + 1 :])):
            # an answer's further paragraph, before the next question (or the next numbered part): still the answer
            out[-1] = Paragraph(out[-1].lines + p.lines, f"{out[-1].text}\n{p.text}")
            quoting = quoted
        else:
            out.append(p)
            quoting = False
    return out


_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}(?:[\s,.;:'\"()-]+[A-Za-z]{2,}){5,}")  # (a sentence of six words or more)


def translations(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A bilingual page's English paragraph after the Chinese one it translates is that paragraph's, not a clause of
    its own (一、支持… / I. Supporting…): the text stays, the Chinese clause carries it."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if (out and not CJK.search(p.text) and _LATIN_WORDS.search(p.text) and CELL not in p.text
                and CJK.search(out[-1].text) and CELL not in out[-1].text):
            out[-1] = Paragraph(out[-1].lines + p.lines, f"{out[-1].text}\n{p.text}")
        else:
            out.append(p)
    return out


def attachment_lists(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """An 附件说明 that lists several attachments ("附件：1.…" then "2.…" on
    the lines below) is one paragraph: the numbered names are not items of the
    document."""
    out: list[Paragraph] = []
    expected = 0
    for p in paragraphs:
        m = _LISTED.match(p.text)
        if expected and m and int(m.group(1)) == expected and len(p.text) <= 80 and p.text[-1] not in "。；：":
            out[-1] = Paragraph(out[-1].lines + p.lines, f"{out[-1].text}\n{p.text}")
            expected += 1
            continue
        if out and _name_runs_on(out[-1].text, p.text):  # 附件：…进口商品保税 / 展示交易监管办法（试行）
            out[-1] = Paragraph(out[-1].lines + p.lines, out[-1].text + p.text)
            continue
        if expected and not m and _name_wraps(out[-1], p):  # 附件：1．…评估指 / 标体系, under a hanging indent
            out[-1] = Paragraph(out[-1].lines + p.lines, out[-1].text + p.text)
            continue
        first = re.match(r"^附[件表]\s*[:：]\s*(1)\s*[.．、]", p.text)  # (附表：1.…分解表 / 2.…清单 too)
        expected = 2 if first else 0
        out.append(p)
    return out


_PERIOD_ALONE = re.compile(r"[（(](?!附件略)[^（）()]{1,14}[)）]")  # (not a gazette's （附件略）, which omits them)
_ONE_ATTACHMENT = re.compile(r"^附件\s*[:：]\s*(?!\d{1,2}\s*[.．、])(\S.{1,60})$")


def _name_wraps(entry: Paragraph, p: Paragraph) -> bool:
    """Does a line of a numbered 附件说明 go on with the name above it? A PDF sets the name's second line under a
    hanging indent, which reads as a paragraph's start: the name's line above ran to the margin (a full line, no
    stop, no 文种 that ends a name), and this one is short, unnumbered, and no organ or date (the 落款 under the list)."""
    last = entry.lines[-1].text.strip()
    if _PERIOD_ALONE.fullmatch(p.text.strip()) and last[-1] not in "。；：:，,）)":
        return True  # (the name's period or edition, wrapped under a name that ends with its 文种: …实施方案 / （2025—2027年）)
    return (len(last) >= 16 and last[-1] not in "。；：:，,）)" and not names_genre(last) and len(p.text) <= 24
            and marker_of(p.text) is None
            and not re.search(rf"{ORGAN_END}$|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日$|[。；：:]", p.text))


def _name_runs_on(note: str, line: str) -> bool:
    """Does an 附件说明 naming one attachment run on to the next paragraph: its name ends
    without its 文种 and the paragraph is the rest of a name, short, ending with one?"""
    m = _ONE_ATTACHMENT.match(note)
    # (a table's name ends with 表, as a 文种 ends a document's: …大连片区企业 / 名称禁止和限制使用字词表)
    return (m is not None and not names_genre(m.group(1)) and len(line) <= 40 and (names_genre(line) or line.endswith("表"))
            and not re.search(r"[。；：:，,]", line) and marker_of(line) is None)


def unit_notes(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A task's units in brackets set as a paragraph of their own under it (…12处以上。 / （责任单位：自治区发展改革委、
    交通运输厅）), as a line copied out of a PDF leaves them, go with the task above: they say who does it."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if out and _UNITS.fullmatch(p.text) and out[-1].text[-1:] in "。；" and CELL not in out[-1].text:
            out[-1] = Paragraph(out[-1].lines + p.lines, out[-1].text + p.text)
        else:
            out.append(p)
    return out


_UNITS = re.compile(r"[（(](?:责任|牵头|配合|承办|主办|实施)(?:单位|部门)[:：][^（）()]{2,80}(?:[（(][^（）()]{1,20}[)）][^（）()]*)*[)）]")


def bracketed_notes(paragraphs: Sequence[Paragraph], most: int = 6) -> list[Paragraph]:
    """A note in brackets set line by line (a centred adoption note under a rule's
    title, each of its lines a block of its own in a PDF) is one paragraph: the
    lines after an opening bracket run on until it closes, up to six, unless a
    numbered line comes first."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        j = i + 1
        if p.text[:1] in "（(" and _open_brackets(p.text) > 0:
            while j < len(paragraphs) and j - i < most and marker_of(paragraphs[j].text) is None:
                j += 1
                if _open_brackets("".join(x.text for x in paragraphs[i:j])) == 0:
                    break
            if _open_brackets("".join(x.text for x in paragraphs[i:j])) != 0:
                j = i + 1  # never closed: not a note
        out.append(p if j == i + 1 else _merge(paragraphs[i:j]))
        i = j
    return out


# Who carries a task out, in brackets after it: （省商务厅牵头，省发展改革委、省财政厅按职责分工负责）, an organ's other
# name in brackets inside it (省商务厅（省自贸办）); not a note of the whole text (（本规划由…负责解释）)
_INNER = r"(?:[^（）()]|[（(][^（）()]{1,12}[）)])"
_OWNERS = re.compile(rf"[（(](?!本){_INNER}{{2,90}}?(?:牵头|负责|配合|落实){_INNER}{{0,40}}[）)]")


def case_sources(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A case's submitting unit set on a line of its own under its title (案例四：… / （报送单位：…片区管委会）) is
    the title's end; so is the note of who carries a task out under the task (1.系统推进…。 / （省商务厅牵头…负责）)."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if out and SENT_BY.fullmatch(p.text.strip()) and (m := marker_of(out[-1].text)) and m[0] == "case" or (
                out and _OWNERS.fullmatch(p.text.strip()) and marker_of(out[-1].text) is not None
                and out[-1].text.rstrip()[-1:] in "。；"):
            out[-1] = _merge([out[-1], p])
        else:
            out.append(p)
    return out


def _opens_note(text: str) -> bool:
    return text[:1] in "（(" and _open_brackets(text) > 0


def _open_brackets(text: str) -> int:
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")




# An article's byline in a 简报 or a 工作动态: （片区经济合作局供稿）, （供稿：市商务局）
# (or a study's authors on a line of their own under its title: 天津市商务局课题组)
BYLINE = re.compile(r"[（(](?:[\u4e00-\u9fff（）、]{2,30}?(?:供稿|供稿单位|提供|报送)|(?:供稿|供稿单位|来源|稿件来源)[:：]"
                    r"[\u4e00-\u9fff（）、\s]{2,30})[)）]|[\u4e00-\u9fff（）、]{2,30}?(?:联合)?(?:课题组|调研组|研究组)")


def bulletin_headings(paragraphs: Sequence[Paragraph]) -> dict[str, int]:
    """The headings of a 简报's articles, as an outline's marks (text without spaces -> level 1): in a text whose
    articles close with their byline (two bylines or more), a short line with no sentence's end over a paragraph
    (片区召开对俄经贸合作企业座谈会, 简　讯)."""
    bylines = [i for i, p in enumerate(paragraphs) if BYLINE.fullmatch(p.text.strip())]
    if len(bylines) < 2:
        return {}
    # (an article may close without one: any such line over a paragraph heads an article of it too)
    return {squash(p.text): 1 for i, p in enumerate(paragraphs[:-1]) if _headline(p.text)
            and not BYLINE.fullmatch(paragraphs[i + 1].text.strip()) and len(paragraphs[i + 1].text) >= 40}


def _headline(text: str) -> bool:
    return 2 <= len(text) <= 40 and text.rstrip()[-1] not in "。；！？：:，" and marker_of(text) is None
