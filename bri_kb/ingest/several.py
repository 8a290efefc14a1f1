"""Several 公文 printed one after another in one file (a gazette page, a
转发 chain, a 请示 and its 批复, a policy and its 政策解读): where each further
one starts. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from bri_kb.ingest.agreement import AGREEMENT, PARTY
from bri_kb.ingest.bulletins import dated_title, minutes_head
from bri_kb.ingest.carried import bracketed_number, carries_rule, dated_number, decree_head, decree_note
from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import ATTACHMENT_PAGE, CELL, INSTRUMENT, ISSUE_NO, REMARK
from bri_kb.ingest.endings import closes, numbered_row, printed
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.gongwen import MAX_TITLE_LINES, addressee_lines, title_line
from bri_kb.ingest.marks import MARK, NUMBER_FIELD, doc_number_line, papers_mark
from bri_kb.ingest.numbered_heads import divided, numbered_head
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.speeches import next_speech
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import ENDS_AS_ORGAN, cn_to_int, draft_of


def further_documents(lines: Sequence[Line]) -> list[int]:
    """Where each further 公文 starts in a file that prints several one after
    another (a gazette page, a bulletin): the first line of its 标题, which
    ends with a 文种, stands right above a line holding only its 文号, which
    stands right above a 主送 line ending with a colon; and the line above the
    标题 finishes what came before (a sentence, or a 成文日期). Also a 公文 whose
    文号 stands above its 标题 (numbered_heads.numbered_head), and a 政策解读 after its policy."""
    starts: list[int] = []
    for i in range(2, len(lines) - 1):
        if interprets(lines, i) and not closes(lines[i].text) and not _cover_above(lines, i) and (
                closes(lines[i - 1].text)
                or _flat(lines[i].text).startswith(("《", "关于《", "关于")) and _flat(lines[i - 1].text)[-1:] in "。；"):
            starts.append(i)  # a 政策解读 (or a draft's 起草说明) printed after the policy it explains (关于…公告…的解读)
        elif _LABEL.fullmatch(_flat(lines[i].text)) and interprets(lines, i + 1):
            starts.append(i)  # …under its 栏目 label (【政策解读】), right after the policy's last article
        elif _explains_above(lines, i) and starts[-1:] != [i - 1]:  # (not under its 栏目 label, taken above)
            starts.append(i)  # 《…》解读 naming the document above it, printed after its last attachment's table
        elif _attached_draft(lines, i):
            starts.append(i)  # a draft the notice asks comments on (附件1 / …办法（征求意见稿）), or its 起草说明
        elif _republished(lines, i):
            starts.append(i)  # a rule printed whole after the 决定 that amends it (…作相应修改，重新公布。 / …条例)
        elif _approval(lines, i) or starts and _approval(lines, starts[-1]) and _adopted_title(lines, i, "。"):
            starts.append(i)  # a province's 批准决定 printed after the city's 公告, then the 条例 it approved
        elif (closes(lines[i - 1].text) or _flat(lines[i - 1].text)[-1:] in "。！") and dated_title(
                lines, i, _flat("".join(x.text for x in lines[starts[-1] if starts else 0 : i]))):
            starts.append(i)  # a report after the one before, its dated subtitle under it (——2025年7月29日在…会议上)
        elif _flat(lines[i - 1].text)[-1:] in "。！" and next_speech(lines, i):
            starts.append(i)  # a speech after the one before ends (…谢谢大家！), its speaker and day under its title
        # (not the papers' own head, …办公厅⇥2026年5月20日 / 材料一: no paper ends above it)
        elif (papers_mark(lines[i].text) and _flat(lines[i - 1].text)[-1:] in "。！"
              and i + 2 < len(lines) and not papers_mark(lines[i + 1].text) and _flat(lines[i + 1].text)[-1:] not in "。；："):
            starts.append(i)  # the next of a meeting's papers, under its label (…保障措施。 / 材料之二 / 新 闻 通 稿 / …)
        elif starts[-1:] != [i - 1] and minutes_head(lines[i:]) is not None and any(
                _flat(x.text)[-1:] in "。！" for x in lines[starts[-1] if starts else 0 : i]):
            starts.append(i)  # the next issue of a 简报 bound with the one before (…（共印120份） / 内部资料 / …简报 / 第2期)
        elif _next_titled(lines, i, starts[-1] if starts else 0):
            starts.append(i)  # a second guide after the first's 落款 (…设立登记办事指南 … 2025年12月10日 / …注销登记办事指南)
        above = _above(lines, i)
        if decree_head(lines, i) and (closes(lines[above].text) or _flat(lines[above].text)[-1:] in "。"):
            # a 令 printed after the notice that forwards it (福建省人民政府令 / 第241号 / …现予公布); a city's 公告 after the
            # province's decision approving the 条例 it makes public (…决定予以批准…公布施行。 / —————— / …常务委员会公告)
            starts.append(i)
            continue
        if decree_note(lines[i]) and carries_rule(lines, starts[-1] if starts else 0, i - 1):
            continue  # the rule a 令 or 公告 carries, right under its 成文日期: the same document (its wrapper)
        if dated_number(lines[i]) or bracketed_number(lines[i]) or decree_note(lines[i]):
            pass  # a compilation's (date 文号), (文号) or 令 note under the title: what follows is the body
        elif NUMBER_FIELD.fullmatch(_flat(lines[i].text)) and addressee_lines(lines[i + 1 :]):
            pass  # a 规范性文件's number in a field of its own (【文件编号】QDCR-2024-0190003) over its 主送
        elif not doc_number_line(lines[i].text):
            continue
        elif not addressee_lines(lines[i + 1 :]) and not _compiled(lines, i):
            if (below := numbered_head(lines, i, starts[-1] if starts else 0)) is not None:
                starts.append(below)
                continue
            # (a 公告 has no 主送: its number under its title, …的公告 / 霍市监公告〔2026〕8号, is enough; so is a 通知书's
            # number in its field under its title, 编号：沪财会境备〔2026〕第0032号, over a firm it is sent to)
            # (or an instrument's to a party, …投诉处理决定书 / 成商投诉决〔2026〕6号 / 投 诉 人：…)
            if not (_flat(lines[i - 1].text).endswith(("公告", "通告")) and "公告" in _flat(lines[i].text)
                    or names_genre(lines[i - 1].text) and _flat(lines[i].text).startswith("编号")
                    or INSTRUMENT.search(_flat(lines[i - 1].text))):
                continue
        start = i - 1
        if not names_genre(lines[start].text):
            # (its title under the number, its 主送 under that: …执法局 / 钦港执法责改〔2026〕8号 / 责令限期改正通知书 / …公司：)
            if (below := numbered_head(lines, i, starts[-1] if starts else 0)) is not None:
                starts.append(below)
            continue
        while (start - 1 > 0 and i - start < MAX_TITLE_LINES and title_line(lines[start].text, lines[start - 1].text)
               and not _after_end(lines, start) and not _LABEL.fullmatch(_flat(lines[start - 1].text))
               and not divided(lines, start) and not _HANDLING.fullmatch(_flat(lines[start - 1].text))
               and not _bracket_closed(lines[start - 1].text)):
            # a title wrapped over lines (not over the 成文日期 or 附注 of the document before, nor the wrapped end of
            # its bracketed note: （联系人：…0999- / 8786023）)
            start -= 1
        if marker_of(lines[start].text):
            continue  # an item that names a document with its 文号 (二、…的意见（豫政〔2022〕9号）), not a title
        # (after a sentence's end, the document before's end, or a table's last row: a county's 附件 table, then the
        # city's notice it forwards, 文号 and 主送 under its title)
        # (its 栏目 over it, 【人事任免】: the document before ends above that; the 栏目 starts this one)
        start -= 1 if start > 1 and _LABEL.fullmatch(_flat(lines[start - 1].text)) else 0
        # (or a form's last row, its blanks to fill: the 申报表 closing a 汇编's 操作指引, then the next document)
        # (or a form's blank to fill in, its last field: 填报日期：2026年____月____日, the reply slip the one before attaches)
        if start > 0 and (_flat(lines[start - 1].text)[-1:] in "。；！？" or _after_end(lines, start)
                          or start > 1 and bool(REMARK.match(_flat(lines[start - 2].text + lines[start - 1].text)))
                          or bool(_BLANK_END.search(lines[start - 1].text))
                          or numbered_row(lines[start - 1].text) or divided(lines, start)
                          or bracketed_number(lines[i]) and CELL in lines[start - 1].text):
            starts.append(start)
    # (once each: two of the tests above may find the same start)
    return [_under_head(lines, start) for start in _with_text(lines, sorted(set(starts)))]


def _under_head(lines: Sequence[Line], start: int) -> int:
    """A start that a 纪要's or 简报's head stands over (…专题会议纪要 / 第13期 / …办公室⇥2026年4月15日, then its title),
    moved up to that head: the second of an office's minutes printed after the first's 版记."""
    for k in (1, 2, 3, 4):
        if start - k > 0 and (head := minutes_head(lines[start - k :])) is not None and head[0] >= k:
            return start - k
    return start


def _above(lines: Sequence[Line], i: int) -> int:
    """The line above line i, past a rule typed between two documents (------, ——————): where the one before ends."""
    return i - 2 if i > 1 and _RULE_LINE.fullmatch(lines[i - 1].text.strip()) else i - 1


def _bracket_closed(text: str) -> bool:
    """Does the line end a bracket a line above it opened (…0999- / 8786023）)?"""
    flat = text.strip()
    return flat[-1:] in "）)" and flat.count("（") + flat.count("(") < flat.count("）") + flat.count(")")


def _with_text(lines: Sequence[Line], starts: list[int]) -> list[int]:
    """The starts that leave the document before them some text: a few short lines with no sentence and no table above a
    start, an issue's number among them (a 纪要's head, …管理委员会 / 会　议　纪　要 / 2026年第12期 / …办公室　2026年5月18日,
    over its organ and title), are that document's head, not a document. (A compilation's cover over its first document,
    商务部公告汇编 / （2025年第18号—第20号）, stays a part of its own.)"""
    kept: list[int] = []
    for start in starts:
        above = lines[kept[-1] if kept else 0 : start]
        if (len(above) > 6 or any(CELL in x.text or _flat(x.text)[-1:] in "。；：！？" for x in above)
                or not any(ISSUE_NO.fullmatch(_flat(x.text)) for x in above)):
            kept.append(start)
    return kept



def attachments_back(lines: Sequence[Line]) -> list[Line]:
    """The lines with a forwarding notice's later 附件 put back with it: a notice that prints the 公文 it forwards as its
    附件1 (附件1 / 崇政办发〔2024〕27号 / title …, a document of its own) and then its own 附件2 (a 任务分工表) after that
    公文's end has the 附件2 moved up, above the forwarded 公文, so that each document's lines run on (every line keeps
    its number in the file); the lines as they are otherwise."""
    if not any(_ATTACHMENT_NO.fullmatch(_flat(x.text)) and closes(before.text) for before, x in pairwise(lines)):
        return list(lines)  # (no 附件 label right after a document's end: no such file; the split's scan is not run twice)
    starts = further_documents(lines)
    for n, start in enumerate(starts):
        label = _ATTACHMENT_NO.fullmatch(_flat(lines[start - 1].text)) if start > 1 else None
        if label is None or not closes(lines[start - 2].text):
            continue
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        own = next((j for j in range(start + 1, stop) if closes(lines[j - 1].text)
                    and (m := _ATTACHMENT_NO.match(_flat(lines[j].text))) and _number(m) > _number(label)), None)
        if own is not None:
            # (the 附件1 label stays right above the 公文 it labels)
            return [*lines[: start - 1], *lines[own:stop], *lines[start - 1 : own], *lines[stop:]]
    return list(lines)


_ATTACHMENT_NO = re.compile(r"附件([\d一二三四五六七八九十]{1,3})")  # an 附件's label (the title may follow on its line)


def _number(label: re.Match[str]) -> int:
    digits = label.group(1)
    return int(digits) if digits.isdigit() else cn_to_int(digits) or 0


# A 栏目 label alone.
_LABEL = re.compile(r"【[^】]{2,12}】")
# An entry of a gazette's 目录 ends in its page number after dot leaders ("…（桂政办发〔2025〕21号）……2").
_TOC_ENTRY = re.compile(r"(?:\.{2,}|…+|·{2,})\s*\d{1,3}$")


def _compiled(lines: Sequence[Line], i: int) -> bool:
    """Is lines[i], a 文号 alone, a compiled document's under its one-line title, with no 主送 (a 片区's 惠企政策汇编:
    …暂行办法 / 岳自贸管发〔2024〕5号 / 第一条…): the title after the 成文日期 of the document before, or after a
    sentence's end with an article or item opening under the 文号?"""
    if i < 2 or i + 1 >= len(lines) or not names_genre(lines[i - 1].text):
        return False
    # (or under the book's divider, the document before ending above it: 三、财税政策 / …的公告 / 国家税务总局公告…号)
    return (_after_end(lines, i - 1) or divided(lines, i - 1)
            or _flat(lines[i - 2].text)[-1:] in "。；" and bool(marker_of(lines[i + 1].text)))


