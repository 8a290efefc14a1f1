"""The 版头 at the top of a 公文 (GB/T 9704): 份号, 密级, 紧急程度, 发文机关标志 ("国务院文件", or an organ's 通告 printed
as its mark), 发文字号 and 签发人; a joint 公告's organs over its number. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.ingest.bulletins import minutes_head
from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.imprint import RULE as _RULE
from bri_kb.ingest.joint_marks import (
    interleaved_mark,
    interleaved_rows,
    opening_place,
    organ_run,
    scattered_word,
    stacked_mark,
    tall_mark,
    vertical_mark,
    wrapped_word,
)
from bri_kb.ingest.marks import (
    COMPANY,
    MARK,
    REGISTRATION_LINE,
    SESSION_MARK,
    SIGNER,
    copy_and_number,
    doc_number_line,
    organ_lines,
    signatories,
    top_marks,
    wrapped_mark,
)
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import ORGAN_END

# A 公告's or 令's number: 第12号, （2024年第3号）, or by a legislature's term, 〔十四届〕第12号.
ANNOUNCEMENT_NO = re.compile(r"^[（(]?(?:(?:19|20)\d{2}\s*年\s*|[〔［\[（(][一二三四五六七八九十]{1,3}届[〕］\]）)]\s*)?"
                             r"第\s*[一二三四五六七八九十百零〇\d]+\s*号[)）]?$")


@dataclass(frozen=True)
class Masthead:
    """The 版头 lines (how many lead the document) and what they say."""

    lines: int
    fields: dict[str, str]


def _joint_announcement(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """A 公告 whose organs stand one a line over "公　告" and its number, above
    its own title (商务部 / 海关总署 / 公告 / 2023年第21号 / 关于…的公告): its line
    count and the 公告 as its wrapper."""
    if (len(lines) > 2 and (row := stacked_mark(lines[0].text, "公告")) and (numbered := doc_number_line(lines[1].text))
            and _titled(lines[2:5])):
        # (the organs and 公告 in a Word table's cells on one row, a 文号 under them: …办公室 …数据管理局｜公告)
        return 2, {"wrapper": row, "doc_number": numbered}
    k = organ_lines(lines, 8)  # (six ministries' 公告: 商务部 / 国家发展改革委 / … / 市场监管总局 / 公告 / 2026年第18号)
    if not k or k + 2 >= len(lines) or _flat(lines[k].text) not in ("公告", "通告"):
        return _interleaved_announcement(lines)
    # (its number a 文号, 厦自贸委〔2026〕5号, as a zone's 公告 may have)
    numbered = doc_number_line(number := _flat(lines[k + 1].text))
    if not ANNOUNCEMENT_NO.match(number) and not numbered:
        # (公告 centred beside two organs falls between their lines: 合肥海关 / 公告 / 安徽省市场监督管理局 / 2026年第7号)
        return _interleaved_announcement(lines)
    # (several organs' title may wrap: …喀什片区2026 / 年第一批…挂牌出让公告; one organ's head over a wrapped title is its
    # 发文机关标志, read elsewhere: 中华人民共和国钦州海事局 / 通　告 / 钦海通〔2024〕23号)
    if not (names_genre(lines[k + 2].text) or k > 1 and _titled(lines[k + 2 : k + 5])):
        return None
    # (two organs side by side on a line, 财政部　国家发展改革委, stay two names)
    organs = " ".join(" ".join(parts) if len(parts := x.text.split()) > 1 and all(MARK.match(p) for p in parts)
                      else _flat(x.text) for x in lines[:k])
    if numbered:
        return k + 2, {"wrapper": f"{organs}{_flat(lines[k].text)}", "doc_number": numbered}
    return k + 2, {"wrapper": f"{organs}{_flat(lines[k].text)}（{number.strip('（）()')}）"}


_DECREE_BESIDE = re.compile(r"\s令$")  # (a 令 set apart beside an organ's name, as a table's cell prints)


def _titled(lines: Sequence[Line]) -> bool:
    """Do the lines open with a title that names its genre, wrapped over up to three (关于发布 / 《…》的公告)?"""
    return any(names_genre("".join(_flat(x.text) for x in lines[:n])) for n in range(1, len(lines) + 1))


def _interleaved_announcement(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """A joint 公告's 版头 set as a Word table and printed to PDF, "公告" centred beside the organs so that it falls
    between their lines, a name wrapped in its cell (南宁综合保税区 / 公告 / 管 理 委 员 会 / 南 宁 海 关 / 2024年第2号, or
    those lines read as one):
    its line count and the 公告 as its wrapper."""
    # (numbered as a 公告 is, 2024年第2号, or by a 文号: 连交通告〔2026〕2号)
    at = next((j for j in range(1, min(7, len(lines) - 1))
               if (ANNOUNCEMENT_NO.match(_flat(lines[j].text)) or doc_number_line(lines[j].text))
               and (_titled(lines[j + 1 : j + 4]) or any(_DECREE_BESIDE.search(x.text) for x in lines[:j]))), None)
    if at is None:
        return None
    # (the PDF reader may have read the cells' lines as one: 南宁综合保税区管理委员会 公告南宁海关; a joint 令's 令
    # beside its first organ, 中华人民共和国国家发展和改革委员会 令 / 中华人民共和国商务部 / 第67号, over the 令's text)
    # (a Word table's cell merged down beside the organs' cells repeats its 公告 on every row: 钦州市商务局｜公告)
    head = [p for x in lines[:at] for p in re.split(r"(公告|通告|(?<=\s)令$)", x.text.replace(CELL, " ").strip()) if _flat(p)]
    # (organs the reader put on one line, a space apart: 国家发展改革委 财政部 公告海关总署)
    head = [w for p in head for w in (p.split() if all(MARK.fullmatch(w) for w in p.split()) else [_flat(p)])]
    words = [h for h in head if h in ("公告", "通告", "令")]
    organs: list[str] = []
    held = ""
    for part in (h for h in head if h not in ("公告", "通告", "令")):
        held += part
        if MARK.fullmatch(held) and not held.endswith("文件"):  # (a name its cell wrapped: 南宁综合保税区 / 管理委员会)
            organs.append(held)
            held = ""
    if len(set(words)) != 1 or len(words) > 1 and len(words) != len(lines[:at]) or held or len(organs) < 2:
        return None
    if numbered := doc_number_line(lines[at].text):
        return at + 1, {"wrapper": f"{' '.join(organs)}{words[0]}", "doc_number": numbered}
    number = _flat(lines[at].text).strip("（）()")
    return at + 1, {"wrapper": f"{' '.join(organs)}{words[0]}（{number}）"}


def _announcing_mark(lines: Sequence[Line], i: int) -> tuple[str, int] | None:
    """An organ's 通告, 公告 or 督办单 printed as its 版头 over its 文号 (中华人民共和国钦州海事局 / 通　告 / 钦海通〔2024〕23号; a
    PDF may set the two on one line): the mark and how many lines it takes."""
    mark = ""
    for n in (1, 2):
        if i + n >= len(lines):
            return None
        mark += _flat(lines[i + n - 1].text)
        # (or its 督办单 so: 四川省人民政府督查室 / 督　办　单 / 川府督办〔2026〕28号⇥督办日期：…)
        if (m := re.fullmatch(r"(.+?)(?:公告|通告|督办单|交办单)", mark)) and MARK.match(m.group(1)) and _numbered(
                lines[i + n].text):
            return mark, n
    return None


def _organ_over_number(lines: Sequence[Line], i: int) -> str | None:
    """Is lines[i] an organ's name alone (or with its 公告 after it: 厦门市商务局公告) over a 公告's or 通告's number
    (2025年第4号) over a title that ends so? The number's head (云南省商务厅公告), else None."""
    flat = _flat(lines[i].text)
    organ = re.sub(r"(?:公告|通告)$", "", flat)
    if not (MARK.match(organ) and not flat.endswith("文件") and i + 2 < len(lines)
            and ANNOUNCEMENT_NO.match(_flat(lines[i + 1].text))):
        return None
    title = ""
    for line in lines[i + 2 : i + 5]:
        title += _flat(line.text)
        if (m := re.search(r"(公告|通告)$", title)) and (flat == organ or flat == organ + m.group(1) and _one_organ_yearly(
                organ, _flat(lines[i + 1].text))):
            return organ + m.group(1)
    return None


