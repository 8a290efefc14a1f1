"""A file holding one document that is no 公文: a legal database's or an office system's export (its fields over
the text), a web page saved as text (its 来源 and date on a line under the title), a 解读 under its column's label."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import (
    CELL,
    FORM_FILLER,
    HEADER_LINE,
    SEAL_PLACE,
)
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.gongwen import YEARS
from bri_kb.ingest.issuers import FIRM, organs_alone
from bri_kb.ingest.joint_marks import opening_place
from bri_kb.ingest.marks import COMPANY, MARK, organ_lines
from bri_kb.ingest.masthead import ANNOUNCEMENT_NO
from bri_kb.ingest.metadata import hanzi_date_to_digits
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.raw import RawDocument
from bri_kb.ingest.records import NEXT_FIELD, RECORD_FIELD, RECORD_KEYS, TELEGRAM, record_row
from bri_kb.ingest.several import interprets
from bri_kb.ingest.speeches import speaker_alone
from bri_kb.ingest.text import CJK, join_wrapped
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.titles import (
    COMPILATION,
    DRAFT,
    EDITION,
    FIELD_START,
    REVIEW_OF,
    about_lines,
    booklet_title,
    genre_lines,
    letterhead,
    tidy_title,
    title_again,
    title_runs_on,
    title_text,
    title_wraps_twice,
)
from bri_kb.ingest.titles import TERMINAL as _TERMINAL
from bri_kb.vocabulary import ENDS_AS_ORGAN, ORGAN_END, parse_doc_number

WEB_DEBRIS = "web_debris"

_INLINE_DAY = r"\d{4}-\d{1,2}-\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_SOURCE_LABEL = rf"(?:来源|发布单位|发布机构|{FORM_FILLER}(?:（盖章）)?)"  # (a form's 填报单位 drew the list up)
_INLINE_SOURCE = re.compile(rf"{_SOURCE_LABEL}\s*[:：]\s*(?P<source>[^\s｜|]+).*?(?:日期|(?:发布|更新|填报|编制)时间)\s*[:：]\s*"
                            rf"(?P<date>{_INLINE_DAY})")  # (编制单位：…　更新时间：2024年5月10日)
_INLINE_DATE_SOURCE = re.compile(rf"(?:日期\s*[:：]\s*)?(?P<date>{_INLINE_DAY})(?:\s*\d{{1,2}}:\d{{2}})?.*?{_SOURCE_LABEL}\s*[:：]"
                                 r"\s*(?P<source>[^\s【|｜]+?)(?:网站|网)?(?=$|[\s【|｜])")  # (2026-03-20 09:30　来源：…网站)
# the organ that drew a list up and its day, on a line under the title (四川省…工作办公室　2024年7月5日)
_ORGAN_DATE = re.compile(rf"(?P<source>[\u4e00-\u9fff（）]{{2,30}}?{ORGAN_END})[\s\u3000]*"
                         r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
_BRACKET_FIELD = re.compile(r"^【([^】]{2,10})】\s*(.*)$")
_DRAWN_UP = re.compile(rf"(?:制定|编制|发布|起草)单位\s*[:：]\s*([\u4e00-\u9fff（）]{{2,40}}?{ORGAN_END})")
_DRAWN_ALONE = re.compile(r"(?:联合)?(?:制定|编制|发布|印发|编印)")


def _drawn_by(lines: Sequence[Line]) -> int:
    """How many lines make a cover's organs, a line each, over 制定 alone and the month (…局 / …局 / 制定 /
    二〇二六年一月), as a 示范文本's cover names who drew it up; 0 if they do not."""
    k = 0
    while k < min(3, len(lines)) and ENDS_AS_ORGAN.search(flat := _flat(lines[k].text)) and MARK.fullmatch(flat):
        k += 1
    if k and k + 1 < len(lines) and _DRAWN_ALONE.fullmatch(_flat(lines[k].text)) and _COVER_DAY.fullmatch(
            hanzi_date_to_digits(_flat(lines[k + 1].text))):
        return k + 2
    return 0


