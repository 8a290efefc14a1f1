"""What a page saved from the browser holds beside its text: the pager of an article split over several pages of
its site, and the 附件 it links that were not saved with it (the ingest report names both)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

FILE_LINK = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)(?:$|[?#])", re.IGNORECASE)
FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)$", re.IGNORECASE)
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def unsaved_files(root: Any, path: Path) -> tuple[str, ...]:
    """The documents a page links as its 附件 (下载 links to .pdf, .docx, .xlsx … under an 附件 label) that are not
    in its saved folder: their names, for the report to say their content was not read."""
    names: list[str] = []
    for a in root.iter("a"):
        href = unquote((a.get("href") or "").split("#")[0].split("?")[0])
        if not FILE_LINK.search(href):
            continue
        # (saved beside it, or its copy in the page's _files folder: an embedded viewer's file, read with the page)
        local = ("://" not in href and not href.startswith("/") and (path.parent / href).is_file()
                 or (path.parent / f"{path.stem}_files" / Path(href).name).is_file())
        box = next((el for el in [a, *list(a.iterancestors())[:3]] if re.search(r"附\s*件|下载", el.text_content())), None)
        name = FILE_SUFFIX.sub("", " ".join(a.text_content().split())) or Path(href).stem
        if (not local and box is not None and len(_CJK_CHAR.findall(name)) >= 4 and name not in names
                and not name.startswith(("点击", "下载", "查看"))):
            names.append(name)
    return tuple(names)


_OF_PAGES = re.compile(r"共\s*(\d{1,3})\s*页")
_THIS_PAGE = re.compile(r"第\s*(\d{1,3})\s*页")


def page_of(root: Any) -> tuple[int, ...]:
    """(this page, all pages) when the article is split over pages of the site and this is one of them (its pager:
    共2页 首页 上一页 1 2 下一页 尾页); () otherwise."""
    if not any(a.text_content().strip() in ("下一页", "尾页") for a in root.iter("a")):
        return ()  # (no pager link: most pages, looked at once)
    for el in root.iter("div", "p", "span", "td", "ul"):
        text = re.sub(r"\s+", "", el.text_content())
        if len(text) > 120 or not (total := _OF_PAGES.search(text)) or int(total.group(1)) < 2:
            continue
        if any(a.text_content().strip() in ("下一页", "尾页") for a in el.iter("a")):
            this = _THIS_PAGE.search(text)
            return (int(this.group(1)) if this else 1, int(total.group(1)))
    return ()