def _after_end(lines: Sequence[Line], i: int) -> bool:
    """Does line i follow the end of what came before: a 成文日期 or 附注, an entry of a
    gazette's 目录, a court's signature, or the page the line opens (its first document after the cover)?"""
    a, b = lines[i - 1].page, lines[i].page
    # (also a line of symbols alone, as a post sets before the text it carries: 👇👇👇, or its label: 📄政策原文)
    return (closes(lines[i - 1].text) or bool(_TOC_ENTRY.search(lines[i - 1].text))
            or not re.search(r"\w", lines[i - 1].text) or bool(_CARRIED_LABEL.fullmatch(re.sub(r"\W", "", lines[i - 1].text)))
            or bool(_COURT_SIGNED.fullmatch(_flat(lines[i - 1].text)))
            or (a is not None and b is not None and b > a))


# A court's signature block under a judgment or ruling (审判长　…, 书　记　员　陈嘉怡, 本件与原本核对无异): its end
_COURT_SIGNED = re.compile(r"(?:审判长|审判员|代理审判员|人民陪审员|法官助理|书记员|执行员)[\u4e00-\u9fff·]{2,8}|本件与原本核对无异")


_CARRIED_LABEL = re.compile(r"(?:政策|文件)?(?:原文|全文|正文)(?:如下)?")  # a post's label over the text it carries


