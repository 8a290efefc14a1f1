"""The document a wrapper carries: a 公告 or 令 that publishes a regulation, or a
notice that prints the document it issues under its own date, hands its title
to the carried document (see gongwen.body_parts). Every function here is pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.bulletins import issue_note
from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import ATTACHMENT_NOTE, NUMERIC_DATE
from bri_kb.ingest.marks import doc_number_line
from bri_kb.ingest.metadata import hanzi_date_to_digits
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import ENDS_AS_ORGAN, ORGAN_END, squash

WRAPPER_TITLE = re.compile(r"(?:公告|令|通知|通告)(?:[（(]第?[\d一二三四五六七八九十百零〇]{1,6}号[)）])?$")  # (…公告（第二十六号）)
_QUOTED = re.compile(r"《([^》]{4,80})》")
SIGNED = re.compile(rf"^(?:(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日|{NUMERIC_DATE})$")
_ATTACHMENT = re.compile(rf"^{ATTACHMENT_NOTE}")
TERMINAL = "。；！？，、"


def wrapper_issuers(wrapper: str) -> tuple[str, ...]:
    """The organs that issue a 公告 or 令: 中华人民共和国国务院令 -> 国务院 (organs printed on one line, each with
    the state's name, apart: 中华人民共和国国家发展和改革委员会中华人民共和国商务部公告 -> two)."""
    m = re.match(r"^(.+?)(?:公告|令|通告)", wrapper)
    if not m:
        return ()
    # (a congress's standing committee, named with its session in its 公告's mark, 云南省第十四届人民代表大会常务委员会公告:
    # the same organ whatever the session, as it signs)
    names = tuple(re.sub(r"第[一二三四五六七八九十]{1,3}届(?=(?:全国)?人民代表大会)", "", x.removeprefix("中华人民共和国"))
                  for x in re.split(r"[\s、]+|(?<=.)(?=中华人民共和国)", m.group(1)) if x)
    if len(names) > 1 and names[-1].endswith("联合"):  # (…口岸办公室 二连海关联合公告: the organs printed apart)
        # (or 联合 apart from them too: 海关总署 国家税务总局 联合公告)
        return tuple(x for x in (*names[:-1], names[-1].removesuffix("联合")) if x)
    if len(names) == 1 and names[0].endswith("联合"):
        # (a joint 公告's mark, its organs' names run together over 联合公告: …口岸办公室二连海关联合 -> two organs)
        joint = names[0].removesuffix("联合")
        parts: list[str] = []
        for part in _ORGAN.findall(joint):
            # (a unit of the organ before it, 口岸办公室 of 二连浩特市人民政府, names no place and is no 海关: one organ)
            if parts and not part.endswith("海关") and not gazetteer().mentions(part):
                parts[-1] += part
            else:
                parts.append(part)
        return tuple(parts) if len(parts) > 1 and "".join(parts) == joint else (joint,)
    if len(names) == 1 and not ENDS_AS_ORGAN.search(names[0]) and (kind := _KIND_AFTER.fullmatch(names[0])):
        return (kind.group(1),)  # (厦门市审计局审计结果公告: the 审计局's, a kind of 公告 named after the organ)
    return names


# An organ's name, then the kind of 公告 it puts out: 审计署审计结果公告, …管理委员会招标公告.
_KIND_AFTER = re.compile(rf"(.{{2,}}{ORGAN_END})[\u4e00-\u9fff]{{2,6}}")


# An organ's name up to its ending, for the organs of a joint 公告 run together (the longest endings first).
_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:人民政府办公厅|人民政府办公室|人民政府|办公室|办公厅|委员会|管理局|海关|商务局|"
                    r"税务局|局|厅)")


def carried_title(title: str, body: Sequence[Line], wrapped: bool = False) -> tuple[int, int, str] | None:
    """The document a 公告, 令 or 通知 carries: right under the wrapper's
    成文日期, a title line (wrapped over up to three lines) that names a
    document the wrapper's text quotes as 《…》 (an 附件 line names an
    attachment, not a carried document). `wrapped`: the body opens with its
    wrapper. Returns (index, line count, title)."""
    if not (wrapped or WRAPPER_TITLE.search(_flat(title))):
        # (a page titled otherwise, by the plan itself or by the notice without its 的通知, keeps the line: making it a
        # heading there cost the ranking a question or two of each half, docs/quality.md)
        return None
    quoted: set[str] = set()
    for i, line in enumerate(body):
        if i and _dated(body[i - 1].text):
            for n in range(1, 4):
                if i + n > len(body):
                    break
                name = join_wrapped([x.text for x in body[i : i + n]])
                if _as_quoted(name) in quoted:
                    return i, n, name
                if name[-1:] in TERMINAL or len(name) > 80:
                    break
        if not _ATTACHMENT.match(line.text):
            # a 《name》 may wrap from the lines above (a long one over three of a PDF's lines)
            window = join_wrapped([x.text for x in body[max(0, i - 2) : i + 1] if not _ATTACHMENT.match(x.text)])
            quoted.update(_as_quoted(m.group(1)) for m in _QUOTED.finditer(window))
    return None


