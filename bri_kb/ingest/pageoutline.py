"""The outline a saved page gives by its markup, before its text is read: its headings (<h1> to <h6>) and the blocks a
CMS classes as titles; the section headings a document's reading uses where the text numbers none."""

from __future__ import annotations

import re
from typing import Any


def page_headings(root: Any) -> tuple[tuple[int, str], ...]:
    """The page's headings (<h1> to <h6>) as (level, text): a section's heading a CMS sets without a number; and a
    block's title a CMS sets as a <div> of its own, classed so (<div class="block-tit">申请条件</div>, level 3)."""
    marked = [(int(h.tag[1]), text) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")
              if (text := re.sub(r"\s+", " ", h.text_content()).strip())]
    titled = [(3, text) for el in root.iter("div", "p") if _BLOCK_TITLE.search(el.get("class") or "")
              and all(c.tag in ("span", "b", "strong", "em", "i") for c in el)  # (its text, or one inline around it)
              and _SHORT_HEADING.fullmatch(text := re.sub(r"\s+", " ", el.text_content()).strip())]
    return tuple(marked + titled) if len(titled) >= 3 else tuple(marked)


_BLOCK_TITLE = re.compile(r"(?:^|[\s_-])(?:tit|title|hd)(?:$|[\s_-])", re.IGNORECASE)
_SHORT_HEADING = re.compile(r"[\u4e00-\u9fff]{2,12}")
