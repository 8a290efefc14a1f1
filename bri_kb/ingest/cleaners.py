"""Pure str -> str cleaners of one line, before anything is read from it:
characters that print nothing, Word's private bullet glyphs, Markdown marks,
tab-separated cells (as pdfplumber's utils, each a small function)."""

from __future__ import annotations

import re

from bri_kb.ingest.conventions import BULLETS, CELL, LIST_LABEL, WORD_PLACEHOLDER
from bri_kb.ingest.text import equivalent_ideographs, ocr_misreads, other_script_out

WHITESPACE = " \t\u3000\xa0\ufeff\f\v"  # what strip_line strips, a form feed among it


def tab_cells(text: str) -> str:
    """A row of a table pasted as tab-separated text (three cells or more) as
    the reader's table row, cells joined by CELL; any other line as it is (a 名单's entry under its label, 召 集 人：⇥
    郑　华⇥省人民政府副省长, too: a list's line, no table's row)."""
    return text.replace("\t", CELL) if text.count("\t") >= 2 and not _LABELLED_ENTRY.match(text) else text


_LABELLED_ENTRY = re.compile(rf"{LIST_LABEL}\t")


# Word's bullets in the Symbol and Wingdings fonts come out as private-use characters (U+F0B7 …).
_PRIVATE_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf06c\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf075", "•"))


def bullets(text: str) -> str:
    """A line with Word's private-use bullet glyphs written as the bullet they show (•)."""
    return text.translate(_PRIVATE_BULLETS)


def opens_with_bullet(text: str) -> bool:
    """Does the text open with a bullet (●, ■, •, Word's private glyph for one)?"""
    return bullets(text)[:1] in BULLETS


# Characters that print nothing inside a line: a soft hyphen (Word's optional hyphen), zero-width
# spaces and joiners, a word joiner, a byte-order mark pasted mid-text.
_UNSEEN = str.maketrans(dict.fromkeys("\xad\u200b\u200c\u200d\u2060\ufeff"))


def unseen_out(text: str) -> str:
    """The line without the characters that print nothing (电\xad商 -> 电商), nor a content control's placeholder
    that a PDF printed (单击此处输入文字。: Word's, no one's text)."""
    return WORD_PLACEHOLDER.sub("", text.translate(_UNSEEN))


# A note's mark raised after a word or a sentence's stop (基础性要素。², 备案的135家[¹]): the digits Word and PDF set as
# superscripts (text.SUPERSCRIPT_DIGITS), perhaps in brackets. Not a power after a figure or a unit's letter (10⁴, 万m²).
# (or typed in brackets on the line, before a stop: 备案的135家[1]。, 压缩约30%[2]，)
# (a PDF's words may set it a space apart: 负面清单 ²，)
_NOTE_MARK = re.compile(r"([\u3001-\u303f\u4e00-\u9fff\uff00-\uffef”’%])[ \u3000]?(?:[\[［〔]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}[\]］〕]?"
                        r"|\[\d{1,2}\](?=[。，；、：！？]|$))")


# (or a raised digit after an acronym, ESG⁴信息披露: no unit's power, which follows a small letter, m², km³)
_ACRONYM_MARK = re.compile(r"(?<=[A-Z][A-Z])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?=[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef])")


def note_marks_out(text: str) -> str:
    """The line without its notes' raised marks: "要素。²近年来" -> "要素。近年来"; "1.2万m²" stays."""
    while (done := _NOTE_MARK.sub(r"\1", text)) != text:  # (until none is left: 家[1][2]。, 家 ¹ ²)
        text = done
    # (a circled number, 调研①，, stays: offices type it so in the text, and a reader quotes it so)
    return _ACRONYM_MARK.sub("", text)


def strip_line(text: str) -> str:
    # str.strip() also takes the separators \x1c-\x1f and other Unicode spaces;
    # a line of nothing else must count as blank, not as an empty body line.
    # Characters that print nothing go wherever they stand (a line of only those is blank).
    text = note_marks_out(ocr_misreads(equivalent_ideographs(unseen_out(text))))
    text = decoration_out(markdown_out(text.strip().strip(WHITESPACE).strip()).strip())
    # (a table's row cell by cell: a cell wholly in the other script stays, for translation.py to tell its column apart)
    return CELL.join(map(other_script_out, text.split(CELL))) if CELL in text else other_script_out(text)


# An emoji or a bullet a post sets before a heading's number (🔹一、总体目标, ◆（一）…, ✅1.…): decoration, not text.
# (not a checklist's box, ☐1.营业执照副本复印件； or □ 1.…: the applicant ticks it, as it does one before any entry)
_DECORATION = re.compile(r"^(?:[\U0001F300-\U0001FAFF\u2600-\u260F\u2613-\u27BF\u2B00-\u2BFF\uFE0F◆◇●■►▶•★☆※▪]\s*)+"
                         r"(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]\s*\S|第[一二三四五六七八九十百]+[章节条])")


def decoration_out(text: str) -> str:
    """A heading's number without the emoji or bullet a post sets before it: "🔹一、总体目标" -> "一、总体目标"."""
    return _DECORATION.sub("", text)


def markdown_out(text: str) -> str:
    """A line copied with its Markdown marks (from a news app or a Q&A site) as it reads:
    "# 标题" -> 标题, "> 内政办发〔2024〕18号" -> 内政办发〔2024〕18号, "**一、总体要求**" -> 一、总体要求,
    "- 稳定开行…" -> "• 稳定开行…"
    (bold marks only around Chinese text: an asterisk in a formula or a footnote stays)."""
    masked = bool(_MASKED.search(text))
    while True:  # until nothing is left to take (# # 标题, ****重点****): cleaning twice gives what once gave
        done = _MD_BULLET.sub("• ", _MD_LEAD.sub("", text)).strip()
        if not masked:
            done = _MD_BOLD.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), done)
        if done == text:
            return text
        text = done


_MD_LEAD = re.compile(r"^(?:#{1,6}\s+|>\s*)")
# Asterisks a published decision masks a name or a number with (当事人：王**，, 5001**********3417, 沙坪坝区**街道): none
# of the line's asterisks is a Markdown mark.
_MASKED = re.compile(r"[\d\u4e00-\u9fff]\*{2,}(?:[\d\u4e00-\u9fff]|[，、)）])")
_MD_BULLET = re.compile(r"^[-*+]\s+(?=[\u4e00-\u9fff“（《])")  # "- 稳定开行…" (not "- 1 -", a page's number)
# (__ only as a pair of its own: a form's blanks typed as underscores, 之日起______日内…人民币______万元, are no marks;
# nor inside a word, as CommonMark has it: ____年__月__日, a form's day left blank)
_MD_BOLD = re.compile(r"\*\*([^*\n]*[\u4e00-\u9fff][^*\n]*)\*\*"
                      r"|(?<![_\w])__(?!_)([^_\n]*[\u4e00-\u9fff][^_\n]*)__(?![_\w])")