_QUOTES = re.compile(r"[《》〈〉]")  # (a title's brackets, which a post may or may not print)


def carries(post: Sequence[Line], title: str, text: Sequence[Line]) -> bool:
    """Is `post` (a document's lines) an article over the 公文 after it (`title`, its lines `text`), as a 公众号 or a
    news site reprints one: it stands no 文号 of its own, it ends with its label over the text it carries
    (📄政策原文, 原文如下, 👇👇👇), and it names that text (its title from 关于 on, or its 文号)?"""
    lines = [x.text for x in post if x.text.strip()]
    if not lines or any(doc_number_line(x) for x in lines):
        return False
    last = re.sub(r"\W", "", lines[-1])
    if last and not _CARRIED_LABEL.fullmatch(last):
        return False
    said = _QUOTES.sub("", _flat("".join(lines)))  # (印发《…方案》 names the 关于印发…方案的通知)
    number = next((n for x in text[:8] if (n := doc_number_line(x.text))), None)
    named = _QUOTES.sub("", _flat(title)).split("关于", 1)[-1][:12]
    return len(named) >= 6 and named in said or number is not None and _flat(number) in said


# A booklet's handling mark on its cover (内部资料　免费交流, 内部资料　注意保存): no line of the title under it.
_HANDLING = re.compile(r"内部(?:资料|材料|参阅)\s*(?:免费交流|注意保存|请勿外传)?|免费交流|注意保存")