_COVER_DAY = re.compile(r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月"
                        r"(?:[\d一二三四五六七八九十]{1,3}日)?")



def _organs_over_title(lines: Sequence[Line]) -> int:
    """How many lines at the top name two organs or more, one a line, over a title of their own that names its 文种 and
    does not open with 关于 (昆明市统计局 / …昆明片区管理委员会 / …昆明片区 / 2025年…统计公报): a joint 版头 with no
    文件 under it, no part of the title; 0 if they do not."""
    k = organ_lines(lines)
    # (not over 公告 or 令 alone and its number, a joint 公告's or 令's own head, read where 公文 heads are)
    if k < 2 or k >= len(lines) or _flat(lines[k].text).startswith("关于") or len(_flat(lines[k].text)) < 8:
        return 0
    rest = lines[k:]
    titled = names_genre(rest[0].text) or genre_lines(rest[0].text, list(rest[1:]), 3)
    return k if titled else 0


def _opens_with_organ(title: str) -> bool:
    """Does a title open with an organ's or a firm's name (the next of a joint title's organs, 厦门市财政局关于…, or a
    party, 中国出口信用保险公司湖南分公司支持…备忘录)?"""
    # (not the name of an event it quotes: 四川省“…”新闻发布会)
    head = re.split(r"[“”《》\"]", title)[0]
    # (nor a meeting it reports on, …收费标准调整听证会 / …听证报告: its 会 ends no organ's name)
    return "关于" in title or any((MARK.fullmatch(head[:k]) and not _MEETING.search(head[:k])) or COMPANY.fullmatch(head[:k])
                                 or FIRM.fullmatch(head[:k]) for k in range(4, min(len(head), 40) + 1))


_MEETING = re.compile(r"(?:听证|座谈|推进|洽谈|交易|博览|展销|发布|对接|协调|研讨|招商|签约|动员|调度)会$")


# A 政务服务 item's code over its guide (事项编码：450700-ZMQ-XK-0117): the item it is of, no title
_ITEM_CODE = re.compile(r"(?:事项编码|事项代码|实施编码|基本编码)\s*[:：]\s*([A-Za-z0-9][A-Za-z0-9\-－—–_.]{5,40})")

