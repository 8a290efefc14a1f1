"""The 署名 and 成文日期 that close a 公文's text, as paragraphs and segments
read them: organs' names one a paragraph over a date, a 令's head, a 解读's
organ. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import (
    ATTACHMENT_PAGE,
    CELL,
    HEAD_SIGNS,
    PARTY_SEALS,
    SEAL_NOTE,
    SIGN_FIELD,
    SIGNED_DATE,
    SIGNERS_LABEL,
    ZONE_NAME,
)
from bri_kb.ingest.issuers import FIRM, organs_alone
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.segment import Segment
from bri_kb.vocabulary import ENDS_AS_ORGAN, ORGAN_CHARS, ORGAN_END, SERVICE_CENTRE, Kind

ORGAN_NAME = rf"[{ORGAN_CHARS}]{{2,24}}?(?:{ORGAN_END}|联盟|{SERVICE_CENTRE})"  # (an organ, a 联盟 of them, a 服务中心)
# Organs one after another, each the longest name it can be and taken whole (an atomic group): names run together,
# 陈卫省人民政府副省长省人民政府副秘书长…, could otherwise be parted in ways that grow exponentially with the line before
# the match fails.
ORGAN_RUN = rf"(?>[{ORGAN_CHARS}]{{2,24}}(?:{ORGAN_END}|联盟|{SERVICE_CENTRE})[\s、]*)+"
# A 片区's committee signs under its zone's name on a line of its own (中国（四川）自由贸易试验区 /
# 成都青白江铁路港片区管理委员会): that line is part of the signature. (Each the longest it can be, as in ORGAN_RUN.)
_SIGNER = rf"(?:[{ORGAN_CHARS}]{{2,24}}(?:{ORGAN_END}|联盟|{SERVICE_CENTRE})|[\u4e00-\u9fff（）]{{2,20}}自由贸易(?:试验区|港))"
DATE = SIGNED_DATE
# An agreement's signature block, as Word lays it out with tabs or a PDF reads its two columns: the parties'
# roles with fields to sign or seal, and no sentence.
PARTY_SIGNS = (rf"(?:[甲乙丙丁]方|[一二三四]方|双方|[\u4e00-\u9fff（）]{{2,30}}?{SIGN_FIELD}|[\u4e00-\u9fff]{{0,8}}代表\s*{SIGN_FIELD})"
               rf"[^。；]{{0,300}}?(?:{SIGN_FIELD}|签字\s*[:：])[^。；]{{0,400}}"
               rf"|(?:[\u4e00-\u9fff（）]{{2,30}}?{SIGN_FIELD}\s*)+|(?:[\u4e00-\u9fff]{{0,8}}代表\s*{SIGN_FIELD}\s*[:：]?\s*)+")
_SIGNERS = rf"(?>{_SIGNER}[\s、]*)+"
SIGNATURE = re.compile(
    rf"{_SIGNERS}|(?:{DATE}\s*){{1,3}}|{_SIGNERS}\n?{DATE}"
    # a 令 is signed by its head: 总理 李克强, 省长 赵　龙 (a two-character name set spaced out; the title too: 市　长)
    # (a joint 令 by its heads side by side: 主　任　林国栋　　部　长　周承远)
    rf"|(?:{HEAD_SIGNS}\s*)+"
    # a 政策解读 is signed by who explains it: 解读机关：江苏省商务厅 / 解读人：…处 陈某某
    r"|解读(?:机关|单位|部门|人)\s*[:：][^。；]{1,40}"
    # an agreement's parties sign under their roles: 甲方（盖章）：… 代表（签字）：… 日期：…
    rf"|{PARTY_SIGNS}"
)


ORGANS = re.compile(_SIGNERS)
_DATES = re.compile(rf"(?:{DATE}\s*){{1,3}}")  # (a joint signature's dates side by side, one under each organ)


def signs(segments: Sequence[Segment], n: int) -> bool:
    """Is a paragraph that reads as an organ's name a signature? Only above a
    date, or above another organ of a joint signature that ends in one, or at
    the very end (a news title "…召开…评估会" reads as an organ's name too)."""
    k = past_organs(segments, n)
    return k == n or k == len(segments) or bool(_DATES.fullmatch(segments[k].text))


def past_organs(parts: Sequence[Segment] | Sequence[Paragraph], k: int) -> int:
    """The index past the run of organs' names (a signature, one organ a paragraph) starting at k."""
    start = k
    # (with the note where its seal goes under a name: 厦门市人民政府 / （行政复议专用章） / 2026年3月18日)
    while k < len(parts) and (ORGANS.fullmatch(parts[k].text) or k > start and SEAL_NOTE.fullmatch(parts[k].text.strip())):
        k += 1
    return k


_ORGAN_CELL = re.compile(rf"(?:{_SIGNER})")  # an organ's name alone in a cell
_PARTIES = re.compile(r"[甲乙丙丁]方|[一二三四]方")
_SIGN_CELL = re.compile(rf"{SIGN_FIELD}|(?:签字|签订日期|签署日期|签约日期|签署地点|签订地点)\s*[:：]")


def organ_tables(segments: Sequence[Segment]) -> list[Segment]:
    """Organs signing together over their date, two a row in a borderless table (商务部｜外交部 / 国家发展改革委｜财政部,
    then 2024年8月26日): the signature, the organs side by side, not a table's rows."""
    out = list(segments)
    end = len(out)
    while end > 1:  # (from the last; a run made one segment shortens the list before `end`, so it is counted down)
        end -= 1
        if not (out[end].kind == Kind.SIGNATURE and _DATES.fullmatch(out[end].text)
                # (or the date in the table's last row, under the organs: 国家金融监督管理总局 河南监管局｜河南省商务厅 /
                # 2025年8月8日)
                # (or read as a band across the table, the date alone in its first cell: 2026年1月12日｜)
                or out[end].kind in (Kind.TABLE_ROW, Kind.HEADING) and _DATES.fullmatch(_cells_text(out[end]))
                and end > 0 and out[end - 1].kind in (Kind.TABLE_HEADER, Kind.TABLE_ROW)):
            continue
        if out[end].kind != Kind.SIGNATURE:
            out[end] = Segment("落款", Kind.SIGNATURE, (), _cells_text(out[end]), out[end].lines)
        start = end
        while start and out[start - 1].kind in (Kind.TABLE_HEADER, Kind.TABLE_ROW):
            start -= 1
            if out[start].kind == Kind.TABLE_HEADER:
                break
        # (a long name wrapped in its cell: 国家金融监督管理总局 / 河南监管局)
        cells = [organ_cell(c) for x in out[start:end] for c in _cells(x)]
        # (its first row read as the header, or rows with no header: a 会签 table of names alone, 2 × 2)
        names = [o for c in cells for o in c.split()]
        # (a state-owned firm may sign among them: …商务厅｜中国出口信用保险公司四川分公司)
        if start < end and cells and all(_ORGAN_CELL.fullmatch(o) or FIRM.fullmatch(o) for o in names) and (
                2 * sum(bool(_ORGAN_CELL.fullmatch(o)) for o in names) > len(names)):
            out[start:end] = [Segment("落款", Kind.SIGNATURE, (), " ".join(cells), tuple(ln for x in out[start:end] for ln in x.lines))]
            end = start + 1
    return out


def organ_cell(cell: str) -> str:
    """A signature cell's organs: several a space apart as printed (合肥市商务局 合肥市财政局), or one long name its cell
    wrapped, joined (国家金融监督管理总局 / 河南监管局 -> 国家金融监督管理总局河南监管局)."""
    parts = cell.split()
    return " ".join(parts) if all(_ORGAN_NAME.fullmatch(p) for p in parts) else "".join(parts)


_ORGAN_NAME = re.compile(rf"[\u4e00-\u9fff（）()]{{2,30}}?{ORGAN_END}")  # (not a zone's name, the first line of its committee's)


def _cells(row: Segment) -> list[str]:
    """A table row's (or header's) cells that hold text: its fields' values, else its text's cells."""
    return [c.strip() for c in (row.fields.values() if row.kind == Kind.TABLE_ROW and row.fields else row.text.split(CELL))
            if c.strip()]


def _cells_text(row: Segment) -> str:
    """A table row's cells' text, the cells a space apart (a row of one cell: its text)."""
    return " ".join(_cells(row))


def signature_tables(segments: Sequence[Segment]) -> list[Segment]:
    """An agreement's parties sign in a table at the end (甲方（盖章）｜乙方（盖章）, 代表（签字）：, 签订日期：…):
    that table is its signature, one segment, not rows to answer with; so are organs side by side (organ_tables)."""
    segments = organ_tables(segments)
    end = len(segments)
    while end and segments[end - 1].kind == Kind.SIGNATURE:
        end -= 1
    start = end
    while start and segments[start - 1].kind in (Kind.TABLE_HEADER, Kind.TABLE_ROW):
        start -= 1
        if segments[start].kind == Kind.TABLE_HEADER:
            break
    table = segments[start:end]
    # (the parties are named in its header: an application form's 法定代表人（签字） rows are no signature)
    if table and _PARTIES.search(table[0].text) and sum(bool(_SIGN_CELL.search(s.text)) for s in table) >= 2:
        signed = Segment("落款", Kind.SIGNATURE, (), "\n".join(s.text for s in table), tuple(ln for s in table for ln in s.lines))
        segments = [*segments[:start], signed, *segments[end:]]
    return signing_tables(segments)


# A signature table's cell, and nothing else: a party's role or name to seal or sign (甲方（盖章）：…, 贵州省商务厅（盖章）,
# 法定代表人或授权代表（签字）：), the day or the place signed (日期：2024年11月8日, 签署地点：广西南宁)
_SIGNING_CELL = re.compile(rf"[\u4e00-\u9fff（）()]{{0,40}}?{SIGN_FIELD}\s*[:：]?\s*[^。；:：]{{0,60}}"
                           rf"|(?:签[字署订约]|盖章)?日期\s*[:：]\s*(?:{DATE})?|{DATE}"
                           r"|(?:签署|签约|签订|签字)地点\s*[:：]\s*[\u4e00-\u9fff·]{0,20}"
                           # (or a party's role and name, and its signer's post: 甲方：…管理委员会, 职务：主任)
                           rf"|[甲乙丙丁]方\s*[:：]\s*(?:{ORGAN_NAME})|职务\s*[:：]\s*[\u4e00-\u9fff]{{0,12}}"
                           # (or a party's name alone in its column, under its role: …管理委员会｜…科技有限公司)
                           rf"|{ORGAN_NAME}|[\u4e00-\u9fff（）()“”]{{4,40}}?(?:有限责任公司|股份有限公司|有限公司|合伙企业)")
# (a bilingual table's English beside each label: 甲方（盖章）： Party A (Seal):)
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z ()（）.,:：/&'-]*")
PLACE_SIGNED = re.compile(r"(?:签署|签约|签订|签字)地点\s*[:：]\s*[\u4e00-\u9fff]{2,20}")


def signing_tables(segments: Sequence[Segment]) -> list[Segment]:
    """A table anywhere in the text whose every cell is a party's field to seal or sign, a party's name, a date or the
    place signed (an agreement's parties side by side before its attachment): the signature, one segment, with the place-signed
    lines beside it (签署地点：广西南宁); other segments as they are."""
    out = list(segments)
    k = 0
    while k < len(out):
        if out[k].kind not in (Kind.TABLE_HEADER, Kind.TABLE_ROW):
            k += 1
            continue
        end = k + 1
        while end < len(out) and out[end].kind == Kind.TABLE_ROW:
            end += 1
        if k and out[k - 1].kind in (Kind.TABLE_HEADER, Kind.TABLE_ROW):  # (only a whole table: not a form's last rows)
            k = end
            continue
        cells = [c for s in out[k:end] for c in _cells(s)]
        if cells and any(re.search(SIGN_FIELD, c) for c in cells) and all(
                # (a zone's committee named over two lines of its cell: 中国（广西）自由贸易试验区 钦州港片区管理委员会;
                # or the day and the place signed in one cell, 签订日期：… 签订地点：…; a label's English beside it)
                _SIGNING_CELL.fullmatch(part) or _SIGNING_CELL.fullmatch("".join(part.split()))
                or all(_SIGNING_CELL.fullmatch(x) for x in part.split())
                for c in cells for line in c.split("\n") if (part := _ENGLISH.sub("", line).strip())):
            while k and out[k - 1].kind == Kind.PARAGRAPH and PLACE_SIGNED.fullmatch(out[k - 1].text.strip()):
                k -= 1
            while end < len(out) and out[end].kind == Kind.PARAGRAPH and PLACE_SIGNED.fullmatch(out[end].text.strip()):
                end += 1
            whole = out[k].path if out[k].path and ATTACHMENT_PAGE.match(out[k].path[0]) else ()
            out[k:end] = [Segment("落款", Kind.SIGNATURE, whole, "\n".join(" ".join(_cells(s)) if s.kind != Kind.PARAGRAPH
                                                                           else s.text for s in out[k:end]),
                                  tuple(ln for s in out[k:end] for ln in s.lines))]
        k += 1
    return party_blocks(out)


def party_blocks(segments: Sequence[Segment]) -> list[Segment]:
    """An agreement's signature block a PDF reads column after column, a field a line (甲方（盖章）： / the party's name /
    法定代表人或授权代表 / （签字）： / 日期：… / 签约地点：… / 乙方（盖章）：…): one signature, up to the first segment
    that is no such short line (an attachment's heading, a sentence); other segments as they are. (An agreement
    signs once: the first such block only.)"""
    out = list(segments)
    for k, s in enumerate(out):
        if s.kind not in (Kind.SIGNATURE, Kind.PARAGRAPH) or not PARTY_SEALS.match(s.text):
            continue
        if named := _names_under_seals(s.text, out[k + 1 :]):
            n, text = named
            taken = out[k : k + 1 + n]
            out[k : k + 1 + n] = [Segment(s.label, Kind.SIGNATURE, s.path, f"{s.text}\n{text}",
                                          tuple(ln for x in taken for ln in x.lines))]
            s = out[k]
        end = k + 1
        while end < len(out) and out[end].kind in (Kind.SIGNATURE, Kind.PARAGRAPH) and len(out[end].text) <= 40 and (
                not re.search(r"[。；！？]", out[end].text)) and not ATTACHMENT_PAGE.match(out[end].text):
            end += 1
        if end > k + 1 or s.kind == Kind.PARAGRAPH:
            out[k:end] = [Segment("落款", Kind.SIGNATURE, s.path if s.path and ATTACHMENT_PAGE.match(s.path[0]) else (),
                                  "\n".join(x.text for x in out[k:end]), tuple(ln for x in out[k:end] for ln in x.lines))]
        break
    return signature_labels(out)


_NAME_ROW = re.compile(r"[\u4e00-\u9fff（）()]+(?:\s+[\u4e00-\u9fff（）()]+)*")
_FIELD_ROW = re.compile(rf"(?:(?:[\u4e00-\u9fff]{{0,12}}(?:{SIGN_FIELD})?\s*[:：]?|{DATE})\s*)+")


def _names_under_seals(seals: str, after: Sequence[Segment]) -> tuple[int, str] | None:
    """The parties' names under their roles side by side (甲方（盖章）　乙方（盖章）), which a PDF reads a row at a time
    over the fields they sign and their dates, each long name wrapped in its column (中国（陕西）自由贸易试验区　中国（重庆）…
    / 西安国际港务区片区管理委员　西永片区管理委员会 / 会): how many paragraphs they take and the rows, each name joined down
    its column (a row short of names goes on with the names not yet ended); None if they are not so."""
    parties = len(seals.split())
    rows: list[str] = []
    n = 0
    while n < len(after) and after[n].kind == Kind.PARAGRAPH and not re.search(r"[。；]", after[n].text):
        rows += [ln.text.strip() for ln in after[n].lines]
        n += 1
    k = 0
    while k < len(rows) and _NAME_ROW.fullmatch(rows[k]) and not re.search(SIGN_FIELD, rows[k]):
        k += 1
    names = _down_columns(rows[:k], parties)
    if names is None or not all(_FIELD_ROW.fullmatch(x) for x in rows[k:]):
        return None
    return n, "\n".join([" ".join(names), *rows[k:]])


def _down_columns(rows: Sequence[str], parties: int) -> list[str] | None:
    """Names side by side, `parties` of them, read a row at a time, each joined down its column: each row after the
    first goes on with the names that do not end yet (…片区管理委员 / 会); None unless each ends as an organ's name
    does."""
    names = [""] * parties
    for n, row in enumerate(rows):
        words = row.split()
        columns = [c for c in range(parties) if not n or _unended(names[c])]
        # (a row of whole names under whole names is the next organs, as a 落款 of nine sets them three a row)
        if len(words) != len(columns) or not columns:
            return None
        for c, word in zip(columns, words, strict=True):
            names[c] += word
    return names if parties > 1 and rows and not any(map(_unended, names)) else None


def cut_short(name: str) -> bool:
    """Does an organ's name stop where a column wrapped 管理委员会 (…片区管理委, …管理委员), though 委 ends names (发改委)?"""
    return name.endswith(("管理委", "委员"))


def _unended(name: str) -> bool:
    """Does a name not end yet, as an organ's name ends?"""
    return not ENDS_AS_ORGAN.search(name) or cut_short(name)


# The label over a list of signers (倡议城市（排名不分先后）：, 签署单位：) and the place under the date (于甘肃兰州, 签署地点：…)
_SIGNED_AT = re.compile(rf"于\s*[\u4e00-\u9fff]{{2,10}}|{PLACE_SIGNED.pattern}")


def signature_labels(segments: Sequence[Segment]) -> list[Segment]:
    """A signature with the label over its signers' list and the place under its date taken into it: what signed,
    no clause; other segments as they are."""
    out = list(segments)
    k = 0
    while k < len(out):
        if out[k].kind == Kind.SIGNATURE:
            start, end = k, k + 1
            if k and out[k - 1].kind == Kind.PARAGRAPH and SIGNERS_LABEL.fullmatch(out[k - 1].text.strip()):
                start = k - 1
            while end < len(out) and out[end].kind == Kind.SIGNATURE:
                end += 1
            if end < len(out) and out[end].kind == Kind.PARAGRAPH and _SIGNED_AT.fullmatch(out[end].text.strip()) and (
                    _DATES.search(out[end - 1].text)):
                end += 1
            if start < k or end > k + 1 and out[end - 1].kind == Kind.PARAGRAPH:
                out[start:end] = [Segment(out[k].label, Kind.SIGNATURE, out[k].path,
                                          "\n".join(x.text for x in out[start:end]), tuple(ln for x in out[start:end] for ln in x.lines))]
                k = start
        k += 1
    return out



def _zone_heads(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A zone committee signing first among organs whose names stand side by side, its zone's name on the first line
    beside the next organ and its own under it (中国（广西）自由贸易试验区　钦州市商务局 / 钦州港片区管理委员会 /
    钦州市市场监督管理局 / 2025年8月12日): the committee's name joined, first on the line; other paragraphs as they are."""
    out = list(paragraphs)
    for n in range(len(out) - 2):
        top, low = out[n].text.split(), out[n + 1].text.split()
        if len(top) < 2 or not low or not ZONE_NAME.fullmatch(top[0]) or not _ORGAN_NAME.fullmatch(low[0]) or not all(
                _ORGAN_NAME.fullmatch(t) for t in top[1:]):
            continue
        k = past_organs(out, n + 1)
        if k >= len(out) or not _DATES.fullmatch(out[k].text.strip()):
            continue
        joined = Paragraph((*out[n].lines, *out[n + 1].lines), " ".join([top[0] + low[0], *top[1:]]))
        rest = [Paragraph(out[n + 1].lines, " ".join(low[1:]))] if low[1:] else []
        out[n : n + 2] = [joined, *rest]
        break
    return out


def stacked_organs(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Two organs signing side by side whose long names wrap in their columns, read line by line over the date
    (中国（云南）自由贸易试验区　红河哈尼族彝族自治州 / 红河片区管理委员会　商务局 / 2025年11月14日): one line of the organs,
    each name joined down its column; other paragraphs as they are."""
    out = _zone_heads(paragraphs)
    for n in range(len(out) - 2, 0, -1):
        if not _DATES.fullmatch(out[n + 1].text.strip()):
            continue
        top, low = out[n - 1].text.split(), out[n].text.split()
        if len(top) != len(low) or len(top) < 2 or all(SIGNATURE.fullmatch(t) for t in top):
            continue
        names = [a + b for a, b in zip(top, low, strict=True)]
        if all(SIGNATURE.fullmatch(x) for x in names):
            out[n - 1 : n + 1] = [Paragraph((*out[n - 1].lines, *out[n].lines), " ".join(names))]
            break
    else:
        return _name_wrapped(_wrapped_down(out))
    return out


def _name_wrapped(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """One organ's long name wrapped over two lines of its 落款 over the date (湖南省推进“一带一路”建设 / 工作领导小组办公室 /
    2024年3月18日): one line, the name whole; the paragraphs as they are if there is none."""
    out = paragraphs
    for n in range(len(out) - 2, 0, -1):
        if _DATES.fullmatch(out[n + 1].text.strip()):
            top, low = out[n - 1].text.strip(), out[n].text.strip()
            if (organs_alone(low) and " " not in low and len(top) <= 20 and not re.search(r"[。；，：:\s]", top)
                    and not organs_alone(top) and organs_alone(top + low) and out[n - 2].text.rstrip()[-1:] in "。；！"):
                return [*out[: n - 1], Paragraph((*out[n - 1].lines, *out[n].lines), top + low), *out[n + 1 :]]
            break
    return out


def _wrapped_down(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Organs side by side over the date whose names wrap unevenly, read row by row into up to three paragraphs
    (中国（四川）自由贸易试验区　成都国际铁路港经济技术开发 / 成都青白江铁路港片区管理委　区管理委员会 / 员会): one line of the
    organs; the paragraphs as they are if there are none."""
    out = paragraphs
    for n in range(len(out) - 2, -1, -1):
        if not _DATES.fullmatch(out[n + 1].text.strip()):
            continue
        for a in range(max(0, n - 2), n + 1):
            rows = [ln.text.strip() for p in out[a : n + 1] for ln in p.lines]
            if any(re.search(r"[。；：:]", r) for r in rows) or len(rows) < 2:
                continue
            names = _down_columns(rows, len(rows[0].split()))
            if names and all(SIGNATURE.fullmatch(x) for x in names):
                return [*out[:a], Paragraph(tuple(ln for p in out[a : n + 1] for ln in p.lines), " ".join(names)),
                        *out[n + 1 :]]
        break
    return out
