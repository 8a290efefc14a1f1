"""Where a 公文's text ends rather than its last item: the closing sentence of the whole text (妥否，请批示,
特此通知, 本办法自…施行), the call to every recipient, a 纪要's lists of who attended, the 附注 naming whom to call, and
what follows the text (the 附件说明, the 署名 and 成文日期). Pure functions over paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import ATTACHMENT_NOTE, ATTENDED, CLOSING_FORMULA
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.segment import Segment, Structured, qualify_repeats
from bri_kb.ingest.signature import DATE, ORGAN_RUN, PARTY_SIGNS, past_organs
from bri_kb.vocabulary import Kind

_ATTACHMENT = re.compile(rf"^{ATTACHMENT_NOTE}")

# The closing sentence of a whole 公文: its request (妥否，请批示), its 特此通知, or when it takes effect.
# (a 函's: 以上事项，妥否，请予支持并函复。; a 请示's: 以上意见如无不妥，请批转各地执行。)
_TAKES_EFFECT = (r"本(?:通知|意见|实施意见|方案|实施方案|办法|规定|细则|公告|决定|措施|若干措施|计划)自[^。]{2,30}"
                 r"(?:施行|实施|执行)")
CLOSING = re.compile(r"(?:以上[^。，,]{0,8}[，,]?)?(?:妥否|当否|是否妥当|如无不妥)[，,]?请[^。]{0,8}?"
                      r"(?:批示|批复|审定|审批|示|函复|复函|回复|函告|执行)。?$"
                      rf"|{CLOSING_FORMULA}$"
                      rf"|{_TAKES_EFFECT}"
                      # (a reply's thanks to the deputy or member it answers)
                      r"|(?:衷心|再次)?感谢(?:您|你们|您们)?(?:一直以来)?对[^。]{2,40}的(?:关心|关注|支持|理解|帮助)")


# The same sentence after another of the closing paragraph (本措施与…重叠的，按照就高不重复原则执行。本措施自…起施行):
# the whole text's when nothing follows but the signature.
TAKES_EFFECT_LATER = re.compile(rf"[。；]\s*{_TAKES_EFFECT}")
WHOM_TO_CALL = re.compile(r"[（(](?:联系人|联系电话|联系方式)\s*[:：]")  # the 附注 naming whom to call: the whole text's
# a line naming whom to call, unbracketed (联系人及电话：…; 联系人：… / 联系电话：…)
_CONTACT_LINE = re.compile(r"(?:联系人|联系电话|联系方式|咨询电话|电话|传真|电子邮箱|邮箱|通讯地址|地址)"
                           r"(?:及(?:联系)?(?:电话|方式))?\s*[:：]")
ATTENDANCE = re.compile(rf"(?:{ATTENDED})(?:会议)?(?:人员|单位)?\s*[:：]")  # a 纪要's lists of who attended
# The closing call to every recipient (各地区、各部门要…贯彻落实): the whole text's, when the signature follows.
EXHORTS = re.compile(r"(?:请)?各(?:地区|地|市|县|区|乡镇|街道|单位|有关单位|部门|有关部门|级)(?:[、，]各(?:部门|有关部门|单位|有关单位))*"
                      r"(?:要|务必|应当|应)|希望(?:受到|获得)?(?:表扬|表彰|通报)?的?(?:单位|各)"
                      r"|让我们")  # (a 通报's closing hope, a 倡议书's call)


def last_before_signature(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Is paragraphs[index] the body's last paragraph: the signature (organs above a date), a date,
    an 附件说明 or nothing after it?"""
    return index + 1 >= len(paragraphs) or text_ends_at(paragraphs, index + 1)


def after_articles(before: str, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Is paragraphs[index], after a finished article, what follows the last article: the 附件说明, or
    the 署名 (organs, a joint signature one per paragraph) above the 成文日期, or that date alone?"""
    return before.endswith(("。", "；")) and text_ends_at(paragraphs, index)


def text_ends_at(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Does what follows the text start at paragraphs[index]: the 附件说明, the closing formula, the
    成文日期, or the 署名 (organs, a joint signature one per paragraph) above it?"""
    text = paragraphs[index].text
    if _ATTACHMENT.match(text) or re.fullmatch(DATE, text) or re.fullmatch(CLOSING_FORMULA, text):
        return True  # (特此公告。 under the last article, on a line of its own)
    if re.fullmatch(PARTY_SIGNS, text):
        return True  # (an agreement's parties sign under its last article: 甲方（盖章）：… 乙方（盖章）：…)
    k = past_organs(paragraphs, index)
    return index < k < len(paragraphs) and bool(re.fullmatch(DATE, paragraphs[k].text))


def signs_off(heading: Segment, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Is paragraphs[index] the issuing organ under a finished item, with the date below it?"""
    return heading.text.endswith("。") and signed_here(paragraphs, index)


def signed_here(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Is paragraphs[index] the issuing organ (or organs), with the date below it?"""
    nxt = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    return bool(re.fullmatch(ORGAN_RUN, paragraphs[index].text)) and bool(re.fullmatch(DATE, nxt))


def whom_to_call_closes(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Do paragraphs[index:] name whom to call (联系人及电话：…, or 联系人：… over 联系电话：…) and nothing
    more before the 附件说明 or the signature? Those lines are the whole text's, not its last item's."""
    if not paragraphs[index].text.startswith(("联系", "咨询电话")):
        return False
    k = index
    while k < len(paragraphs) and _CONTACT_LINE.match(paragraphs[k].text) and len(paragraphs[k].text) <= 200:
        k += 1
    return k > index and (k >= len(paragraphs) or text_ends_at(paragraphs, k))


# a section for whom to ask (三、联系方式, 九、咨询及监督, 四、其他事项): the contact lines under it are its own
_CALLING = re.compile(r"联系|联络|咨询|监督|投诉|其他|其它")


def section_for_calls(headings: Sequence[str], calls: bool) -> int:
    """The depth of the open section (三、联系方式, 四、其他事项) that whom-to-call lines belong to (`calls`: the
    paragraph opens such lines, whom_to_call_closes); -1 for none: the lines are then the whole text's."""
    calling = next((k for k, h in enumerate(headings) if _CALLING.search(h)), None)
    return calling if calling is not None and calls else -1


CLOSING_LINE = "closing_formula"  # 特此通知。, 特此公告。 on a line of its own: it says the text has ended


def without_closing(segments: Sequence[Segment], removed: Sequence[tuple[int, str]]) -> Structured:
    """The segments without a paragraph that is only the closing formula (特此通知。), its lines counted as left out."""
    closing = [s for s in segments if s.kind is Kind.PARAGRAPH and re.fullmatch(CLOSING_FORMULA, s.text.strip())]
    closed = {id(c) for c in closing}
    return Structured(tuple(qualify_repeats([s for s in segments if id(s) not in closed])),
                      (*removed, *((ln.no, CLOSING_LINE) for c in closing for ln in c.lines)))


def closes_after(heading: str, text: str) -> bool:
    """Does a closing sentence end the text even after an open heading: said alone (妥否，请批示。), or 本决定自…起施行。
    after a numbered line that is a finished sentence itself (六、删去第四十六条第二款。), whose paragraph it is not?
    (Under a heading proper, 四、附则, it is that heading's content.)"""
    return bool(CLOSING.fullmatch(text) or heading.endswith("。") and CLOSING.fullmatch(text.rstrip("。")))
