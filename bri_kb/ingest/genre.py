"""The 文种 a title ends with (…的通知, …实施细则, …政策问答), as GB/T 9704 and the 条例 of 党政机关公文处理 name them,
and the names of the rules and plans they carry. Pure patterns."""

from __future__ import annotations

import re

from bri_kb.ingest.text import flat as _flat

GENRE_END = re.compile(
    r"(?:决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|条例|规定|办法|细则|规则|规程|方案|规划|计划|"
    r"纲要|指引|指南|须知|手册|明白纸|导则|目录|清单|名单|标准|措施|举措|意见书|要点|问答|解读|白皮书|(?:起草|编制|修订|制定)说明|情况的?说明|(?<=[）)》])的说明|答复|案例|汇编|协议书?|合同书|意向书|备忘录|章程|合同|(?:若干|支持|扶持|优惠)政策"
    r"|(?:报表|管理|工作|调查)制度|部门(?:预算|决算)(?:说明)?|讲话|致辞|发言|主持词|会议记录|发言摘要|汇报(?:提纲|材料)?|(?:审查|评估|验收|评审)结论|(?:文字)?实录|演讲|答复书|告知书|告知单|(?:督办|交办)单|(?:接收|受理|收件)凭证|通知书|申报书|申请书|建议书|催告书|决定书|判决书|裁定书|调解书|大事记|责任书|承诺书|日程|议程|(?:一封|公开|贺|感谢|慰问|表扬|邀请)信|贺电|慰问电|贺词|台账|倡议书|(?<!”)倡议|宣言|(?:联合|共同)声明|(?:一览|汇总|明细|统计|分工|任务|进度|申报|登记|对照|对比)表|公示|航行警告|(?:更正|勘误|招聘|征集|征稿)启事"
    r"|“[一二三四五六七八九十]{1,3}条”)"  # (a package of measures named by its count, in quotes: …纾困解难“十条”)
    r"(?:[（(][^（）()]{1,16}[)）]){0,2}$"  # （试行）, （负面清单）（2024年版）
)


def names_genre(text: str) -> bool:
    """Does the text end as a 标题 does, with its 文种 (…的通知, …实施细则, …政策问答)? So does a number with its title in
    brackets after it, as a customs site heads a 公告 (南宁海关公告〔2026〕1号（关于…的公告）)."""
    flat = _flat(text)
    return bool(GENRE_END.search(flat) or (inner := _BRACKETED_TITLE.search(flat)) and GENRE_END.search(inner.group(1)))


_BRACKETED_TITLE = re.compile(r"号[（(](关于[^（）()]{2,80})[)）]$")


# What a record of an event calls itself at the end of its title (…新闻发布会, …政策吹风会文字实录)
_EVENT_END = re.compile(r"(?:新闻发布会|发布会|吹风会)(?:文字实录|图文实录|实录)?$")


def names_event(text: str) -> bool:
    """Does the text end as the title of an event's record does (…新闻发布会, …吹风会文字实录), naming no 文种?"""
    return not names_genre(text) and bool(_EVENT_END.search(_flat(text)))
