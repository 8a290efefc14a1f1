"""How a document ends, line by line: its 成文日期, its 附注, its 版记's 印发 line, a signing's last field, a table's last
numbered row. Where one ends, the next may start (several.py). Pure functions over lines' text."""

from __future__ import annotations

import re

from bri_kb.ingest.carried import SIGNED
from bri_kb.ingest.conventions import CELL, REMARK
from bri_kb.ingest.gongwen import MONTH
from bri_kb.ingest.marks import MARK
from bri_kb.ingest.metadata import hanzi_date_to_digits
from bri_kb.ingest.text import flat as _flat


def numbered_row(text: str) -> bool:
    """Is the line a numbered row of a table (5｜组织…｜…): the end of the table it closes, not a 版头 set as one?"""
    return CELL in text and bool(re.match(rf"\s*\d{{1,3}}\s*{CELL}", text))


def printed(text: str) -> bool:
    """Is the line the 版记's last, who printed the document and when (…办公室⇥2026年5月12日印发)?"""
    return bool(_PRINTED.fullmatch(hanzi_date_to_digits(_flat(text.replace(CELL, " ")))))


def closes(text: str) -> bool:
    """Does a line close the document it ends: its 成文日期, its 附注, its 版记's 印发 line, a gazette's （附件略）, or a
    compilation cover's date (二〇二二年四月)?"""
    # (a 落款 set in a borderless layout table reads as its row, its empty cell first: ｜宁波市商务局 2025年11月20日)
    flat = hanzi_date_to_digits(_flat(text.replace(CELL, " ")))
    if (dated := re.search(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$", flat)) and MARK.fullmatch(flat[: dated.start()]):
        return True  # (the organ and its date on one line, as a table's cell joins them)
    if _REPORT_ENDS.fullmatch(flat):
        return True  # (a report to a congress's standing committee: 以上报告，请审议。)
    if (fields := [c.strip() for c in text.split(CELL) if c.strip()]) and all(_SIGNED_ON.fullmatch(c) for c in fields):
        return True  # (an agreement's signing, its last field: 签订日期：2026年5月20日, 签订地点：河南省郑州市｜)
    if _SIGNED_AND_DATED.fullmatch(flat):
        return True  # (a reviewer's line to sign and its date: 专家组组长（签字）：⇥日期：2026年4月16日)
    if CELL in text and fields and all(SIGNED.match(hanzi_date_to_digits(_flat(c))) for c in fields):
        return True  # (or its parties' dates side by side, the signing table's last row: 2025年11月18日｜2025年11月18日)
    return bool(SIGNED.match(flat) or MONTH.fullmatch(flat) or REMARK.match(flat) or _PRINTED.fullmatch(flat)
                or _COMPILED.fullmatch(flat) or flat in ("（附件略）", "(附件略)"))  # (a gazette leaves the 附件 out)


_SIGNED_AND_DATED = re.compile(r"[\u4e00-\u9fff（）()]{2,20}[（(]?(?:签字|签名|盖章)[)）]?[:：]\S{0,6}"
                               r"日期[:：](?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_REPORT_ENDS = re.compile(r"以上(?:报告|说明)[，,]?请(?:予)?审议。?")
_SIGNED_ON = re.compile(r"(?:签[字署订约])?日\s*期\s*[:：]\s*\S.*|签[字署订约]地\s*点\s*[:：]\s*\S.*")


# A cover's line naming who compiled the booklet, and when (…领导小组办公室　编　2024年12月).
_COMPILED = re.compile(rf"[\u4e00-\u9fff（）()]{{2,40}}?(?:编印|主编|编)(?:{MONTH.pattern})")


# The 版记's last line: who printed the document, and when (…办公室2024年5月21日印发).
_PRINTED = re.compile(r".{2,40}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发")
