"""The numbering schemes of Chinese official documents, as patterns.

A marker is recognised only at the start of a paragraph. Each scheme has a name
that the structurer uses to build the heading hierarchy of one document.
"""

from __future__ import annotations

import re

CN_DIGITS = "零〇一二三四五六七八九十百千两"
_CN = f"[{CN_DIGITS}]+"

# Order matters: the first pattern that matches names the scheme.
SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第\s*{_CN}\s*章")),
    ("section", re.compile(rf"^第\s*{_CN}\s*节")),
    ("article", re.compile(rf"^第\s*{_CN}\s*条(?=[\s　：:，]|$)")),
    ("cn", re.compile(rf"^{_CN}\s*[、．.](?!\d)")),
    ("paren_cn", re.compile(rf"^[（(]\s*{_CN}\s*[)）]")),
    ("circled_cn", re.compile(r"^[㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]")),
    ("arabic", re.compile(r"^\d{1,2}\s*[.．、](?![\d%])")),
    ("paren_arabic", re.compile(r"^[（(]\s*\d{1,2}\s*[)）]")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
)

SCHEME_NAMES = tuple(name for name, _ in SCHEMES)


def marker_of(text: str) -> tuple[str, str] | None:
    """The (scheme, marker text) that opens this paragraph, if any."""
    for name, pattern in SCHEMES:
        m = pattern.match(text)
        if m:
            return name, m.group(0).strip()
    return None


_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(text: str) -> int | None:
    """一百二十三 -> 123; 十二 -> 12; returns None for text that is not a numeral."""
    if not text or any(c not in _CN_VALUES and c not in _CN_UNITS for c in text):
        return None
    total, current = 0, 0
    for c in text:
        if c in _CN_VALUES:
            current = _CN_VALUES[c]
        else:
            total += (current or 1) * _CN_UNITS[c]
            current = 0
    return total + current


def int_to_cn(n: int) -> str:
    """123 -> 一百二十三, the way article numbers are printed (10 -> 十, 20 -> 二十)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    head = digits[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    return head + (digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else ""))


def marker_number(marker: str) -> int | None:
    """The ordinal a marker carries: 第三十二条 -> 32, （三） -> 3, 5. -> 5, ㈡ -> 2."""
    if marker and marker[0] in "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩":
        return "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩".index(marker[0]) + 1
    if marker and marker[0] in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(marker[0]) + 1
    digits = re.search(r"\d+", marker)
    if digits:
        return int(digits.group(0))
    cn = re.search(_CN, marker.replace("第", ""))
    return cn_to_int(cn.group(0)) if cn else None
