"""What a page folds away: tabs and accordions. A page that splits its article over tabs (正文 / 附件 / 政策解读) shows one
panel and hides the others until their tab is clicked (style="display: none"); a 常见问题 page shows the first answer
and folds the others under their questions, or folds each in a <details>. The hidden panels and answers are the
article's too, unlike a copy the page hides for another screen; the tab bar's labels are no part of it. Functions over
lxml elements."""

from __future__ import annotations

import re
from typing import Any

_LABEL = 8  # characters: a tab's label (正文, 附件, 政策解读, 图解), not an item of a list


def tab_panel(el: Any, unseen: Any) -> bool:
    """Is a hidden element one panel of a set of tabs, or one answer of an accordion (常见问题: each answer folded under
    its question): near it (under its grandparent), an element of the same tag and class that is shown (the panel or
    answer open when the page was saved)? `unseen`: the page's test of a hidden element."""
    parent = el.getparent()
    kind = (el.tag, (el.get("class") or "").strip())
    if parent is None or not kind[1]:
        return False
    near = parent.getparent() if parent.getparent() is not None else parent
    return any(other is not el and (other.tag, (other.get("class") or "").strip()) == kind and not unseen(other)
               and not any(unseen(a) for a in other.iterancestors()) for other in near.iter(el.tag))


# what a click opens: the title of an answer folded under it (<div class="acc-title" onclick="toggle(this)">, a
# <button aria-expanded="false">, Bootstrap's data-toggle="collapse")
_TOGGLES = ("onclick", "aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")
_ICON = re.compile(r"[+＋\-－−▼▲▶►▸▾›>]")  # (the sign a folded title shows before its text)


def folded_answer(el: Any, unseen: Any) -> bool:
    """Is a hidden element an answer folded under its question, every answer of the page folded (an accordion that
    opened none when the page was saved): just after a shown title that a click opens, itself among two or more
    such pairs? `unseen`: the page's test of a hidden element."""
    title = el.getprevious()
    if title is None or unseen(title) or not _opens(title):
        return False
    holder = el.getparent()
    near = holder.getparent() if holder is not None and holder.getparent() is not None else holder
    pairs = [x for x in near.iter(el.tag) if (t := x.getprevious()) is not None and _opens(t)] if near is not None else []
    return len(pairs) >= 2


def _opens(el: Any) -> bool:
    return el.tag in ("button", "dt", "summary") or any(el.get(a) is not None for a in _TOGGLES) or el.get("role") == "button"


def drop_icons(title: Any) -> None:
    """The sign before a folded answer's title (<span class="icon">+</span>), no word of it."""
    for icon in [x for x in title.iter() if x is not title and _ICON.fullmatch((x.text_content() or "").strip())]:
        icon.drop_tree()


def tab_bar(panel: Any) -> Any | None:
    """The bar of labels over a panel's set of tabs (<ul><li>正文</li><li>附件</li></ul>, just before the panels or
    just before the element that holds them), or None."""
    kind = (panel.tag, panel.get("class"))
    for start in (panel, panel.getparent()):
        for el in start.itersiblings(preceding=True) if start is not None else ():
            if start is panel and (el.tag, el.get("class")) == kind:
                continue  # (another panel of the set)
            labels = [" ".join(i.text_content().split()) for i in el.iter("li")]
            if len(labels) >= 2 and all(0 < len(x) <= _LABEL for x in labels):
                return el
            break
    return None


def questions_and_answers(details: Any) -> None:
    """A question a page folds away with its answer (<details><summary>问题</summary>答案</details>) as the 问： and 答：
    a 政策问答 prints, for the reading to keep each question with its answer; the icons the page sets before them (a
    span holding 问 or 答 alone) go."""
    summary = details.find("summary")
    if summary is None:
        return
    for icon in [el for el in details.iter("span", "i", "em", "b", "strong") if _QA_ICON.fullmatch(el.text_content())]:
        icon.drop_tree()
    question, tail = summary.text_content().strip(), summary.tail
    summary.clear()
    summary.tag, summary.text, summary.tail = "p", f"问：{question}", tail
    first = next((el for el in details.iter("p", "div", "li") if el is not summary and (el.text or "").strip()), None)
    if first is not None:
        first.text = f"答：{first.text.strip()}"


_QA_ICON = re.compile(r"\s*(?:[问答QA]|问题|解答)\s*[:：]?\s*")
