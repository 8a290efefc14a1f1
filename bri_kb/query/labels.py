"""How a reader names a clause of a document on the command line: the labels
typed (5, 第32条, 二) and what a document's labels run from and to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.model import Clause
from bri_kb.query.parse import canonical_label
from bri_kb.vocabulary import Kind


def continues(label: str, wanted: set[str]) -> bool:
    """（七）第2段 continues （七）: the item's further paragraph."""
    head, sep, tail = label.partition("第")
    return bool(sep) and head in wanted and tail.endswith("段") and tail[:-1].isdigit()


def label_ranges(clauses: Sequence[Clause]) -> str:
    """What labels a document has, as a hint: 表格行为第1项至第16项；条文为第一条至第五十九条."""
    parts = []
    rows = [c.label for c in clauses if c.kind == Kind.TABLE_ROW and c.label.startswith("第")]
    articles = [c.label for c in clauses if c.kind == Kind.ARTICLE]
    if rows:
        parts.append(f"表格行为{rows[0]}至{rows[-1]}")
    if articles:
        parts.append(f"条文为{articles[0]}至{articles[-1]}")
    return "；" + "；".join(parts) if parts else ""


def label_variants(label: str) -> set[str]:
    """What a user may type for a label: 5 -> 第5项; 32 / 第32条 -> 第三十二条; 二 -> 二、."""
    label = label.strip()
    out = {label}
    m = re.fullmatch(r"第?\s*([一二三四五六七八九十百零〇两\d]+)\s*(?:(条|项|章|节)(?:之([一二三四五六七八九十\d]+))?)?", label)
    if m:
        num, unit = m.group(1), m.group(2)
        for u in ([unit] if unit else ["项", "条"]):
            lab = canonical_label(num, u, m.group(3))
            if lab:
                out.add(lab)
        if not unit:
            out |= {f"{num}、", f"{num}.", f"（{num}）"}
            if num.isdigit():
                out.add(f"第{num}行")  # (a table's row with no 序号 column of its own)
    # Offices type brackets and dots full width or half: （三） and (三), 1． and 1. name one item; so do 1、 and 1.
    out |= {re.sub(r"(\d)[.．、]", rf"\g<1>{mark}", v) for v in out for mark in ".．、" if re.search(r"\d[.．、]", v)}
    return out | {v.translate(_HALF) for v in out} | {v.translate(_FULL) for v in out}


_HALF = str.maketrans("（）．", "().")
_FULL = str.maketrans("().", "（）．")


_NUM = "一二三四五六七八九十百零〇两\\d"
_IN_ARTICLE = re.compile(rf"(第[{_NUM}]+条)\s*(?:第[{_NUM}]+[项款]|[（(][{_NUM}]+[)）])")
_ARTICLE_ONLY = re.compile(r"第([一二三四五六七八九十]+)条")
_COUNTED = re.compile(r"([一二三四五六七八九十]+)是?")


def within(clauses: Sequence[Clause], label: str) -> list[Clause]:
    """Clauses that hold what a label names inside them, when no clause carries
    the label itself: （三）1.（1）① is the ① under those headings; 第十四条第二项 or
    第十四条（二） is in 第十四条; 第三条 of a document without articles is its 三、;
    二 or 二是 is the paragraph a letter opens with 二是 (一是…二是…, as replies and
    speeches count)."""
    label = label.strip()
    if nested := _in_outline(clauses, label):
        return nested
    if m := _IN_ARTICLE.fullmatch(label):
        article = label_variants(m.group(1))
        return [c for c in clauses if c.label in article]
    counted = [m.group(1) for v in label_variants(label) if (m := _ARTICLE_ONLY.fullmatch(v))]
    if counted and label.startswith("第") and not any(c.kind == Kind.ARTICLE for c in clauses):
        # 第三条 (or 第3条) of a document without articles: its item 三、 (readers count a 批复's items so)
        return [c for c in clauses if c.label == f"{counted[0]}、"]
    if m := _COUNTED.fullmatch(label):
        return [c for c in clauses if re.match(rf"{m.group(1)}是", c.text) or re.search(rf"[。；]{m.group(1)}是", c.text)]
    return []


_MARKER = re.compile(rf"[一二三四五六七八九十]+、|[（(][{_NUM}]+[)）]|\d+[.．、]|[①-⑳]")


def _in_outline(clauses: Sequence[Clause], label: str) -> list[Clause]:
    """A label typed as the whole outline down to an item, （三）1.（1）①: the
    clauses labelled with its last marker whose headings open with the others, in order."""
    parts = _MARKER.findall(label)
    if len(parts) < 2 or "".join(parts) != label:
        return []
    *above, last = [p.translate(_FULL) for p in parts]
    found = []
    for c in clauses:
        if not c.label.translate(_FULL).endswith(last):
            continue
        heads = iter(h.translate(_FULL) for h in c.path)
        if all(any(h.startswith(a) for h in heads) for a in above):
            found.append(c)
    return found


# A clause's label written after the document's name in one string: 第5项, 第三十二条, 32条, or a number after a space.
# (the document's part ends in neither a numeral nor 第: 第三十二条 alone is a label, not 第三 + 十二条)
_LABEL_AT_END = re.compile(r"(.*?[^第〇零一二三四五六七八九十百千\d\s])\s*(第[〇零一二三四五六七八九十百千\d]+[条项款]"
                           r"|[〇零一二三四五六七八九十百千\d]+[条项]|(?<=\s)\d+)")


def label_at_end(ref: str) -> tuple[str, str] | None:
    """A reference written as one string, split into the document and the label
    after it ("国发〔2017〕57号 第5项" -> ("国发〔2017〕57号", "第5项")); None when it ends in none."""
    m = _LABEL_AT_END.fullmatch(ref.strip())
    return (m.group(1).strip(), m.group(2)) if m and m.group(1).strip() else None
