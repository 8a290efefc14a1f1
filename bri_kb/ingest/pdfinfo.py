"""A PDF's document properties (its Info dictionary), where the page text lacks what they hold.

A 公文排版系统 may set the 版头 as a picture and draw the title as outlines: the eye reads the title, the text layer
holds none, and the title stands only in the file's properties (/Title). Those properties are often stale (a Word
template's name, "Microsoft Word - 17号文定稿.docx"), so the title is taken from them only when the text holds no
title of its own and the body speaks of what the title names.
"""

from __future__ import annotations

import re

from bri_kb.ingest.genre import names_genre
from bri_kb.vocabulary import ANY_DOC_NUMBER

_FILE_NAME = re.compile(r"(?i)^microsoft\s+word\s*-|\.(?:docx?|wps|pdf|rtf|odt)$")
_RECIPIENTS = re.compile(r"[\u4e00-\u9fff）)、，,]{2,}[:：]$")  # a 主送 line: …各有关企业：
_SPACE = re.compile(r"\s+")
_SHARED = 0.6  # the share of the title's character pairs the first page must use: the body speaks of it
_HEAD_LINES = 6  # a title stands within the first lines of a page, before its 主送 (a wrapped one in twice as many)


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def property_title(title: object, first_page: list[str]) -> str | None:
    """The file's /Title, when it is a 公文's title (it names its 文种), the first page's text does not already hold
    it, and the page uses most of its character pairs (a stale template's title does not); else None."""
    if not isinstance(title, str):
        return None
    title = _SPACE.sub("", title)
    if not 6 <= len(title) <= 150 or _FILE_NAME.search(title) or not names_genre(title):
        return None
    page = _SPACE.sub("", "".join(first_page))
    if title in page or _prints_a_title(first_page):
        return None
    pairs = _pairs(title)
    return title if len(pairs & _pairs(page)) >= _SHARED * len(pairs) else None


def _prints_a_title(first_page: list[str]) -> bool:
    """Whether a line of the page's head, before its 主送, ends as a title does (…的通知): the page prints its own
    title, however the properties word it."""
    for line in first_page[:_HEAD_LINES * 2]:
        line = line.strip()
        if _RECIPIENTS.search(line) and not ANY_DOC_NUMBER.search(line):
            return False
        if names_genre(line):
            return True
    return False


def with_title(lines: list[str], title: str) -> list[str]:
    """The first page's lines with the title put where a 公文 prints it: after its 文号, before its 主送."""
    head = [n for n, line in enumerate(lines[:_HEAD_LINES]) if line.strip()]
    at = next((n for n in head if _RECIPIENTS.search(line := lines[n].strip()) and not ANY_DOC_NUMBER.search(line)),
              None)
    if at is None:
        numbered = [n for n in head if ANY_DOC_NUMBER.fullmatch(lines[n].strip())]
        at = numbered[0] + 1 if numbered else 0
    return [*lines[:at], title, *lines[at:]]

