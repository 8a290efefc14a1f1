"""A speech as it is printed: its title (…推进会上的讲话, …致辞, a ceremony's 主持词), the byline under it (the
speaker's post and name, then the day in brackets), and what the speaker says to the hall rather than of the policy
(同志们：, 谢谢大家！). Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import BRACKETED_DAY
from bri_kb.ingest.marks import papers_mark
from bri_kb.ingest.metadata import hanzi_date_to_digits, iso_date
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import ORGAN_END

# A speech's title (…推进会上的讲话, ——在…论坛上的主旨演讲, …致辞) and the byline under it: the speaker's post and name
# (省委常委、副省长　王立诚), then the day in brackets, with the place (（2025年8月26日　乌鲁木齐）)
# (or a ceremony's 主持词, its host's post and name in brackets under it: （主持人：…常务副市长　孙　浩）)
_SPEECH = re.compile(r"(?:讲话|演讲|致辞|发言|主持词)(?:稿)?$")
_BYLINE = re.compile(r"([\u4e00-\u9fff、（）]{2,40}?)[ \u3000]+([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})")
_HOST = re.compile(r"[（(]主持人?\s*[:：]\s*(.+?)[)）]")
_POST_OF = re.compile(r"([\u4e00-\u9fff（）]{2,30}?(?:人民政府|人民代表大会常务委员会|委员会|厅|局|部))(?:党组)?(?:常务)?副?"
                      r"(?:主席|省长|市长|县长|区长|厅长|局长|部长|主任(?:委员)?|书记|署长)")  # (a 专门委员会's 主任委员)
_POST = re.compile(r"(?:常务)?副?(?:省长|市长|州长|县长|区长|主席|主任(?:委员)?|书记|厅长|局长|署长|部长|行长|秘书长)$")
_SPOKEN_ON = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\u4e00-\u9fff]{0,10}[)）]")


# (the byline and the day in brackets on one line: post and name as _BYLINE reads them, then the day)
_BYLINE_DATED = re.compile(rf"[（(]{_BYLINE.pattern}[ \u3000]+((?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日)[)）]")
_NAME_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}")  # (a speaker's name with no post: who spoke, under a speech's title)


def speaker_alone(title: str, text: str) -> bool:
    """Is a line under a speech's title the speaker's name alone (王　辉), who spoke and no clause?"""
    return bool(_SPEECH.search(title)) and _NAME_ALONE.fullmatch(_flat(text)) is not None


def _spoken_on(text: str) -> re.Match[str] | None:
    return _SPOKEN_ON.fullmatch(hanzi_date_to_digits(_flat(text)))


def speech_byline(title: str, lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """The byline under a speech's title (who gave it, and the day in brackets): how many lines it takes and its
    fields (dated: the day it was given; issuer: the organ the speaker's post names, 新疆维吾尔自治区人民政府副主席),
    None when the title names no speech or no byline follows it."""
    if not _SPEECH.search(title) or not lines:
        return None
    fields: dict[str, str] = {}
    k = 0
    first = lines[0].text.strip()
    if whole := _BYLINE_DATED.fullmatch(re.sub(r"(?<=\d)\s+(?=[年月日])|(?<=[年月])\s+(?=\d)", "", hanzi_date_to_digits(first))):
        # (all in brackets on one line: （四川省人民政府副省长　罗振华　2026年3月12日）)
        organ = speakers_organ(whole.group(1))
        return 1, ({"issuer": organ} if organ else {}) | {"dated": iso_date(whole.group(3)) or ""}
    if by := _BYLINE.fullmatch(host.group(1) if (host := _HOST.fullmatch(first)) else first):
        k = 1
        if organ := speakers_organ(by.group(1)):
            fields["issuer"] = organ
    elif len(lines) > 1 and speaker_alone(title, lines[0].text) and _spoken_on(lines[1].text):
        k = 1  # (the speaker's name alone over the day: 覃志刚 / （2025年11月6日）)
    if k < len(lines) and (day := _spoken_on(lines[k].text)):
        # (the name alone under the day, spaced out to the width of three: （2025年3月18日） / 王　辉)
        named = not k and len(lines) > k + 1 and speaker_alone(title, lines[k + 1].text)
        return k + 1 + named, fields | {"dated": iso_date(day.group(1)) or ""}
    # (a post and a name alone, its day printed above it: 副省长　罗宏志: who spoke, no clause)
    return (k, fields) if k and (fields or by is not None and _POST.search(by.group(1))) else None


def next_speech(lines: Sequence[Line], i: int) -> bool:
    """Does line i start a further speech in a meeting's papers (the next speaker's title, one line or two, with the
    speaker and the day under it: …首发仪式上的发言 / …董事长　周明哲 / （2026年6月26日）), or the label of the paper it
    is in over that title (材料二)?"""
    j = i + 1 if papers_mark(lines[i].text) else i
    for n in (1, 2):
        title = _flat("".join(x.text for x in lines[j : j + n]))
        if (len(title) <= 60 and not any(c in title for c in "。；：:！？!?")
                and (by := speech_byline(title, lines[j + n :])) is not None and bool(by[1].get("dated"))):
            return True
    return False


_SPOKEN_AT = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在[^。；]{2,60}?(?:会议|大会|论坛|座谈会|发布会)上")


def spoken_under(subtitle: str, lines: Sequence[Line]) -> tuple[int, dict[str, str]] | None:
    """A 说明 or a speech whose subtitle says when and where it was given (——2025年4月24日在…常务委员会第十七次会议上):
    its day, and the speaker's post and name on the line under it (…财政经济工作委员会主任　赵立群: the organ) with how many
    lines that takes; None when the subtitle says no such thing."""
    if not (m := _SPOKEN_AT.match(hanzi_date_to_digits(subtitle))):
        return None
    fields = {"dated": iso_date(m.group(1)) or ""}
    if lines and (by := _BYLINE.fullmatch(lines[0].text.strip())) and (
            (organ := speakers_organ(by.group(1))) or _POST.search(by.group(1))):
        return 1, fields | ({"issuer": organ} if organ else {})
    return 0, fields


_HEADS_A_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:省|市|自治区|州|盟|县|区))(?:常务)?副?(?:省长|市长|主席|州长|盟长|县长|区长)")


def speakers_organ(post: str) -> str | None:
    """The organ a speaker's post names: …财政经济工作委员会主任 -> that 委员会; a place's head, 连云港市市长 or
    厦门市副市长, -> that place's 人民政府; None for a post alone (副省长)."""
    if organ := _POST_OF.fullmatch(post):
        return organ.group(1)
    if head := _HEADS_A_GOVERNMENT.fullmatch(post):
        return f"{head.group(1)}人民政府"
    return None