def _republished(lines: Sequence[Line], i: int) -> bool:
    """Is line i the title of a rule printed whole, as amended, after the 决定 that amends it and says so (《…条例》根据本
    决定作相应修改…，重新公布。 / …条例 / （…通过　根据…修正）), the title wrapped over up to two lines? It is a document of
    its own: its articles are cited by its name, not the 决定's."""
    above = _flat("".join(x.text for x in lines[max(0, i - 2) : i]))  # (the sentence wrapped in a PDF: …重新公 / 布。)
    if not (0 < i < len(lines) - 2 and "重新公布" in above[-24:] and above.endswith("。")):
        return False
    return any(names_genre(title) for title in _over_adoption_note(lines, i, 2))


def _over_adoption_note(lines: Sequence[Line], i: int, most: int) -> Iterator[str]:
    """The titles of one to `most` lines from line i that stand over an adoption note (（…会议通过…）, wrapped over up
    to two lines as a PDF wraps it: （2022年11月25日…第十三届人民代 / 表大会常务委员会第三十五次会议通过…）), flat."""
    for n in range(1, most + 1):
        title, note = _flat("".join(x.text for x in lines[i : i + n])), _flat("".join(x.text for x in lines[i + n : i + n + 2]))
        if note[:1] in "（(" and "通过" in note:
            yield title


