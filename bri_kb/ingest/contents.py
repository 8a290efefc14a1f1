"""A compilation's 目录: the titles its entries name, and where in the text each
titled document starts. The entries are removed as furniture when the file is
cleaned; their titles still say where one document ends and the next begins
(a memorandum with no 文号 or 主送 after a regulation's last article, a policy
whose 文号 is only a bracketed line under its title). Pure functions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL, PAGE_REF
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.marks import MARK, REGISTRATION_LINE, doc_number_line
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import squash

# An entry's end: dot leaders, a tab or spaces, then its page number (Arabic or Roman), or leaders alone.
_ENTRY_END = re.compile(rf"(?:[.…·．•]{{2,}}\s*|\t\s*|\s{{2,}}){PAGE_REF}?\s*$|[.…·．•]{{4,}}\s*$"
                        rf"|{CELL}\s*\d{{1,4}}\s*$")  # (a 目录 set as a borderless table: …条例｜1)
_ENTRY_NUMBER = re.compile(r"^(?:[一二三四五六七八九十百]+[、．.]|\d{1,3}\s*[.、．]|[（(]\d{1,3}[)）])\s*")
# （湘政办发〔2022〕35号） or the 令 that made a rule (（云南省人民政府令第231号）) after a title
# (a 文号, a 令's number, or a 公告's: 湖南省商务厅公告2024年第6号)
_BRACKETED_NUMBER = re.compile(r"[（(](?:[^（）()]{2,20}〔\d{4}〕\d{1,4}\s*号|[^（）()]{2,20}令\s*第\s*\d{1,4}\s*号"
                               r"|[^（）()]{2,20}公告\s*\d{4}\s*年\s*第\s*\d{1,4}\s*号)[)）]$")
_HEADING = re.compile(r"^\s*目\s*录\s*$")
_STATUS = re.compile(r"[（(【\[]\s*已(?:废止|失效)\s*[)）】\]]$")  # (an editor's note in the 目录 only: …暂行办法（已废止）)
_SHORTEST, _LONGEST = 8, 120
_SECTION = re.compile(r"^【[^】]{2,16}】")  # a gazette's 栏目 over its first entry: 【省政府令】
_ORDER_HEAD = re.compile(r"[\u4e00-\u9fff]{2,30}(?:令|公告)(?:[（(]?第\d{1,4}号[)）]?)?")  # a title's length, in characters


# (the dot leaders before a page number set in the cell beside them: …若干措施……｜1)
_LEADERS = ".…·．• \u3000\t"


def entry_titles(lines: Sequence[str]) -> list[str]:
    """The titles a 目录's lines name, in order, when it names two documents or more: an entry wrapped over lines
    runs on until the line that ends in its leaders or page number; numbering, leaders, page numbers and a 文号
    in brackets are not the title."""
    titles: list[str] = []
    held: list[str] = []
    cut = ""  # an entry that named no 文种: its title's rest may be on the table row under it (…经济高｜6 / 质量发展的决定｜)
    for line in lines:
        text = line.replace("\f", "").strip(" \u3000").rstrip(CELL).strip(" \u3000")  # (目录 read as a table's column)
        if not text or _HEADING.match(text.replace(CELL, "")):
            continue
        row = line.rstrip(" \u3000\n").endswith(CELL)  # (a table's row of its own, with no page)
        if _ENTRY_END.search(text) or row and cut:
            title = join_wrapped([cut, text.rstrip(_LEADERS)]) if row and cut else _ENTRY_NUMBER.sub(
                "", join_wrapped([*held, _ENTRY_END.sub("", text).rstrip(_LEADERS)]).strip())
            title = _STATUS.sub("", _BRACKETED_NUMBER.sub("", _SECTION.sub("", title)).strip())
            title = _quoted_whole(title)  # (an entry named in quotes, 《…若干措施》, as a policy compilation lists it)
            # (a document's title names its 文种; a chapter's heading in one regulation's own 目录 does not)
            named = _SHORTEST <= len(title) <= _LONGEST and names_genre(title) and not marker_of(title)
            titles += [title] if named else []
            # (the rest may take two rows, …功能区制度｜5 / 创新奖励办｜ / 法……｜: it runs on while it names no 文种)
            held, cut = [], "" if named or len(title) > _LONGEST else title
        elif not _PART.fullmatch(squash(text.replace(CELL, ""))):
            held.append(text)
        # (a part's heading, 一、省级文件 or a table's row 一、地方性法规｜, is no line of the entry under it)
    # (one entry that names a 文种, 编制说明 among a booklet's sections 一、…类, makes no compilation of documents)
    return titles if len(titles) >= 2 else []


def section_names(lines: Sequence[str]) -> set[str]:
    """The 栏目 a gazette's 目录 names (【省政府令】, 【人事任免】 over their entries), without spaces."""
    return {squash(m.group(0)[1:-1]) for line in lines if (m := _SECTION.match(line.replace("\f", "").strip(" \u3000")))}


