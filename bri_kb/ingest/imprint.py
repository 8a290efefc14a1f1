"""The 版记 at the end of a 公文 (GB/T 9704): 抄送, 印发机关和印发日期, and what
a 简报 prints there (责任编辑, 共印N份). Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.closing import ATTENDANCE
from bri_kb.ingest.conventions import CELL, PUBLICITY
from bri_kb.ingest.metadata import hanzi_date_to_digits, iso_date
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.signature import DATE
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped

# 报/送/发: a 简报's; 主送 under the body, where a 纪要 prints it beside its 分送
# (报送: whom a 简报 goes up to, its 主送)
_CC = re.compile(r"^(?:抄\s*送|抄\s*报|分\s*送|主\s*送|报\s*送|主\s*题\s*词|[报送发])\s*[:：]")
_PRINTED = re.compile(
    r"^(.*?)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发?$"  # (a speech's: …秘书一处　2024年3月8日印)
)
_EDITOR = re.compile(r"^(?:责任编辑|编辑|审核|校对|联系人|联系电话)[:：]")
RULE = re.compile(r"^[─━—_＿=═\-－·.…]{3,}$")  # a rule typed as characters: under the 版头, around the 版记
_COPIES = re.compile(r"^[（(]?共印\s*\d+\s*份[)）]?$")
_OFFICE = re.compile(r"[\u4e00-\u9fff（）]{2,30}(?:办公室|办公厅|秘书处|综合处)")
_ATTACHMENT_HEAD = re.compile(r"^附\s*件\s*\d{0,2}$")


def _printed_tail(flat: str) -> bool:
    """Is a line the end of a 印发 line a PDF wrapped: a few characters ("印发", "日印" / "发"), or the date's
    end with them ("…办公室 2024年9月" / "11日印发", "…2023年12" / "月13日印发")?"""
    return len(flat) <= 4 or re.fullmatch(r"\d{0,2}(?:月\d{1,2})?日印发", flat) is not None


def imprint_start(body: Sequence[Line]) -> int:
    """Where the 版记 (抄送, 印发机关和印发日期) starts at the end of the body;
    len(body) if there is none."""
    start = k = len(body)
    anchored = False  # a 抄送 or 印发 line has been seen: the rules around them are the 版记's
    while k > 0 and len(body) - k < 16:
        flat = hanzi_date_to_digits(_flat(body[k - 1].text.replace(CELL, " ")))
        if k > 1 and _printed_tail(flat) and _PRINTED.match(hanzi_date_to_digits(_flat(body[k - 2].text)) + flat):
            k -= 2  # the 印发 line a PDF wrapped ("…2023年6月2日" / "印发")
            start, anchored = k, True
            continue
        if _PRINTED.match(flat) or _COPIES.match(flat) or _CC.match(flat) or RULE.match(flat):
            anchored = anchored or not RULE.match(flat)
            k -= 1
            start = k if anchored else start
            continue
        # a line that wraps a 抄送 list started just above it (a 纪要's 分送 list may run over five lines and more)
        anchor = next((j for j in range(k - 2, max(k - 9, -1), -1) if _CC.match(_flat(body[j].text)) and (
            k - j <= 4 or not any(_flat(x.text).endswith("。") for x in body[j : k - 1]))), None)
        if anchor is not None and all(marker_of(x.text) is None and CELL not in x.text for x in body[anchor + 1 : k]):
            k = start = anchor
            anchored = True
            continue
        break
    # the rule drawn above the 版记
    while start > 0 and start < len(body) and RULE.match(_flat(body[start - 1].text)):
        start -= 1
    return start


def imprint_before_attachments(body: Sequence[Line]) -> tuple[int, int] | None:
    """A 版记 printed after the 落款 and before the attachments, as some offices print it (not at the very end):
    where its lines start and end in the body, or None."""
    for k, line in enumerate(body[:-1]):
        if _PRINTED.match(hanzi_date_to_digits(_flat(line.text))) and (
                _ATTACHMENT_HEAD.match(_flat(body[k + 1].text))
                # (or before the endnotes Word prints after everything: i 特色产业带是指… / ii …, each note marked so)
                or _ENDNOTE.match(_flat(body[k + 1].text))
                and not any(_flat(x.text).startswith(_NOTE_MARKS) for x in body[k + 1:])):
            return imprint_start(body[: k + 1]), k + 1
    return None


# An endnote as Word numbers them (i ii iii …, or 1 2 3 in a note's own line), then its text
_ENDNOTE = re.compile(r"(?:[ivx]{1,4}|[ⅰ-ⅹ]|\d{1,2}|[①-⑳])\s*[\u4e00-\u9fff“《（]")
_NOTE_MARKS = ("抄送", "印发", "附件")  # (what no endnote opens with: a 版记's field, an 附件)


def imprint_fields(lines: Sequence[Line]) -> dict[str, str]:
    """抄送 (as printed, wraps joined), 印发机关, 印发日期 and a 主送 printed there
