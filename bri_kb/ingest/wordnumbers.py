"""Word's automatic numbering written out as the markers Chinese documents print
(一、（一）1.（1）), counted as Word counts: per list (abstractNum), from each
level's start value, a level restarting after the levels its w:lvlRestart names
(never, for 0), and a list instance (w:num) that overrides a level's start
(Word's "restart numbering" or "set numbering value") starting it afresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bri_kb.ingest.numbering import marker_of
from bri_kb.vocabulary import int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting",
                    "taiwaneseCounting", "chineseLegalSimplified"}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Level:
    fmt: str  # w:numFmt: decimal, chineseCounting, …
    text: str  # w:lvlText: "%1、", "（%2）"
    start: int = 1  # w:start
    restart: int | None = None  # w:lvlRestart: restarts after levels above this one (None: any above; 0: never)


@dataclass(frozen=True)
class ListDef:
    """A list instance (w:num): the list it counts in and the starts it overrides."""

    abstract: str
    levels: dict[int, Level]
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl -> start (w:lvlOverride/w:startOverride)


@dataclass
class Counters:
    """Where each list stands while the paragraphs are read in order."""

    values: dict[tuple[str, int], int] = field(default_factory=dict)  # (abstract, ilvl) -> last number
    started: set[str] = field(default_factory=set)  # list instances whose overrides took effect


def format_number(n: int, fmt: str) -> str:
    if fmt in _CHINESE_FORMATS:
        return int_to_cn(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle") and n <= 20:
        return _CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and n <= 26:  # (a list's items a) b) c), under a numbered one)
        return chr((ord("a") if fmt == "lowerLetter" else ord("A")) + n - 1)
    return str(n)


def _val(node: Any, tag: str) -> str | None:
    found = node.find(f"{_W}{tag}") if node is not None else None
    return found.get(f"{_W}val") if found is not None else None


def _int(text: str | None, default: int | None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def numbering_lists(document: Any) -> dict[str, ListDef]:
    """numId -> its list definition, from the Word numbering part."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[int, Level]] = {}
    for node in root.iter(f"{_W}abstractNum"):
        levels = {}
        for lvl in node.iter(f"{_W}lvl"):
            ilvl = int(lvl.get(f"{_W}ilvl"))
            levels[ilvl] = Level(_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or f"%{ilvl + 1}.",
                                 _int(_val(lvl, "start"), 1) or 1, _int(_val(lvl, "lvlRestart"), None))
        abstract[node.get(f"{_W}abstractNumId")] = levels
    out = {}
    for num in root.iter(f"{_W}num"):
        if (ref := _val(num, "abstractNumId")) is None:
            continue
        overrides = {}
        for over in num.iter(f"{_W}lvlOverride"):
            if (start := _int(_val(over, "startOverride"), None)) is not None:
                overrides[int(over.get(f"{_W}ilvl"))] = start
        out[num.get(f"{_W}numId")] = ListDef(ref, abstract.get(ref, {}), overrides)
    return out


def num_pr(para: Any) -> Any:
    """The paragraph's numbering, set on the paragraph or on its style (List Number)."""
    if para._p.pPr is not None and para._p.pPr.numPr is not None:
        return para._p.pPr.numPr
    style = para.style
    while style is not None:
        ppr = style.element.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        style = style.base_style
    return None


def numbered_text(para: Any, text: str, counters: Counters, lists: dict[str, ListDef]) -> str:
    """The paragraph's text with the number Word shows before it, if any."""
    found = num_pr(para)
    if found is None or found.numId is None or marker_of(text) is not None or str(found.numId.val) == "0":
        return text  # not numbered, its marker typed in the text, or its numbering taken off (numId 0: Word's "none")
    num_id = str(found.numId.val)
    level = int(found.ilvl.val) if found.ilvl is not None else 0
    defined = lists.get(num_id, ListDef(num_id, {}))
    key = defined.abstract
    values = counters.values

    def spec(k: int) -> Level:
        return defined.levels.get(k, Level("decimal", f"%{k + 1}."))

    if defined.overrides and num_id not in counters.started:
        # Word's "restart numbering": this instance starts the levels it names afresh at the values it
        # sets (the other levels count on: an item numbered never to restart continues under it).
        counters.started.add(num_id)
        for k, first in defined.overrides.items():
            values[(key, k)] = first - 1
    start = defined.overrides.get(level, spec(level).start)
    values[(key, level)] = values.get((key, level), start - 1) + 1
    for deeper in [k for k in values if k[0] == key and k[1] > level]:
        restart = spec(deeper[1]).restart
        if restart is None or (restart and level < restart):  # (0: never restarts)
            del values[deeper]
    marker = spec(level).text
    for k in range(level + 1):
        number = values.get((key, k), defined.overrides.get(k, spec(k).start))
        marker = marker.replace(f"%{k + 1}", format_number(number, spec(k).fmt))
    # 第一条, 第一章, 第一部分 are set off from their text (Word's tab or space after the number); 一、（一）1. are not.
    return marker + ("\u3000" if marker.endswith(("条", "章", "节", "部分", "篇")) else "") + text
