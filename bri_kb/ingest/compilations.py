"""A compilation's own pages around the documents it holds: its cover (its title, who compiled it, its month, perhaps
the compiler's preface) and its afterword about the book (编印说明, 后记). Pure functions over lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.text import flat as _flat
from bri_kb.ingest.titles import COMPILATION, EDITION, GAZETTE_NAME


def compilation_cover(lines: Sequence[Line]) -> bool:
    """Are the lines a compilation's cover and no more: its title (…汇编, …选编, with its edition), the organ
    that compiled it (…编, …编印), its month or edition, short lines with no sentence; and after them perhaps the
    compiler's preface about the book (编印说明 / 为便于…，本汇编收录…)?"""
    titled = any(COMPILATION.search(EDITION.sub("", flat := _flat("".join(x.text for x in lines[:n]))))
                 or GAZETTE_NAME.fullmatch(flat) for n in (1, 2, 3, 4, 5))  # (内部资料 over a title of four lines)
    preface = next((k for k, x in enumerate(lines) if _PREFACE.fullmatch(_flat(x.text))), len(lines))
    if preface < len(lines) and (len(lines) - preface > 30 or not _OF_THE_BOOK.search("".join(x.text for x in lines[preface:]))):
        return False
    # (a gazette's cover: its name, the name in English, the year, the issue, 主办, 出版)
    # (or the preface alone, the book's first page: 前言 / 为帮助企业…，本汇编收录…)
    return (titled and preface <= 8 and all(len(x.text.strip()) <= 60 and "。" not in x.text for x in lines[:preface])
            or preface == 0 < len(lines))


def afterword(lines: Sequence[Line]) -> int | None:
    """Where a compilation's afterword about the book starts in the lines of its last document (编印说明 / 1.本汇编收录…,
    后记), up to 30 lines at their end; None if they hold none."""
    k = next((k for k, x in enumerate(lines) if k and _AFTERWORD.fullmatch(_flat(x.text))), None)
    if k is None or len(lines) - k > 30 or not _OF_THE_BOOK.search("".join(x.text for x in lines[k:])):
        return None
    return k


_PREFACE = re.compile(r"(?:编印|编辑|编写|出版)?说明|前言|编者按|卷首语")
# (or what it gathers, named as gathered: 收录文件以原件为准, …编印成《…汇编（三）》)
_OF_THE_BOOK = re.compile(r"本(?:汇编|书|册|辑|选编|资料|刊|公报)|收录|(?:编印|汇编|编)成《")
# (or a gazette's notice about itself at the end of an issue: 本刊启事 / 《…公报》是…主办的政府出版物…)
_AFTERWORD = re.compile(r"(?:编印|编辑|编写|出版)说明|(?:编)?后记|编后语|(?:本刊|编辑部)?(?:启事|告读者)")
