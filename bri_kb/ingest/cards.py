"""A 惠企政策 booklet's policy cards: each policy summed up under its fields (【政策名称】…, 【文　号】…, 【发文单位】…
【发文日期】…, 【有 效 期】…) over a table of what it offers. Each card is a document of its own, named and dated by its
fields. Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line

_CARD = re.compile(r"【\s*(?:政\s*策\s*名\s*称|政\s*策\s*标\s*题)\s*】\s*(\S.*)")
_FIELD = re.compile(r"【\s*([^】]{2,12}?)\s*】\s*([^【]*)")
# the card's fields, as the pages of a site's record name them (metadata.py reads those)
_HEADER = {"文号": "发文字号", "发文字号": "发文字号", "发文单位": "发布部门", "发文机关": "发布部门", "发布单位": "发布部门",
           "发文日期": "成文日期", "成文日期": "成文日期", "发布日期": "发布日期", "有效期": "有效期"}


def card_starts(lines: Sequence[Line]) -> list[int]:
    """Where each card starts (its 【政策名称】 line), when the lines hold two cards or more."""
    starts = [k for k, x in enumerate(lines) if _CARD.fullmatch(x.text.strip())]
    return starts if len(starts) >= 2 else []


def card_head(lines: Sequence[Line]) -> tuple[str, int, dict[str, str]] | None:
    """A card at the top of the lines: its title, how many lines its fields take, and those fields as a page's
    record names them (发文字号, 发布部门, 成文日期, 有效期); None when the lines open with no card."""
    if not lines or not (named := _CARD.fullmatch(lines[0].text.strip())):
        return None
    title, k = named.group(1).strip(), 1
    # (a name a PDF wrapped: …项目申 / 报指南（2024年度）, the fields under it)
    while k < min(len(lines) - 1, 3) and not _FIELD.match(lines[k].text.strip()) and _FIELD.match(lines[k + 1].text.strip()):
        title, k = title + lines[k].text.strip(), k + 1
    header: dict[str, str] = {}
    while k < len(lines) and lines[k].text.strip().startswith("【"):
        text, k = lines[k].text, k + 1
        while text.count("【") > text.count("】") and k < len(lines):  # (a label a wrap cut: 【发文日 / 期】2023年…)
            text, k = text + lines[k].text.strip(), k + 1
        for label, value in _FIELD.findall(text):
            if (key := _HEADER.get(re.sub(r"\s+", "", label))) and value.strip():
                header.setdefault(key, " ".join(value.split()))
    return title, k, header
