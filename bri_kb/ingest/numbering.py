"""The numbering schemes of Chinese official documents, as patterns.

A marker is recognised only at the start of a paragraph. Each scheme has a name
that the structurer uses to build the heading hierarchy of one document.
"""

from __future__ import annotations

import re

from bri_kb.vocabulary import CN_DIGITS

_CN = f"[{CN_DIGITS}]+"
# What follows a figure rather than a clause's title: its unit (3.5亿元, 1.2万平方米, 2.5倍, 4.5个百分点).
_UNIT = (r"(?:亿|万|千|百|元|倍|个|米|公里|千米|吨|年|月|日|天|小时|分钟|秒|平方|立方|美元|欧元|人民币|家|项|次|人|台|辆"
         r"|亩|公顷|架|列|条|批|标箱|成|折|度|％)")

# Order matters: the first pattern that matches names the scheme.
SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a plan's parts (第一部分　总体要求, a 规划纲要's 第一篇): set off from their title by a space
    ("part", re.compile(rf"^第\s*(?:{_CN}|\d{{1,2}})\s*(?:部分|篇)(?=[\s　：:]|$)")),
    # (第1章: a guide's or a report's chapters, numbered in figures)
    ("chapter", re.compile(rf"^第\s*(?:{_CN}|\d{{1,2}})\s*章")),
    ("section", re.compile(rf"^第\s*(?:{_CN}|\d{{1,2}})\s*[节節]")),
    # a 案例汇编's cases (案例一：…（报送单位：…）), each over its own 一、基本情况 …
    # (set off by a colon or a space: not a count, 案例12个)
    ("case", re.compile(rf"^案例\s*(?:{_CN}(?=[：:　 ])|\d{{1,2}}(?=[：:]))")),
    # an article an amendment inserted keeps its neighbour's number: 第十二条之一 (條, 節: printed in
    # traditional characters, as for Macau and Hong Kong readers)
    # (or numbered in figures, half- or full-width: 第4条, 第４条)
    ("article", re.compile(rf"^第\s*(?:{_CN}|\d{{1,3}})\s*[条條](?:之{_CN})?(?=[\s　：:，]|$)")),
    # (a heading may open with a year: 一、2023年工作成效)
    ("cn", re.compile(rf"^{_CN}\s*[、．.](?:(?!\d)|(?=(?:19|20)\d{{2}}\s*年))")),
    ("paren_cn", re.compile(rf"^[（(]\s*{_CN}\s*[)）]")),
    ("circled_cn", re.compile(r"^[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]")),
    # a standard's clauses, numbered in dot-decimal (4.1.2　专区使用面积…; GB/T 1.1): not a figure with its unit
    # (three parts are no figure: 1.1.2人口与民族 is no 1.1.2 people)
    ("decimal3", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])(?=[\s　]*[\u4e00-\u9fff（])")),
    ("decimal2", re.compile(rf"^\d{{1,2}}\.\d{{1,2}}(?![\d.])(?=[\s　]*[\u4e00-\u9fff（])(?![\s　]*{_UNIT})")),
    # (not a decimal, 3.5亿元; but an item may open with a year, 3.2023年度报关单汇总表, or a time of day, an
    # agenda's 1.9:00—9:10)
    ("arabic", re.compile(r"^\d{1,2}\s*[.．、](?:(?![\d%])|(?=(?:19|20)\d{2}\s*年)|(?=\d{1,2}[:：]\d{2}))")),
    ("paren_arabic", re.compile(r"^[（(]\s*\d{1,2}\s*[)）]")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
    # a guide's stages (第一步, 第2步) and the steps inside them (步骤1　名称自主申报, 步骤二), and the points under them
    # numbered with a half bracket (1) 系统…)
    ("stage", re.compile(rf"^第\s*(?:\d{{1,2}}|{_CN})\s*步(?=[\s　：:，]|[\u4e00-\u9fff])")),
    ("step", re.compile(rf"^步骤\s*(?:\d{{1,2}}|{_CN})(?=[\s　：:、.．]|[\u4e00-\u9fff])")),
    # (not the end of a bracket a wrap cut: "…（附件" / "2）；")
    ("half_paren", re.compile(r"^\d{1,2}\s*[)）](?=[\s　]*[\u4e00-\u9fff“《A-Za-z])")),
    # a Chinese number with a half bracket (一）加快…), as some offices type the second level
    ("half_paren_cn", re.compile(rf"^{_CN}\s*[)）](?=[\s　]*[\u4e00-\u9fff“《])")),
    # Roman section numbers as Word's symbols set them (Ⅰ、适用范围), letters (A. 企业…, a) 境内…), and points that
    # open 其一、其二 as paragraphs of their own
    ("roman", re.compile(r"^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]\s*[、．.]")),
    ("latin", re.compile(r"^[A-H]\s*[.．、](?=[\s　]*[\u4e00-\u9fff“《])")),
    ("latin_lower", re.compile(r"^[a-h]\s*[)）.．](?=[\s　]*[\u4e00-\u9fff“《])")),
    ("qi", re.compile(r"^其[一二三四五六七八九十]{1,2}(?=[，,、：:])")),
    # a decimal outline's first level, a number set off by spaces from a short heading (1　提升港口航线能级)
    # (not a count, 3 家企业; typed with its space only: 21世纪海上丝绸之路 opens a title's second line)
    ("decimal1", re.compile(rf"^[1-9][ \u3000]+(?!{_UNIT})(?=[\u4e00-\u9fff][^。；，,\d]{{1,28}}$)")),
    # a post's measures under a badge of two figures (01 支持互市商品落地加工), as webpage.badged joins them
    # (set off by an ideographic space, as no figure in a sentence is: 12月底前完成, 21世纪…)
    ("badge", re.compile(r"^(?:0[1-9]|[1-9]\d)\u3000(?=[\u4e00-\u9fff][^。；，,\d]{1,28}$)")),
)

SCHEME_NAMES = tuple(name for name, _ in SCHEMES)


def marker_of(text: str) -> tuple[str, str] | None:
    """The (scheme, marker text) that opens this paragraph, if any."""
    for name, pattern in SCHEMES:
        m = pattern.match(text)
        if m:
            return name, m.group(0).strip()
    return None