def _adopted_title(lines: Sequence[Line], i: int, after: str) -> bool:
    """Is line i a title (one to three lines) naming its 文种, under a line ending in one of `after` (or a 成文日期 when
    `after` is empty), with its adoption note under it (（…会议通过…）)?"""
    if not (0 < i < len(lines) - 2) or not (closes(lines[i - 1].text) if not after
                                           else _flat(lines[i - 1].text)[-1:] in after):
        return False
    return any(names_genre(title) and "。" not in title for title in _over_adoption_note(lines, i, 3))


def _approval(lines: Sequence[Line], i: int) -> bool:
    """Is line i the title of a 批准决定 (…关于批准《…条例》的决定, its adoption note under it) printed after the 成文日期
    of the 公告 that publishes the 条例? It, and the 条例 after it, are documents of their own."""
    return "关于批准" in _flat("".join(x.text for x in lines[i : i + 3])) and _adopted_title(lines, i, "")


def _next_titled(lines: Sequence[Line], i: int, start: int) -> bool:
    """Is line i the title (one to three lines, naming its 文种, no 文号) of a document printed right under the 成文日期
    of the one before (which starts at `start`), its first numbered item or article under it? Not when that one issues,
    forwards or makes public a document (…印发给你们, 现予公布) or names this one in 《》: a notice that issues a rule, then
    the rule, is one document."""
    # (or under a form's last row, its blanks to sign and date: 审核意见｜审核人（签名）： 年 月 日｜…, the attachment's end)
    # (or with a rule typed between them, ------: a bulletin's notices one after another)
    ended = _above(lines, i)
    if (not (0 < i < len(lines) - 2 and (closes(lines[ended].text) or _FORM_SIGNED.search(lines[ended].text)))
            or marker_of(lines[i].text)
            or lines[i].text.lstrip()[:1] in "（(【〔"  # (nor its publicity note, （此件主动公开）, over the rule it issues)
            or ATTACHMENT_PAGE.match(_flat(lines[i].text))):  # (nor its 附件 or 附表, which stays its part)
        return False
    for n in (1, 2, 3):
        parts = [x.text for x in lines[i : i + n]]
        if i + n >= len(lines) or any(CELL in t or len(t) > 60 or t.rstrip()[-1:] in "。；：:，" for t in parts):
            return False
        title = _flat(join_wrapped(parts))
        if not names_genre(title):
            continue
        # (or its table under it, or under its opening sentence, when the one before is of its kind: a second
        # 告知单 set out as a table of fields, …设立登记一次性告知单 … / …变更登记一次性告知单)
        tabled = any(CELL in x.text for x in lines[i + n : i + n + 3]) and any(
            _flat(x.text).endswith(title[-3:]) for x in lines[start : min(start + 5, i)])
        # (or a 公告's number under its title: …卡口作业时间的公告 / 青岛海关公告2026年第3号, a second 公告 after the first)
        announced = title.endswith(("公告", "通告")) and bool(_ANNOUNCED.fullmatch(_flat(lines[i + n].text)))
        # (or a warning's number in its series, in brackets under its title: …施工航行警告 / （厦航警0048/26）)
        announced = announced or bool(_SERIES_NUMBER.fullmatch(_flat(lines[i + n].text)))
        # (or an agreement's parties under its title, after the one before's signing: …之补充协议 / 甲方：…)
        parties = bool(AGREEMENT.search(title) and PARTY.fullmatch(_flat(lines[i + n].text)))
        # (or an organ's own title, …商务厅关于…的公示, over its opening sentence, a second 公示 after the first's 落款)
        own = bool((about := title.split("关于")[0]) != title and ENDS_AS_ORGAN.search(about) and MARK.fullmatch(about)
                   and _flat(lines[i].text).startswith(about)
                   and ("，" in lines[i + n].text or bool(addressee_lines(lines[i + n:])))
                   and i - start > 4)  # (not under a 简报's head, …督查室 2026年3月20日 over its article's title)
        # (or a second of the kind of the one before, its opening sentence under its title, after the first's signing:
        # …经贸合作会谈纪要 … 2025年11月18日｜2025年11月18日 / …边境经贸合作会谈纪要 / 2025年11月20日至21日，…代表团赴…)
        # (not under a 纪要's head, its organ and date over the meeting's title: …办公室　2025年11月20日)
        met = i - start > 6 and any(_flat(x.text).endswith(title[-4:]) for x in lines[start : start + 4]) and (
            lines[i + n].text.rstrip().endswith("。") or len(lines[i + n].text) > 60 or lines[i + n].indented)
        # (or its 主送 under it: …专项债券申报承诺书 / 钦州市财政局：, a letter after the plan it goes with)
        addressed = (i - start > 6 and "。" not in title and lines[i + n].text.lstrip()[:1] not in "（("
                     and bool(addressee_lines(lines[i + n :])))
        # (or under the 版记 of the one before, its 印发 line, which ends a 公文 for good, its opening sentence under it:
        # …办公室⇥2026年5月12日印发 / …建设用地规划许可批后公告 / 根据…，现将有关内容公告如下：)
        after_imprint = printed(lines[ended].text) and (
            lines[i + n].text.rstrip()[-1:] in "。：:" or len(lines[i + n].text) > 60 or lines[i + n].indented)
        if (marker_of(lines[i + n].text) or tabled or announced or parties or own or met or addressed or after_imprint) and (
                announced or not doc_number_line(lines[i + n].text)):
            # (what the one before says, its 版记 aside: the 印发 there names no document it issues)
            above = _flat("".join(x.text for x in lines[start:i] if not printed(x.text)))
            if not announced and above.startswith(title):
                return False  # (its cover's title again over its text, the cover's fields and month above: one document)
            if tabled and title in above:
                return False  # (the list a 公示 attaches, named in its 附件 line: its part)
            # (a title it cites, 《…关于印发…的通知》, issues nothing of its own)
            return not _ISSUES.search(re.sub(r"《[^《》]*》", "", above)) and not any(
                f"《{_flat(join_wrapped(parts[k:]))}》" in above for k in range(n))
    return False