(as addressees) from the 版记 lines."""
    out: dict[str, str] = {}
    cc: list[str] = []
    current: list[str] | None = None
    main: list[str] = []  # 主送 in the 版记 (a 纪要's), wraps joined
    flats = [hanzi_date_to_digits(_flat(line.text.replace(CELL, " "))) for line in lines]
    for n in range(len(flats) - 1, 0, -1):
        if _printed_tail(flats[n]) and not _PRINTED.match(flats[n - 1]) and _PRINTED.match(flats[n - 1] + flats[n]):
            flats[n - 1 : n + 1] = [flats[n - 1] + flats[n]]  # the 印发 line a PDF wrapped ("…日印" / "发")
    for flat in flats:
        if RULE.match(flat):
            continue
        if m := _PRINTED.match(flat):
            if m.group(1):
                out["printed_by"] = m.group(1)
            elif current and current is not main and len(current) > 1 and _OFFICE.fullmatch(current[-1]):
                # (a PDF that wraps the 印发 line puts its office on a line of its own, under the 抄送 list)
                out["printed_by"] = current.pop()
                cc[-1] = join_wrapped(current)
            if date := iso_date(m.group(2)):
                out["printed_date"] = date
            current = None
        elif PUBLICITY.match(flat):  # (the 附注's 此件主动公开 printed in the 版记: no one the copy goes to)
            out["publicity"] = flat
            current = None
        elif _EDITOR.match(flat):
            out["editor"] = flat  # 责任编辑：… 联系电话：… (共印120份): no more of the 抄送 list
            current = None
        elif flat.startswith(("主送", "报送")) and "addressees" not in out:
            current = main = [re.split(r"[:：]", flat, maxsplit=1)[1]]
            out["addressees"] = join_wrapped(main).rstrip("。")
            cc.append("")  # its wraps go to `main`, not to the 抄送 before it
        elif _CC.match(flat):
            current = [] if flat.startswith(("抄送", "抄报", "分送", "报", "送", "发")) else None
            if current is not None:
                cc.append("")
                label, rest = re.split(r"[:：]", flat, maxsplit=1)
                current.append(f"{label}：{rest}" if len(label) == 1 else rest)  # 报：, 送：, 发： say to whom how
                cc[-1] = join_wrapped(current)
        elif current is not None and not _COPIES.match(flat):
            current.append(flat)
            if current is main:
                out["addressees"] = join_wrapped(main).rstrip("。")
            else:
                cc[-1] = join_wrapped(current)
    if any(cc):  # (a 抄送 line left empty, its placeholder never filled in, names no one)
        out["cc"] = "；".join(c for c in cc if c)
    return out


# Who took a 纪要's minutes (记录：…), after its lists of who attended, was absent or asked leave (closing.ATTENDANCE)
_TAKEN_BY = re.compile(r"记\s*录(?:会议)?(?:人员|单位)?\s*[:：]")


def _labels_list(text: str) -> bool:
    """Does a line open one of a 纪要's lists (GB/T 9704 10.3: 出席：…, 列席：…, 请假：…, 记录：…)?"""
    return bool(ATTENDANCE.match(text) or _TAKEN_BY.match(text))


def attendance(body: Sequence[Line]) -> list[list[int]]:
    """A 纪要's 出席, 列席, 请假 and 记录 lists, each the indexes into `body` of its label's line and the lines under it
    (the lines its list wraps to, a name a line, a table of units and persons set under it): who was there, as its 主送
    says whom it goes to, no clause of what was agreed."""
    out: list[list[int]] = []
    k = 0
    while k < len(body):
        label = _flat(body[k].text)
        k += 1
        if not _labels_list(label):
            continue
        out.append([k - 1])
        if _TAKEN_BY.match(label):
            continue  # (who took the minutes: a name, on its line)
        while k < len(body) and not _labels_list(_flat(body[k].text)) and _listed(body[k], body[k - 1]):
            out[-1].append(k)
            k += 1
    return out


def list_text(lines: Sequence[Line]) -> str:
    """One attendance list's text: the lines a PDF wrapped joined again, a name a line in Word and a table's rows
    kept apart by a space."""
    parts: list[str] = []
    for n, line in enumerate(lines):
        text = line.text.replace(CELL, " ")
        if n and line.page is not None and CELL not in line.text and CELL not in lines[n - 1].text:
            parts[-1] = join_wrapped([parts[-1], text])
        else:
            parts.append(text)
    return " ".join(_flat(part) for part in parts)


def _listed(line: Line, above: Line) -> bool:
    """Does a line go on with the list above it: a row of a table of attendees, or a short line that neither follows a
    finished sentence nor is one (a name and title a line, a list a PDF wrapped)?"""
    text = _flat(line.text.replace(CELL, " "))
    if CELL in line.text:
        return marker_of(text) is None
    return (not _flat(above.text).endswith("。") and len(text) <= 80 and "。" not in text[:-1]
            and marker_of(text) is None and not re.fullmatch(DATE, text) and not _ATTACHMENT_HEAD.match(text)
            and not _REPORTS.search(text))


# What a 纪要's first sentence says, not a list of names (3月12日下午，…主持召开…会议): where a list set before the
# text ends in a PDF, whose lines are all short
_REPORTS = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[上下]午|召开|主持|会议|研究|听取")
