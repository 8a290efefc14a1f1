"""The parts of a 公文 as GB/T 9704 (党政机关公文格式) lays them out.

版头: 份号, 密级, 紧急程度, 发文机关标志 ("国务院文件"), 发文字号 and 签发人;
主体: 标题, 主送机关, 正文, 附件说明, 署名, 成文日期, 附注 ("（此件公开发布）");
版记: 抄送 and 印发机关 with 印发日期, at the foot of the last page.

The parts are found on cleaned lines, whichever reader produced them (text,
Word, web page, PDF), and become the document's metadata: the 版头, 主送, 附注
and 版记 lines are taken out of the body, so they never make or join a clause.
A 公告 or 令 that carries a regulation (or a notice that does not name the
document it carries) hands its title to the carried document and is kept as
its wrapper. Every function here is pure.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bri_kb.ingest.agreement import parties_text, party_lines, subtitle
from bri_kb.ingest.bulletins import decree_note_below, issue_note
from bri_kb.ingest.carried import SIGNED, TERMINAL, WRAPPER_TITLE, carried_title, names_carried
from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import BRACKETED_DAY, CELL, CLOSING_FORMULA, HEADER_LINE, REMARK
from bri_kb.ingest.genre import GENRE_END, names_genre
from bri_kb.ingest.imprint import attendance, imprint_before_attachments, imprint_fields, imprint_start, list_text
from bri_kb.ingest.issuers import organs_alone, title_organs
from bri_kb.ingest.marks import (
    EDITED_BY,
    NUMBER_FIELD,
    REGISTRATION_FIELDS,
    SIGNER,
    doc_number_line,
    organ_lines,
    signatories,
)
from bri_kb.ingest.masthead import ANNOUNCEMENT_NO, masthead
from bri_kb.ingest.metadata import hanzi_date_to_digits, iso_date
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.speeches import salutations, speech_byline, spoken_under, study_byline
from bri_kb.ingest.text import display_width, join_wrapped, open_quote
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import squash

# 主送机关: organ names separated by 、 or ，, ending with a colon.
_ADDRESSEE_END = re.compile(
    r"(?:单位|机构|部门|政府|委员会|常委会|委会|办公厅|办公室|总局|局|厅|委|院|院校|部|署|办|公司|企业|银行|学校|高校|中心|"
    r"协会|街道|乡镇|有关方面|同志|分行|支行|总部|集团|分局|海关|法院|检察院|管委会|工委|党委|党组|商会|代表|委员|科室|处室|区|人士|各界|个人|公众|市民|群众|团体"
    r"|主体|经营者|商户|纳税人)"
    r"(?:[（(][\u4e00-\u9fff、]{1,6}[)）])?[:：]$"  # (…管委会各局（办）：)
)
# an answer to a person (依申请公开答复书): 张某某：, 李先生：, 王晓明同志：
# (a person named as a published reply masks the name: 张**：, 李＊＊：)
_PERSON = re.compile(r"[\u4e00-\u9fff](?:某某|某|[*＊×]{1,3}|[\u4e00-\u9fff]{0,2}(?:先生|女士))[:：]")
_MERGE_FIELD = re.compile(r"«[^«»]{1,16}»[:：]")  # a mail merge's field left in the 主送 line: «单位名称»：
_WRAPPER_LINE = re.compile(r"^[\u4e00-\u9fff（）()、]{2,30}(?:公告|令|通告)$")
MAX_TITLE_LINES = 6



def breaks_at_list(text: str, above: str) -> bool:
    """A title broken after a 、 of its own list, running on to the line that ends with its 文种
    (…关于公布继续有效、修改、 / 废止的规范性文件目录的通知)."""
    return above[-1:] == "、" and bool(GENRE_END.search(_flat(text))) and not marker_of(above)


def title_line(text: str, above: str) -> bool:
    """Can this line carry on the title line above it?"""
    # (nor a table's row above it: the last row of a table, then the next document's title)
    # (a title broken inside its list may end a line on 、: 关于同意在上海、广东、天津、福建、 / 海南等…的通知)
    return not (text[-1] in TERMINAL.replace("、", "") + "：:"
                or above[-1] in TERMINAL.replace("、", "") and not breaks_at_list(text, above)
                or marker_of(text) or CELL in text or CELL in above or HEADER_LINE.match(text)
                or text.lstrip().startswith("【")  # (nor a part's label opening it: 【内容提要】…, under a 专报's title)
                # (nor a form's field left blank above it: 填报日期：2026年____月____日, then the next document's title)
                or bool(_BLANKS.search(above))
                # (a 文号 ends a title, but for the one a title forwards by its number: …关于转发 / 商务部　海关总署公告
                # 2026年第9号 / 并做好贯彻落实工作的通知)
                or doc_number_line(text) and not _flat(above).endswith(_NAMES_A_DOCUMENT))


_BLANKS = re.compile(r"[_＿]{3,}")  # a field's blank to fill in
_NAMES_A_DOCUMENT = ("转发", "印发", "贯彻落实", "贯彻", "落实", "执行")


_ORGAN_AND_DAY = re.compile(r"[（(]?\s*([\u4e00-\u9fff（）()\s]{4,60}?)\s+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                            r"\s*(?:印发|发布)?\s*[)）]?")
MONTH = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")


def cover_lines(lines: Sequence[Line]) -> int:
    """How many lines make a cover at the top of a body: one to four organ
    names, one a line, over a month (二〇二一年八月); 0 if there is none."""
    n = organ_lines(lines)
    return n + 1 if n and n < len(lines) and MONTH.fullmatch(hanzi_date_to_digits(_flat(lines[n].text))) else 0


def _opens_under_quote(lines: Sequence[Line], end: int) -> bool:
    """Does line `end` open a block under a title line that ends with 》 (…解读《…》 / 　　9月19日下午，…)?"""
    return lines[end].indented and lines[end - 1].text.endswith("》")


# The years a plan's title covers, under it (（2024—2026年）, （2025年度）): the title's last line
_STATUS = re.compile(r"[（(](?:摘要|节选|试行|暂行|草案|征求意见稿|送审稿|讨论稿|修订稿)[)）]")
# A title's second part on a line of its own, opening with its conjunction (…2025年工作总结 / 和2026年工作思路)
JOINED_PART = re.compile(r"(?:和|及|与|暨|以及)[^，。；：:]{2,20}")
YEARS = re.compile(r"[（(](?:19|20)\d{2}\s*年?\s*(?:[—–\-－~～至到]+\s*(?:19|20)\d{2}\s*年度?|年度|年版)[)）]")


def title_end(lines: Sequence[Line], start: int) -> int:
    """One past the last line of a (wrapped) title that starts at `start`.

    A 标题 names its 文种 last (…的决定, …的通知, …办法（试行）): the title runs
    to the first line that ends with one. Failing that, a title line ends no
    sentence, opens no item, and is no wider than the line above it (a 主送
    line, wider or ending with a colon, is not part of it).
    """
    end = start + 1
    while (end < len(lines) and end - start < MAX_TITLE_LINES and title_line(lines[end].text, lines[end - 1].text)
           and not _opens_under_quote(lines, end)):
        end += 1
    genre = next((k for k in range(start, end) if GENRE_END.search(_flat(lines[k].text))), None)
    if genre is not None:
        # a 文种 inside the 《》 of the document it carries (…印发《…管理措施 / （负面清单）》的通知) ends no title
        while genre + 1 < end and open_quote("".join(x.text for x in lines[start : genre + 1])):
            genre += 1
        # "…关于加强计划" / "管理的通知": a later line that also ends with a 文种 and is no wider runs on
        # (or one that opens with 的, no line of its own: …特别管理措施（负面清单） / 的说明; or with 和, the title's second
        # part: …2025年工作总结 / 和2026年工作思路)
        while (genre + 1 < end and (GENRE_END.search(_flat(lines[genre + 1].text))
                                    or _flat(lines[genre + 1].text).startswith("的") and len(_flat(lines[genre + 1].text)) <= 8
                                    or JOINED_PART.fullmatch(_flat(lines[genre + 1].text)))
               and display_width(lines[genre + 1].text) <= display_width(lines[genre].text) + 4):
            genre += 1
        if _flat(lines[genre].text).endswith(("解读", "吹风会", "发布会")):
            # …政策吹风会解读 / 《…深化对非 / 经贸合作三年行动方案（2024—2026年）》: the title of what it explains, under it
            for k in range(genre + 1, min(len(lines), genre + 4)):
                if not _flat(lines[genre + 1].text).startswith("《") or "。" in lines[k].text:
                    break
                if _flat(lines[k].text).endswith("》"):
                    return k + 1
        if genre + 1 < len(lines) and YEARS.fullmatch(_flat(lines[genre + 1].text)):
            return genre + 2  # (…三年行动方案 / （2024—2026年）: a title broken before its years, Shift+Enter)
        if genre + 1 < len(lines) and _STATUS.fullmatch(_flat(lines[genre + 1].text)):
            return genre + 2  # (or before what it is of the whole: 政府工作报告 / （摘要）)
        return genre + 1
    end = start + 1
    # (nor a paragraph that opens under it, indented, its sentence running on past a comma: a 专报's headline, then
    # 今年以来，我区…)
    # (a line that stops on a word no title ends with, …提升战略暨, runs on however wide the next)
    while (end < len(lines) and end - start < MAX_TITLE_LINES and title_line(lines[end].text, lines[end - 1].text)
           and (display_width(lines[end].text) <= display_width(lines[end - 1].text) + 4
                or _flat(lines[end - 1].text).endswith(("暨", "和", "与", "及", "的")))
           and not _opens_under_quote(lines, end) and not (lines[end].indented and "，" in lines[end].text)):
        end += 1
    return end


def addressee_lines(lines: Sequence[Line]) -> int:
    """How many lines (up to five, as a PDF wraps a joint notice's) make the 主送机关 line at the top of `lines`."""
    joined = ""
    for n, line in enumerate(lines[:7], 1):
        joined = join_wrapped([joined, line.text]) if joined else line.text
        if joined[-1] in "：:":
            flat = _flat(joined)
            parts = re.split(r"[，、,；]", flat[:-1])
            if (len(flat) <= 200 and (_ADDRESSEE_END.search(flat) or _MERGE_FIELD.fullmatch(flat) or _PERSON.fullmatch(flat))
                    # (a zone's office named in full may run longer: …钦州港片区管理委员会经济发展局)
                    and all(len(p) <= 24 or organs_alone(p) for p in parts)
                    and marker_of(flat) is None and "。" not in flat):
                return n
            return 0
        if joined[-1] in "。；！？":  # (a 主送 list may wrap after a comma: "…南京、苏州、" / "连云港片区…：")
            return 0
    return 0


# A subtitle that says what kind of paper the text is (——第三届…论坛成果文件): a note on the title, not part of it
_SAYS_WHAT = re.compile(r"(?:文件|成果|材料)$")
_STUDIED = re.compile(r"(?:报告|建议|研究|分析|调查|调研)$")  # (what a study or an assessment calls itself)


@dataclass(frozen=True)
class BodyParts:
    """A document body with its 公文 metadata lines taken out."""

    body: tuple[Line, ...]
    metadata: tuple[Line, ...]
    title_lines: tuple[Line, ...]  # the carried document's title, when there is one
    fields: dict[str, str]
    # (that title when the notice that issues the document prints it after its own text: it heads the document's part)
    heads_part: bool = False


def body_parts(title: str, body: Sequence[Line], fields: dict[str, str]) -> BodyParts:
    """Take the 公文 parts out of a body: a 版头 or a leading 文号 (and 签发人)
    line, the 公告 number, the 主送 line, 附注 lines, the 版记; and find a
    carried document (see carried_title)."""
    out = dict(fields)
    lines = list(body)
    head = masthead(lines)  # a web page that prints the 版头 under its title
    meta: list[Line] = lines[: head.lines]
    del lines[: head.lines]
    for key, value in head.fields.items():
        out.setdefault(key, value)
    # A page titled by the regulation whose text opens with the 令 or 公告 that carried it.
    if (len(lines) > 1 and _WRAPPER_LINE.match(_flat(lines[0].text)) and ANNOUNCEMENT_NO.match(_flat(lines[1].text))
            and not WRAPPER_TITLE.search(_flat(title))):
        out["wrapper"] = f"{_flat(lines[0].text)}（{_flat(lines[1].text).strip('（）()')}）"
        meta += lines[:2]
        del lines[:2]
    if n := cover_lines(lines):
        # A booklet's cover under its title: the organs that drew it up, the month; then the title again
        # atop its first page (as the Word file's paragraphs, or a PDF's wrapped lines).
        out.setdefault("issuer", " ".join(EDITED_BY.sub("", _flat(x.text)) for x in lines[: n - 1]))
        again = next((k for k in (1, 2, 3) if squash("".join(x.text for x in lines[n : n + k])) == squash(title)), 0)
        meta += lines[: n + again]
        del lines[: n + again]
    if note := issue_note(lines):
        n, noted = note
        if (short := noted.get("issuer", "")) and short[0] in "省市县区" and (
                full := re.match(rf"[\u4e00-\u9fff]{{2,8}}?{re.escape(short)}", _flat(title))):
            noted["issuer"] = full.group(0)  # (a body the note names by its level, 市推进…联席会议, the title in full)
        for key, value in noted.items():
            out.setdefault(key, value)
        meta += lines[:n]
        del lines[:n]
    elif decreed := decree_note_below(lines):
        # (a 政府令 printed whole: …现予公布 / 市长　陈立新 / 2024年5月28日, then the rule's 题注, （…令第219号公布…）)
        at, (n, noted) = decreed
        for key, value in noted.items():
            out.setdefault(key, value)
        meta += lines[at : at + n]
        del lines[at : at + n]
    if spoken := speech_byline(title, lines):  # (a speech's speaker and day under its title)
        n, said = spoken
        for key, value in said.items():
            out.setdefault(key, value)
        meta += lines[:n]
        del lines[:n]
    for k in reversed(salutations(title, lines)):  # (同志们：, 谢谢大家！)
        meta.append(lines.pop(k))
    if n := subtitle(lines):  # (——…论坛成果文件 under a title: what the title is, no clause)
        out["subtitle"] = "".join(_flat(x.text) for x in lines[:n]).lstrip("—－- ")
        meta += lines[:n]
        del lines[:n]
        if under := spoken_under(out["subtitle"], lines):  # (——2025年4月24日在…会议上, then who gave it)
            n, given = under
            # (a title that names its organ, 湖北省人民政府关于…的报告, is that organ's, whoever reads it to the hall)
            for key, value in given.items():
                if key != "issuer" or not title_organs(title):
                    out.setdefault(key, value)
            meta += lines[:n]
            del lines[:n]
        elif _STUDIED.search(title) and not names_genre(out["subtitle"]) and not _SAYS_WHAT.search(out["subtitle"]) and not re.match(
                r"(?:19|20)\d{2}年|[二〇一]{4}年", out["subtitle"]):  # (nor a dated one, ——2025年11月26日…审议)
            # (a study's or a report's subtitle, ——基于…问卷调查, ——以…为引领: cited with its title, as one; not a news
            # piece's slogan, …发展联盟 / ——打造…新平台)
            out.setdefault("title", f"{title}——{out['subtitle']}")
    for k in study_byline(lines, out):  # (a study's authors under its title, who issue it, and its day)
        meta.append(lines.pop(k))
    for _ in range(2):  # 文号 and 公告 number lines right under the title
        if not lines:
            break
        text = lines[0].text
        if (m := SIGNER.search(text)) and "signatory" not in out:
            out["signatory"] = signatories(m.group(1))
            if number := doc_number_line(text[: m.start()]):
                out.setdefault("doc_number", number)
        elif number := doc_number_line(text):
            out.setdefault("doc_number", number)
        elif ANNOUNCEMENT_NO.match(_flat(text)) and WRAPPER_TITLE.search(_flat(title)):  # 公　告, as set
            out["number"] = _flat(text).strip("（）()")
        elif (field := NUMBER_FIELD.fullmatch(_flat(text))) and field.group(1) in REGISTRATION_FIELDS:
            pass  # a 规范性文件's registration number in a field of its own (【文件编号】…): metadata, no clause
        elif "doc_number" in out and SIGNED.match(day := hanzi_date_to_digits(_flat(text)).strip("（）()")) and (
                addressee_lines(lines[1:])):  # the date a copy prints under the 文号, above the 主送 (the signature
            if _flat(text)[:1] in "（(":  # below gives it); a gazette's, in brackets, stands for the one it omits
                out.setdefault("issued", iso_date(day) or "")
        elif "number" in out and (bracketed := BRACKETED_DAY.fullmatch(_flat(text))):
            out.setdefault("issued", iso_date(bracketed.group(1)) or "")  # (a 公告's day under its number)
        elif ("issuer" not in out and len(lines) > 1 and organs_alone(organs := " ".join(text.split()))
              and (bracketed := BRACKETED_DAY.fullmatch(_flat(lines[1].text)))):
            # (a bulletin's organs under its title, the day in brackets under them: 四川省商务厅　四川省统计局 /
            # （2026年2月26日）)
            out["issuer"], out["issued"] = organs, iso_date(bracketed.group(1)) or ""
            meta.append(lines.pop(0))
        elif ("issuer" not in out and _flat(title).endswith("解读") and organs_alone(organs := " ".join(text.split()))
              and not _flat(title).startswith(_flat(text))):
            out["issuer"] = organs  # (the organ that explains a document, its name alone under the 解读's title)
        elif (by := _ORGAN_AND_DAY.fullmatch(text.strip())) and organs_alone(by.group(1)) and "issuer" not in out:
            # a compilation's line under a reprinted rule's title: the organ that issued it and its day
            # (中国（浙江）自由贸易试验区舟山片区管理委员会　2025年4月8日)
            out["issuer"], out["issued"] = " ".join(by.group(1).split()), iso_date(by.group(2)) or ""
        else:
            break
        meta.append(lines.pop(0))
    if n := addressee_lines(lines):
        out["addressees"] = _flat(join_wrapped([x.text for x in lines[:n]]))[:-1]
        meta += lines[:n]
        del lines[:n]
    if n := party_lines(title, lines):  # an agreement's parties (甲方：… 住所：… 乙方：…): who signs, no clause
        out["parties"] = parties_text(lines[:n])
        meta += lines[:n]
        del lines[:n]
    if (inner := imprint_before_attachments(lines)) is not None:
        out.update({k: v for k, v in imprint_fields(lines[inner[0] : inner[1]]).items() if k != "addressees"})
        meta += lines[inner[0] : inner[1]]
        del lines[inner[0] : inner[1]]
    cut = imprint_start(lines)
    if cut < len(lines):
        imprint = imprint_fields(lines[cut:])
        if "addressees" in out:  # the 主送 under the title is the document's; the 版记 does not repeat it
            imprint.pop("addressees", None)
        out.update(imprint)
        meta += lines[cut:]
        del lines[cut:]
    if "纪要" in title and (lists := attendance(lines)):
        # (a 纪要's 出席：…, 列席：… and 记录：…: who was there, kept with the 版记's fields, no clause of it; a list a PDF
        # wrapped is one again, a name a line in Word stays apart)
        out["attendance"] = "；".join(list_text([lines[k] for k in group]) for group in lists)
        present = {k for group in lists for k in group}
        meta += [lines[k] for k in sorted(present)]
        # (the line after a list opens a block: a sentence under it, not run on to the line above the list)
        lines = [dataclasses.replace(x, indented=True, after_gap=True) if k - 1 in present else x
                 for k, x in enumerate(lines) if k not in present]
    remarks = [x for x in lines if REMARK.match(_flat(x.text))] + contact_lines(lines)
    if remarks or "editor" in out or "publicity" in out:
        # 附注 lines, and a 版记's 公开方式 line or a 简报's 责任编辑 line
        out["remarks"] = "；".join([*(_flat(x.text) for x in remarks),
                                   *filter(None, [out.pop("publicity", ""), out.pop("editor", "")])])
        # (whom to call stays a clause too: a question may ask it; 此件公开发布 says nothing a question asks)
        remarks = [x for x in remarks if not _CONTACT.search(_flat(x.text))]
        meta += remarks
        lines = [x for x in lines if x not in remarks]
    carried: tuple[Line, ...] = ()
    heads_part = False
    numbered = (_spaced(title) if WRAPPER_TITLE.search(_flat(title)) else title) + (
        f"（{out['number']}）" if "number" in out else "")  # 商务部公告（2017年第12号）
    if found := carried_title(title, lines, "wrapper" in out):
        at, n, name = found
        carried = tuple(lines[at : at + n])
        del lines[at : at + n]
        # (the title again atop the rule's first page, under the 令's: …管理办法 / …管理办法 / 第一章 总则)
        again = next((k for k in (1, 2, 3) if squash("".join(x.text for x in lines[at : at + k])) == squash(name)), 0)
        meta += lines[at : at + again]
        del lines[at : at + again]
        if (note := issue_note(lines[at:])) and note[0]:  # the carried rule's own 题注 (…令第188号公布 根据…修正)
            for key, value in note[1].items():
                out.setdefault(key, value)
            meta += lines[at : at + note[0]]
            del lines[at : at + note[0]]
        if not names_carried(name, title):  # 关于印发《X》的通知 already names what it carries
            out["wrapper"] = numbered
            out["title"] = name
        else:
            heads_part = True
    if "number" in out and "title" not in out and (n := _own_title(lines)):
        # The 公告's mark and number over its own title (上海市商务委员会公告 / 2023年第5号 / …关于…的公告).
        carried = tuple(lines[:n])
        out["wrapper"], out["title"] = numbered, join_wrapped([x.text for x in lines[:n]])
        del lines[:n]
    if "number" in out and "title" not in out:
        out["title"] = numbered
    out.pop("number", None)
    return BodyParts(tuple(lines), tuple(meta), carried, out, heads_part)


def contact_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines naming whom to call that a 函 sets under its closing formula
    (特此函复。 / 联系人：…，电话：…), before the signature: 附注, not clauses."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if _CLOSING.fullmatch(_flat(line.text)):
            for after in lines[i + 1 :]:
                if not _CONTACT.match(_flat(after.text)):
                    break
                out.append(after)
    return out


_CLOSING = re.compile(CLOSING_FORMULA)
_CONTACT = re.compile(r"(?:联系人|联系电话|联系方式|联\s*系\s*人)[:：]")


def _spaced(text: str) -> str:
    """A wrapper's name with its organs apart as printed (财政部 海关总署 税务总局公告), or run together where the spaces
    only spread one name's characters (商 务 部 公 告 -> 商务部公告); organs set in a table's cells are apart too."""
    text = text.replace(CELL, " ")
    words = text.split()
    return " ".join(words) if len(words) > 1 and all(len(w) >= 2 for w in words) else _flat(text)


def _own_title(lines: Sequence[Line]) -> int:
    """How many lines (up to three) make a title at the top of a body: a 关于…
    line that names its 文种 outside any 《》 still open (0 if there is none)."""
    for n in range(1, min(3, len(lines)) + 1):
        name = _flat(join_wrapped([x.text for x in lines[:n]]))
        if name.endswith("、") and n < len(lines):
            continue  # (a title broken after a 、 of its own list: …喀什片区、 / 霍尔果斯片区…的公告)
        if name[-1:] in TERMINAL or len(name) > 80 or marker_of(name):
            return 0
        if "关于" in name and names_genre(name) and not open_quote(name):  # (not …征求《…管理办法 / （征求意见稿）》…)
            # (a 文种 inside the title, 关于公布…产品目录 / （第四批）及有关监管要求的公告: the line that names the 公告's own)
            if n < min(3, len(lines)) and title_line(lines[n].text, lines[n - 1].text) and GENRE_END.search(
                    _flat(lines[n].text)) and len(_flat(join_wrapped([x.text for x in lines[: n + 1]]))) <= 80:
                return n + 1
            return n
    return 0
