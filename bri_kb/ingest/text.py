"""Small pure helpers on Chinese text that several ingest stages share."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Sequence
from importlib import resources

from bri_kb.ingest.numbering import marker_of

# A Chinese character (the unified ideographs).
CJK = re.compile(r"[\u4e00-\u9fff]")
PARAGRAPH_ENDS = "。！？；：”」）)》↓⬇👇"  # marks a paragraph may end on (a post's 一起来看↓↓↓ points below it)
COMMAS = "，、"  # marks no paragraph ends on
MID_WORD = re.compile(r"[\u4e00-\u9fff]$")  # (a line that stops on a character, not a mark: a word or a sentence cut)

# Digits as superscripts: a footnote's mark (亿元¹) or a power (10⁴) as Word and PDF print them raised.
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3001-\u303f\u2010-\u206f]"
_NARROW = r"[\x21-\x7e\u00b2\u00b3\u00b9\u2070\u2074-\u2079]"  # with the superscript digits (亿元¹)
_SPACES = r"[ \t\u3000\xa0]+"
# (not a full-width space, unless after a colon or comma: one typed on purpose sets a name apart from its number, 合肥片区
# 0551-…)
_GAPS = r"(?:[ \t\xa0]+|(?<=[：，；、])[ \t\u3000\xa0]+)"
# (not before an item's number: "…第五十一条 2.《快递暂行条例》…", a cell's second paragraph)
_WIDE_NARROW = re.compile(rf"(?<={_WIDE}){_GAPS}(?={_NARROW})(?!\d{{1,2}}[.．](?!\d))|(?<={_NARROW}){_GAPS}(?={_WIDE})")
_WIDE_WIDE = re.compile(rf"(?<={_WIDE}){_SPACES}(?={_WIDE})")
_NARROW_END = re.compile(rf"{_NARROW}$")
_SPACE_RUN = re.compile(r"[ \t\xa0]*\u3000[ \t\u3000\xa0]*")  # a full-width space left between wide and narrow: one space
_MARKER_GAP = re.compile(rf"{_SPACE_RUN.pattern}(?={_WIDE})")  # (…before Chinese text, after an item's number)
_MARKER_SPACE = re.compile(rf"{_SPACES}(?={_WIDE})")


def open_quote(text: str) -> bool:
    """Does a line leave a quotation mark, a 《 or a bracket open? Then the line
    after it goes on with the quotation, however short the line stopped
    ("…打通港口与铁路“最后一公" / "里”，2026年建成投用。")."""
    return any(text.count(a) > text.count(b) for a, b in (("“", "”"), ("《", "》"), ("（", "）")))


def display_width(text: str) -> int:
    """Terminal columns: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


def in_order(short: str, full: str) -> bool:
    """Are short's characters all in full, in their order (a name cut short: 《问答》 of …政策问答（2026年版）, 省发展改革委
    of 湖北省发展和改革委员会)?"""
    rest = iter(full)
    return all(c in rest for c in short)


def flat(text: str) -> str:
    """The text with all whitespace taken out and nothing else changed (unlike
    vocabulary.squash, no NFKC: full-width brackets stay as printed)."""
    return re.sub(r"\s+", "", text)


def collapse_spaces(text: str) -> str:
    """Drop the spaces PDF extraction leaves between Chinese text and digits
    ("2017年 12月"); a run of spaces between Chinese words becomes one."""
    text = text.strip()
    if (m := marker_of(text)) and m[0] in ("decimal1", "badge"):
        # (a decimal outline's first level keeps the space that sets its number apart, as typed: 1　提升港口航线能级)
        return f"{m[1]}{text[len(m[1])]}{collapse_spaces(text[len(m[1]) :])}"
    if m and _NARROW_END.search(m[1]) and (gap := _MARKER_GAP.match(text, len(m[1]))):
        return collapse_spaces(m[1] + text[gap.end() :])  # (an item's number set apart from its text: 2.1　集聚…, as before)
    if m and m[1][-1] in "．、）" and (gap := _MARKER_SPACE.match(text, len(m[1]))):
        # (the tab a word processor sets after an automatic number, printed as a space: 2．　营业执照复印件)
        return collapse_spaces(m[1] + text[gap.end() :])
    return _SPACE_RUN.sub(" ", _WIDE_WIDE.sub(" ", _WIDE_NARROW.sub("", _BEFORE_MARK.sub("", text)))).strip()