# (a document that carries the one under it: 印发, 转发, or makes it public, 现予公布; not one that says where it is
# 发布 itself, a tender's 公告期限 on a site)
_ISSUES = re.compile(r"印发|转发|批转|(?:现予|予以|现将[^。]{0,60}?)(?:公布|发布|颁布)")
# (a 公告's number under its title: 青岛海关公告2026年第3号, （2026年第3号）)
_ANNOUNCED = re.compile(r"(?:[\u4e00-\u9fff]{2,20}(?:公告|通告))?[（(]?(?:19|20)\d{2}年第\d{1,4}号[)）]?")


def _attached_draft(lines: Sequence[Line], i: int) -> bool:
    """Is line i the 附件 line over a draft (…办法（征求意见稿）, its title wrapped over up to four
    lines) or over a 起草说明, after the document before it closes (its 成文日期 or 附注, or the
    draft's last article)? A draft is not the notice that asks for comments on it: it is not in
    force, and what it says of where it applies is not the notice's."""
    if not (0 < i < len(lines) - 1 and ATTACHMENT_PAGE.fullmatch(_flat(lines[i].text))):
        return False
    if not (closes(lines[i - 1].text) or _flat(lines[i - 1].text)[-1:] in "。；"):
        return False
    titles = (_flat(join_wrapped([x.text for x in lines[i + 1 : i + 1 + n]])) for n in (1, 2, 3, 4) if i + n < len(lines))
    # (a 起草说明 or 修订说明 of a draft a notice asks comments on; one a notice issues with the rule it revised, 附件2
    # 《…》修订说明, is the notice's attachment)
    asks = any("征求意见" in x.text for x in lines[:i])
    # (but a 议案 asking a congress to deliberate the draft it attaches, …关于提请审议《…条例（草案）》的议案, carries it;
    # so does a 请示 asking for its review, …关于报请审核《…清单（送审稿）》的请示, …关于审定《…规则（试行）》的请示)
    if _MOTION.search(_flat("".join(x.text for x in lines[: min(i, 8)]))):
        return False
    return any(draft_of(t) or asks and _EXPLAINS_DRAFT.search(t) for t in titles)


