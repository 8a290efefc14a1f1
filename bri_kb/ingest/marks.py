"""The marks a 公文's 版头 prints (GB/T 9704): 份号, 密级, 紧急程度, the 发文机关标志
(one organ's; a joint one of several organs is read by joint_marks.py),
the 文号 line and its 签发人. Pure functions over lines."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import CASE_NUMBER, FULLWIDTH_DIGITS, ORGAN_CHARS, ORGAN_END, SERVICE_CENTRE, parse_doc_number

# GB/T 9704: six Arabic digits; or an office's own copy code, in hyphenated groups (ZF-2024-00517), or a 规范性文件's
# registration number where the 份号 stands (ZJSP12-2026-0004, as Zhejiang prints it beside the 文号)
# (or typed short, its zeros kept: 00036)
_COPY_NUMBER = re.compile(r"^(?:No\.?)?(?:\d{6}|0\d{3,4})$|^[A-Z]{1,6}\d{0,3}[-－]\d{2,8}(?:[-－]\d{2,8})+$")
# (and the handling mark of papers that are not classified but kept in house: 内部资料　注意保存)
_SECRECY = re.compile(r"^(?:绝密|机密|秘密)(?:★.{0,8})?$|^内部(?:资料|文件|参阅|材料)?(?:注意保存|请勿外传)?$|^注意保存$")
_URGENCY = re.compile(r"^(?:特急|加急|紧急|特提|平急|急件|特急件)$")  # (or as offices type it: 急件, 紧急)
# A reply to a deputy's proposal is marked with how far it meets it (A类: solved or adopted …), or the
# letter alone (A) at the top right: a letter alone is a mark only above the rest of a 版头 (masthead.masthead).
_REPLY_LABEL = r"^(?:答复类别|办理结果|办理类别)\s*[:：]\s*"  # (or labelled: 答复类别：A类, 办理结果：A类)
_REPLY_CLASS = re.compile(rf"(?:{_REPLY_LABEL})?[A-CＡ-Ｃ](?:\s*类)?$")
_MARKS = (("secrecy", _SECRECY), ("urgency", _URGENCY), ("copy_number", _COPY_NUMBER), ("reply_class", _REPLY_CLASS))
# (or, on a reply to a 提案 or 建议, the leader who signs it off under its own label: 领导署名：韦志刚)
SIGNER = re.compile(r"(?:签\s*发\s*人|领\s*导\s*署\s*名)\s*[:：]\s*(.+)$")
# A company's letterhead over its 文号 (a 中欧班列 platform's, a state-owned group's), or a university's (上海对外经贸大学 /
# 上经贸大研〔2026〕12号): its name as its mark.
COMPANY = re.compile(rf"^[{ORGAN_CHARS}]{{4,40}}?(?:有限责任公司|股份有限公司|有限公司|集团|大学|学院)(?:文件)?$")
MARK = re.compile(rf"^[{ORGAN_CHARS}()、]{{2,40}}?(?:{ORGAN_END}|{SERVICE_CENTRE})(?:文件)?$")  # (or a centre: …调解中心)
# The series a 新闻办 prints its press conferences' transcripts in, under its name (新闻发布会文字实录)
TRANSCRIPT_SERIES = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:新闻发布会?|发布会|吹风会)(?:文字)?实录")
# A congress's or a CPPCC's session printing its papers (连云港市第十五届人民代表大会第五次会议文件): the mark over a
# report it hears, no organ's.
# (or named short, with the paper's number in the session: 省十四届人大常委会第十九次会议文件（11）)
SESSION_MARK = re.compile(r"^[\u4e00-\u9fff（）]{2,40}?(?:人民代表大会|人大常委会|政治协商会议[\u4e00-\u9fff]{0,16}委员会)"
                          r"[\u4e00-\u9fff]{0,20}会议文件(?:[（(]\d{1,3}[)）])?$")


_COPY_PART = re.compile(r"^第[一二三四]联(?:[（(][^（）()]{1,12}[)）])?(?=编号|文号)")
_NUMBER_LABEL = re.compile(r"^(?:编号|文号|发文字号|协议编号)[:：]")


def doc_number_line(text: str) -> str | None:
    """The 文号, when a line holds nothing else (brackets around it allowed; and the 签发人 beside it, as an upward
    document's 版头 sets it: 衢政〔2026〕4号　　签发人：陈　晖)."""
    # (or in a field of its own, as a 告知书 or an agreement types it over its title: 编号：厦自贸委依申补〔2026〕3号)
    # (or after the part of a form in several parts it is on: 第一联（申请人留存）⇥编号：…)
    flat = _NUMBER_LABEL.sub("", _COPY_PART.sub("", _flat(SIGNER.sub("", text)).translate(FULLWIDTH_DIGITS)))
    if CASE_NUMBER.fullmatch(flat) and (case := parse_doc_number(flat)):
        return case.text  # (a court's 案号, its year in brackets first: （2025）沪0115民初58217号)
    flat = flat.strip("（）()")
    dn = parse_doc_number(flat)
    # (not an organ's name before it, as a compilation notes who issued what: （国务院办公厅　国办发〔2025〕37号）)
    organ = dn is not None and re.search(r"(?:办公厅|办公室|人民政府)[\u4e00-\u9fff]", dn.issuer_code)
    return dn.text if dn and len(flat) <= len(dn.text) + 1 and not organ else None


def copy_and_number(text: str) -> tuple[str, str] | None:
    """A letter's 份号 and 文号 on one line, the one at the left margin and the other at the right (000012⇥渝府办函〔2025〕
    58号, as GB/T 9704 sets a 信函格式): both; None if the line is anything else."""
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and _COPY_NUMBER.match(parts[0]) and (number := doc_number_line(parts[1])):
        return parts[0], number
    return None


def top_marks(text: str) -> dict[str, str] | None:
    """份号, 密级 and 紧急程度, alone or several on one line; None if the line is anything else."""
    out: dict[str, str] = {}
    flat = _flat(text)
    for key, pattern in _MARKS:
        if pattern.match(flat) and (key != "secrecy" or not _URGENCY.search(flat[-2:])):
            return {key: re.sub(_REPLY_LABEL, "", flat)}
    for token in text.split():
        for key, pattern in _MARKS:
            if pattern.match(token):
                out[key] = token
                break
        else:
            return None
    return out or None


def wrapped_mark(lines: Sequence[Line], i: int) -> str:
    """One organ's 发文机关标志 wrapped onto a second line (…大连片区 / 管理委员会文件, or a letter's with no
    文件 over its 文号: 中国（黑龙江）自由贸易试验区 / 哈尔滨片区管理委员会), joined; "" if not."""
    if i + 1 >= len(lines) or len(_flat(lines[i].text)) < 6 or MARK.match(_flat(lines[i].text)):
        return ""
    two = _flat(lines[i].text + lines[i + 1].text)
    # (the 文号 alone, or with the 签发人 on its line, as a 请示 sets them: 洛自贸管文〔2024〕23号　签发人：周立衡)
    below = lines[i + 2].text if i + 2 < len(lines) else ""
    numbered = doc_number_line((m := SIGNER.search(below)) and below[: m.start()] or below) is not None
    # (or over a title that opens with the organ's name so joined: …试验区 / 二连浩特片区管理委员会 / 中国（…）…关于…的公告)
    # (the title's first line may stop inside the organ's name: …试验区钦州港片区 / 管理委员会关于《…》…)
    title = _flat(below + (lines[i + 3].text if i + 3 < len(lines) else ""))
    titled = title.startswith(two) and "关于" in title[len(two):len(two) + 4]
    return two if (two.endswith("文件") or numbered or titled) and MARK.match(two) and "关于" not in two else ""


EDITED_BY = re.compile(r"(?:编印|主编|编)$")  # a cover's organ that drew the booklet up: …办公室　编


def organ_lines(lines: Sequence[Line], most: int = 4) -> int:
    """How many lines at the top (up to `most`) each hold one organ's name
    alone (no 文件 after it): the organs of a joint 公告 or of a cover."""
    k = 0
    while (k < min(most, len(lines)) and MARK.match(flat := EDITED_BY.sub("", _flat(lines[k].text)))
           and not flat.endswith("文件")):
        k += 1
    return k


# A number in a field of its own under a title: a 规范性文件's registration number (【文件编号】QDCR-2024-0190003),
# or its 文号 in a field (【文号】…); the first three hold no 文号.
NUMBER_FIELD = re.compile(r"【(文件编号|统一编号|登记编号|文号|发文字号)】\S{4,40}")
REGISTRATION_FIELDS = ("文件编号", "统一编号", "登记编号")
# The same registration number typed as a field in the corner above the 版头 (登记号：SCCR-2024-0120005), or alone,
# its province's letters (three or more: ZF-2024-00517 is a 份号), the year and a serial, dashes as typed (SDPR—2024—0010005).
# (or a 规 number, 登记编号：成商务规〔2026〕2号)
REGISTRATION_LINE = re.compile(r"(?:规范性文件)?(?:登记号|登记编号|统一编号|文件编号)\s*[:：]\s*"
                               r"(?:[A-Za-z0-9][A-Za-z0-9\-－—–]{5,39}|[\u4e00-\u9fff]{1,8}[〔\[［]\d{4}[〕\]］]\d{1,4}号)"
                               r"|[A-Z]{3,6}\d{0,2}\s*[-－—–]\s*(?:19|20)\d{2}\s*[-－—–]\s*\d{3,8}")


def signatories(text: str) -> str:
    """The 签发人 as names: a two-character name is set with a space inside it
    (王　勇), two names one after another (韩　杰 孟　刚); several names are
    joined with 、 (韩杰、孟刚); a three-character name beside a spaced one (张国栋　李　谦) keeps both whole."""
    parts, names = text.split(), []
    while parts:
        if len(parts) > 1 and len(parts[0]) == len(parts[1]) == 1:
            names.append(parts.pop(0) + parts.pop(0))
        else:
            names.append(parts.pop(0))
    return "、".join(names)


_DECREE_BESIDE = re.compile(r"(.+?)[ \u3000]+令")  # (a joint 令's 令 centred beside its organs' cells)
_DECREE_NO = re.compile(r"第\s*[\d一二三四五六七八九十百零〇]+\s*号")


def decree_beside(lines: list[str]) -> list[str]:
    """A joint 令's head as a PDF prints a table of organs beside one 令 cell (中华人民共和国国家发展和改革委员会 令 /
    中华人民共和国商务部 / 第67号): the organs one a line, then 令, as the head's Word file reads
    (nothing else changes)."""
    for at, line in enumerate(lines[:4]):
        if not (m := _DECREE_BESIDE.fullmatch(line.strip())) or not MARK.fullmatch(first := _flat(m.group(1))):
            continue
        n = at + 1
        while n < len(lines) and n - at <= 3 and MARK.fullmatch(_flat(lines[n])) and not _flat(lines[n]).endswith("文件"):
            n += 1
        if n > at + 1 and n < len(lines) and _DECREE_NO.fullmatch(_flat(lines[n])):
            return [*lines[:at], first, *(_flat(x) for x in lines[at + 1:n]), "令", *lines[n:]]
        break
    return lines


_ANNOUNCING_ROW = re.compile(rf"([{ORGAN_CHARS} ]{{2,40}}){CELL}((?:联合)?公告|通告)")


def unstacked_rows(lines: Sequence[Line]) -> list[Line] | None:
    """A joint 公告's mark laid out as a table, the organs a row each beside 联合公告 (or 公告, 通告) set large in a cell
    merged down them, which Word repeats on every row (海　关　总　署｜联合公告 / 国家税务总局｜联合公告): the organs a line
    each and the word under them, as the mark prints; None if the lines do not open so."""
    rows = [_ANNOUNCING_ROW.fullmatch(x.text.strip()) for x in lines[:4]]
    k = next((n for n, m in enumerate(rows) if m is None), len(rows))
    if k < 2 or len({m.group(2) for m in rows[:k] if m}) != 1 or not all(
            m and MARK.match(_flat(m.group(1))) for m in rows[:k]):
        return None
    word = rows[0].group(2) if rows[0] else ""
    organs = [dataclasses.replace(x, text=_flat(m.group(1))) for x, m in zip(lines, rows[:k], strict=False) if m]
    return [*organs, dataclasses.replace(lines[k - 1], text=word), *lines[k:]]


# A company's letterhead over a letter it sends an organ (a 咨询函, an 申请): its name (with its logo's letters or its
# name in English beside or under it), then its address and numbers: the sender, no line of the title.
_FIRM = re.compile(r"[\u4e00-\u9fff（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司)")
_FIRM_CONTACT = re.compile(r"(?:地\s*址|电\s*话|传\s*真|邮\s*编|邮\s*箱|网\s*址|电子邮箱)\s*[:：]")
_BRAND = re.compile(r"[A-Za-z0-9 .,&()\-]+|[\u4e00-\u9fff]{2,6}")  # (its logo's letters, its name in English, its brand)


def company_letterhead(lines: Sequence[Line]) -> tuple[int, str] | None:
    """How many lines at the top are a company's letterhead, and the company's name: a line naming it, perhaps its
    brand or English name, then its address and numbers (地址：…　邮编：… / 电话：…); None if the lines open with none."""
    name, k, contacts = "", 0, 0
    while k < min(len(lines), 6):
        text = lines[k].text.replace(CELL, " ").strip()
        if not name and (firm := next((w for w in text.split() if _FIRM.fullmatch(w)), None)):
            name = firm
        elif name and _FIRM_CONTACT.match(text):
            contacts += 1
        elif not _BRAND.fullmatch(text):
            break
        k += 1
    return (k, name) if name and contacts and k < len(lines) else None


# A meeting's papers numbered over their titles (会议材料之二, 材料3, 参阅件一): no part of the title
_MATERIAL = re.compile(r"(?:会议)?(?:材料|参阅件|交流材料)之?[一二三四五六七八九十\d]{1,3}|会议材料")


def papers_mark(text: str) -> bool:
    """A meeting paper's marks over its title, alone or beside its handling marks, a table's cells or spaced
    (材料之三; 内部资料　注意保存｜会议材料　材料之一): at least one of them the paper's number or 会议材料."""
    if _MATERIAL.fullmatch(_flat(text)):
        return True  # (材料 3, spaced)
    tokens = text.replace(CELL, " ").split()
    return (any(_MATERIAL.fullmatch(t) for t in tokens)
            and all(_MATERIAL.fullmatch(t) or top_marks(t) for t in tokens))
