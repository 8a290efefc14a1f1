"""A Chinese document's translation printed with it (中英对照: a free trade zone's guide for foreign investors,
measures set Chinese left and English right, an 附件 that is the policy's "Unofficial Translation").

The knowledge base is read in Chinese and cites the Chinese text, which is the one in force (以中文文本为准): a line
of the translation is left out and counted, as a line in another script is (text.other_script); a table's column
of it goes, and so does the English a cell or a note carries after its Chinese. Pure functions over the lines a
cleaner keeps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.cleaners import opens_with_bullet
from bri_kb.ingest.conventions import CELL, WEB_ADDRESS
from bri_kb.ingest.text import CJK, other_script

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")  # (a word in letters, accented too: empresário; no Chinese here)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A date in English alone on its line, under its Chinese (二〇二五年三月 / March 2025; 2024年5月20日 / 20 May 2024)
_ENGLISH_DATE = re.compile(rf"(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}\.?")
# (a line a wrap cut from the Chinese sentence it ends: 登记的商业企业主 / （empresário comercial）。)
_CARRIED_ON = re.compile(r"[（(]?[a-zà-ÿ]")
# (an e-mail or a web address, a wrap may leave alone on its line: the text's, in any language)
# A column's head that names the translation's language (English, 英文, 英文译文, EN, Translation …)
_LANGUAGE = re.compile(r"(?i)english(?:\s+(?:text|version))?|英\s*文(?:译文|文本|版)?|en|translation|译\s*文|外\s*文")
# A column's head that names the Chinese text, left alone once the translation beside it is gone
_CHINESE = re.compile(r"中\s*文(?:文本|版|原文)?|汉\s*[语文]|原\s*文|chinese")
# English after Chinese in one cell (服务事项Service, 片区行政审批局 Administrative Approval Bureau): words only
_CELL_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*([A-Z][A-Za-z'’&/,.()-]*(?:\s+[A-Za-z'’&/,.()-]+)*)$")
# (or a column's head in English short: 序号No., 电话Tel.)
_SHORT_HEAD = re.compile(r"No\.?|Tel\.?|Ref\.?")
# A sentence in English after a Chinese sentence's end on one line (…以中文文本为准。Note: The English text …)
_SENTENCE_TAIL = re.compile(r"(?<=[。！？])\s*([A-Z][^\u4e00-\u9fff]*)$")


def is_translation(text: str) -> bool:
    """Is a line (or a cell) English with no Chinese character: three words or more (two long ones), letters most of
    what it prints (not an acronym alone, RCEP; not a telephone line, Tel: 0777-3880516; not an address, wzc@….cn)?"""
    if CJK.search(text) or WEB_ADDRESS.search(text):
        return False
    if _ENGLISH_DATE.fullmatch(text.strip()):
        return True
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    # (two words when they are long enough for no acronyms: III. Requirements, Kunming Customs; not CBAM RCEP)
    return (len(words) >= 3 and letters >= 12 or len(words) == 2 and letters >= 10) \
        and 2 * letters >= len(re.sub(r"\s", "", text))


def _carries_on(before: str, line: str) -> bool:
    """Does a line with no Chinese go on with the Chinese sentence above it, cut by a wrap (…商业企业主 / （empresário
    comercial）。): the line above has Chinese and no end, this one opens with a small letter?"""
    if not CJK.search(before) or re.search(r"[。；！？：:]\s*$", before):
        return False
    # (or a gloss in brackets the wrap cut, as a Word paragraph holds it whole: ●高端装备与智能网联汽车（High-end Equipment
    # and / Intelligent Connected Vehicles）; …全程跟踪服务 / （Chief service officer…）)
    unclosed = before.count("（") + before.count("(") > before.count("）") + before.count(")")
    # (a sentence's or a bullet's: not a title's translation under it, 重庆口岸…服务指南 / （Chongqing Port … Guide）; nor
    # after a line closed by its bracket, （此件公开发布） / (Translation for reference only))
    glossed = (bool(CJK.match(before.rstrip()[-1:])) and bool(re.match(r"[（(][A-Za-z]", line.strip()))
               and ("，" in before or opens_with_bullet(before.strip())))
    return bool(_CARRIED_ON.match(line.strip()) or unclosed or glossed)


def _english_tail(text: str, pattern: re.Pattern[str]) -> str:
    """The text without the English its Chinese ends with (a phrase with a small letter, not an acronym: ODI)."""
    m = pattern.search(text)
    if m is None or not CJK.search(text[:m.start()]):
        return text
    if not re.search(r"[a-z]{2}", m.group(1)) and not (pattern is _CELL_TAIL and _SHORT_HEAD.fullmatch(m.group(1))):
        return text
    if pattern is _SENTENCE_TAIL and not is_translation(m.group(1)):
        return text
    return text[:m.start()].rstrip()


_GLOSS = 200  # characters: a bracketed gloss a wrap carried over lines is a phrase, not a paragraph


def without_translations(lines: Sequence[str]) -> list[str | None]:
    """Each line as it reads without its translation: None for a line that is all translation (an English
    paragraph, a table's row of English only, a table's head naming only the two languages), else the line with its
    English tail and, in a table, its column of English taken out (a table left with one column is lines of text)."""
    # (a table's rows are read below, column by column)
    out: list[str | None] = []
    gloss = ""  # a bracketed gloss a wrap carried on, still open (…调解服务 / （International … foreign-related / commercial…）)
    for k, ln in enumerate(lines):
        carried = bool(k) and (_carries_on(lines[k - 1], ln) or bool(gloss) and not CJK.search(ln))
        out.append(ln if CELL in ln else None if is_translation(ln) and not carried else _english_tail(ln, _SENTENCE_TAIL))
        gloss = (gloss or lines[k - 1]) + ln if carried else ""
        # (closed, or run on longer than a gloss does: the next English line is the translation's again)
        if gloss.count("（") + gloss.count("(") <= gloss.count("）") + gloss.count(")") or len(gloss) > _GLOSS:
            gloss = ""
    i = 0
    while i < len(lines):
        if CELL not in lines[i]:
            i += 1
            continue
        width = lines[i].count(CELL) + 1
        end = i
        while end < len(lines) and CELL in lines[end] and lines[end].count(CELL) + 1 == width:
            end += 1
        for k, row in zip(range(i, end), _table_without_translation([ln.split(CELL) for ln in lines[i:end]]),
                          strict=True):
            out[k] = row
        i = end
    # (the short lines among a translation's, a heading or a wrapped line's end, go with it; the sweeps go down and
    # up in turn, so that a run of them is taken in two)
    spread, down = True, False
    while spread:
        spread, down = False, not down
        for k in range(len(out)) if down else reversed(range(len(out))):
            text = out[k]
            if text is None or CELL in text or CJK.search(text) or WEB_ADDRESS.search(text) or (
                    k and _carries_on(lines[k - 1], text)):
                continue
            above = k > 0 and out[k - 1] is None and CELL not in lines[k - 1]
            below = k + 1 < len(out) and out[k + 1] is None and CELL not in lines[k + 1]
            # (a word of three letters: a heading, Unofficial Translation; a wrapped line's end, write-off cycles.;
            # a line of figures only between two of the translation's, 2026.)
            if above and below or (above or below) and re.search(r"[^\W\d_]{3}", text):
                out[k], spread = None, True
    return out


_EXPLAINED = re.compile(r"(?:术语|名词|词条)?(?:释义|定义|含义|解释)")


def _table_without_translation(rows: list[list[str]]) -> list[str | None]:
    """A table's rows (cells) without the column of translation, and each cell without its English tail."""
    width = len(rows[0])
    # (or in the script of an autonomous region's language, set beside the Chinese: 汉 文｜ᠮᠣᠩᠭᠣᠯ …)
    def foreign(cell: str) -> bool:
        return is_translation(cell) or other_script(cell)

    def mostly(c: int) -> bool:  # (under a head naming the language, English Text: a signature's Chinese among it)
        filled = [r[c] for r in rows[1:] if r[c].strip()]
        return bool(_LANGUAGE.fullmatch(rows[0][c].strip())) and 3 * sum(foreign(x) for x in filled) >= 2 * len(filled)

    # (a glossary's column of its terms' English names is what it lists, no translation: 术语｜英文｜释义)
    glossary = any(_EXPLAINED.fullmatch(c.strip()) for c in rows[0])
    english = {c for c in range(width)
               if not glossary and sum(foreign(r[c]) for r in rows) >= max(1, (len(rows) - 1) // 2)
               and (all(not r[c].strip() or foreign(r[c]) or _LANGUAGE.fullmatch(r[c].strip()) for r in rows) or mostly(c))}
    out: list[str | None] = []
    for r in rows:
        # (a cell of the translation's column that holds Chinese stays: nothing of the Chinese text is left out)
        cells = [_english_tail(_english_tail(c, _SENTENCE_TAIL), _CELL_TAIL) for n, c in enumerate(r)
                 if n not in english or not foreign(c) and CJK.search(c) and not _LANGUAGE.fullmatch(c.strip())]
        if english and all(not c.strip() or _CHINESE.fullmatch(c.strip()) for c in cells):
            out.append(None)  # (the head that names the two languages, 中文｜English; a row of English only)
        elif len(cells) == 1:
            out.append(cells[0])
        else:
            out.append(CELL.join(cells))
    return out
