"""The parts an agreement (协议, 备忘录, 合同) prints around its articles, as
offices lay them out: the parties' block under its title (甲方：… 住所：…
法定代表人：…) and the subtitle a forum's outcome prints under its title
(——…论坛成果文件). Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import flat
from bri_kb.vocabulary import ENDS_AS_ORGAN

AGREEMENT = re.compile(r"协议|备忘录|合同|意向书|议定书")
# A party's line: its role and name (甲方：…, 乙方（受托方）：…), and the fields under it that say who it is
# (住所, 法定代表人 …): who signs, as a 主送 says whom a 公文 goes to, no clause of what is agreed.
_ROLE = r"[甲乙丙丁]方(?:\s*[（(][^）)]{1,10}[)）])?\s*[:：]"  # (甲方：, 乙方（受托方）：)
PARTY = re.compile(rf"{_ROLE}\s*\S.{{0,60}}")
_PARTY_FIELD = re.compile(r"(?:住\s*所|地\s*址|注册地址?|通讯地址|负\s*责\s*人|法定代表人|主要负责人|授权代表|委托代理人"
                          r"|联\s*系\s*人|联系(?:电话|方式)|电\s*话|传\s*真|邮\s*编|邮政编码|统一社会信用代码|开户(?:银行|行)|账\s*号)"
                          r"\s*[:：]\s*.{0,60}")


def party_lines(title: str, lines: Sequence[Line]) -> int:
    """How many lines at the top of an agreement's text are its parties' block: from a 甲方： line, each party's
    line and the fields under it (住所：…, 法定代表人：…), up to the first line that is neither; 0 where the text
    does not open so, or is no agreement's."""
    if not AGREEMENT.search(title) or not lines or not PARTY.fullmatch(flat(lines[0].text)):
        return 0
    n = 0
    while n < len(lines) and CELL not in lines[n].text and (
            PARTY.fullmatch(text := flat(lines[n].text)) or _PARTY_FIELD.fullmatch(text)
            or n and _name_wraps(flat(lines[n - 1].text), text)) and "。" not in text:
        n += 1
    # (one party alone is no block: a 甲方 line over the articles may be a heading of an 合同's form)
    return n if sum(bool(PARTY.fullmatch(flat(x.text))) for x in lines[:n]) >= 2 else 0


def _name_wraps(field: str, line: str) -> bool:
    """Is a line the rest of a party's name or field the full line above wrapped (甲方：…西安国际港务区片区管 /
    理委员会; 地址：…厦门国际航运中 / 心C栋)?"""
    return (bool(PARTY.fullmatch(field) and not ENDS_AS_ORGAN.search(field) or _PARTY_FIELD.fullmatch(field))
            and len(field) >= 20 and len(line) <= 16 and not re.search(r"[:：。；，]", line) and marker_of(line) is None)


def parties_text(lines: Sequence[Line]) -> str:
    """The parties' block as printed, a line to each field, "；" between them (a name wrapped joined)."""
    fields: list[str] = []
    for text in (flat(x.text) for x in lines):
        if fields and _name_wraps(fields[-1], text):
            fields[-1] += text
        else:
            fields.append(text)
    return "；".join(fields)


def party_names(parties: str) -> tuple[str, ...]:
    """The parties' names in their block (甲方：湖南省商务厅 -> 湖南省商务厅), in order."""
    names = (re.sub(rf"^{_ROLE}\s*", "", part) for part in parties.split("；")
             if PARTY.fullmatch(part))
    # (without its seal's note, （盖章）, or its name in a foreign script, （GOLDEN MEKONG GROUP …）)
    return tuple(dict.fromkeys(re.sub(r"\s*[（(]\s*(?:盖章|签章|[A-Za-z][^（）()]*)\s*[)）]\s*$", "", x) for x in names))


# A subtitle under a title, set off by a dash: ——第三届…论坛成果文件, ——打造国际合作与人文交流新平台
_SUBTITLE = re.compile(r"(?:——|－－|--|—)\s*[^。；！？—]{2,60}")


def subtitle(lines: Sequence[Line]) -> int:
    """How many lines a subtitle the text opens with takes (——…, no sentence: what the title is, no clause of the
    text): 1, or 2 where a PDF wrapped one that says where it was given (——…第五次会 / 议上); 0 for none."""
    # (not the first of lines that each open with a dash: ——以…为导向。 items of a list)
    if not (bool(lines) and CELL not in lines[0].text and _SUBTITLE.fullmatch(flat(lines[0].text))
            and (len(lines) < 2 or not flat(lines[1].text).startswith(("—", "－", "-")))):
        return 0
    first = flat(lines[0].text)
    if len(lines) > 1 and "在" in first and not _GIVEN_AT.search(first) and _GIVEN_AT.search(first + flat(lines[1].text)) and (
            len(flat(lines[1].text)) <= 20 and not re.search(r"[，。；：]", lines[1].text)):
        return 2
    return 1


_GIVEN_AT = re.compile(r"(?:会议|大会|论坛|座谈会|发布会)上$")
