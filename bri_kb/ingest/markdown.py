"""Markdown (.md) as analysts keep policy documents: a page a browser clipper saved (front matter between ---
lines, then the page), or an analyst's own copy with headings, lists and tables.

The Markdown is rendered to HTML by markdown-it-py (CommonMark, with GitHub's pipe tables and strikethrough)
and read as a saved web page (webpage.page_reading), so a page's record list (发文字号：…), its tables and its
chrome are read as they are in the page itself. The front matter's title and date become the page's <title>
and date.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from bri_kb.ingest.read import DecodedText, decode_bytes
from bri_kb.ingest.webpage import page_reading

# Front matter, as Jekyll, Hugo and web clippers write it: YAML between two --- lines at the very top.
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_TITLE_KEYS = ("title", "标题")
_DATE_KEYS = ("date", "published", "created", "pubdate")
_DATE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
# A quote in a copy that only repeats the text around it (> 第八条 对经认定的…。 / > ……同时废止。): its pieces
# between ellipses, each found elsewhere in the file.
_ELLIPSIS = re.compile(r"…+|\.{3,}")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's plain `key: value` fields (quotes taken off; lists and nested values left as written)
    and the text after it. A file without front matter gives no fields and the whole text."""
    m = _FRONT.match(text)
    if m is None:
        return {}, text
    fields = {}
    for line in m.group(1).splitlines():
        if f := _FIELD.match(line):
            fields[f.group(1).lower()] = f.group(2).strip("'\"")
    return fields, text[m.end():]


def repeated_quotes(text: str) -> str:
    """The Markdown without its quotes (> …) that only repeat what the file says elsewhere: an analyst's copy
    quoting a clause it also gives whole. A quote that says anything the file does not is kept."""
    lines = text.splitlines()
    rest = _pairs("".join(ln for ln in lines if not ln.lstrip().startswith(">")))
    kept = []
    for line in lines:
        if line.lstrip().startswith(">"):
            # (its character pairs nearly all in the rest: a quote shortened with …… or retyped loosely, 片区范围内
            # for 片区（以下简称片区）范围内, still repeats it)
            quoted = set().union(*(_pairs(p) for p in _ELLIPSIS.split(line.lstrip().lstrip("> \t"))))
            if len(quoted) >= 4 and len(quoted & rest) >= 0.9 * len(quoted):
                continue
        kept.append(line)
    return "\n".join(kept)


def _pairs(text: str) -> set[str]:
    flat = re.sub(r"[\s*_`]+", "", text)
    return {flat[i:i + 2] for i in range(len(flat) - 1)}


def markdown_html(text: str) -> str:
    """The Markdown file's text as a web page: its front matter's title and date in the page's head."""
    from markdown_it import MarkdownIt  # (the reader of .md files only; it comes with rich)

    fields, body = front_matter(text)
    # (a line break typed inside a paragraph is kept as a <br>, for the page's reading to judge whether the line
    # runs on: Chinese text is not wrapped by hand the way English Markdown is, and an article's items stand each on
    # its line; a link's address is kept whatever its scheme, javascript: too, for the page's reading to know a
    # site's 打印/关闭 buttons by it)
    class AnyLink(MarkdownIt):
        def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
            return True

    parser = AnyLink("commonmark", {"html": False, "breaks": True}).enable(["table", "strikethrough"])
    head = []
    if title := next((fields[k] for k in _TITLE_KEYS if fields.get(k)), ""):
        head.append(f"<title>{html.escape(title)}</title>")
    if date := next((m.group(0) for k in _DATE_KEYS if (m := _DATE.search(fields.get(k, "")))), ""):
        head.append(f'<meta name="pubdate" content="{date}">')
    page = parser.render(repeated_quotes(body))
    return f"<html><head>{''.join(head)}</head><body><article>{page}</article></body></html>"


def read_markdown(path: Path) -> DecodedText:
    """A Markdown file in any of the encodings decode_bytes knows, read as the page it renders."""
    decoded = decode_bytes(path.read_bytes())
    return page_reading(markdown_html(decoded.text), f"markdown/{decoded.encoding}", path)