def part_names(contents: Sequence[str]) -> set[str]:
    """The parts a book's 目录 groups its entries under (四、改革试点经验复制推广: no leaders, no page), without spaces,
    when it names two or more."""
    names = {key for line in contents if _PART.fullmatch(key := squash(line.replace("\f", "")))}
    return names if len(names) >= 2 else set()


def section_bars(lines: Sequence[Line], contents: Sequence[str]) -> tuple[list[Line], list[Line], list[int]]:
    """A gazette sets each 栏目 its 目录 names (【省政府令】) as a bar over the documents in it: the lines without the
    bars, the bars (no document's lines), and where in those lines a document starts under a bar. The 目录's labels are
    taken whether the cleaning removed them with its entries or a two-column 目录 read out of order left them in the text."""
    sections = section_names([*contents, *(x.text for x in lines if _LABEL.fullmatch(squash(x.text)))]) | part_names(contents)
    # (not the last line of a title that names the document it explains, 《…实施意见》 / 政策解读, set under it)
    bars = [x for k, x in enumerate(lines) if _bar(x.text) in sections
            and not (k and squash(x.text) == _bar(x.text) and squash(lines[k - 1].text).endswith("》"))]
    barred = {id(x) for x in bars}
    kept = [x for x in lines if id(x) not in barred]
    if not kept:
        return list(lines), [], []
    under = sorted({k for bar in bars if (k := next((k for k, x in enumerate(kept) if x.no > bar.no), 0))})
    return kept, bars, under


def _bar(text: str) -> str:
    """A line as a 栏目 bar names its 栏目: without spaces and the block a gazette prints before it (■ 部门文件)."""
    return squash(text).lstrip("■□◆◇▲△●▌▍█")


def titled_starts(lines: Sequence[Line], titles: Sequence[str], most: int = 6) -> list[int]:
    """The lines where a document a 目录 names starts: its title set over one line or several
    (up to `most`), as the entry names it (spaces aside)."""
    wanted = {squash(t) for t in titles}
    heads = {key[:6] for key in wanted}
    # (a compilation's extract titled in quotes, its 文号 after it: 《…若干措施》（厦府办规〔2024〕9号）)
    # (wrapped over lines in a PDF: 《…若干 / 措施》（厦府办规〔2024〕9号）, compared whole when joined)
    flat = [_numbered_quote(squash(line.text)).removeprefix("《") for line in lines]
    starts = []
    for i, text in enumerate(flat):
        # (a compilation typed by hand numbers its policies' titles in the text as in its 目录: 二、…奖励办法)
        number = len(m.group(0)) if (m := _ENTRY_NUMBER.match(text)) and text[m.end():][:6] in heads else 0
        if text[number:][:6] not in heads:
            continue
        joined = ""
        in_quotes = text != squash(lines[i].text)  # (the line opened a title quoted whole: 《…, 1．《…)
        for j in range(i, min(i + most, len(flat))):
            joined += flat[j][number:] if j == i else flat[j]
            # (a title quoted whole is what the quotes hold, whatever follows: its 文号, （节选）)
            quoted, _, after = joined.partition("》")
            if joined in wanted or in_quotes and quoted in wanted and _NOTES_ONLY.fullmatch(after):
                # (a rule printed under the 令 that makes it public starts with that 令: 湖北省人民政府令 / 第471号 / …)
                above = [k for k in range(max(0, i - 10), i) if _ORDER_HEAD.fullmatch(flat[k])]
                # (… and a 公文 whose 文号 stands above its title, GB/T 9704's way, with it, and the 发文机关标志 over that)
                start = i - 1 if i and doc_number_line(lines[i - 1].text) else i
                while start < i and start and MARK.match(flat[start - 1]) and start > i - 4:
                    start -= 1
                starts.append(above[0] if above else start)
                break
            if not any(key.startswith(joined) for key in wanted):
                break
    return starts


