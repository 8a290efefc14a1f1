"""The items of a 修改决定 and of a list of repeals, read one sentence at a time: 将第五条修改为…, 删去第八条,
删去《…》第十二条, 在《…》第二十条后增加一条, 废止下列规章：（一）《…》（二）《…》. Pure functions over a sentence whose
titles are masked (relations._masked); relations.changes_of calls them."""

from __future__ import annotations

import re

from bri_kb.model import Change
from bri_kb.vocabulary import cn_to_int, int_to_cn

NUM = "[一二三四五六七八九十百零]+"  # a number in Chinese, as articles are numbered
# 决定对《…》作如下修改, 现将《…》修改如下: the document a 修改决定's items amend
# (or corrects or supplements it: 《…》部分内容有误，现更正如下; 现对《…》作如下补充)
AMEND_LEAD = re.compile(r"(?:对|将)《□*》(?:[（(][^）)]{0,40}[)）])?(?:部分条款|有关内容|部分内容)?(?:作|做)(?:如下|以下)"
                        r"(?:修改|补充|更正)"
                        r"|(?:对|将)《□*》(?:[（(][^）)]{0,40}[)）])?(?:有关内容|部分内容)?(?:修改|补充|更正)(?:通知|规定)?如下"
                        r"|《□*》[^。《]{0,60}?(?:现|特)(?:更正|补充)如下")
_ITEM = r"^[”’\"）)]*(?:[一二三四五六七八九十百]+、)?\s*"
AMEND = re.compile(rf"{_ITEM}(?:将|在)?(第{NUM}条(?:第{NUM}款)?(?:第[（(]?{NUM}[)）]?项)?)(?:[（(]原第{NUM}条[)）])?"
                   r"(?:中的|修改为|增加|中)")
DELETE = re.compile(rf"{_ITEM}(?:删去|删除|废止)(第{NUM}条(?:[、和及至]第{NUM}条)*)")


def amendments(sentence: str, target: str, own: str | None) -> list[Change]:
    """一、将第五条修改为：…; 二、删去第八条; 将第三条第二款中的“…”修改为“…”: one item of a 修改决定."""
    out = []
    if m := DELETE.match(sentence):
        out.append(Change(target, "delete", own, articles=articles_named(m.group(1))))
    elif m := AMEND.match(sentence):
        # (第十条（原第九条）: an article a supplement renumbered, named as it was)
        was = re.match(rf"[（(]原(第{NUM}条)[)）]", sentence[m.end(1):])
        out.append(Change(target, "amend", own, articles=articles_named(was.group(1) if was else m.group(1))))
    return out


# A listed item's number at the start or right after the item before ends (its 》, its bracket, its 号): items
# printed each on its own line, with no 。 between them, run into one sentence.
_ITEM_MARK = re.compile(r"(?:^|(?<=[)）》号]))(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))")


def listed_items(sentence: str, refs: list[tuple[int, str]]) -> list[str]:
    """The document each item of a 废止下列… list names (its title, or its 文号), item by item: items printed
    each on its own line run into one sentence; `refs` are the sentence's references by position."""
    marks = [m.start() for m in _ITEM_MARK.finditer(sentence)] or [0]
    out = []
    for a, b in zip(marks, [*marks[1:], len(sentence)], strict=True):
        if named := [r for pos, r in refs if a <= pos < b]:
            out.append(named[0])
    return out


_OWN_ITEM = r"^[”’\"]*(?:[（(][一二三四五六七八九十]{1,3}[)）])?"  # (after the quote the item before ends with)
_NAMED_DELETE = re.compile(rf"{_OWN_ITEM}(?:删去|删除)《□*》(第{NUM}条(?:[、和及至]第{NUM}条)*)")
_NAMED_INSERT = re.compile(rf"{_OWN_ITEM}在《□*》第{NUM}条(?:第{NUM}款)?(?:后|前)增加(?:一条|一款)[，,]?作为(第{NUM}条)")


def named_edit(sentence: str, target: str, own: str | None) -> Change | None:
    """An item that names the rule it edits (a 决定 amending several): 删去《…》第十二条 (those articles deleted),
    在《…》第二十条后增加一条，作为第二十一条 (the new article amended in); `sentence` with its titles masked."""
    if m := _NAMED_DELETE.match(sentence):
        return Change(target, "delete", own, articles=articles_named(m.group(1)))
    if m := _NAMED_INSERT.match(sentence):
        return Change(target, "amend", own, articles=articles_named(m.group(1)))
    return None


def articles_named(text: str) -> tuple[str, ...]:
    """第五条、第六条 -> (第五条, 第六条); 第五条至第八条 -> 第五条 … 第八条; 第二条第（二）项 as printed."""
    out: list[str] = []
    for m in re.finditer(rf"第({NUM})条(?:(?:至|—|－|-|~|～)第({NUM})条|(第[（(]?{NUM}[)）]?项))?|第[（(]?({NUM})[)）]?项", text):
        if m.group(4):  # an outline's item alone, as the outline writes it: 第（五）项
            out.append(f"第（{m.group(4)}）项")
            continue
        first, last = cn_to_int(m.group(1)), cn_to_int(m.group(2) or "")
        if m.group(3):
            out.append(f"第{m.group(1)}条{m.group(3)}")
        elif first and last and first < last <= first + 50:
            out += [f"第{int_to_cn(n)}条" for n in range(first, last + 1)]
        else:
            out.append(f"第{m.group(1)}条")
    return tuple(dict.fromkeys(out))
