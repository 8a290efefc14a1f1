"""Tabs and accordions: a page that splits its article over tabs (正文 / 附件 / 政策解读) shows one panel and hides the
others until their tab is clicked (style="display: none"); a 常见问题 page shows the first answer and folds the others
under their questions. The hidden panels and answers are the article's too, unlike a copy the page hides for another
screen; the tab bar's labels are no part of it. Pure functions over lxml elements."""

from __future__ import annotations

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
