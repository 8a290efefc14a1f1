"""A document's metadata from its parts: title, 文号, issuers, level and place, dates, attachments, what it repeals
and changes (the enrich stage's document half; pipeline.make_clauses is its clauses' half)."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from bri_kb.gazetteer import NATIONAL, gazetteer
from bri_kb.ingest.agreement import AGREEMENT, party_names
from bri_kb.ingest.applicability import answered_place
from bri_kb.ingest.carried import wrapper_issuers
from bri_kb.ingest.conventions import ATTACHMENT_PAGE, CELL, ISSUE_NO, ZONE_NAME
from bri_kb.ingest.issuers import bodies_joined, issuers_of, organs_alone, placed_organ, source_organ
from bri_kb.ingest.level import dominant_place, level_and_region
from bri_kb.ingest.marks import COMPANY
from bri_kb.ingest.metadata import (
    attachments_of,
    dates_of,
    doc_number_of,
    iso_date,
    margin_facts,
)
from bri_kb.ingest.raw import RawDocument
from bri_kb.ingest.relations import changes_of, repealed_rows, repeals_of
from bri_kb.ingest.rows import without_comparisons
from bri_kb.ingest.segment import Segment
from bri_kb.ingest.signature import DATE as SIGNED_DATE
from bri_kb.ingest.signature import cut_short
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import in_order
from bri_kb.ingest.titles import COMPILATION, EDITION
from bri_kb.model import OFFICE_FIELDS, Document
from bri_kb.vocabulary import ENDS_AS_ORGAN, DocNumber, Kind, decree_number, draft_of, parse_doc_number

# A document that tells of a policy: a 解读, a press conference's transcript, a 吹风会's 新闻稿, 答记者问
_HELD = re.compile(r"实录|新闻发布会|吹风会")  # a transcript of what was said on one day
_DAY_TYPED = r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
_HELD_ON = re.compile(rf"^\s*(?:发\s*布|举\s*行|举\s*办|召\s*开)?\s*时\s*间\s*[:：｜]\s*{_DAY_TYPED}"
                      rf"|^\s*{_DAY_TYPED}(?:[（(]星期.[)）])?(?:上午|下午|晚上)?[，,]"
                      rf"|^\s*(?:发\s*布|举\s*行|举\s*办|召\s*开)?\s*时\s*间｜[^\n]*\n\s*{_DAY_TYPED}", re.M)
# (its organizer in its table of facts: 举办单位｜广西壮族自治区人民政府新闻办公室)
_HELD_BY = re.compile(r"^\s*(?:举\s*办|主\s*办|发\s*布)\s*单\s*位\s*[:：｜]\s*([\u4e00-\u9fff（）]{4,40})\s*$", re.M)
_EXPLAINS = re.compile(r"解读|读懂|图解|实录|新闻发布会|吹风会|答记者问|新闻稿")
_HOSTED_BY = re.compile(r"^\s*主\s*办\s*单\s*位\s*[:：]\s*(\S.*?)\s*$", re.M)  # (an event's organizers under its title)
_JOINT_NUMBER = re.compile(r"((?:联合)?公告|通告|令)[（(]((?:19|20)\d{2})年第(\d{1,4})号[)）]$")
# the drafters' account of the text before it (…办法起草说明; 关于《…办法（草案）》的说明)
# (and a report on how a rule is carried out, or a congress's 审议意见 on it: 关于检查《…条例》实施情况的报告)
_ACCOUNT_OF = re.compile(r"(?:起草|编制|修订|制定)说明$|^关于《[^《》]+》的说明$|《[^《》]+》[^《》]*(?:情况的?报告|审议意见)$"
                         r"|(?:实施|执行|落实)情况[^《》。]{0,16}报告$")  # (…条例实施情况第三方评估报告: the 条例's dates)
# (关于印发《X》的通知: the X it issues; or named without 《》, 关于公布…收费目录清单（2026年版）的通知)
_ISSUES_QUOTED = re.compile(r"(?:印发|发布|公布)《([^》]{2,80})》|关于(?:印发|发布|公布)([^《》]{4,80}?)的(?:通知|公告)$")
_MODEL_TEXT = re.compile(r"[（(]?示范文本[)）]?$")  # a contract's text for parties to fill in and sign: in force for none
_REVIEWS = re.compile(r"(?:审查|审核|评估)意见(?:书)?$")


def _apart(issuer: str, signers: Sequence[str]) -> tuple[str, ...]:
    """Two organs a title ran together where its line broke between them (…财政厅 / 乌鲁木齐海关关于…), apart as the
    落款 signs them (乌鲁木齐海关 on a line of its own)."""
    for name in signers:
        head = issuer[: -len(name)]
        if name != issuer and issuer.endswith(name) and len(head) >= 2 and ENDS_AS_ORGAN.search(head):
            return head, name
    return (issuer,)


def shortened(short: str, full: str) -> bool:
    """Is `short` an organ named by its level alone, its words `full`'s with some left out (省发展改革委 of
    湖北省发展和改革委员会, 自治区发展改革委 of 宁夏回族自治区发展和改革委员会)? (str, str -> bool)"""
    level = "自治区" if short.startswith("自治区") else short[:1]
    # (or a zone's 管委会 by its own name, as its staff write it: 南宁片区管委会 of …自由贸易试验区南宁片区管理委员会)
    zone = short.endswith("管委会") and full.endswith("管理委员会") and len(full) > len(short)
    # (or without the zone's name over it, a 落款 whose two lines were read apart: 青岛片区管理委员会 of 中国（山东）自由贸易
    # 试验区青岛片区管理委员会)
    if len(full) > len(short) and full.endswith(short) and ZONE_NAME.fullmatch(full[: len(full) - len(short)]):
        return True
    if not zone and not (level in ("省", "市", "自治区") and len(full) > len(short) and short[-1] in full[-3:]
                         and not short[len(level):].startswith(full[:2])):
        return False
    return in_order(short, full)


def _short(organ: str) -> str:
    return organ.replace("人民政府", "政府")


_NUMBERED_NOTICE = re.compile(r"((?:(?!关于).){4,60}?公告)[（(]((19\d{2}|20\d{2})年第(\d{1,4})号)[)）]")
_SEVERAL = re.compile(r"等(?:\d{1,2}|[两二三四五六七八九十]{1,3})(?:个)?(?:部门|单位)")
# What an organ decides on one case, titled by the paper's name alone under the organ's (行政处罚决定书), and cited
# by both (a reply or notice to an applicant, 政府信息公开申请答复书, is cited by its paper's name)
_CASE_PAPER = re.compile(r"(?:行政)?(?:处罚|复议|许可|强制|不予处罚|不予许可|不予行政处罚|准予行政许可)?决定书"
                         r"|(?:准予|不予)(?:变更|延续|注销|撤回)行政许可决定书"
                         r"|(?:民事|刑事|行政|执行)(?:判决书|裁定书|调解书)")  # (a court's, under its name)
# (or the number, a space, then the title: 商务部 海关总署公告2024年第47号 关于…的公告, as a heading prints both)
_NUMBER_OVER_TITLE = re.compile(r"([^（()]{2,30}?公告(?:(?:19|20)\d{2}年第\d{1,4}号|〔(?:19|20)\d{2}〕\d{1,4}号))"
                                r"(?:[（(](关于.{4,120}(?:公告|通知))[)）]|\s*(关于.{4,120}(?:公告|通知)))")
_ANSWER = re.compile(r"政府信息公开申请(?:答复|补正告知|告知)书")  # (titled by the kind of answer alone, no 关于)
_JOINT_MARK = re.compile(r"(.+?)公告((?:19|20)\d{2})年第(\d{1,4})号")


def _mark_number(mark: str) -> DocNumber | None:
    """A 公告's mark and number as its number (成都海关公告2024年第4号), several organs' apart as they are cited (海关总署
    生态环境部 商务部 工业和信息化部公告2026年第33号); None if the mark is no number."""
    if (own := parse_doc_number(squashed := re.sub(r"\s+", "", mark))) and own.text == squashed:
        return own
    if len(organs := wrapper_issuers(mark)) > 1 and (joint := _JOINT_MARK.fullmatch(mark.strip())):
        return _cited(organs, "公告", f"{joint.group(2)}年", int(joint.group(2)), joint.group(3))
    return None


def _cited(organs: Sequence[str], genre: str, printed_year: str, year: int, serial: str) -> DocNumber:
    """A 公告's (通告's, 令's) number as it is cited, its organs a space apart (财政部 海关总署 税务总局公告2024年第15号; the
    year left out where the number printed none, 第5号)."""
    code = f"{' '.join(organs)}{genre}"
    return DocNumber(f"{code}{printed_year}第{serial}号", code, year, serial)


_NUMBERED_ABOUT = re.compile(r"(.{2,60}?关于.{4,120}公告)[（(]((?:19|20)\d{2}年)?第(\d{1,4})号[)）]")


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _signers(segments: Sequence[Segment]) -> tuple[str, ...]:
    """The organs a 落款 names, side by side (商务部 外交部 国家发展改革委 …), if one does; over two lines or more, all of
    them (商务部 国家发展和改革委员会 财政部 / 海关总署 国家税务总局 国家市场监督管理总局)."""
    found: list[str] = []
    for s in segments:
        words = re.sub(rf"\s*{SIGNED_DATE}$", "", s.text).split()  # (its date on the organs' line: …国家外汇局2025年6月20日)
        if s.kind == Kind.SIGNATURE and words and all(organs_alone(w) for w in words) and (found or len(words) > 1):
            found += words
        elif found:
            break
    return tuple(found)


def make_document(raw: RawDocument, file: str, segments: Sequence[Segment],
                  margins: Sequence[str] = (), before: Document | None = None) -> Document:
    """The document's metadata from its parts; `margins`: what its pages print in
    their headers and footers, which give a 文号 or a date the text lacks; `before`:
    the file's document before it (a draft names no drafter: the notice that asks
    comments on it, printed before it, is the drafter's)."""
    gaz = gazetteer()
    body = [ln.text for ln in raw.body]
    in_margins, margin_day = margin_facts(margins)
    number = doc_number_of(raw.header, raw.title, body) or in_margins
    issuers = tuple(raw.office["issuer"].split()) if "issuer" in raw.office else issuers_of(raw.title, body)
    mark = raw.office.get("issuing_mark", "")
    # (a letter's mark: the organ's name alone; or a company's letterhead)
    if mark.endswith("文件") or not issuers and (organs_alone(mark) or COMPANY.match(mark)):
        organs = bodies_joined(tuple(filter(None, (x.removesuffix("文件") for x in mark.split()))))  # the organs' names + 文件
        # A title that names its organ short (省商务厅关于…) under a mark that names it in full (江苏省商务厅文件).
        # (市政府办公室 under 连云港市人民政府办公室: an office names its government short, without 人民)
        # (or a 落款 a PDF cut in its column, 成都青白江铁路港片区管理委 of the mark's …成都青白江铁路港片区管理委员会)
        # (not a ministry the mark names with the state's name before it, 中华人民共和国商务部: 商务部, as it is cited; a
        # customs district signs so, 中华人民共和国长沙海关)
        issuers = tuple(dict.fromkeys(next((o for o in organs if (_short(o).endswith(_short(i)) or cut_short(i) and i in o)
                                            and not (o == f"中华人民共和国{i}" and i.endswith("部"))), i)
                                      for i in issuers)) or organs
        if "".join(issuers) == "".join(organs):  # a title wrapped between two organs' names: 财政部 / 海关总署
            issuers = organs
        elif len(organs) > len(issuers) and set(issuers) <= set(organs):
            issuers = organs  # (a joint mark names every organ; the 落款 a PDF read may have lost one in its columns)
    elif (organs_alone(mark) and issuers == (cut := mark[-len(issuers[0]):],) and not gaz.mentions(cut)
          and mark[: -len(cut)] != "中华人民共和国"):  # (商务部办公厅 under 中华人民共和国商务部办公厅: the same)
        issuers = (mark,)  # (a signature wrapped in a narrow column, its last line the name's tail: 片区管理委员会)
    if _SEVERAL.search(raw.title) and len(signed := _signers(segments) or issuers_of("", body)) > len(issuers):
        issuers = signed  # (商务部等9部门关于…: the nine organs its 落款 names, not the one its 版头 does)
    if not issuers and (department := raw.header.get("发布部门", "")):  # a legal database's export: 【发布部门】
        issuers = tuple(x for x in re.split(r"[\s、，,；;]+", department) if x)
    # (a page that names no organ in its text: the organ its 来源 names, a 解读's office; without the other name it goes
    # by, in brackets after it: …合作区管理局（…前海蛇口片区管理委员会）)
    if not issuers and (source := source_organ(raw.header.get("来源", ""))):
        issuers = (source,)
    if not issuers and _HELD.search(raw.title) and (host := _HELD_BY.search("\n".join(body[:12]))):
        issuers = (host.group(1),)  # (a transcript's organizer, as its table of facts names it)
    if not issuers and AGREEMENT.search(raw.title):  # an agreement's parties: 甲方：湖南省商务厅 / 乙方：…
        issuers = party_names(raw.office.get("parties", ""))[:4] or tuple(
            # (the parties side by side in a signing table's row: 甲方：…管理委员会｜乙方：…管理委员会)
            dict.fromkeys(m.group(2) or m.group(3) for line in body
                          for x in (line.split(CELL) if line.count("方：") > 1 else [line]) if (m := _PARTY.match(x))))[:4]
    # (a draft a notice asks comments on; the 起草说明 or 修订说明 printed after a text)
    drafted = before is not None and bool(draft_of(raw.title) and "征求意见" in before.title or _ACCOUNT_OF.search(raw.title))
    if not issuers and before is not None and drafted:
        issuers = before.issuers
    if wrapper := raw.office.get("wrapper"):  # a regulation a 公告 or 令 carried: that one's organs issue it
        issuers = wrapper_issuers(wrapper) or issuers
        # (named short in its mark, in full in its 落款, one for one: 国家发展改革委 … 市场监管总局公告 signed by
        # 国家发展和改革委员会 … 国家市场监督管理总局)
        if len(signed := _signers(segments)) == len(issuers) > 1 and all(map(in_order, issuers, signed)):
            issuers = signed
    # (an event's committee, named for no place, is its 主办单位's: 主办单位：广西壮族自治区商务厅 under the title)
    hosts = [m.group(1) for m in _HOSTED_BY.finditer("\n".join(body[:10]))] if issuers and not any(
        gaz.mentions(i) for i in issuers) else []
    level, region = level_and_region(raw.title, [h for x in hosts for h in re.split(r"[、\s]+", x) if h] or issuers,
                                     number, gaz)
    if region == NATIONAL and (asked := answered_place(raw.title, raw.office.get("addressees", ""), gaz)):
        region = asked  # (the State Council's 复函 to 广西壮族自治区人民政府 rules in 广西)
    if not region:
        region = dominant_place(raw.title + "\n" + "\n".join(body), gaz)
    if explains := bool(_EXPLAINS.search(raw.title) or _REVIEWS.search(raw.title)):
        issuers = tuple(placed_organ(i, region) for i in issuers)  # (a 解读's 省发展改革委: 安徽省发展改革委)
    elif signing := [t for s in segments if s.kind == Kind.SIGNATURE and (t := re.sub(r"\s+", "", s.text))]:
        # A title naming its organ short and by its level (省发展改革委关于…的函) over a 落款 naming it in full
        # (湖北省发展和改革委员会): the full name, as the organ signs.
        # (a national body's branch signing over two lines is one: 中国国际贸易促进委员会 / 山东省委员会)
        signers = list(bodies_joined(tuple(w for s in segments if s.kind == Kind.SIGNATURE for w in s.text.split())))
        # (two organs signing on one line, 宁夏回族自治区发展和改革委员会　宁夏回族自治区商务厅: each is a name)
        issuers = tuple(next((o for o in [*signing, *signers] if shortened(i, o)), i) for i in issuers)
        # (not a name the 版头 and the title print whole, 国家金融监督管理总局河南监管局 河南省商务厅文件, whose 落款 wraps it
        # after 总局)
        whole = {x.removesuffix("文件") for x in mark.split()} & set(raw.title.split())
        issuers = tuple(part for i in issuers for part in ((i,) if i in whole else _apart(i, signers)))
    issuers = tuple(dict.fromkeys(issuers))  # (an organ a two-column 落款 names in its mark and signature, once)
    # (and once when named in full by its mark and short by its 落款: 中国（山东）自由贸易试验区青岛片区管理委员会 and
    # 青岛片区管理委员会, the 落款's zone name read apart from it)
    # (nor the tail of another's name a PDF read apart from it, a joint 落款's wrapped line: …“一带一路” / 福建省商务厅 /
    # 建设工作领导小组办公室)
    issuers = tuple(i for i in issuers if not any(o != i and (shortened(i, o) or o.endswith(i)) for o in issuers))
    # (a table's cells are what it lists, not the document's own dates: a listed policy's 自…起施行; nor are the lines
    # of an attachment that explains another document, 附件1 《若干措施》政策解读 or 常见问题解答: that one's dates)
    explaining = {ln.no for s in segments if s.path and ATTACHMENT_PAGE.match(s.path[0]) and _EXPLAINS.search(s.path[0])
                  for ln in s.lines}
    dates = dates_of(raw.header, [ln.text for ln in raw.body if CELL not in ln.text and ln.no not in explaining],
                     [s.text for s in segments if s.kind == Kind.SIGNATURE and (
                         CELL in "".join(ln.text for ln in s.lines) or _DATE_FIELD.search(s.text))],
                     m.group(1) or m.group(2) if (m := _ISSUES_QUOTED.search(raw.title)) else "")
    if (amended := raw.header.get("修正日期")) and not dates.signed:  # a text republished as last amended
        dates = dataclasses.replace(dates, published=amended)
    # (a 解读 or a press conference's transcript quotes the dates and changes of what it tells of, a review those of
    # the draft it reviews; neither has any of its own)
    # (nor has a 请示: it asks for a pilot, 试点期限为2026年4月1日至2027年3月31日, that is in force only once granted)
    if explains or _ACCOUNT_OF.search(raw.title) or _MODEL_TEXT.search(raw.title) or raw.title.endswith("请示"):
        dates = dataclasses.replace(dates, effective=None, expires=None)
    carrier = raw.office.get("wrapper", "")
    if number is None and len(wrapper_issuers(carrier)) == 1 and (carried := parse_doc_number(carrier)):
        number = carried  # 海关总署公告 / 2024年第63号 over its text: the 公告's number
    elif number is None and len(organs := wrapper_issuers(carrier)) > 1 and (joint := _JOINT_NUMBER.search(carrier)):
        # (a joint 公告's, its organs apart as it is cited: 财政部 海关总署 税务总局公告2024年第15号)
        genre, year, serial = joint.groups()
        number = _cited(organs, genre, f"{year}年", int(year), serial)
    if number is None and (made := dates.signed or dates.published):
        # (a rule a 令 made: named by the 令, 云南省人民政府令第231号; a page's record may give it, 发文字号：…令第326号)
        number = decree_number(carrier, int(made[:4])) or decree_number(raw.header.get("文件名称", ""), int(made[:4]))
    title = raw.title
    if (headed := _NUMBER_OVER_TITLE.fullmatch(title)) and (own_number := _mark_number(headed.group(1))) and (
            number is None or number.text == own_number.text):
        # a 海关's page titled by its 公告's number, the title in brackets (成都海关公告2024年第4号（关于…的公告）)
        number, title = own_number, headed.group(2) or headed.group(3)
    if number is None and (own := _NUMBERED_NOTICE.fullmatch(raw.title)):
        # An organ's 公告 titled by its mark and numbered under it (…片区管理委员会公告 / 2024年第5号): that is its number.
        number = DocNumber(own.group(1) + own.group(2), own.group(1), int(own.group(3)), own.group(4))
    elif number is None and issuers and (about := _NUMBERED_ABOUT.fullmatch(raw.title)):
        # …titled by what it announces, its number under that title (长沙市商务局关于…的公告 / 2025年第2号): the
        # organ's 公告 of that number, and the title as printed.
        # (numbered 第5号 alone: the year is its date's; joint organs' cited with their names apart, as a joint
        # 公告's mark: 厦门市海沧区市场监督管理局 厦门市海沧区商务局公告2026年第3号)
        title, year, serial = about.group(1), about.group(2) or "", about.group(3)
        when = year[:4] or (dates.signed or dates.published or "")[:4]
        if when:
            number = _cited(issuers, "公告", year, int(when), serial)
    organ = raw.office.get("issuing_mark") or raw.header.get("来源", "")
    # (or an answer an organ prints under its name, its number under the title, 郑州市商务局 / 政府信息公开申请答复书 /
    # 郑商信答〔2026〕第15号: not over its number, as a letterhead, 南沙…管理委员会 / 穗南自贸信公〔2026〕15号 / …答复书)
    under_name = bool(_ANSWER.fullmatch(title)) and bool(raw.title_lines) and any(
        x.no == raw.title_lines[0].no - 1 and _flat(x.text) == raw.header.get("来源") for x in raw.header_lines)
    if (_CASE_PAPER.fullmatch(title) or under_name) and organs_alone(organ) and " " not in organ:
        # (a decision on one case, its organ over it as its letterhead: 中华人民共和国福州海关 / 行政处罚决定书, cited by
        # both)
        title = organ + title
    if not dates.signed and _HELD.search(raw.title) and (held := _HELD_ON.search("\n".join(body[:12]))):
        # (a transcript's day: 时间：2024年9月12日…, 发布时间｜… in its table of facts, or its first sentence's day)
        dates = dataclasses.replace(dates, signed=iso_date(held.group(1) or held.group(2) or held.group(3)))
    if dates.published and dates.signed and dates.published < dates.signed:
        # (a meeting's adoption note under the title, （2024年4月12日…主任办公会议审议通过）, over a 公文 signed later:
        # made public when signed, not before)
        dates = dataclasses.replace(dates, published=dates.signed)
    if (gone := iso_date(raw.header.get("废止日期", ""))) and (
            last := (date.fromisoformat(gone) - timedelta(days=1)).isoformat()) < (dates.expires or "9999"):
        dates = dataclasses.replace(dates, expires=last)  # (a page saying it was repealed: in force to the day before)
    if drafted and before is not None and not dates.signed and not dates.published:
        # (made public with the notice that asks comments on it, or with the text it explains: it signs no date)
        dates = dataclasses.replace(dates, published=before.published or before.signed)
    if margin_day and not dates.published:
        dates = dataclasses.replace(dates, published=margin_day)
    if (printed := raw.office.get("printed_date")) and not _PAGE_DAY.intersection(raw.header) and dates.signed \
            and dates.published == dates.signed and printed >= dates.signed:
        # (a 公文 with no page's date: made public on the day its 版记 says it was printed, 2025年1月17日印发, not on
        # its 成文日期; a site's 发布日期 stays the page's)
        dates = dataclasses.replace(dates, published=printed)
    elif printed and not dates.signed and not dates.published:
        dates = dataclasses.replace(dates, published=printed)  # (its 落款 a picture, no day in the text: the 版记's)
    if number is None and (issue := ISSUE_NO.fullmatch(raw.header.get("发文字号", ""))) and dates.published:
        # A 纪要's or 简报's number is its issue of the year (第23期), the year the one its 版头 dates it in; the year as
        # printed with it, where it is (2026年第12期), and its running count (第7期（总第58期）)
        year = int(issue.group(1) or dates.published[:4])
        printed_year = f"{issue.group(1)}年" if issue.group(1) else ""
        count = f"（总第{issue.group(3)}期）" if issue.group(3) else ""
        number = DocNumber(f"{printed_year}第{issue.group(2)}期{count}", "", year, issue.group(2))
    # (a compilation's 编印说明 or a 解读 tells of the changes and repeals a document makes; it makes none; a
    # 修订对照表's rows quote the old and new texts' 附则, which repeal nothing)
    changes = () if COMPILATION.search(EDITION.sub("", raw.title)) or explains else changes_of(
        "".join(x for x in body if CELL not in x), [s.text for s in segments if s.kind == Kind.TABLE_ROW],
        dates.effective or dates.signed or dates.published)
    return Document(
        doc_id=stable_id(file, raw.title, str(raw.line_start)),
        title=title or Path(file).stem,
        doc_number=number,
        issuers=issuers,
        level=level,
        region=region,
        published=dates.published,
        signed=dates.signed,
        effective=dates.effective,
        expires=dates.expires,
        source_name=raw.header.get("来源"),
        file=file,
        line_start=raw.line_start,
        line_end=raw.line_end,
        # (an attachment's own 附件说明, 附件：1-1.…, names its attachments, not the document's)
        attachments=attachments_of([s.text for s in segments if not (s.path and ATTACHMENT_PAGE.match(s.path[0]))]),
        repeals=() if explains or draft_of(raw.title) or _ACCOUNT_OF.search(raw.title) else tuple(dict.fromkeys(
            repeals_of("\n".join(without_comparisons(body)))
            + repealed_rows([(s.path, s.text) for s in segments if s.kind == Kind.TABLE_ROW], raw.title)
            # (a 决定's items under 二、废止下列规章：, each naming a rule whole)
            + tuple(c.target for c in changes if c.action == "repeal" and not c.articles and not c.reported)
            + ((raw.office["replaces"],) if "replaces" in raw.office else ()))),  # (a standard's 代替DB37/T 3012—2017)
        changes=changes,
        changed_by=(),  # (the knowledge base's writer links changes across documents)
        **{k: v for k, v in raw.office.items() if k in OFFICE_FIELDS},
    )


_PAGE_DAY = frozenset({"发布时间", "发布日期", "日期"})  # (the header a page or a site's record gives its day in)
_DATE_FIELD = re.compile(r"日期\s*[:：]\s*\d")  # (a signature block's 日期：2024年11月8日, a PDF's lines one after another)
# (or a row of a table of the parties: 甲方｜郑州经开综合保税区管理委员会｜住所…)
_PARTY = re.compile(r"^\s*([甲乙丙丁])方\s*(?:[:：]\s*([\u4e00-\u9fff（）()]{4,40}?)\s*(?:[（(]\s*(?:盖章|签章)\s*[)）])?\s*$"
                    r"|｜\s*([\u4e00-\u9fff（）()]{4,40}?)\s*(?:｜|$))")
