"""A regulation read by its articles (第X条): one clause per article, its 款 and 项 inside, under its 章 and 节; a table
inside an article as rows under it; an attachment after the last article apart."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bri_kb.ingest.appended import appended
from bri_kb.ingest.closing import after_articles
from bri_kb.ingest.conventions import ATTACHMENT_PAGE
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.outlined import HEADING_MAX, marked_level
from bri_kb.ingest.reflow import Paragraph
from bri_kb.ingest.rows import caption_over, category_row, cell_rows, heads_at, is_form, row_segment
from bri_kb.ingest.segment import Segment
from bri_kb.vocabulary import NOTE, Kind, cn_to_int, int_to_cn, squash


def by_article(paragraphs: Sequence[Paragraph], levels: Mapping[str, int]) -> list[Segment]:
    """A text of articles as its clauses: each article whole, the headings of its 章 and 节, tables as rows."""
    segments: list[Segment] = []
    # A heading the outline marks (总则, 附则 set in a heading style, no 第一章 typed) is a chapter at the outline's
    # top level among the headings of this text, a section below it.
    marked = {i: level for i in range(len(paragraphs)) if (level := marked_level(paragraphs, i, levels)) is not None}
    top = min(marked.values(), default=0)
    path: list[tuple[str, str]] = []  # (scheme, heading) for 章 and 节
    current: list[Paragraph] = []
    label = ""

    def flush() -> None:
        if current:
            kind = Kind.ARTICLE if label.startswith("第") else Kind.PARAGRAPH
            text = "\n".join(p.text for p in current)
            lines = tuple(ln for p in current for ln in p.lines)
            segments.append(Segment(label or f"第{len(segments) + 1}段", kind, tuple(h for _, h in path), text, lines))
        segments.extend(table)  # an article's table: its rows after its text, under it
        table.clear()

    titled: range = range(0)  # the paragraphs that title an attachment, kept with its "附录" line
    rows = cell_rows(paragraphs)
    table_row = 0
    table: list[Segment] = []  # the rows of a table inside the open article
    for index, p in enumerate(paragraphs):
        if index in titled:
            continue
        if index in rows:
            # A table outside any article (an 附表): rows, as in an outline; inside one (具体标准见下表): rows
            # with their headers under the article, after its text.
            if not label:
                flush()
                current = []
            where = (*(h for _, h in path), *((label,) if label else ()))
            rows_to = table if label else segments
            if heads_at(paragraphs, rows, index) and not is_form(rows[index]):
                rows_to.append(Segment("表头", Kind.TABLE_HEADER, where, p.text, p.lines))
                table_row = 0
            elif (band := category_row(p.text)) and not NOTE.match(band) and marker_of(band) and not is_form(rows[index]):
                # (a row of one cell across the table, 第一章 总则 over a 修订对照表's articles: it heads the rows)
                rows_to.append(Segment(band[:HEADING_MAX], Kind.HEADING, where, band, p.lines))
            else:
                table_row += 1
                rows_to.append(row_segment(p, rows[index], table_row, where))
            continue
        m = marker_of(p.text) or _next_article(label, p.text)
        scheme = m[0] if m else ("chapter" if marked[index] == top else "section") if index in marked else None
        if m and scheme not in ("chapter", "section", "article") and squash(p.text) in levels:
            # (a section the outline marks, numbered 一、 among quoted articles: a 解读's 四、申报兑现 after 第十条)
            scheme = "chapter"
        if m and m[0] == "cn" and _heads_articles(paragraphs, index):
            scheme = "chapter"  # (一、壮大经营主体 over 第一条…: a chapter numbered as an outline's part)
        if ATTACHMENT_PAGE.fullmatch(p.text):
            # "附录", "附表" or "附件1" after the last article opens what is appended: no longer that article.
            flush()
            current, label = [], ""
            heading, titled = appended(paragraphs, index, {})
            path = [("attachment", heading.text.replace("\n", " "))]
            segments.append(heading)
            continue
        if scheme in ("chapter", "section"):
            flush()
            current, label = [], ""
            while path and (scheme == "chapter" or path[-1][0] == "section"):
                path.pop()
            path.append((scheme, p.text))
            segments.append(Segment(m[1] if m else p.text[:HEADING_MAX], Kind.HEADING, tuple(h for _, h in path[:-1]),
                                    p.text, p.lines))
        elif scheme == "article" and m:
            flush()
            current, label = [p], m[1]
        elif n := _titles_next_rule(paragraphs, index):
            # (the next rule a notice issues, its title over its 第一章 or 第一条, perhaps over two lines: no 款 of the
            # last article above)
            flush()
            current, label = [], ""
            title = "".join(x.text for x in paragraphs[index : index + n])
            path = [("title", title)]
            segments.append(Segment(title[:HEADING_MAX], Kind.HEADING, (), title,
                                    tuple(ln for x in paragraphs[index : index + n] for ln in x.lines)))
            titled = range(index + 1, index + n)
        elif table and label and NOTE.match(p.text):
            # (a note under a table inside an article, 注：1.坐标采用… / 2.…: the table's, a clause of its own after
            # its rows, not the article's text)
            flush()
            current, label = [p], "注"
        elif index + 1 in rows and (caption := caption_over(p.text, paragraphs[index + 1].text)):
            # (a table's caption over its head row, 西部陆海新通道班列补贴标准: the table's, no 款 of the article above)
            if not label:
                flush()
                current = []
            where = (*(h for _, h in path), *((label,) if label else ()))
            (table if label else segments).append(Segment("表题", Kind.HEADING, where, caption, p.lines))
        elif current and label and not after_articles(current[-1].text, paragraphs, index):
            current.append(p)
        else:
            flush()
            current, label = [p], ""
            flush()
            current = []
    flush()
    return segments


def _next_article(label: str, text: str) -> tuple[str, str] | None:
    """The article after `label` opening a paragraph with no space after its number (第十二条对…, after 第十一条), as
    a clerk may type it: an article, where a sentence citing another article (第三条规定…) is not."""
    if not (m := re.fullmatch(r"第(.+)条", label)) or (n := cn_to_int(m.group(1))) is None:
        return None
    number = f"第{int_to_cn(n + 1)}条"
    return ("article", number) if text.startswith(number) and not text.startswith(f"{number}规定") else None


_NOT_A_TITLE = re.compile(r"目\s*[录次]|^\s*[（(]|(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}年")


def _titles_next_rule(paragraphs: Sequence[Paragraph], index: int) -> int:
    """How many paragraphs from index (one or two) title a further rule (…议事规则, naming its 文种, no sentence) over
    its first chapter or article (第一章, 第一条), after the articles of the one before; 0 if they do not."""
    for n in (1, 2):
        if index == 0 or index + n >= len(paragraphs):
            return 0
        text = "".join(x.text for x in paragraphs[index : index + n])
        below = paragraphs[index + n].text.strip()
        if below[:1] in "（(" and below[-1:] in "）)" and index + n + 1 < len(paragraphs):
            below = paragraphs[index + n + 1].text  # (its 题注 under it: （2024年10月29日…会议审议通过）)
        nxt = marker_of(below)
        # (not a 目录, nor a date or a 题注 in brackets: the end of what is above, or a note under a title)
        if (len(text) <= 60 and not any(c in text for c in "。；！？，：:") and names_genre(text) and nxt is not None
                and not _NOT_A_TITLE.search(text)
                and nxt[0] in ("chapter", "article") and nxt[1] in ("第一章", "第一条")):
            return n
    return 0


def _heads_articles(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Is paragraphs[index] (一、…) a bare heading, no sentence, with an article (第X条) right under it?"""
    text = paragraphs[index].text
    return (len(text) <= HEADING_MAX and not any(c in text for c in "。；！？，：")
            and index + 1 < len(paragraphs) and (m := marker_of(paragraphs[index + 1].text)) is not None
            and m[0] == "article")


