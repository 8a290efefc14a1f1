"""Heads that are no 公文 版头 but say the same: the note in brackets under a
rule's title (when and by whom it was issued, its 文号), and the head of a 纪要
or a 简报 (its mark, its number, the office that edits it and the date). What
they say is the document's metadata (gongwen.body_parts, masthead.masthead)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import BRACKETED_DAY, CELL
from bri_kb.ingest.marks import MARK, top_marks
from bri_kb.ingest.metadata import STANDALONE_DATE, hanzi_date_to_digits, iso_date
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.wordhead import DAY
from bri_kb.vocabulary import ENDS_AS_ORGAN, ORGAN_END, parse_doc_number

_ISSUE_NOTE = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(.*?)(?:印发|公布|发布|颁布)(.*)[)）]")
_DATED_NUMBER = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[，,]?(.+)[)）]")
# (its organ, a space, its 文号)
_ORGAN_NUMBERED = re.compile(rf"[（(]\s*([\u4e00-\u9fff（）]{{2,40}}{ORGAN_END})[\s\u3000]+(\S{{4,30}}号)\s*[)）]")
_NUMBER_DATED = re.compile(r"[（(](.+?号)[，,]?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[)）]")  # (the 文号 first)
_ORGAN_TAIL = re.compile(r"(令)?第([\d一二三四五六七八九十百零〇]+)号$")  # (令第402号: the 令 that made the rule)
# A rule adopted at a meeting: （2023年5月30日福建省第十四届人民代表大会常务委员会第三次会议通过）.
# (or at an office's meeting: （2025年2月10日南宁片区管委会2025年第2次主任办公会议审议通过）)
# (or by its members: （2026年3月18日第一次会员大会通过）, a 章程's;
# or at its members' first assembly, by vote: （2026年3月18日联盟成立大会暨第一届会员大会表决通过）)
_ADOPTED = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(.{0,40}?)(?:(?:19|20)\d{2}年)?第[\d一二三四五六七八九十百零〇]+[次届]"
                      r"[\u4e00-\u9fff]{0,4}?(?:会议|大会)(?:审议|表决)?通过(.*)[)）]")  # (常务, 主任办公, 厅务, 局务 …会议)
# (…会议审议通过　2024年6月20日以琼商务规〔2024〕4号印发: sent out that day under that 文号)
_SENT = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)以?(.{4,30}?号)(?:印发|发布|公布)")
_DECREE_FIRST = re.compile(r"[（(](.{2,40}?)令第(\d{1,4})号[，,]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:公布|发布|印发)"
                           r"(?:[，,][^（）()]*)?[)）]")
# (根据…决定修正; or the meeting that revised it, as a 章程 says: 2026年1月15日第二次会员大会修订)
_AMENDED = re.compile(r"(?:根据)?((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^根]*?(?:修正|修订|修改)")
_TERM = re.compile(r"第[\d一二三四五六七八九十百零〇]+届")
_RELATIVE = re.compile(r"(?:片区|园区|新区|市|省|区|县|本|中心)(?:管委会|管理委员会|人民政府|政府|人大常委会|理事会)")
_PROMULGATED = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(.{2,40}?)令第([\d一二三四五六七八九十百零〇]+)号公布")


def _spaced_organs(organ: str, printed: Sequence[str]) -> str:
    """The organs of a note as printed, apart where a space sets them apart (…管理委员会　岳阳市商务局印发 ->
    "…管理委员会 岳阳市商务局"); the name unchanged where none does."""
    parts = organ.split("、")
    if len(parts) > 1 and all(ENDS_AS_ORGAN.search(p) for p in parts):
        return " ".join(parts)  # (organs listed with 、: 湖南省商务厅、湖南省财政厅印发)
    words = [_flat(w) for w in re.split(r"[\s\u3000]+", hanzi_date_to_digits(join_wrapped(list(printed)))) if w]
    start = "".join(words).find(organ)
    if start < 0:
        return organ
    cuts, at = [], 0
    for w in words[:-1]:
        at += len(w)
        if start < at < start + len(organ):
            cuts.append(at - start)
    return " ".join(organ[a:b] for a, b in zip([0, *cuts], [*cuts, len(organ)], strict=True))


def issue_note(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """The note in brackets under a rule's title saying when and by whom it
    was issued, and under which 文号 ("（2020年7月1日…管理委员会印发　绥自贸管规
    〔2020〕3号）", wrapped over up to three lines), or at which meeting it was
    adopted (…常务委员会第三次会议通过): (how many lines it takes out of the text,
    none for an adoption note; its fields: issued, issuer, doc_number)."""
    if not lines or not lines[0].text.startswith(("（", "(")):
        return None
    for n in range(1, min(6, len(lines)) + 1):  # an adoption note with its amendments runs to five lines
        text = hanzi_date_to_digits(_flat(join_wrapped([x.text for x in lines[:n]])))
        if text.endswith(("）", ")")):
            break
    else:
        return None
    if adopted := _ADOPTED.fullmatch(text):
        # The body that adopted it, without its term (第十四届); the note stays a clause of the text
        # (which meeting adopted the rule is a question analysts ask), so no line is taken.
        # A rule amended since (…通过 根据2024年11月28日…决定修正) is in force as last amended: its text is of that date.
        dates = [adopted.group(1), *_AMENDED.findall(adopted.group(3))]
        # (a body the note names short, as its own staff say it, 片区管委会 or 市人民政府, is no issuer's name: the 落款
        # gives it in full)
        # (nor a meeting joined to the one that voted, 联盟成立大会暨第一届会员大会: no organ)
        organ = _TERM.sub("", adopted.group(2))
        fields = {"issuer": "" if _RELATIVE.match(organ) or organ.endswith(("暨", "和", "及")) else organ}
        if decree := _PROMULGATED.search(adopted.group(3)):
            # …会议通过　2024年6月3日钦州市人民政府令第12号公布: made public that day, by that 令
            dates.insert(1, decree.group(1))
            fields["wrapper"] = f"{decree.group(2)}令（第{decree.group(3)}号）"
        elif (sent := _SENT.search(adopted.group(3))) and (number := parse_doc_number(sent.group(2))):
            dates.insert(1, sent.group(1))
            fields["doc_number"] = number.text
        issued = max(filter(None, map(iso_date, dates)), default="")
        return 0, {k: v for k, v in (("issued", issued), *fields.items()) if v}
    if decreed := _DECREE_FIRST.fullmatch(text):
        # （国家发展改革委　商务部令第31号，2025年9月26日公布，自…起施行）: the 令 first, then the day it made the rule
        organs = _spaced_organs(decreed.group(1), [x.text for x in lines[:n]])
        return n, {"issued": iso_date(decreed.group(3)) or "", "issuer": organs,
                   "wrapper": f"{organs}令（第{decreed.group(2)}号）"}
    if put := _ISSUED_NOTE.fullmatch(text):
        # (a compilation's line under a policy's title: who issued it, then the month or the day:
        # （郑州经济技术开发区管理委员会2024年1月印发）; a month alone dates nothing. The committee short-named in
        # the note (西安国际港务区管委会) signs with its full name)
        organ = re.sub(r"管委会(?=\s|$)", "管理委员会", _spaced_organs(put.group(1), [x.text for x in lines[:n]]))
        return n, {k: v for k, v in (("issuer", organ),
                                     ("issued", iso_date(put.group(2)) or "")) if v}
    m = _ISSUE_NOTE.fullmatch(text)
    if not m:
        # A compilation's or a gazette's line under a title: its date and 文号 alone (（2024年5月10日 鄂政发〔2024〕9号）).
        if (dated := _DATED_NUMBER.fullmatch(text)) and (number := parse_doc_number(dated.group(2))) \
                and number.text == dated.group(2):
            return n, {"issued": iso_date(dated.group(1)) or "", "doc_number": number.text}
        # (or its 文号 first, then the day: （湘政办发〔2025〕18号　2025年4月22日）)
        if (dated := _NUMBER_DATED.fullmatch(text)) and (number := parse_doc_number(dated.group(1))) \
                and number.text == dated.group(1):
            return n, {"issued": iso_date(dated.group(2)) or "", "doc_number": number.text}
        # (or its organ and 文号: （国务院办公厅　国办发〔2025〕37号）)
        raw = " ".join(x.text.strip() for x in lines[:n])
        if (organed := _ORGAN_NUMBERED.fullmatch(raw)) and (number := parse_doc_number(organed.group(2))) \
                and number.text == organed.group(2):
            return n, {"issuer": _spaced_organs(organed.group(1), [x.text for x in lines[:n]]), "doc_number": number.text}
        if day := BRACKETED_DAY.fullmatch(text):
            return n, {"issued": iso_date(day.group(1)) or ""}  # a speech's day under its title: （2024年3月6日）
        return None
    # (a rule amended since, …公布　根据2024年11月12日…令第251号修正: its text is of that date, unless the
    # 令 that carries it is printed with it and dates it)
    fields = {"issued": iso_date(m.group(1)) or "",
              "amended": max(filter(None, map(iso_date, _AMENDED.findall(m.group(3)))), default=""),
              # (…令第432号公布　自2024年2月1日起施行: the day it came into force, said only in the note)
              "in_force": (iso_date(force.group(1)) or "") if (force := _IN_FORCE.search(text)) else ""}
    if number := parse_doc_number(m.group(3)) or parse_doc_number(m.group(2)):
        fields["doc_number"] = number.text
    part = m.group(2).replace(number.text if number else "\0", "")
    tail = _ORGAN_TAIL.search(part)
    if organ := part[: tail.start()] if tail else part:
        # (two organs, set apart by a space in the note as printed: 岳阳片区管理委员会　岳阳市商务局印发)
        fields["issuer"] = _spaced_organs(organ, [x.text for x in lines[:n]])
        if tail and tail.group(1):  # made by a 令: the rule is named by it (…人民政府令第402号)
            fields["wrapper"] = f"{organ}令（第{tail.group(2)}号）"
    return n, {k: v for k, v in fields.items() if v}


_IN_FORCE = re.compile(r"自((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)起(?:施行|实施|执行)")

# (an organ's name may quote a programme: 福建省推进“一带一路”建设工作领导小组办公室)
_HELD_BY = re.compile(r"([\u4e00-\u9fff（）]{2,30}?(?:人民政府|委员会|管委会|领导小组办公室))"
                      r"(?:专题|常务|主任办公|办公|全体|党组)?会议纪要$")
_ZONE_HELD = re.compile(r"([\u4e00-\u9fff（）]{2,30}?(?:片区|开发区|高新区|园区|示范区|合作区))(?:主任办公|党工委)会议纪要$")
# (or a 新闻办's series of its press conferences' transcripts, 新闻发布会实录 / 第37期: each issue titled under its head)
_MINUTES_MARK = re.compile(r"[\u4e00-\u9fff（）()“”]{2,30}(纪要|简报|快报|专报|要报|动态|通讯|政务信息|情况通报|新闻通稿|新闻稿|实录"
                           r"|决策参考|参阅|学习参考|参考资料|学习资料|调研"
                           r"|月报|季报|周报|旬报)"
                           r"|(领导讲话|工作提示|工作提醒)")
# 〔2021〕5号, 〔2024〕3期, 第12期, 2024年第9期（总第87期）
# (or a meeting's count: 第58次, under a 常务会议纪要's mark)
_MINUTES_NO = re.compile(r"(?:[\u4e00-\u9fff]{1,8})?[〔\[［﹝](?:19|20)\d{2}[〕\]］﹞](?:第)?\d{1,4}[号期]"
                         r"|(?:(?:19|20)\d{2}年)?第\d{1,4}期(?:[（(]总第\d{1,5}期[)）])?|第\d{1,4}次")
_MINUTES_TITLE = re.compile(r"[\u4e00-\u9fff（）\d]{4,60}会议纪要(?:[（(]摘要[)）])?")
_EDITION = re.compile(r"[（(][\u4e00-\u9fff“”]{0,12}(?:专刊|专辑|增刊|特刊|专报|专号)[)）]")
_ISSUED_NOTE = re.compile(rf"[（(]([\u4e00-\u9fff（）“”]{{2,40}}?{ORGAN_END})((?:19|20)\d{{2}}年\d{{1,2}}月(?:\d{{1,2}}日)?)"
                          r"(?:印发|发布|公布|出台|提出)[)）]")
# (or one of its divisions, 福建省商务厅综合处编: the organ's, the division's name left out)
_EDITED = re.compile(rf"([\u4e00-\u9fff（）“”]{{2,30}}?{ORGAN_END})(?:[\u4e00-\u9fff]{{1,8}}?[处科])?(?:编印|编)?"
                     r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


_SIGNED_BY = re.compile(rf"([\u4e00-\u9fff（）“”]{{2,30}}?{ORGAN_END})签\s*发\s*人\s*[:：]\s*[\u4e00-\u9fff]{{2,4}}")
_NUMBERED = re.compile(r"^(.*?)[\s\u3000]*编\s*号\s*[:：]\s*(\S+)$")


def _marks_and_number(text: str) -> tuple[str, str] | None:
    """A line of marks (内部资料　注意保存) with a 编号 that is a 文号 after them: (the marks, the number)."""
    m = _NUMBERED.match(text.strip())
    if m is None or m.group(1).strip() and top_marks(m.group(1)) is None:
        return None
    number = parse_doc_number(m.group(2))
    return (_flat(m.group(1)), number.text) if number is not None else None


# The box a 专报 leaves under its head for a leader's instruction, empty (领 导 批 示｜)
_INSTRUCTION_BOX = re.compile(r"(?:领导)?批示(?:栏|意见)?[:：]?")


def minutes_head(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """The 版头 of a 纪要 or a 简报: its mark (厦门片区管委会主任办公会议纪要; a
    简报's over two lines), its number (〔2021〕5号, 第12期), and the line of the
    office that edits it and its date. A 简报 has no title of its own: its mark
    is its title, its number its 文号. (A 专报's empty box for a leader's 批示
    under it is the head's too.)"""
    if (found := _minutes_head(lines)) is None:
        return None
    return _past_box(lines, found[0]), found[1]


def _past_box(lines: Sequence[Line], head: int) -> int:
    """The first line at or after `head` that is no empty box for a leader's 批示, nor a 新闻通稿's time it may be
    released from (（发布时间：2026年3月18日18:00以后）)."""
    while head < len(lines) and (_INSTRUCTION_BOX.fullmatch(flat := _flat(lines[head].text.replace(CELL, "")))
                                 or _RELEASE_NOTE.fullmatch(flat)):
        head += 1
    return head


_RELEASE_NOTE = re.compile(r"[（(](?:发布|播发|发稿|使用)时间[:：][^（）()]{4,30}[)）]"
                           r"|[（(][^（）()]{4,30}(?:以后|后)(?:发布|播发|使用)[)）]")


def _minutes_head(lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    if lines and (numbered := _marks_and_number(lines[0].text)) is not None:
        # (a 专报's marks and its 编号 over its mark: 内部资料　注意保存　编号：新商专报〔2024〕31号)
        found = minutes_head(lines[1:])
        marks, number = numbered
        return (found[0] + 1, found[1] | {"doc_number": number} | ({"copy_number": marks} if marks else {})) \
            if found else None
    # (a 份号 or 密级 over the mark: 000041)
    above = next((k for k in range(3) if k >= len(lines) or not top_marks(lines[k].text)), 0)
    if above:
        found = minutes_head(lines[above:])
        return (found[0] + above, found[1] | {"copy_number": _flat(lines[0].text)}) if found else None
    if len(lines) > 3 and _BARE_KIND.fullmatch(_flat(lines[0].text)) and MARK.fullmatch(named := _flat(lines[1].text)):
        # (its kind alone over the organ's name: 新 闻 通 稿 / …管理委员会 / 第37期　2025年9月19日, the organ's)
        found = minutes_head([dataclasses.replace(lines[1], text=named + _flat(lines[0].text)), *lines[2:]])
        return (found[0] + 1, {"issuer": named} | found[1]) if found else None
    if (len(lines) > 2 and _BARE_KIND.fullmatch(kind := _flat(lines[0].text)) and kind in _TITLED_UNDER
            and (edited := _EDITED.fullmatch(hanzi_date_to_digits(_flat(lines[1].text.replace(CELL, "")))))):
        # (or over the organ and its day, no number: 新 闻 通 稿 / 广西壮族自治区商务厅⇥2026年3月18日; its headline under them)
        return 2, {"issuing_mark": kind, "issuer": edited.group(1), "issued": iso_date(edited.group(2)) or ""}
    for n in (1, 2):
        mark = _flat("".join(x.text for x in lines[:n]))
        if len(lines) > n + 1 and (m := _MINUTES_MARK.fullmatch(mark)) and "关于" not in mark:
            break
    else:
        return None
    if len(lines) > n + 2 and _EDITION.fullmatch(_flat(lines[n].text)):  # (its issue's kind under it: （…专刊）)
        mark, n = mark + _flat(lines[n].text), n + 1
    number = _flat(lines[n].text)
    # (or the number, the office and the day on one line, spaced, tabbed or in a table's cells: 第12期　　市政府办公室编
    # 　　2026年5月20日)
    # (or the number and the day alone: 第37期　　2025年9月19日)
    typed = hanzi_date_to_digits(lines[n].text.replace(CELL, " ").strip())
    one_line = None if _MINUTES_NO.fullmatch(number) else _ISSUE_LINE.fullmatch(typed) or _NUMBER_DAY.fullmatch(_flat(typed))
    if one_line is not None:
        number = _flat(one_line.group(1))
    elif not _MINUTES_NO.fullmatch(number):
        return None
    fields = {"issuing_mark": mark, "doc_number": number}
    # (the office that edits it, and its day or its 签发人)
    below = _flat(one_line.group(2)) if one_line else _flat(lines[n + 1].text.replace(CELL, ""))
    edited = _EDITED.fullmatch(hanzi_date_to_digits(below))
    # (or its day alone, the office left out: 〔2026〕3号 / 2026年2月12日, set on a tab stop under the number)
    day_alone = None if edited else DAY.fullmatch(hanzi_date_to_digits(below))
    if m.group(1) in _STUDY and not edited:
        return None  # (a study booklet's cover, its title over the office that edits it: no head of an issue)
    head = n + 1 if one_line else n + 2 if edited or day_alone else n + 1
    if not edited and (signer := _SIGNED_BY.fullmatch(below)) and n + 2 < len(lines) \
            and (day := iso_date(hanzi_date_to_digits(_flat(lines[n + 2].text)))):
        # (a 专报's office with its 签发人, the date on the line under them; its article's own title follows)
        # (the day its 签发人 signed it off: the day it was made, as a 落款's)
        return n + 3, {"issuing_mark": mark, "doc_number": number, "issuer": signer.group(1), "issued": day, "dated": day}
    # A 简报 has no title of its own; a 情况通报 printed as one has (…座谈会情况通报 under its head)
    # (nor has a 新闻稿: its headline is under its head; nor a series of 领导讲话 or 工作提示: each issue is titled)
    if m.group(2):
        return (head, fields | {"issuer": _placed_office(edited.group(1), mark), "issued": iso_date(edited.group(2)) or ""}) \
            if edited else (head, fields)
    # (nor a 决策参考 or 参阅 that carries one study, titled under its head; nor a 月报 that carries one analysis, titled
    # under its head, no 本期要目 listing several)
    # (nor a 专报 that carries one article, its title under its head and the box left for a leader's 批示)
    under = _past_box(lines, head)
    if m.group(1) not in _TITLED_UNDER and not (m.group(1) == "情况通报" and head < len(lines)
                                                and _flat(lines[head].text).endswith("通报")) \
            and not (m.group(1) == "专报" and under < len(lines) and _titled_under(lines[under].text)) \
            and not (m.group(1) in _PERIODICALS and head < len(lines) and _titled_under(lines[head].text)
                     and lines[head].no == lines[head - 1].no + 1):  # (nothing left out between: a 本期要目 is)
        fields["title"] = mark  # (its number is its 文号 apart, as it is cited: 自贸试验区工作简报 2026年第5期)
    if m.group(1) == "纪要" and head < len(lines) and (re.search(r"[，。]", lines[head].text)
                                                     or _MEETING_FIELD.match(lines[head].text.replace(CELL, ""))):
        # (no title of its own under its head, its text right under it, or the meeting's 时间：…, 地点：…: the mark names it)
        fields["title"] = mark
    elif m.group(1) == "纪要" and number.endswith("次") and head < len(lines) and _MINUTES_TITLE.fullmatch(_flat(lines[head].text)):
        # (a meeting's count under the mark, 第58次, and its full title under the head: 赣州市人民政府第58次常务会议纪要（摘要）)
        fields["title"], head = _flat(lines[head].text), head + 1
    if edited:
        # (the organ whose meeting it records, where its mark names one: 郴州市人民政府专题会议纪要, …片区管理委员会 /
        # 会议纪要; the office on the line under it edits it, 郴州市人民政府办公室)
        day = iso_date(edited.group(2)) or ""
        # (a 纪要's day is the day it was made, where no 落款 dates it, and made public then unless its 版记 prints it
        # later; a 简报's is its issue's only)
        minutes = m.group(1) == "纪要" and bool(day)
        return (head, fields | {"issuer": _meeting_organ(mark) or _placed_office(edited.group(1), mark)}
                | ({"dated": day} if minutes else {"issued": day}))
    if day_alone:
        day = iso_date(day_alone.group(0)) or ""
        issuer = {"issuer": organ} if (organ := _meeting_organ(mark)) else {}
        return head, fields | issuer | ({"dated": day} if m.group(1) == "纪要" and day else {"issued": day})
    return head, fields


_STUDY = ("学习参考", "参考资料", "学习资料")  # (an office's study papers, each issue titled under its head)
# (a head over a title of its issue's own; a 研究室's 商务调研 carries one study so)
_TITLED_UNDER = ("纪要", "新闻稿", "新闻通稿", "决策参考", "参阅", *_STUDY, "实录", "调研")
_PERIODICALS = ("月报", "季报")  # (a 周报 or 旬报 is named as a 简报 is, by its mark and number, whatever it carries)


def _titled_under(text: str) -> bool:
    """Is the line under a periodical's head its one article's title (no sentence, no 本期要目 or 目录)?"""
    flat = _flat(text.replace(CELL, ""))
    return 4 <= len(flat) <= 60 and not re.search(r"[，。；：:]", flat) and flat not in ("本期要目", "目录", "要目")


_ISSUE_LINE = re.compile(rf"({_MINUTES_NO.pattern})\s+(\S.*?(?:编印|编)\s+(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)")
_NUMBER_DAY = re.compile(rf"({_MINUTES_NO.pattern})((?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)")  # (read without its spaces)
_BARE_KIND = re.compile(r"新闻通稿|新闻稿|工作简报|简报|快报|专报")  # (a head's kind, its organ on the line under it)
_MEETING_FIELD = re.compile(r"\s*(?:时\s*间|地\s*点|主\s*持|出\s*席)\s*[:：]")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治区|省|市)")


def _placed_office(office: str, mark: str) -> str:
    """The office that edits a 简报, named by its level as its own city's papers name it (市政府办公室), with the place
    its mark names and its government's full name: 厦门市政务信息 -> 厦门市人民政府办公室. Any other name unchanged."""
    place = _PLACE.match(mark)
    if place is None or not office.startswith(("市政府", "省政府")) or not place.group(0).endswith(office[0]):
        return office
    return f"{place.group(0)}人民政府{office[3:]}"


def _meeting_organ(mark: str) -> str | None:
    """The organ whose meeting a 纪要's mark names (郴州市人民政府专题会议纪要; …长沙片区 / 主任办公会议纪要: the 片区's
    committee met), None if it names none."""
    if held := _HELD_BY.match(mark):
        return held.group(1)
    zone = _ZONE_HELD.match(mark)
    return f"{zone.group(1)}管理委员会" if zone else None


def decree_note_below(lines: Sequence[Line]) -> tuple[int, tuple[int, dict[str, str]]] | None:
    """The 题注 of a rule a 令 publishes (（…令第219号公布…）), right under the 令's date within its first lines."""
    for at in range(2, min(8, len(lines))):
        if re.fullmatch(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日", _flat(lines[at - 1].text)) and (
                note := issue_note(lines[at : at + 3])) and note[0] and "wrapper" in note[1]:
            return at, note
    return None


_DASH_DATED = re.compile(r"(?:——|－－)(?:19|20)\d{2}年")
_ISSUES_IT = re.compile(r"(?:印发|转发)给你们|现予(?:印发|公布)")


def dated_title(lines: Sequence[Line], i: int, above: str) -> bool:
    """Is line i the first of a title (one to three lines, no sentence's stop) over a subtitle that dates it with a
    dash (——2025年7月29日在…会议上, ——…会议分组审议): a report, a speech or a congress's 审议意见 printed after the one
    before, as a congress's papers are? Not when the text above (`above`) issues it (…印发给你们): a notice and what
    it issues are one document."""
    if _ISSUES_IT.search(above) or _DASH_DATED.match(_flat(lines[i].text)) or marker_of(lines[i].text):
        return False
    for n in (1, 2, 3):
        if i + n >= len(lines) or any(CELL in x.text or x.text.rstrip()[-1:] in "。；：:，！？"
                                      or STANDALONE_DATE.match(hanzi_date_to_digits(_flat(x.text))) for x in lines[i : i + n]):
            return False  # (nor the 落款 and date of the one before, over the next one's title)
        if _DASH_DATED.match(hanzi_date_to_digits(_flat(lines[i + n].text))):
            return True
    return False