def _dated(text: str) -> bool:
    """Is the line a 成文日期 alone, or a 落款 of one line that ends with it (a Word table's row: organ, then date:
    ｜南宁市人民代表大会常务委员会 2026年6月29日)?"""
    if SIGNED.match(hanzi_date_to_digits(_flat(text))):
        return True
    *organ, last = re.split(r"[\s｜]+", text.strip())
    return bool(organ) and len("".join(organ)) <= 40 and bool(ENDS_AS_ORGAN.search("".join(organ))) \
        and bool(SIGNED.match(hanzi_date_to_digits(last)))


def _as_quoted(name: str) -> str:
    """A title as compared with a name quoted in 《》: a 《》 inside a title is
    quoted as 〈〉 (《…关于修改〈…管理办法〉的决定》)."""
    return squash(name).replace("〈", "《").replace("〉", "》")


# A place the carried document's title opens with, that the notice issuing it may leave out (西安市人民政府关于印发加快建设
# …若干措施的通知 over 西安市加快建设…若干措施).
_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|县|区)")


def names_carried(name: str, title: str) -> bool:
    """Does a notice's title name the document it carries (关于印发《X》的通知; 关于印发X的通知 with X's place left
    out, as the issuing government's own; 转发…X的通知 without X's 的)?"""
    # (转发…关于推进…高质量发展若干意见的通知 over 关于推进…高质量发展的若干意见: a notice's title drops the 的)
    carried, notice = squash(name).replace("的", ""), squash(title).replace("的", "")
    # (or names it short in 《》, the zone and its committee short: 印发《厦门片区管委会工作规则》 over 中国（福建）自由贸易
    # 试验区厦门片区管理委员会工作规则: the same last words, the short name's place in the long one)
    short = [q for q in _QUOTED.findall(squash(title)) if len(q) >= 6 and carried.endswith(q[-4:])
             and q[:2] in carried]
    return carried in notice or ("印发" in notice or "转发" in notice) and (len(
        bare := _PLACE_FIRST.sub("", carried)) >= 6 and bare in notice or bool(short))


# A 令 or 公告 that publishes a rule, and the notes under a compiled title (several.further_documents reads them).


def carries_rule(lines: Sequence[Line], start: int, title: int) -> bool:
    """Is lines[title] the title of the rule that a 令 or 公告 opening after `start` (at most a few lines
    above the title) publishes (厦门市人民政府令 / 第188号 / 《…办法》已经…通过，现予公布 / 市长 / date / 厦门市…办法)?
    (In a gazette the 令 opens under its 栏目's bar, no start this function has been given.)"""
    heads = [k for k in range(max(start, title - _WRAPPER_REACH), title) if _WRAPPER.fullmatch(_flat(lines[k].text))]
    if not heads:
        return False
    quoted = "".join(x.text for x in lines[heads[-1]:title])
    return f"《{_flat(lines[title].text)}》" in _flat(quoted)


_WRAPPER_REACH = 12  # lines from a 令's head to the title of the rule it carries: its number, sentence, 署名, date


_WRAPPER = re.compile(r"[\u4e00-\u9fff（）()、]{2,40}(?:令|公告)")


_DECREE_SERIAL = re.compile(r"[（(]?第[\d一二三四五六七八九十百零〇]{1,6}号[)）]?")


def decree_head(lines: Sequence[Line], i: int) -> bool:
    """Does a 令 open at lines[i]: its organ's 令 alone on the line (福建省人民政府令), its number alone under it (第241号),
    and a sentence making a rule public under that (…现予公布)? Or a legislature's 公告 so (…人民代表大会常务委员会公告 /
    第二十一号 / 《…条例》已经…批准，现予公布)."""
    return (i + 2 < len(lines) and bool(_WRAPPER.fullmatch(_flat(lines[i].text)))
            and _flat(lines[i].text).endswith(("令", "常务委员会公告"))
            and bool(_DECREE_SERIAL.fullmatch(_flat(lines[i + 1].text)))
            and "公布" in _flat("".join(x.text for x in lines[i + 2 : i + 7])))  # (the sentence wrapped over a PDF's lines)


def dated_number(line: Line) -> bool:
    """Is the line a compilation's note of a document's date and 文号 (（2024年5月10日 鄂政发〔2024〕9号）)?"""
    note = issue_note([line])
    return note is not None and note[0] == 1 and "doc_number" in note[1] and "issuer" not in note[1]


def bracketed_number(line: Line) -> bool:
    """Is the line a compilation's 文号 alone in brackets under a title (（浙商务规〔2024〕3号）)?"""
    flat = _flat(line.text)
    return flat[:1] in "（(" and flat[-1:] in "）)" and doc_number_line(flat) is not None


def decree_note(line: Line) -> bool:
    """Is the line the note under a regulation's title naming the 令 that made it
    (（2024年3月20日浙江省人民政府令第402号公布　自2024年5月1日起施行）)?"""
    note = issue_note([line])
    return note is not None and note[0] == 1 and "issuer" in note[1] and "令第" in _flat(line.text)