def articles(paragraphs: Sequence[Paragraph]) -> int:
    """How many paragraphs open an article (第X条)."""
    return sum(1 for p in paragraphs if (m := marker_of(p.text)) and m[0] == "article")


def parts(paragraphs: Sequence[Paragraph]) -> list[Sequence[Paragraph]]:
    """The text and, when it numbers no articles of its own, each attachment apart: a notice's outline (一、（一）)
    stays an outline when an attachment it carries is a rule of articles (第一条…第六条), and that rule is read by
    its articles. A text of articles is read whole, its attachments with it."""
    starts = [i for i, p in enumerate(paragraphs) if i and ATTACHMENT_PAGE.fullmatch(p.text)]
    if not starts or articles(paragraphs[: starts[0]]) >= 3:
        return [paragraphs]
    bounds = [0, *starts, len(paragraphs)]
    split = [paragraphs[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    return split if articles(paragraphs) >= 3 or any(_excerpt(part) for part in split[1:]) else [paragraphs]


def read_by_article(part: Sequence[Paragraph]) -> bool:
    """Is a text (or an attachment, apart) read by its articles: three or more, or an attachment quoting a few articles
    of a law (附件 / 《…条例》相关条款摘录 / 第十五条… / 第三十六条…)?"""
    return articles(part) >= 3 or _excerpt(part)


def _excerpt(part: Sequence[Paragraph]) -> bool:
    """An attachment (its 附件 label first) whose first numbered paragraph is one of two or more articles."""
    first = next((m for p in part if (m := marker_of(p.text))), None)
    return bool(part) and bool(ATTACHMENT_PAGE.fullmatch(part[0].text)) and articles(part) >= 2 and (
        first is not None and first[0] == "article")
