"""The form an office handles a document with, printed in front of it: a 发文稿纸 (签发, 核稿, 拟稿), a 呈批件 or 收文办文单
(来文单位, 拟办意见, 领导批示), a 传真件's cover (收件单位, 发件人, 页数（含本页）, 事由). Its fields are the office's
working notes on the document, not the document, whose own head and title follow. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.text import flat

# The form's name, the office's before it or not (杭州市商务局 / 呈　批　件; 成都市口岸与物流办公室收文办文单; a fax's
# cover, 传　　真, under the sending office)
_FORM = re.compile(r"[\u4e00-\u9fff（）]{0,30}?(?:发文稿纸|发文稿|发文处理笺|发文处理单|发文审批单|发文单|呈批件|呈批单"
                   r"|收文办文单|办文单|阅文单|收文处理单|文件处理笺|处理笺|传真件|传真文件|传真)")
# The fields such a form has, as its labels read without their spacing (标　题, 签　发)
_FIELDS = frozenset(("来文单位", "来文文号", "标题", "收文日期", "办理时限", "拟办意见", "领导批示", "批示", "办理结果", "份数",
                     "传阅", "登记号", "收文号", "签发", "会签", "核稿", "拟稿单位", "拟稿人", "拟稿", "联系电话", "主送", "抄送",
                     "文号", "印数", "公开属性", "附件", "收件单位", "收件人", "发件单位", "发件人", "日期", "页数（含本页）",
                     "页数", "事由", "备注", "密级", "缓急"))
_LABELLED = re.compile(r"\s*([\u4e00-\u9fff（）\s]{2,14}?)\s*[:：]")
# A note the form prints under its fields (注：本件办毕后请…归档。, 本传真件含有公务信息，如误收请…, 如传真内容缺页…请…回电
# 确认。), a rule under them, or its handling note in brackets under its name (（机要传真，请专人签收）)
_NOTE = re.compile(r"注\s*[:：].*|.{0,20}(?:传真件|误收|归档|缺页|回电确认).*|[_＿—─━\-]{6,}|[（(][^（）()]{2,30}[)）]")
# The document's 版头 under the form: its mark (…文件) or its 文号 alone
_HEAD = re.compile(r"[\u4e00-\u9fff（）()、\s]{2,40}文件|[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\s*\d{1,4}\s*号")
REACH = 40  # lines from the form's name to the document's 版头, at most


def _field(text: str) -> bool:
    """Is a line one of the form's fields: a row of its table whose first cell is a label, or label：value typed?"""
    if CELL in text:
        return flat(text.split(CELL)[0]).rstrip("：:") in _FIELDS
    m = _LABELLED.match(text)
    return m is not None and flat(m.group(1)) in _FIELDS


def _wraps(field: str, line: str) -> bool:
    """Is a line the rest of the typed field above it, which a PDF wrapped (收件单位：…西咸新区 / 经济发展局)? The field
    stops mid-sentence (not a table's row, whose cells hold their own wraps), and the line is no field, no mark (…文件)
    and no 文号 of the document below."""
    return (CELL not in field and _field(field) and field.rstrip()[-1:] not in "。；！？" and not _field(line)
            and len(flat(line)) <= 30 and not flat(line).endswith("文件") and not re.search(r"[〔\[［]\s*\d{4}", line))


def _note_wraps(note: str, line: str) -> bool:
    """Is a line the end of the form's note above it, which a PDF wrapped (…收到后请回 / 电确认。)?"""
    return (_NOTE.fullmatch(flat(note)) is not None and flat(note)[-1:] not in "。；！？）)"
            and len(flat(line)) <= 20 and flat(line)[-1:] in "。！" and not _HEAD.fullmatch(flat(line)))


def routing_form(texts: Sequence[str]) -> int:
    """How many lines at the top are the form the document is handled with: its name (perhaps under the office's), then
    three fields or more, with the notes under them; or, when its fields are not read as such, every line from its name
    to the document's 版头 within REACH lines. 0 if the lines open with no form."""
    top = next((n for n in range(min(3, len(texts))) if _FORM.fullmatch(flat(texts[n]))), None)
    if top is None or len(texts) <= top + 4:
        return 0
    k, fields = top + 1, 0
    while k < len(texts):
        field = _field(texts[k])
        note = (fields or k == top + 1) and _NOTE.fullmatch(flat(texts[k]))
        if not (field or note or fields and (_wraps(texts[k - 1], texts[k]) or _note_wraps(texts[k - 1], texts[k]))):
            break
        fields += field
        k += 1
    if fields >= 3 and k < len(texts) - 2:
        return k
    return next((n for n in range(top + 1, min(len(texts), REACH)) if _HEAD.fullmatch(flat(texts[n]))), 0)