def plain_document(lines: Sequence[Line]) -> RawDocument:
    """A file's one document that is no 公文: its title from an export's 标题 field or its first heading-like line,
    the fields above or beside it (【发布部门】…, 来源：…　日期：…, an organ and its day under the title) as its header,
    and what a saved page leaves around it (a column's label, debris with no Chinese in it) set aside."""
    removed: list[tuple[int, str]] = []
    header_lines: list[Line] = []
    header: dict[str, str] = {}
    titled: Line | None = None  # an export's 标题 field
    title_wrap: Line | None = None  # the line that field's title wrapped onto
    t = 0
    while t < len(lines) and t < 12:
        text = lines[t].text
        if m := _BRACKET_FIELD.match(text):  # pkulaw exports: 【法宝引证码】 CLI.12.748997
            header[m.group(1)] = m.group(2).strip()
            header_lines.append(lines[t])
        elif (m := RECORD_FIELD.match(text)) and (key := RECORD_KEYS.get(re.sub(r"\s+", "", m.group(1)))) is not None:
            # an office system's export: 标　　题：… / 文　　号：… / 发文单位：… above the text
            if key == "标题":
                titled = lines[t]
                if (t + 1 < len(lines) and not RECORD_FIELD.match(lines[t + 1].text)
                        and title_runs_on(m.group(2).strip(), lines[t + 1].text)):
                    header_lines.append(lines[t])
                    t += 1
                    title_wrap = lines[t]  # (the field's title wrapped onto the next line: …“一 / 单制”…的通知)
            elif key:
                # (two fields on one line, as a page's grid copied as text: 发文字号：… 发布日期：…)
                for part in NEXT_FIELD.split(text):
                    if (f := RECORD_FIELD.match(part)) and (field := RECORD_KEYS.get(re.sub(r"\s+", "", f.group(1)))):
                        header[field] = f.group(2).strip()
            header_lines.append(lines[t])
        elif t < 2 and len(lines) > t + 2 and (m := _INLINE_SOURCE.search(text.replace(CELL, " "))) and not header:
            # (a saved page's dateline above the title, 来源：… 发布时间：… 浏览次数：…｜【字体：大 中 小】)
            header.update({"来源": re.sub(rf"{SEAL_PLACE.pattern}$", "", m.group("source")), "发布时间": m.group("date")})
            header_lines.append(lines[t])
        elif t == 0 and TELEGRAM.fullmatch(text.strip()) and len(lines) > 2:
            header_lines.append(lines[t])  # a 明传电报's caption over its head
        elif t == 0 and (numbered := _COVER_NUMBER.fullmatch(text.strip())) and len(lines) > 2:
            # (a cover's number in its corner, 报告编号：桂鼎绩评字〔2026〕第018号, or its blank, 编号：＿＿＿（由受理部门填写）)
            if (number := parse_doc_number(numbered.group(1))) and number.text == numbered.group(1).strip():
                header["发文字号"] = number.text
            header_lines.append(lines[t])
        elif t == 0 and (code := _ITEM_CODE.fullmatch(text.strip())) and len(lines) > 2:
            header["事项编码"] = code.group(1)  # (a service guide's item code in its corner: 事项编码：450700-ZMQ-XK-0117)
            header_lines.append(lines[t])
        elif (pairs := record_row(text)) is not None:  # the site's 信息公开 grid: 索引号｜…｜主题分类｜…
            header.update({k: v for k, v in pairs if k})
            header_lines.append(lines[t])
        elif not CJK.search(text):
            removed.append((lines[t].no, WEB_DEBRIS))
        elif t == 0 and _COLUMN_LABEL.fullmatch(text) and len(lines) > 2 and interprets(lines, 1):
            header_lines.append(lines[t])  # a page's column label (政策解读) above the 解读's own title
        elif t == 0 and (k := _organs_over_title(lines)):
            header_lines += lines[:k]  # (organs one a line over their joint title, no 文件 nor 公告 under them)
            t = k
            break
        elif t == 0 and len(lines) > 3 and letterhead(lines[0], lines[1], lines[2:4]) and organs_alone(_flat(text)) and (
                opening_place(under := _flat(lines[1].text)) is not None and not _opens_with_organ(under)):
            # (an organ's name alone over a title of its own: 四川省人民政府新闻办公室 / 四川省“…”新闻发布会文字实录)
            header["来源"] = _flat(text)
            header_lines.append(lines[t])
        elif t == 0 and _PRESS_RELEASE.fullmatch(_flat(text)) and len(lines) > 2:
            header_lines.append(lines[t])  # a 新闻通稿's label over its headline (新 闻 通 稿)
        elif t == 1 and header_lines and _PRESS_RELEASE.fullmatch(_flat(header_lines[-1].text)) and (
                m := _ORGAN_DATE.fullmatch(re.sub(r"\s*([年月日])\s*", r"\1", text.strip()))):
            header.update({"来源": m.group("source"), "发布时间": m.group("date")})  # (…新闻办公室　2025年11月18日)
            header_lines.append(lines[t])
        else:
            break
        t += 1
    if titled is not None:
        header_lines.remove(titled)
        title = RECORD_FIELD.sub(r"\2", titled.text).strip()
        titles = (titled,) if title_wrap is None else (titled, title_wrap)
        if title_wrap is not None:
            header_lines.remove(title_wrap)
            title = join_wrapped([title, title_wrap.text])
        body = list(lines[t:])
        header_lines += title_again(title, body)  # (a page's record, then its title again over the text)
        return RawDocument(title, titles, header, tuple(header_lines), tuple(body), None, tuple(removed))
    if t >= len(lines):
        return RawDocument("", (), header, tuple(header_lines), tuple(lines[t:]), None, tuple(removed))
    if booklet := booklet_title(lines[t:]):
        # A booklet's cover: its title over short lines (and its edition, （企业服务版）), then the organ that drew
        # it up and the month (left in the body for body_parts to read).
        title_lines = [lines[t + k] for k in booklet]
        order = sorted(booklet, key=lambda k: bool(EDITION.fullmatch(_flat(lines[t + k].text))))
        title = join_wrapped([lines[t + k].text for k in order])
        rest = list(lines[t + max(booklet) + 1 :])
        return RawDocument(title, tuple(title_lines), header, tuple(header_lines), tuple(rest), None, tuple(removed))
    title_line = lines[t]
    rest = list(lines[t + 1 :])
    title_lines = [title_line]
    if rest and rest[0].text == title_line.text:
        header_lines.append(rest.pop(0))  # exports repeat the title as a heading
    # A long title wrapped onto a second, shorter line that still reads as a title; or a title set in two
    # paragraphs, as Word users break it, the first leaving a 《 open or only the second naming its 文种.
    if k := genre_lines(title_line.text, rest):  # a title over three paragraphs or more, to its 文种
        title_lines += rest[:k]
        del rest[:k]
        if rest and REVIEW_OF.fullmatch(rest[0].text.strip()):
            title_lines.append(rest.pop(0))  # (and a review of what it names: …规划（2026—2035年） / 专家评审意见)
    elif rest and _COLUMN_LABEL.fullmatch(_flat(rest[0].text)):
        title_lines.append(rest.pop(0))  # (what it explains over the word, …若干措施 / 政策解读: the 解读's title)
    elif rest and title_runs_on(title_line.text, rest[0].text):
        title_lines.append(rest.pop(0))
        # (a 《 still open: the quoted title goes on, …促进办法 / （征求意见稿）》起草说明; or a review of what it names
        # follows, …规划（2026—2035年） / 专家评审意见)
        while rest and len(title_lines) < 4 and ((joined := "".join(x.text for x in title_lines)).count("《") > joined.count(
                "》") or REVIEW_OF.fullmatch(rest[0].text.strip())) and title_runs_on(joined, rest[0].text):
            title_lines.append(rest.pop(0))
    elif len(rest) >= 2 and title_wraps_twice(title_line, rest[0], rest[1]):
        title_lines += [rest.pop(0), rest.pop(0)]
    elif (rest and len(title_line.text) >= 20 and title_line.text[-1] not in _TERMINAL + "”》）)"
            and not names_genre(title_line.text)
            and len(rest[0].text) <= len(title_line.text) and rest[0].text[-1] not in _TERMINAL
            and not HEADER_LINE.match(rest[0].text) and not _BRACKET_FIELD.match(rest[0].text)
            and not FIELD_START.match(rest[0].text)  # a meeting's 时间：… line under its title
            and marker_of(rest[0].text) is None and CELL not in rest[0].text
            # (nor a subtitle set off by a dash: ——2026年6月23日在…会议上, under a 说明's title)
            and rest[0].text[0] not in "（(" and not rest[0].text.lstrip().startswith(("——", "－－"))
            and not re.search(r"[〔\[［﹝]\s*\d{4}", rest[0].text)
            and not ANNOUNCEMENT_NO.match(re.sub(r"\s+", "", rest[0].text))
            and not (title_line.indented and rest[0].indented)):  # both open a block: a PDF's heading, then its body
        title_lines.append(rest.pop(0))
    # (or one that names its 文种: …报表制度 / （2026年统计年报和定期报表）)
    wrapped = len(title_lines) > 1 or bool(COMPILATION.search(title_lines[0].text)) or names_genre(title_lines[0].text)
    if rest and (wrapped and EDITION.fullmatch(rest[0].text) or DRAFT.fullmatch(_flat(rest[0].text))
                 or YEARS.fullmatch(_flat(rest[0].text))):
        # （2024年版） under a wrapped title or a 汇编's; a draft's （征求意见稿） or the years it covers under any
        title_lines.append(rest.pop(0))
    elif rest and (k := about_lines(title_lines[-1].text, rest)):
        title_lines += rest[:k]  # (…新闻发布会文字实录 under 《…》, or the quoted title under …吹风会解读)
        del rest[:k]
    header_lines += title_again(join_wrapped([x.text for x in title_lines]), rest)
    if len(rest) > 1 and (drawn := _DRAWN_UP.fullmatch(rest[0].text)) and _COVER_DAY.fullmatch(_flat(rest[1].text)):
        header["来源"] = drawn.group(1)  # a 示范文本's cover: 制定单位：… over its day (the day left for the signature)
        header_lines.append(rest.pop(0))
        if not _flat(rest[0].text).endswith("日"):
            header_lines.append(rest.pop(0))  # (a report's cover month, 2026年3月: no day, no clause)
        header_lines += title_again(join_wrapped([x.text for x in title_lines]), rest)  # (then the title over the text)
    elif k := _drawn_by(rest):
        # (or its organs a line each over 制定 and the month: 深圳市市场监督管理局 / 深圳市商务局 / 制定 / 二〇二六年一月)
        header["发布部门"] = " ".join(_flat(x.text) for x in rest[: k - 2])
        header_lines += rest[:k]
        del rest[:k]
    if rest and (spoken := _SPOKEN_ON.fullmatch(_flat(rest[0].text))):
        header.setdefault("日期", spoken.group(1))  # a speech's or a report's day under its title: （2024年6月20日）
        header_lines.append(rest.pop(0))
        if rest and speaker_alone(join_wrapped([x.text for x in title_lines]), rest[0].text):
            header_lines.append(rest.pop(0))  # (and the speaker's name alone under it)
    while rest and (m := _BRACKET_FIELD.match(rest[-1].text)) and not m.group(2).strip():
        header_lines.append(rest.pop())  # an export's empty field at the end (【相关附件】)
    for i in range(min(3, len(rest))):
        # The 来源 … 日期 line, or that line wrapped in a PDF before its date ends ("…2020年5月" / "12日").
        for n in (1, 2):
            joined = join_wrapped([x.text for x in rest[i : i + n]])
            m = _INLINE_SOURCE.search(joined) or _INLINE_DATE_SOURCE.search(joined) or _ORGAN_DATE.fullmatch(joined)
            if m and (n == 1 or len(rest[i + 1].text) <= 8):
                break
        else:
            continue
        source = re.sub(rf"{SEAL_PLACE.pattern}$", "", m.group("source"))
        header.update({"来源": source, "发布时间": m.group("date")})
        header_lines += rest[i : i + n]
        del rest[i : i + n]
        break
    return RawDocument(
        title=tidy_title(title_text([x.text for x in title_lines])),
        title_lines=tuple(title_lines),
        header=header,
        header_lines=tuple(header_lines),
        body=tuple(rest),
        removed=tuple(removed),
    )


_SPOKEN_ON = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:在[^（）()]{2,40}上)?[)）]")
_PRESS_RELEASE = re.compile(r"新闻通稿|新闻稿|通稿")
_COVER_NUMBER = re.compile(r"(?:报告|项目|文件|申报书|工程|合同)?编\s*号\s*[:：]\s*(\S.{0,40}|)")  # (or left blank: 编号：)
_COLUMN_LABEL = re.compile(r"(?:政策|图文|文字|视频)?解读|政策问答")  # a portal column's name over a 解读