_NOTES_ONLY = re.compile(r"(?:[（(][^（）()]*[)）]?)*")  # (after a quoted title: its 文号, （节选）, no sentence)


def _numbered_quote(text: str) -> str:
    """A line without the number a compilation gives a title it quotes (1．《… -> 《…)."""
    m = _ENTRY_NUMBER.match(text)
    return text[m.end():] if m and text[m.end():].startswith("《") else text


def _quoted_whole(title: str) -> str:
    """A title without the quotes it is named in whole (《厦门市…若干措施》 -> 厦门市…若干措施); any other as it is."""
    return title[1:-1] if title.startswith("《") and title.endswith("》") and title.count("《") == 1 else title


def unnumbered_title(title: str, titles: Sequence[str]) -> str:
    """A document's title without the number a compilation gives it in its text (二、…奖励办法), when its 目录 names
    it so without; any other title as it is."""
    if (code := _REGISTERED.match(title)) and len(title) - code.end() >= 8:
        title = title[code.end():].strip()  # (a 规范性文件's registration number printed above its title: WHCR-2025-00103)
    m = _ENTRY_NUMBER.match(title)
    return title[m.end():].strip() if m and squash(title[m.end():]) in {squash(t) for t in titles} else title


_REGISTERED = re.compile(rf"(?:{REGISTRATION_LINE.pattern})\s*")


_LABEL = re.compile(r"【[^】]{2,16}】")  # a gazette's 栏目 label alone
# a book's part heading alone (一、省级文件; 第二部分　省级政策)
_PART = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:部分|篇|编))[\u4e00-\u9fff]{2,12}")


def with_titled_starts(lines: Sequence[Line], found: Sequence[int], titles: Sequence[str]) -> list[int]:
    """The documents' starts found otherwise (`found`, the first at 0), with those of the titles a 目录
    names: not where a document starts just above (its 版头 or 文号), nor where only 栏目 labels
    (【省政府令】) stand between the start before and the title."""
    starts = sorted(found)
    for i in titled_starts(lines, titles):
        before = max(s for s in starts if s <= i)
        if not any(0 < s <= i <= s + 8 for s in found) and not all(_LABEL.fullmatch(squash(x.text)) for x in lines[before:i]) \
                and not _issued_before(lines[before:i], lines[i].text, titles):
            starts = sorted({*starts, i})
    return starts


def _issued_before(before: Sequence[Line], first: str, titles: Sequence[str]) -> bool:
    """Does the document before issue the one whose title opens with `first` (…关于印发《襄阳片区…若干措施》的通知, then
    the 措施 under their own title, which the 目录 lists too)? Then it is that notice's, no document of its own."""
    text = squash("".join(x.text for x in before))
    return any(key.startswith(squash(first)[:6]) and (f"印发《{key}》" in text or f"转发《{key}》" in text)
               for key in map(squash, titles))
