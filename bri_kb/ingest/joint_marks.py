"""A joint 发文机关标志 of several organs as Word and PDF files print it: one a line beside 文件 (a cell merged down
them, or 文件 once, stacked or set upright beside them), two rows read into one, names run together, up to a dozen
organs over the 文号. Pure functions over lines; marks.py reads the one organ's mark and the other marks of a 版头."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.marks import COMPANY, MARK, SIGNER, copy_and_number, doc_number_line, top_marks
from bri_kb.ingest.text import flat as _flat
from bri_kb.vocabulary import ORGAN_END


def organ_run(lines: Sequence[Line], i: int) -> int:
    """How many lines from i make a joint 发文机关标志: organ names, one a
    line, closed by a line that is (or ends with) 文件, or spread out over the title (0 if they do not)."""
    for j in range(i, min(i + 5, len(lines))):
        flat = _flat(lines[j].text.replace(CELL, " "))
        if j > i and flat == "文件":
            return _organs_on(lines, i, j + 1)
        if j > i + 1 and (doc_number_line(flat) or SIGNER.search(lines[j].text)
                          or copy_and_number(lines[j].text.replace(CELL, " "))):
            return j - i  # a joint letter's mark: the organs alone, one a line, over the 文号 (no 文件), or 份号 and 文号
        if j > i and flat.startswith("关于") and all(_SPREAD.fullmatch(x.text.strip()) for x in lines[i:j]):
            return j - i  # (organs spread letter by letter to the mark's width, 厦 门 市 商 务 局, over the title)
        if "关于" in flat or not MARK.match(flat):
            return 0
        if flat.endswith("文件"):
            return _organs_on(lines, i, j + 1) if j > i else 0
    return 0


_SPREAD = re.compile(r"[\u4e00-\u9fff（）](?:[ \u3000]+[\u4e00-\u9fff（）]){3,}")
_UPRIGHT = ("文", "件", "文件")  # (the mark's 文件 set upright beside the organs: a character a line, or the word on one)


def vertical_mark(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """A joint mark whose 文件 is set large and upright beside the organs (a table's right cell), so that 文 and 件
    each stand on a line of their own among the organs' lines, a long name wrapped over two (中国（福建）自由贸易试验区
    / 文 / 厦门片区管理委员会 / 件 / 厦门市商务局), over the 文号: how many lines it takes and the mark as it reads,
    "中国（福建）自由贸易试验区厦门片区管理委员会 厦门市商务局文件"; (0, "") if not."""
    if top_marks(lines[i].text.replace(CELL, " ")):
        return 0, ""  # (a 份号 or 特急 above the mark is no part of it)
    printed: list[str] = []
    beside = False  # (文件 in a merged cell beside each row of the name, as a Word table repeats it: …试验区｜文件)
    for j in range(i, min(i + 9, len(lines))):
        cells = [_flat(c) for c in lines[j].text.split(CELL)]
        if len(cells) == 2 and cells[1] == "文件" and cells[0]:
            flat, beside = cells[0], True
        else:
            flat = _flat(lines[j].text.replace(CELL, ""))
        if doc_number_line(flat) or SIGNER.search(lines[j].text):
            break
        if j > i + 1 and "关于" in flat and printed[-1] not in _UPRIGHT:
            break  # (a mark with no 文号 under it, the title right under its last organ: 南宁海关 / 文件 / …贸促会 / …关于…)
        if "关于" in flat or not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,30}", flat):
            return 0, ""
        if re.search(r"\s文件$", lines[j].text.strip()) and not MARK.match(flat[:-2]):
            printed += [flat[:-2], "文件"]  # (文件 beside a wrapped name's first part: 中国（广西）自由贸易试验区 文件)
        else:
            printed.append(flat)
    else:
        return 0, ""
    # (文 and 件 on lines of their own, or 文件 on one, among the name's lines: 中国（广西）自由贸易试验区 / 文件 / 钦州港片区…)
    upright = [x for x in printed if x in _UPRIGHT]
    if not beside and upright not in (["文", "件"], ["文件"]) or printed[0] in _UPRIGHT:
        return 0, ""
    organs, name = [], ""
    for part in (x for x in printed if x not in _UPRIGHT):
        name += part
        if MARK.match(name):
            organs.append(name)
            name = ""
    return (j - i, " ".join(organs) + "文件") if organs and not name else (0, "")


_NAME_ENDS = "[局厅委会府办署院部关行室]"  # (the last character of an organ's name, right before a mark's 文)


def interleaved_mark(text: str) -> str:
    """A joint mark of organs in two rows beside an upright 文件 (a 2 × 2 table, 文件 in a third column), read as one
    line with 文 and 件 between the names (四川省商务厅 四川省发展和改革委员会 文四川省财政厅 国家税务总局四川省税务局 件):
    the organs and 文件, "四川省商务厅 四川省发展和改革委员会 四川省财政厅 国家税务总局四川省税务局文件"; "" if not. One
    organ's name wrapped over the two rows is read whole."""
    # (or with no space before the 文: 云南省商务厅文云南省发展和改革委员会 件)
    text = re.sub(rf"(?<={_NAME_ENDS})文(?=[\u4e00-\u9fff])", " 文", text.replace(CELL, " "), count=1)
    tokens = text.split()
    if len(tokens) < 3 or tokens[-1] != "件" or sum(t.startswith("文") for t in tokens[:-1]) != 1:
        return ""
    organs = [t.removeprefix("文") if t.startswith("文") else t for t in tokens[:-1]]
    organs = [o for o in organs if o]
    if len(organs) == 2 and not MARK.fullmatch(organs[0]) and MARK.fullmatch(name := "".join(organs)):
        return f"{name}文件"  # (one organ's long name wrapped over the two rows: …试验区工作 文部际联席会议办公室 件)
    return " ".join(organs) + "文件" if len(organs) >= 2 and all(MARK.match(o) and "关于" not in o for o in organs) else ""


