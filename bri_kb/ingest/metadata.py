"""Document metadata from a document's title, header lines and body:
文号, attachments, the rules it cites and the dates printed in it (the
issuers' level and region: `level`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bri_kb.ingest.conventions import ATTACHMENT_NOTE, FOOTNOTE, NUMERIC_DATE
from bri_kb.ingest.own_dates import not_of_others, own_start, own_validity
from bri_kb.ingest.standard import STANDARD_NUMBER
from bri_kb.vocabulary import (
    FULLWIDTH_DIGITS,
    HANZI_DIGITS,
    ORGAN_CHARS,
    ORGAN_END,
    SERVICE_CENTRE,
    DocNumber,
    cn_to_int,
    iso_of,
    parse_doc_number,
)

_DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})")
# (two or three side by side: the parties of an agreement sign on a line each date stands in a column of)
STANDALONE_DATE = re.compile(rf"^\s*(?:(?:(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{NUMERIC_DATE})\s*){{1,3}}$")
ORGAN = rf"(?:{ORGAN_END}|行|联盟|{SERVICE_CENTRE})"  # (an organ's name ends so, a bank's 行, an alliance of organs, a 服务中心)
# A page signed by who put it out, with the day: …烟台片区管理委员会　2024年10月16日发布
PUT_OUT = re.compile(rf"([\u4e00-\u9fff（）]{{2,40}}{ORGAN})\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
                     r"\s*(?:发布|印发|公布)")
_EFFECTIVE = re.compile(r"自\s*([^。；]{0,20}?)\s*起\s*(?:施行|执行|实施|生效|试行)")
_ON_ISSUE = re.compile(r"(?:发布|印发|公布|签字|签署|签订|盖章|通过)[\u4e00-\u9fff]{0,8}?之日")  # (通过: a 章程 voted in force)
# An agreement in force from the day its parties sign, named at length (自双方…签字并加盖公章之日起生效)
_IN_FORCE_SIGNED = re.compile(r"自\s*[^。；]{0,40}?(?:签字|签署|签订|盖章)[^。；]{0,8}?之日起\s*(?:施行|执行|实施|生效)")
_DAYS_AFTER = re.compile(r"自\s*(?:发布|印发|公布)之日起\s*(\d{1,3}|[一二三四五六七八九十百]+)\s*日(?:后|以后)\s*(?:施行|实施|执行|生效)")
_PERIOD = re.compile(r"自\s*(.{6,16}?日)\s*(?:起\s*)?至\s*(.{6,16}?日)\s*(?:止\s*)?(?:施行|执行|实施|有效)")
_DAY = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_DAYS = rf"({_DAY})\s*(?:至|到|—|－|-|～|~)\s*({_DAY})"  # from one day to another
_VALID_SPAN = re.compile(rf"有效期[^。；\n]{{0,10}}?[（(]\s*{_DAYS}\s*[）)]")
_POLICY_TERM = re.compile(rf"(?:^|[。：:])\s*(?:[一二三四五六七八九十]+、)?自\s*({_DAY})\s*(?:起\s*)?至\s*({_DAY})\s*(?:止\s*)?[，,]\s*对")
_RECORD_TERM = re.compile(_DAYS)
_VALID_UNTIL = re.compile(rf"有效期(?:至|到)\s*({_DAY})")
# 本公告执行期限为2025年1月1日至2027年12月31日 (财政部 税务总局公告's wording), 实施期限：…至…; 执行期限至…
# (名单有效期为2024年7月1日至2026年6月30日: a list's or a document's term of validity, set out the same way)
# (not a project's: 申报项目实施期为2024年1月1日至2024年12月31日 is a condition on what may apply, not the notice's term)
_TERM_SPAN = re.compile(rf"(?<!项目)(?:(?:执行|实施|施行)期限?|有效期)\s*(?:为|是)?\s*[:：]?\s*(?:自\s*)?({_DAY})\s*(?:起\s*)?"
                        rf"(?:至|到|—|－|-|～|~)\s*({_DAY})")
# A pilot's or a list's term, perhaps counted before it is dated, as an approval or a 名单 notice sets it (试点期限为2年，
# 自2024年12月1日起至2026年11月30日止; 认定有效期3年，自…至…; 试点期限自…至…): the document's, when it dates itself no other way
_TERM_COUNTED = re.compile(rf"(?<!项目)(?:试点期限|有效期)\s*(?:为|是)?\s*(?:(?:\d{{1,2}}|[一二两三四五六七八九十])\s*个?年\s*[，,]\s*)?"
                           rf"(?:自\s*)?({_DAY})\s*(?:起\s*)?(?:至|到)\s*({_DAY})")
# 本通知自2024年6月1日起执行，至2025年5月31日止: in force from the one day, then until the other
_RUNS_TO = re.compile(rf"自\s*({_DAY})\s*起\s*(?:施行|执行|实施|试行|生效)\s*[，,]\s*(?:有效期)?至\s*({_DAY})\s*止")
_TERM_UNTIL = re.compile(rf"(?<!项目)(?:执行|实施|试点|委托)期限?\s*(?:为\s*)?(?:至|到|截至)\s*({_DAY})")
# 本公告自2024年4月1日起施行，适用于…，执行至2027年12月31日: the document's own sentence says until when
# (not one part's: 本规定第十条规定的补贴政策执行至…, 本通知第（五）项…执行至… end that part, not the document)
_OWN_UNTIL = re.compile(rf"本(?:公告|通告|通知|办法|规定|细则|措施|意见|方案|决定)"
                        rf"(?![^。；]{{0,60}}?第\s*[（(]?[一二三四五六七八九十百\d]{{1,4}}[)）]?\s*[条项款部])[^。；]{{0,60}}?"
                        rf"(?:执行|实施|施行|有效)(?:至|到)\s*({_DAY})")
_OWN_SPAN = re.compile(rf"自\s*本[\u4e00-\u9fff]{{1,4}}(?:印发|发布|公布|施行|实施)之日起\s*至\s*({_DAY})\s*止")
# 本备忘录于2024年5月20日在西安签署: an agreement signed where its signatures give no date line of their own
# (two organs a space apart: 宁波市商务局 宁波市市场监督管理局二〇二六年二月六日)
_ORGAN_DATED = re.compile(rf"[{ORGAN_CHARS}]{{2,40}}?{ORGAN}(?:[ \u3000]+[{ORGAN_CHARS}]{{2,40}}?{ORGAN}){{0,3}}\s*"
                          rf"((?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)")
_DATED_AT = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*于\s*[\u4e00-\u9fff]{2,10}")
_SIGNING = "签订|签署|签约"  # (an agreement's day, 签署日期：…)
_DRAFTED_ON = re.compile(rf"(?:成稿|成文|定稿|编制|印发|{_SIGNING})日期\s*[:：]\s*({_DAY})")
_SIGNING_DAY = re.compile(rf"(?:{_SIGNING})日期\s*[:：]\s*({_DAY})")
_SIGNED_IN = re.compile(rf"本[\u4e00-\u9fff]{{0,6}}?(?:协议|备忘录|合同|议定书|意向书|纪要|宣言)[^。；]{{0,6}}?于\s*({_DAY})"
                        r"[^。；，]{0,20}?(?:签署|签订|签字)")
_VALID_FOR = re.compile(r"(?:有效期|试行期|试点期限?|实施期限?)(?:为|至)?\s*(?:自[^。；，]{0,16}?之日起)?"  # 试行期两年
                        r"\s*(\d{1,2}|[一二两三四五六七八九十])\s*年")
# A term counted from the day the document was issued (试点期限自本批复印发之日起3年): it starts that day.
_TERM_FROM_ISSUE = re.compile(r"(?:有效期|试行期|试点期限?|实施期限?)(?:为)?\s*自\s*(?:本[\u4e00-\u9fff]{1,4})?(?:印发|发布|公布)之日起"
                              r"\s*(?:\d{1,2}|[一二两三四五六七八九十])\s*年")

@dataclass(frozen=True)
class Dates:
    published: str | None
    signed: str | None
    effective: str | None
    expires: str | None


_CN_NUM = "[一二三四五六七八九十]{1,3}"
# (typed with spaces between its parts, as a 落款 pushed right by hand: 二〇二五年　五月　十二日)
_GAP = r"[ \u3000]*"
_DATE_HANZI = re.compile(rf"([〇○零Ｏ一二三四五六七八九]{{4}}){_GAP}年{_GAP}({_CN_NUM}){_GAP}月{_GAP}({_CN_NUM}){_GAP}日")


def hanzi_date_to_digits(text: str) -> str:
    """二○一二年一月九日 -> 2012年1月9日, as printed under a signature; full-width
    digits (２０２５年３月５日, as some offices type them) -> 2025年3月5日."""
    def one(m: re.Match[str]) -> str:
        year = m.group(1).translate(HANZI_DIGITS)
        return f"{year}年{cn_to_int(m.group(2))}月{cn_to_int(m.group(3))}日"

    return _DATE_HANZI.sub(one, text.translate(FULLWIDTH_DIGITS))


def iso_date(text: str) -> str | None:
    """The first date printed in a text (2017年12月25日, 2017-12-25, 二○一七年…) as ISO."""
    text = hanzi_date_to_digits(text)
    return iso_of(_DATE_CN.search(text) or _DATE_ISO.search(text))


_MODEL_NUMBER = re.compile(r"([A-Z]{2,6})\s*[-－—–]\s*((?:19|20)\d{2})\s*[-－—–]\s*(\d{1,5})")  # (GF-2024-0201)
_SERIAL_ONLY = re.compile(r"[〔\[［﹝]((?:19|20)\d{2})[〕\]］﹞]第?(\d{1,4})[号期]")  # (a 纪要 numbered by issue: 〔2024〕3期)


def doc_number_of(header: dict[str, str], title: str, body: Sequence[str]) -> DocNumber | None:
    """The document's own 文号: from 文件名称/发文字号, else the lines right
    under the title (never from a citation deep in the body)."""
    for key in ("文件名称", "发文字号"):
        if key in header and (dn := parse_doc_number(header[key])):
            return dn
    if m := STANDARD_NUMBER.fullmatch(number := " ".join(header.get("发文字号", "").split())):
        return DocNumber(number, m.group(1), int(m.group(3)), m.group(2))  # a standard's: DB37/T 4861—2025
    if m := _MODEL_NUMBER.fullmatch(number):  # a 示范文本's: GF-2024-0201
        return DocNumber(number, m.group(1), int(m.group(2)), m.group(3))
    if m := _SERIAL_ONLY.fullmatch(re.sub(r"\s+", "", header.get("发文字号", ""))):
        # A 纪要's number names no issuer (〔2021〕5号): the issuer is its 版头.
        return DocNumber(m.group(0), "", int(m.group(1)), m.group(2))
    for line in body[:3]:
        stripped = line.strip()
        dn = parse_doc_number(stripped)
        if dn and len(stripped) <= len(dn.text) + 4:
            return dn
    return None


_MARGIN_DAY = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:发布|印发|公布)?")


def margin_facts(margins: Sequence[str]) -> tuple[DocNumber | None, str | None]:
    """A 文号 and a date that the page headers and footers print (穗商务规字〔2023〕3号
    in the header, "…2023年6月1日发布" in the footer), each when only one is printed."""
    numbers = {dn.text: dn for m in margins if (dn := parse_doc_number(m))}
    days = {d for m in margins for x in _MARGIN_DAY.findall(m) if (d := iso_date(x))}
    return (next(iter(numbers.values())) if len(numbers) == 1 else None,
            next(iter(days)) if len(days) == 1 else None)


def _dates_in(text: str) -> list[str]:
    """The dates (2024年5月20日, 二○二四年…) a text holds, as ISO."""
    return [d for m in _DATE_CN.finditer(hanzi_date_to_digits(text)) if (d := iso_of(m))]


def _last_date(line: str) -> str | None:
    """The latest of the dates a line holds (the day the last party signed)."""
    return max(_dates_in(line), default=iso_date(line))


def dates_of(header: dict[str, str], body: Sequence[str], signing: Sequence[str] = (), issued: str = "") -> Dates:
    """Published, signed, effective and expiry dates from the header and the body's lines
    (自印发之日起施行 counts from the 成文日期, not the 版记's 印发 date, which is its printing's);
    `signing`: a signature set as a table (an agreement's parties), whose last date is when it was signed; `issued`:
    the name of the document a notice issues (whose start, 《问答》自…起执行, is the notice's own)."""
    published = iso_date(header.get("发布时间", "") or header.get("发布日期", "") or header.get("日期", ""))
    signed = next((_last_date(x) for x in body if STANDALONE_DATE.match(hanzi_date_to_digits(x))), None) or iso_date(
        header.get("成文日期", ""))  # (a site's record gives it where the page prints no 落款 date)
    if signed is None:
        signed = max((d for x in signing for d in _dates_in(x)), default=None)
    if signed is None:  # (the 落款's organ and date read as one line, from a table's cell: 洛阳市商务局二〇二六年三月二十日,
        # or an 倡议's day and the place its signers met: 二〇二五年十一月二十日于广西南宁)
        signed = next((iso_date(m.group(1)) for x in reversed(body[-6:])
                       if (m := _ORGAN_DATED.fullmatch(line := hanzi_date_to_digits(x.strip())) or _DATED_AT.fullmatch(line))),
                      None)
    effective = expires = None
    if signed is None and (m := _SIGNED_IN.search(hanzi_date_to_digits("".join(body)))):  # (二〇二六年三月十八日 too)
        signed = iso_date(m.group(1))
    if signed is None:  # (a labelled day at the end, as a white paper closes: 成稿日期：2026年3月16日; or an agreement's
        # line under its seals, 签订日期：2026年3月18日　　签订地点：…)
        signed = next((iso_date(m.group(1)) for x in body[-4:]
                       if (m := _DRAFTED_ON.match(hanzi_date_to_digits(x.strip())))), None) or next(
            # (or the parties' day on their signing page, its attachments after it: 签署日期：…⇥签署日期：…)
            (iso_date(m.group(1)) for x in body if (m := _SIGNING_DAY.match(hanzi_date_to_digits(x.strip())))), None)
    if not published and not signed:  # (a page signed with the day it was put out: …管理委员会　2024年10月16日发布)
        published = next((d for x in body[-4:] if PUT_OUT.fullmatch(hanzi_date_to_digits(x.strip())) and (d := _last_date(x))), None)
    # (lines joined: a PDF's line may break inside the date, "…自2024年7" / "月1日起施行")
    # (dates in Chinese numerals read as dates: 有效期至二〇二六年十二月三十一日)
    # (not a footnote's, 注4：…令第11号…自2018年3月1日起施行: the rule it cites takes effect then, not this one)
    text = own_start(hanzi_date_to_digits("".join(x for x in body if not FOOTNOTE.match(x.strip()))
                                          .translate(FULLWIDTH_DIGITS)), issued)
    own = not_of_others(text)  # (without the sentences that give another document's period)
    if m := _PERIOD.search(text) or _TERM_SPAN.search(own) or _RUNS_TO.search(own):
        effective, expires = iso_date(m.group(1)), iso_date(m.group(2))
    elif (m := _DAYS_AFTER.search(text)) and (base := signed):
        # 自发布之日起30日后施行: from the thirtieth day after the document's own date (not a repost's 发布时间)
        days = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1)) or 0
        effective = (date.fromisoformat(base) + timedelta(days=days)).isoformat()
    # (the first start that names a day: not a decision's own, 撤销决定自作出之日起生效, before the 公告's, 本公告自…起施行)
    elif m := next((x for x in _EFFECTIVE.finditer(text) if _ON_ISSUE.search(x.group(1)) or iso_date(x.group(1))), None):
        when = m.group(1)
        if _ON_ISSUE.search(when):  # (签字并加盖公章之日)
            effective = signed or published
        else:
            effective = iso_date(when)
    elif _IN_FORCE_SIGNED.search(text):  # (自双方法定代表人（负责人）或授权代表签字并加盖公章之日起生效: longer)
        effective = signed or published
    effective = effective or iso_date(header.get("施行日期", ""))  # (said only in the note under the title)
    if effective and not expires and (m := _POLICY_TERM.search(own)) and iso_date(m.group(1)) == effective:
        # (a tax 公告's period set at its first item, from the day it takes effect: 一、自2025年1月1日至2027年12月31日，对…)
        expires = iso_date(m.group(2))
    if not expires and (m := _RECORD_TERM.search(header.get("有效期", ""))):  # (a site's record: 有效期｜…至…)
        effective, expires = effective or iso_date(m.group(1)), iso_date(m.group(2))
    if not expires and (m := _VALID_SPAN.search(text)):  # 有效期为2年（2021年5月20日至2023年5月19日）
        effective, expires = effective or iso_date(m.group(1)), iso_date(m.group(2))
    if not expires and (m := _VALID_UNTIL.search(own) or _TERM_UNTIL.search(own) or _OWN_UNTIL.search(own)):
        expires = iso_date(m.group(1))
    if not effective and not expires and (m := _TERM_COUNTED.search(own)):
        effective, expires = iso_date(m.group(1)), iso_date(m.group(2))
    if not expires and (m := _OWN_SPAN.search(text)):  # 自本函印发之日起至2027年6月30日止
        effective, expires = effective or signed or published, iso_date(m.group(1))
    # A period in years counts only where the document speaks of itself (dates named outright do anywhere).
    if not effective and _TERM_FROM_ISSUE.search(own):
        effective = signed or published
    if effective and not expires and (m := _VALID_FOR.search(own_validity(text))):
        years = m.group(1)
        n = int(years) if years.isdigit() else "一二三四五六七八九十".index(years.replace("两", "二")) + 1
        # 自2020年8月1日起施行，有效期3年: valid through 2023-07-31 (expires is the last day in force).
        start = date.fromisoformat(effective)
        try:
            anniversary = start.replace(year=start.year + n)
        except ValueError:  # from 29 February to a year without one
            anniversary = date(start.year + n, 3, 1)
        expires = (anniversary - timedelta(days=1)).isoformat()
    return Dates(published or signed, signed, effective, expires)


_FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|txt)$", re.IGNORECASE)
_FILE_SIZE = re.compile(r"\s*[（(]\s*\d+(?:\.\d+)?\s*[KMG]B?\s*[)）]$", re.IGNORECASE)  # a download's size: （128KB）


_SENT_APART = re.compile(r"[（(](?:另送|另发|另附|另行报送|纸质件另送)[)）]$")  # (how it is sent, no part of its name)


def attachments_of(body: Sequence[str]) -> tuple[str, ...]:
    """The attachments an 附件说明 names ("附件：1.…" with "2.…" on the lines
    below it; a web page's 附件 links, file suffix dropped)."""
    out = []
    for segment in body:
        first, *more = segment.strip().split("\n")
        m = re.match(rf"^{ATTACHMENT_NOTE}\s*(.+)$", first)
        if not m:
            continue
        names = [m.group(1), *more] if more else [m.group(1)]
        for name in names:
            if more or re.match(r"^1\s*[.．、]", name):
                name = re.sub(r"^\d{1,2}\s*[.．、]\s*", "", name.strip())
            out.append(_SENT_APART.sub("", _FILE_SUFFIX.sub("", _FILE_SIZE.sub("", name.strip()))))
    return tuple(dict.fromkeys(x for x in out if x))  # (an 附件说明 and the download links under it name them twice)


_REGULATION = re.compile(r"《([^》]{2,60})》")
# A quoted provision is introduced as "第十一条第一款：…"; a bare "第十条" inside
# the quoted text is a cross-reference, not an adjusted article.
_ARTICLE_REF = re.compile(r"第[一二三四五六七八九十百零]+条(?:第[一二三四五六七八九十]+款)?(?:、第[一二三四五六七八九十]+款)*(?=[：:])")


def regulations_in(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The regulations a table cell quotes and the articles it cites under each."""
    out: list[tuple[str, tuple[str, ...]]] = []
    marks = list(_REGULATION.finditer(text))
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        found = _ARTICLE_REF.finditer(text[m.end() : end])
        articles = tuple(dict.fromkeys(a.group(0) for a in found))
        out.append((f"《{m.group(1)}》", articles))
    return tuple(out)