# What a speaker says to the hall, not of the policy: 同志们：, 尊敬的各位来宾…：, 女士们、先生们、朋友们！, 大家上午好！,
# 谢谢大家！ (a line of its own)
_SALUTATION = re.compile(r"(?:同志们|(?:尊敬的|各位)[^。；！？]{0,60}?|女士们[，、]\s*先生们[^。；！？]{0,12})[：:！!，,]"
                         r"|大家(?:上午|下午|晚上)?好[！!。]|谢谢(?:大家|各位)?[！!。]")


def salutations(title: str, lines: Sequence[Line]) -> list[int]:
    """The lines of a speech (its title names one) that greet or thank the hall: no clause of it."""
    return [k for k, x in enumerate(lines) if _SALUTATION.fullmatch(_flat(x.text))] if _SPEECH.search(title) else []


# A study's authors, the team of an organ (浙江省商务厅研究室课题组, a footnote's mark after it), and its day in brackets
_STUDY_TEAM = re.compile(rf"([\u4e00-\u9fff（）]{{2,30}}?{ORGAN_END}(?:联合)?(?:课题组|调研组|研究组))[*＊]?")
_FOOTNOTE = re.compile(r"注\s*[\d①②*＊]")


def study_byline(lines: Sequence[Line], out: dict[str, str]) -> list[int]:
    """A study's byline under its title: its authors (浙江省商务厅研究室课题组*), who issue it, and its day in brackets a
    line or two under them, past a footnote on who they are (注1：课题组组长：…), the day it was made. Their fields go
    into out (as setdefault); the index of the day's line is returned, [] when there is none. (The authors' line stays
    in the text, where it reads as the study's byline.)"""
    if not lines or not (team := _STUDY_TEAM.fullmatch(_flat(lines[0].text))) or team.group(1)[0] in "省市县区":
        return []  # (a team named by its level, 市政协…调研组: its organ's full name is found elsewhere)
    out.setdefault("issuer", team.group(1))
    at = next((k for k in (1, 2) if k < len(lines) and not _FOOTNOTE.match(_flat(lines[k].text))), None)
    if at is not None and (made := BRACKETED_DAY.fullmatch(hanzi_date_to_digits(_flat(lines[at].text)))):
        out.setdefault("dated", made.group(1))
        return [at]
    return []