def interleaved_rows(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """A joint mark whose upright 文件 is set so large that its 文 stands on the first organ's row and its 件 on the
    last's (a merged cell beside two or three organs, as a PDF prints it: …片区管委会 文 / 连云区人民政府 件):
    how many lines it takes and the mark, "…片区管委会 连云区人民政府文件"; (0, "") if not."""
    if not re.search(rf"(?<={_NAME_ENDS})\s*文$", first := lines[i].text.replace(CELL, " ").rstrip()):
        return 0, ""
    rows = [first]
    for j in range(i + 1, min(i + 3, len(lines))):
        rows.append(lines[j].text.replace(CELL, " ").rstrip())
        if rows[-1].endswith("件"):
            # (each row's name read whole: a PDF spaces a short name out, 连 云 港 市 … 件)
            names = [_flat(rows[0][:-1]), "文", *map(_flat, rows[1:-1]), _flat(rows[-1][:-1]), "件"]
            return (len(rows), mark) if (mark := interleaved_mark(" ".join(names))) else (0, "")
    return 0, ""


def scattered_word(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """A joint mark of organs one a row whose big 文件 a PDF read into two of the rows, 文 after one organ and 件 before
    the next row's last organ (…委员会 文 / …财政厅 件中华人民共和国南宁海关), over the 文号: how many lines it takes and
    the mark ("… 中华人民共和国南宁海关文件"); (0, "") if not."""
    organs: list[str] = []
    word = ""
    for j in range(i, min(i + 8, len(lines))):
        text = lines[j].text.replace(CELL, " ").strip()
        if doc_number_line(text) or SIGNER.search(text):
            return (j - i, " ".join(organs) + "文件") if word == "文件" and len(organs) > 1 else (0, "")
        for part in text.split():
            if part == "文" and not word:
                word = "文"
                continue
            if part.startswith("件") and word == "文":
                word, part = "文件", part[1:]
            if part and not MARK.fullmatch(part) or part.endswith("文件"):
                return 0, ""
            organs += [part] if part else []
    return 0, ""


def wrapped_word(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """One organ's long name over two rows beside its big 文件, which a PDF read into them (中国（浙江）自由贸易试验区建设 文 /
    领导小组办公室件), over the 文号: (2, the mark), or (0, "") if not."""
    if i + 2 >= len(lines):
        return 0, ""
    first = re.fullmatch(r"(\S+)\s+文", lines[i].text.replace(CELL, " ").strip())
    second = re.fullmatch(r"(\S+?)\s*件", lines[i + 1].text.replace(CELL, " ").strip())  # (or a space apart: …委员会 件)
    if first and second and MARK.fullmatch(name := first.group(1) + second.group(1)) and (
            doc_number_line(lines[i + 2].text) or SIGNER.search(lines[i + 2].text)):
        return 2, f"{name}文件"
    return 0, ""


def _organs_on(lines: Sequence[Line], i: int, end: int) -> int:
    """How many lines from i a joint mark takes whose 文件 stands at the middle of its
    organs (set vertically centred beside them): the organs under the 文件 line count
    when the 文号 (or 签发人) follows them."""
    k = end
    while k < min(end + 6, len(lines)) and MARK.match(flat := _flat(lines[k].text)) and "关于" not in flat \
            and not flat.endswith("文件"):
        k += 1
    if k > end and k < len(lines) and (doc_number_line(lines[k].text) or SIGNER.search(lines[k].text)):
        return k - i
    return end - i


def tall_mark(lines: Sequence[Line], i: int) -> tuple[int, str]:
    """A joint mark of many organs (three or more), one a line, over the 文号: 文件 beside each row (a cell merged down
    them, which Word repeats: 陕西省商务厅｜文件 / …), or once among them where a PDF reads the big 文件 into the
    middle row, that row's names run together (…河南省自然资源厅郑州海关 文件). How many lines it takes and the mark
    as it reads ("河南省商务厅 … 郑州海关文件"); (0, "") if the lines do not open so. A row whose letters a PDF
    interleaved with the 文件 cell's (湖 北 省省市 自 然 …) is passed over: its organs are not read."""
    organs: list[str] = []
    word = garbled = 0
    last = -2  # (the last row read as two rows' letters)
    for j in range(i, min(i + 24, len(lines))):
        text = lines[j].text.replace(CELL, " ").strip()
        if j - i >= 3 and doc_number_line(text):
            return (j - i, " ".join(organs) + "文件") if word and len(organs) >= 3 and garbled <= 2 else (0, "")
        flat = _flat(text)
        if "关于" in flat or not flat:
            return 0, ""
        if flat.endswith("文件"):
            word, flat = word + 1, flat.removesuffix("文件")
        # (two rows' letters a PDF read into one: tokens of one to three letters, not all of one; and a row spaced
        # out letter by letter right under such a row, the rest of the pair)
        tokens = re.sub(r"\s*文件$", "", text).split()
        if j > i and len(tokens) >= 3 and all(len(t) <= 3 for t in tokens) and (
                any(len(t) > 1 for t in tokens) or last == j - 1):
            garbled, last = garbled + 1, j
        elif named := organs_run_together(flat):
            organs += named
        elif flat:
            return 0, ""
    return 0, ""


def organs_run_together(text: str) -> list[str]:
    """A line of organs' names run together, each whole (河南省工业和信息化厅河南省自然资源厅郑州海关: three): split
    after an organ's name where the next opens with a place (or 国家, 中国, 中共), unless the next is that organ's
    branch in the place (中国人民银行河南省分行, 国家税务总局河南省税务局: one); [] when the line is no such names."""
    if not (MARK.fullmatch(text) or COMPANY.fullmatch(text)):
        return []
    for m in re.finditer(ORGAN_END, text):
        head, rest = text[: m.end()], text[m.end() :]
        if len(head) >= 4 and len(rest) >= 4 and MARK.fullmatch(head) and (place := opening_place(rest)) is not None \
                and not _BRANCH.fullmatch(rest[len(place):]) and (after := organs_run_together(rest)):
            return [head, *after]
    return [text]


# (an organ's branch in a place, which its name runs on into: 中国人民银行河南省分行, 国家金融监督管理总局河南监管局)
_BRANCH = re.compile(r"(?:省|市|自治区)?(?:分行|中心支行|营业管理部|分局|监管局|税务局|分署|分公司|调查总队|管理部)")


def opening_place(text: str) -> str | None:
    """The province, city or county a name opens with (its spelling as written: 河南省, 郑州), or 国家, 中国 or 中共;
    None if it opens with none."""
    if text.startswith(("国家", "中国", "中共")):
        return text[:2]
    spellings = _place_spellings()
    return next((text[:n] for n in range(min(len(text), 8), 1, -1) if text[:n] in spellings), None)


@functools.cache
def _place_spellings() -> frozenset[str]:
    gaz = gazetteer()
    return frozenset(s for s, name in gaz.spellings.items()
                     if len(s) >= 2 and gaz.places[name].kind in ("province", "city", "county"))


def stacked_mark(text: str, word: str = "文件") -> str:
    """A joint mark whose organs stand one a line in one cell of a Word table, 文件 in the next
    (钦州市商务局 / 钦州市交通运输局 | 文件, read as one line): the organs apart,
    "钦州市商务局 钦州市交通运输局文件"; "" if not (a name spaced out, 商　务　部, is one organ)."""
    parts = [p for p in (_flat(x) for x in re.split(rf"\s+|{CELL}", text)) if p]
    # (two long names a PDF reads run together, their rows side by side: 中共…工作委员会中国（福建）…管理委员会 文件)
    organs = [o for p in parts for o in _glued(p.removesuffix(word))]
    # (a company's name among them: a 综保区's operator signing with the customs office, …有限公司 新郑海关监管科)
    if len(parts) < 2 or not parts[-1].endswith(word) or not all(MARK.match(o) or COMPANY.match(o) for o in organs if o):
        return ""
    return " ".join(o for o in organs if o) + word


def _glued(text: str) -> list[str]:
    """A name as one organ's, or as two organs' run together when it is too long for one and parts where each half
    ends as an organ's name does; [text] otherwise."""
    if MARK.match(text) or len(text) <= 40:
        return [text]
    for m in re.finditer(ORGAN_END, text):
        # (not where the second name would open with an organ's ending: …管理委员会 / 办公室广州市…, the office
        # belongs to the committee)
        if MARK.match(text[: m.end()]) and MARK.match(text[m.end() :]) and not re.match(ORGAN_END, text[m.end() :]):
            return [text[: m.end()], text[m.end() :]]
    return [text]