def _one_organ_yearly(organ: str, number: str) -> bool:
    """(its 公告 beside one organ's name, numbered in its year: 厦门市商务局公告 / 2026年第5号; not two organs a PDF ran
    together, nor a 通告 numbered in one run, 第2号, which a 令's reading takes)"""
    return not re.search(rf"(?:{ORGAN_END})(?=.)", organ) and bool(re.search(r"(?:19|20)\d{2}\s*年", number))


# A dated field beside a 文号 in a 版头, a tab apart (川府督办〔2026〕28号⇥督办日期：2026年4月3日): the head's, not the number's.
_DATED_FIELD = re.compile(r"[\s\u3000]+[\u4e00-\u9fff]{0,4}日期[:：]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


# A session's 提案 or 议案 form: the session over its word (中国人民政治协商会议…第四次会议 / 提　　案), then its class and number
# on a line (类别：经济建设⇥第0318号)
_SESSION = re.compile(r"[\u4e00-\u9fff（）]{4,60}?(?:政治协商会议|人民代表大会)[\u4e00-\u9fff]{0,30}?会议")
_PROPOSAL_NO = re.compile(r"(?:(?:类\s*别|案\s*由)\s*[:：][^\s：:]{1,16}\s+)?(?:提案|议案|建议)?(?:编号|号)?\s*[:：]?\s*"
                          r"第\s*\d{1,5}\s*号")


def _proposal_head(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """A 提案's head (the session, 提　　案, 类别：…⇥第0318号): its line count and its mark. (Its number, 第0318号, counts
    the session's proposals: no 文号, which names the organ that numbers it.)"""
    if (len(lines) > 3 and _SESSION.fullmatch(session := _flat(lines[0].text))
            and (word := _flat(lines[1].text)) in ("提案", "议案", "建议")
            and _PROPOSAL_NO.fullmatch(lines[2].text.strip())):
        return 3, {"issuing_mark": session + word}
    return None


_SPACED_CLASS = re.compile(r"^(\s*(?:(?:答复类别|办理结果|办理类别)\s*[:：]\s*)?[A-DＡ-Ｄ])\s+类")  # (labelled: 答复类别：A 类)


def _numbered(text: str) -> bool:
    """Does the line hold a 文号 alone, or a 文号 and its 签发人 (苏商建〔2024〕56号　签发人：陈某某) or a dated field?"""
    text = _DATED_FIELD.sub("", text)
    m = SIGNER.search(text)
    return bool(doc_number_line(text[: m.start()] if m else text) or copy_and_number(text)
                or _marked_number(_SPACED_CLASS.sub(r"\1类", text)))


def _marked_number(text: str) -> tuple[dict[str, str], str] | None:
    """A 份号, 密级, 紧急程度 or reply's class and the 文号 on one line, a tab apart (特急⇥鲁政研函〔2026〕6号, a letter's
    000012⇥渝府办函〔2025〕58号, as GB/T 9704 sets a 信函格式; 答复类别：A类⇥川商建〔2026〕47号): the marks and the 文号."""
    parts = text.split(maxsplit=1)
    if parts[1:] and (marks := top_marks(parts[0])) and (number := doc_number_line(parts[1])):
        return marks, number
    return None


# A telegram's head (明传电报, 云南省商务厅传真电报) and the fields of the table under it, as the document's
_TELEGRAM = re.compile(r"[\u4e00-\u9fff（）]{0,30}(?:明传|明码|传真)电报")
_TELEGRAM_FIELDS = {"发电单位": "issuer", "发文单位": "issuer", "明电编号": "doc_number", "电报编号": "doc_number",
                    "编号": "doc_number", "签批盘": "signatory", "签发人": "signatory", "签批人": "signatory", "签发": "signatory"}


def _telegram(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """A 明传电报's or a 传真电报's head: its mark, then a table of 发电单位 / 签批盘 / 等级 / 明电编号 (the number printed
    there only): how many lines, and the organ, number and signer it gives."""
    # (the sending office's name may stand over the mark: 西安市人民政府办公厅 / 明　传　电　报)
    top = 1 if len(lines) > 1 and MARK.match(_flat(lines[0].text)) and _TELEGRAM.fullmatch(_flat(lines[1].text)) else 0
    if len(lines) <= top or not _TELEGRAM.fullmatch(_flat(lines[top].text)):
        return None
    fields = {"issuing_mark": _flat(lines[top].text)}
    k = top + 1
    if k < len(lines) and _SENDER_NOTE.fullmatch(_flat(lines[k].text)):
        k += 1  # (the sending office in brackets under the mark: （福建省商务厅发电）)
    grid = k
    # (its grid as a table's rows, or typed with tabs: 发电单位：⇥西安市人民政府办公厅⇥签批盘号：⇥李　强; a field's value
    # wrapped onto the next line after its comma)
    while k < min(len(lines), top + 8) and (CELL in lines[k].text or _TABBED_FIELD.match(lines[k].text)
                                             or k > top + 1 and lines[k - 1].text.rstrip()[-1:] in "，、"):
        if CELL in lines[k].text:
            # (each label's value in the cell after it, wherever it stands: a grid may put a mark of its own in a
            # cell between, 等　级｜特急｜★明电｜编号｜郑政办明电〔2025〕5号)
            cells = [_flat(c) for c in lines[k].text.split(CELL)]
            pairs = [(cells[j], cells[j + 1]) for j in range(len(cells) - 1) if cells[j].rstrip("：:") in _TELEGRAM_FIELDS]
        else:  # (label： value … label： value, apart by tabs, or by spaces as a PDF reads them)
            typed = _TYPED_FIELD if re.search(r"[:：]", lines[k].text) else _BARE_FIELD
            pairs = [(_flat(m.group(1)), _flat(m.group(2))) for m in typed.finditer(lines[k].text.strip())]
        for label, value in pairs:
            key = _TELEGRAM_FIELDS.get(label.rstrip("：:"))
            if key == "doc_number" and (number := doc_number_line(value)):
                fields.setdefault(key, number)
            elif key == "signatory" and value:
                fields.setdefault(key, signatories(value))
            elif key == "issuer" and MARK.match(value):
                fields.setdefault(key, value)
        if CELL in lines[k].text and (number := next((n for c in lines[k].text.split(CELL) if (n := doc_number_line(c))), None)):
            fields.setdefault("doc_number", number)  # (or its number in a cell of its own, unlabelled: …｜湘商明电〔2026〕9号｜)
        k += 1
    if k == grid:
        return None
    if k < len(lines) and _RECEIPT_NOTE.match(lines[k].text.strip()):
        k += 1  # (the form's note to whoever receives it, under its grid: 注：收到本电后请于当日电话确认。)
    return k, fields


_SENDER_NOTE = re.compile(r"[（(][\u4e00-\u9fff（）]{2,40}发电[)）]")
_RECEIPT_NOTE = re.compile(r"注\s*[:：].{0,20}本电")


# (a telegram grid's field typed on a line, its label spaced out: 等　　级：⇥特急·明电)
_LABEL = r"(?:发\s*电\s*单\s*位|签\s*批\s*盘\s*号?|等\s*级|明\s*电\s*编\s*号|抄\s*送|签\s*发(?:\s*人)?)"
# (or with no colon, a space after each label, as a PDF reads the grid's cells: 发电单位 厦门市商务局 签 发 林志强)
_TABBED_FIELD = re.compile(rf"\s*{_LABEL}\s*[:：]|\s*发\s*电\s*单\s*位\s|\s*等\s*级\s")
_TYPED_FIELD = re.compile(rf"({_LABEL})\s*[:：]\s*(.+?)(?=\s*{_LABEL}\s*[:：]|$)")
_BARE_FIELD = re.compile(rf"({_LABEL})\s+(.+?)(?=\s+{_LABEL}\s|$)")


_NAMES = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}){0,3}")  # (signers' names, a gap apart)


def masthead(lines: Sequence[Line]) -> Masthead:
    """The 版头 at the top of a document, if it has one: a 发文机关标志, a 文号,
    a 签发人, a 密级 or a 紧急程度 must be among its lines (a 份号 alone is no 版头); or a telegram's head."""
    if head := _telegram(lines):
        return Masthead(*head)
    if head := minutes_head(lines):
        return Masthead(*head)
    if head := _joint_announcement(lines):
        return Masthead(*head)
    if head := _proposal_head(lines):
        return Masthead(*head)
    fields: dict[str, str] = {}
    i, most = 0, 12
    while i < min(len(lines), most):
        # (a reply's class a PDF spaced out, B 类, beside the 文号: one mark)
        text = _SPACED_CLASS.sub(r"\1类", _DATED_FIELD.sub("", lines[i].text.replace(CELL, " ")))
        flat = _flat(text)
        if m := SIGNER.search(text):
            names = m.group(1)
            while i + 1 < len(lines) and (re.fullmatch(r"[\u4e00-\u9fff]{2,4}", _flat(lines[i + 1].text))
                                          or _NAMES.fullmatch(lines[i + 1].text.strip())):
                names, i = f"{names} {lines[i + 1].text.strip()}", i + 1  # a second 签发人 under the first (or two)
            # (and the 文号 on the line under them, with the last names beside it: 云商请〔2025〕14号⇥孙玉林　马振国)
            if (i + 1 < len(lines) and (numbered := re.fullmatch(rf"(.+?号)[\s{CELL}]+(.+)", lines[i + 1].text.strip()))
                    and (number := doc_number_line(numbered.group(1))) and _NAMES.fullmatch(numbered.group(2).strip())):
                names, i, fields["doc_number"] = f"{names} {numbered.group(2).strip()}", i + 1, number
            fields["signatory"] = signatories(names)
            if number := doc_number_line(text[: m.start()]):
                fields["doc_number"] = number
        elif "doc_number" not in fields and (marked := _marked_number(text)):
            fields.update(marked[0])
            fields["doc_number"] = marked[1]
        elif (number := doc_number_line(text)) and "doc_number" not in fields:
            fields["doc_number"] = number
        elif _RULE.match(flat) and i:
            pass  # the red line under the 版头, typed as characters
        elif REGISTRATION_LINE.fullmatch(flat) and not fields:
            pass  # a 规范性文件's registration number in the corner above its 版头: metadata, no title
        elif "issuing_mark" not in fields and "doc_number" not in fields and (tall := tall_mark(lines, i))[0]:
            fields["issuing_mark"] = tall[1]  # (a dozen organs' mark: the 文号 under it may stand past the 12th line)
            i, most = i + tall[0] - 1, max(most, i + tall[0] + 4)
        elif "issuing_mark" not in fields and "doc_number" not in fields and "关于" not in flat and (
            # (or two long names: 中共…工作委员会 …管理委员会｜文件)
            flat.endswith("文件") and (MARK.match(flat) or COMPANY.match(flat) or SESSION_MARK.match(flat)
                                      or stacked_mark(lines[i].text))
            or SESSION_MARK.match(flat) and not i  # (a session's paper numbered in it: …会议文件（11）)
            or (MARK.match(flat) or COMPANY.match(flat)) and i + 1 < len(lines) and _numbered(lines[i + 1].text)
            # (an organ's name alone in red over a title that opens with it: …片区管理委员会 / …片区管理委员会关于…的公告)
            or MARK.match(flat) and i + 1 < len(lines) and _flat(lines[i + 1].text).startswith(f"{flat}关于")
            # (a company's name over a title of its own, opening with the place it is for: a 招标代理's letterhead over
            # the tender it puts out for a 片区's committee; not over a title that needs it, 保税仓储服务收费公示)
            or COMPANY.fullmatch(flat) and not i and i + 1 < len(lines) and names_genre(nxt_title := _flat(lines[i + 1].text))
            and opening_place(nxt_title) is not None and not nxt_title.startswith(flat) and CELL not in lines[i].text
        ):
            fields["issuing_mark"] = stacked_mark(lines[i].text) or flat
            # A joint mark whose 文件 stands beside the first organ only (a table in the Word file):
            # the organs under it, one a line, before the 文号.
            # (or each organ's row beside the 文件 of a cell merged down them, which a Word table repeats on each:
            # …厦门片区管理委员会｜文件 / 厦门市商务局｜文件)
            while (i + 2 < len(lines) and MARK.match(nxt := _flat(lines[i + 1].text.replace(CELL, "")))
                   and (not nxt.endswith("文件") or CELL in lines[i].text and CELL in lines[i + 1].text
                        # (or each organ's own red line, 文件 and all, stacked over the 文号: 中共泉州市委办公室文件 /
                        # 泉州市人民政府办公室文件 / 泉委办发〔2026〕8号)
                        # (its number beside a registration number or a 份号: ZJSP12-2026-0004　浙商务联发〔2026〕18号)
                        or flat.endswith("文件") and _numbered(lines[i + 2].text))
                   and "关于" not in nxt and (_numbered(lines[i + 2].text) or SIGNER.search(lines[i + 2].text)
                                              or MARK.match(_flat(lines[i + 2].text)))):
                fields["issuing_mark"] = f"{fields['issuing_mark'].removesuffix('文件')} {nxt.removesuffix('文件')}文件"
                i += 1
        elif not i and len(lines) > 2 and not SESSION_MARK.match(flat) and SESSION_MARK.match(
                wrapped_session := flat + _flat(lines[1].text)):
            fields["issuing_mark"] = wrapped_session  # (a session's paper, its mark over two lines: …人民代表大会 / …会议文件（17）)
            i += 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (
                number_head := _organ_over_number(lines, i)):
            # (an organ's name alone in red over its 公告's number, 云南省商务厅 / 2025年第4号, then the title …的公告)
            fields["issuing_mark"] = flat
            fields["doc_number"] = f"{number_head}{_flat(lines[i + 1].text).strip('（）()')}"
            i += 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (announcing := _announcing_mark(lines, i)):
            fields["issuing_mark"] = announcing[0]
            i += announcing[1] - 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (beside := interleaved_mark(text)):
            fields["issuing_mark"] = beside
        elif "issuing_mark" not in fields and "doc_number" not in fields and (rows := interleaved_rows(lines, i))[0]:
            fields["issuing_mark"] = rows[1]
            i += rows[0] - 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (
                (rows := scattered_word(lines, i))[0] or (rows := wrapped_word(lines, i))[0]):
            fields["issuing_mark"] = rows[1]
            i += rows[0] - 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (upright := vertical_mark(lines, i))[0]:
            fields["issuing_mark"] = upright[1]
            i += upright[0] - 1
        elif "issuing_mark" not in fields and "doc_number" not in fields and (n := organ_run(lines, i)):
            printed = [_flat(x.text) for x in lines[i : i + n]]
            organs = [m.removesuffix("文件") for m in printed]
            fields["issuing_mark"] = " ".join(filter(None, organs)) + ("文件" if organs != printed else "")
            i += n - 1
        elif (marks := top_marks(text)) and ("issuing_mark" not in fields or "doc_number" in fields
                                             or marks.keys() == {"reply_class"}):
            # (a reply's class may stand under its 文号: …〔2026〕17号　签发人：… / 办理结果：A类; so may 特急, in a text box
            # Word anchored there)
            fields.update(marks)
        elif "issuing_mark" not in fields and "doc_number" not in fields and (mark := wrapped_mark(lines, i)):
            fields["issuing_mark"] = mark
            i += 1
        else:
            break
        i += 1
    if not fields.keys() - {"copy_number"} or i >= len(lines) or len(fields.get("reply_class", "类")) == 1 and (
            not fields.keys() - {"copy_number", "reply_class"}):  # a letter alone over no 版头: no mark
        return Masthead(0, {})
    return Masthead(i, fields)