# (no space stands before a closing mark: a justified last line sets its 元 and ； far apart, 300万元 ；)
_BEFORE_MARK = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[，。；：！？、）》”])")
_TAIL_TOKEN = re.compile(r"[\w.@:/%\-]+$", re.ASCII)


def _unbroken(before: str, after: str) -> bool:
    """Was a line wrapped inside one token: an e-mail address or a web address
    (xmswj_px@163.co / m), a telephone number (010-8509345 / 6), or a code of
    capitals and digits (a 统一社会信用代码 in a narrow cell: 91510100MA6 / C8X2K3Q)?"""
    m = _TAIL_TOKEN.search(before)
    token = m.group() if m else ""
    # a number in Chinese text cut by the wrap (…达到4 / 200万标准箱): nothing but digits on both sides
    # (or after Chinese punctuation: 跨境电商“121 / 0”)
    in_chinese = token.replace(".", "").isdigit() and bool(
        re.match(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]", before[-len(token) - 1 :]))
    return "@" in token or "://" in token or token.lower().startswith("www.") or (
        bool(re.fullmatch(r"\d[\d\-]{5,}", token)) and after[:1].isdigit()) or (in_chinese and after[:1].isdigit()) or (
        bool(_CODE.fullmatch(token)) and bool(re.match(r"[0-9A-Z]", after)))


_CODE = re.compile(r"(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{6,}")


# English wrapped at a space after a comma or before a bracket: "contributions," / "profits", "China" / "(Shandong)"
_LATIN_END = re.compile(r"[A-Za-z][,.;:!?)]$|[A-Za-z]$")
_LATIN_START = re.compile(r"\(?[A-Za-z]")


def join_wrapped(parts: Sequence[str]) -> str:
    """Join line fragments; a space survives only between two Latin words (not
    inside an e-mail address, a web address or a telephone number)."""
    out = ""
    for part in parts:
        if out and part and (_ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(part[0]) or _LATIN_END.search(out)
                             and _LATIN_START.match(part)) and not _unbroken(out, part):
            out += " "
        out += part
    return collapse_spaces(out)


def ocr_zeros(text: str) -> str:
    """A zero that character recognition read as 〇 between Arabic digits, as it is: 2〇16年 -> 2016年 (a year in
    Chinese numerals, 二〇一六年, has no Arabic digit beside its 〇 and stays)."""
    while (done := _OCR_ZERO.sub("0", text)) != text:  # (until none is left beside a digit: 2〇1〇年 -> 2010年)
        text = done
    return text


# (a PDF sets the 〇, a character of another width, apart from the digits: 2 〇 16; and one right after a digit is a
# zero wherever it stands: 6月3〇日, 55〇列)
_OCR_ZERO = re.compile(r"(?<=[0-9０-９])\s?[〇○]\s?(?=[0-9０-９])|(?<=[0-9０-９][0-9０-９])\s?[〇○](?=\s*年)"
                       r"|(?<=[0-9０-９])[〇○]")


# Radicals, strokes and compatibility ideographs: code points some PDF producers write for the ideographs they print
# (⽇ for 日, ⻔ for 门, 不 U+F967 for 不), which a search for the ideograph does not find.
_RADICAL_OR_COMPATIBLE = re.compile(r"[\u2e80-\u2fdf\u31c0-\u31ef\uf900-\ufaff\U0002f800-\U0002fa1f]")


def equivalent_ideographs(text: str) -> str:
    """The text with each radical, stroke or compatibility ideograph as the unified ideograph it prints as:
    the Kangxi radicals and compatibility ideographs by NFKC (⽇ -> 日), the radicals and strokes NFKC leaves by
    Unicode's Equivalent_Unified_Ideograph (⻔ -> 门; data/equivalent_ideographs.json). Nothing else changes
    (full-width brackets and digits stay as printed)."""
    if not _RADICAL_OR_COMPATIBLE.search(text):
        return text
    pairs = _equivalents()
    return _RADICAL_OR_COMPATIBLE.sub(lambda m: pairs.get(m[0]) or unicodedata.normalize("NFKC", m[0]), text)


@functools.cache
def _equivalents() -> dict[str, str]:
    data = json.loads(resources.files("bri_kb").joinpath("data/equivalent_ideographs.json").read_text(encoding="utf-8"))
    return dict(data["pairs"])


def ocr_misreads(text: str) -> str:
    """What character recognition misreads, where the text cannot mean what it printed: a 〇 beside Arabic digits
    (ocr_zeros), 曰 after a day's number (2024年4月18曰 -> 日), a letter l or I among figures (l.2亿元, l万标箱 -> 1),
    己 where 已 is meant (己经, 己于, 早己, 追回己拨付 -> 已; 自己, 知己 and 以…为己任 stay)."""
    text = _OCR_DAY.sub("日", ocr_zeros(text))
    text = _OCR_ONE.sub("1", text)
    return _OCR_YI.sub("已", text)


_OCR_DAY = re.compile(r"(?<=[0-9０-９])\s?曰")
# (not an industry's code of 国民经济行业分类, its section's letter and its digits, listed in brackets: （I6510、I6450）)
_OCR_ONE = re.compile(r"(?:(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])|^|(?<=[0-9]))(?:l|I(?![0-9]{2,4}[、，,）);；]))"
                      r"(?=[.．]?[0-9０-９]|[万亿千])|(?<=[0-9])[lI](?![A-Za-z])")
# (己 stands in policy text only in 自己, 知己, 律己, 利己, 异己, 克己, 舍己, 一己, 为己, 由己 and 己任, 己方, 己所)
_OCR_YI = re.compile(r"(?<![自知律利异克舍一为由])己(?![任方所])")


# Scripts an autonomous region prints its documents in beside Chinese: Arabic (Uyghur, Kazakh), Mongolian, Tibetan,
# Hangul (Korean).
_OTHER_LETTERS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u1800-\u18af\u0f00-\u0fff"
                            r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def other_script(line: str) -> bool:
    """A line written in another script (its Chinese is printed beside it): most of its letters are Uyghur,
    Mongolian, Tibetan or Korean, and what Chinese it holds is a name or number it cites, a fifth of them at most
    (…(霍市政发〔2021〕35号) بىرلا ۋاقىتتا…)."""
    letters = [c for c in line if c.isalpha()]
    other = len(_OTHER_LETTERS.findall(line))
    cited = _BRACKETED.sub("", line)  # (its Chinese in brackets only: a number or a name it cites)
    # (a lone letter counts when it is the other script's: a Korean paragraph's last syllable wrapped, 다.)
    return ((len(letters) >= 2 or other == len(letters) == 1) and not CJK.search(cited) and other >= 4 * len(CJK.findall(line))
            and other * 2 >= len(letters))


_BRACKETED = re.compile(r"[（(《«][^（()）《》«»]*[）)》»]")
_OTHER_CHARS = _OTHER_LETTERS.pattern[1:-1]
# A name or phrase in another script set beside its Chinese on one line, as a bilingual mark or signature sets them
# (延边朝鲜族自治州商务局 연변조선족자치주상무국): words of those letters, spaced apart from the Chinese or, right to left, run
# on after it (…2025年9月16日ىسىناخشىئ ەمىكھەم…).
_OTHER_WORD = rf"\d*[{_OTHER_CHARS}]+"  # (a Korean date's 2026년 too)
_OTHER_WORDS = re.compile(rf"(?:^|[ \t\u3000]+|(?<=[\u4e00-\u9fff])){_OTHER_WORD}(?:[ \t\u3000\-'’.,:;،؛]*{_OTHER_WORD})*"
                          rf"[.,:;،؛]?(?=[ \t\u3000｜\u4e00-\u9fff]|$)")


def other_script_out(line: str) -> str:
    """A Chinese line without the words in another script set beside its Chinese: "延边朝鲜族自治州商务局 연변조선족자치주상무국｜
    文件 문건" -> "延边朝鲜族自治州商务局｜文件". A line mostly in the other script is left whole (other_script leaves it out)."""
    if not _OTHER_LETTERS.search(line) or not CJK.search(line) or other_script(line):
        return line
    return _OTHER_WORDS.sub("", line).strip(" \t\u3000")