_MOTION = re.compile(r"(?:提请|报请|请予)?(?:审议|审核|审定|审批|批准)[^。]{0,60}(?:议案|请示)")
_EXPLAINS_DRAFT = re.compile(r"(?:起草说明|编制说明|修订说明)$")


# (关于《…条例（草案）》的说明: the draft's explanation a 人大 gazette prints after the 条例 it became)
_INTERPRETS = re.compile(r"(?:政策解读|解读|问答|答记者问|起草说明|编制说明|修订说明|制定说明|》的说明)$")


def _cover_above(lines: Sequence[Line], i: int) -> bool:
    """Does only a cover stand above line i (a booklet's title, its organ 编印 and month, short lines, no sentence)?
    Then a 编制说明 at i is the booklet's own preface, not a document explaining one above it."""
    return i <= 12 and all(len(x.text) <= 30 and "。" not in x.text for x in lines[:i])


def interprets(lines: Sequence[Line], i: int) -> bool:
    """Does a title (up to three lines, each carrying on the one above: not the 抄送 line
    of the 版记 before it, nor a signature over its date; not a QR code's 扫码查看政策解读) that names a 政策解读
    or 问答 start at i?"""
    return any(_INTERPRETS.search(_flat(join_wrapped([x.text for x in lines[i : i + n]])))
               and not _flat(lines[i].text).startswith(("附件", "扫码", "扫描", "扫一扫", "点击", "详见", "查看"))
               and all(title_line(lines[j].text, lines[j - 1].text) and not closes(lines[j - 1].text) for j in range(i + 1, i + n))
               for n in (1, 2, 3) if i + n <= len(lines))


def _explains_above(lines: Sequence[Line], i: int) -> bool:
    """Does a 解读's title that quotes a title printed above it (《关于…的公告》解读) start at i? Set after
    the document it explains with no heading of its own, it need not follow a line that closes that one."""
    if not _flat(lines[i].text).startswith("《") or not interprets(lines, i):
        return False
    for n in (1, 2, 3):
        m = _QUOTED_EXPLAINED.fullmatch(_flat(join_wrapped([x.text for x in lines[i : i + n]])))
        if m and m.group(1) in _flat("".join(x.text for x in lines[:i])):
            return True
    return False


_QUOTED_EXPLAINED = re.compile(r"《([^《》]{6,80})》的?(?:政策)?解读")


_BLANK_END = re.compile(r"[_＿]{3,}[年月日页]?$")  # (a form's field left blank, ending its line)
_RULE_LINE = re.compile(r"[-－—_＿=*·]{6,}")  # (—————— or longer)
_SERIES_NUMBER = re.compile(r"[（(][\u4e00-\u9fff]{2,8}\d{2,6}/\d{2}[)）]")
_FORM_SIGNED = re.compile(rf"{CELL}.*年\s+月\s+日")
