"""Traditional characters (繁體字) read as simplified ones: a 横琴, 前海 or Macau page in 繁體 is searched, cited and
placed as an analyst writes it (横琴粤澳深度合作区执行委员会, 第十五条, 澳门特别行政区). The conversion is OpenCC's
(its t2s tables, phrase by phrase: 乾隆 stays, 乾燥 becomes 干燥). Only a line in traditional script is converted,
not a simplified line that names one traditional character. Pure functions over a line."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SHARE = 0.1  # traditional-only characters among a line's Chinese ones, at least (a 繁體 line has about one in four)
_SHORT = 8  # a line of this many Chinese characters or fewer needs one (第一條, 總　則)


@cache
def _traditional_only() -> frozenset[str]:
    """Characters only traditional script writes: OpenCC turns them into others, and no simplified character is
    written as them (著 is both: 著作 stays)."""
    folder = resources.files("opencc").joinpath("dictionary")

    def pairs(name: str) -> list[tuple[str, list[str]]]:
        out = []
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                key, values = line.split("\t", 1)
                out.append((key, values.split()))
        return out

    converted = pairs("TSCharacters.txt")
    simplified_written = {k for k, _ in pairs("STCharacters.txt")} | {v for _, values in converted for v in values}
    return frozenset(k for k, _ in converted if k not in simplified_written)


@cache
def _converter() -> Any:
    from opencc import OpenCC  # (the tables load once, when a traditional line is first met)

    return OpenCC("t2s")


def traditional(text: str) -> bool:
    """Is the line written in traditional script?"""
    chinese = _CJK.findall(text)
    if not chinese:
        return False
    only = _traditional_only()
    n = sum(ch in only for ch in chinese)
    return n >= 2 and n >= _SHARE * len(chinese) or n >= 1 and len(chinese) <= _SHORT


def simplified(text: str) -> str:
    """The line in simplified characters, if it is written in traditional ones; any other line as it is."""
    return as_simplified(text) if traditional(text) else text


def as_simplified(text: str) -> str:
    """A text known to be in traditional script (traditional), in simplified characters."""
    return str(_converter().convert(text))
