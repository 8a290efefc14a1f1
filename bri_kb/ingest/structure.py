"""Structure a document's body into clauses along its own numbering.

The heading hierarchy is learnt per document from the order in which marker
schemes appear (one plan nests 1. under （一）, another the other way round).
A regulation with articles (第X条) gets one clause per article, its 款 and 项
inside; an outline gets one clause per numbered item; unnumbered prose gets one
clause per paragraph. A heading-only line that opens further items is a
clause of kind "heading", so that every body line lands in exactly one clause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bri_kb.ingest.appended import appended
from bri_kb.ingest.articles import by_article, parts, read_by_article
from bri_kb.ingest.clean import Line
from bri_kb.ingest.closing import (
    ATTENDANCE,
    CLOSING,
    EXHORTS,
    TAKES_EFFECT_LATER,
    WHOM_TO_CALL,
    closes_after,
    last_before_signature,
    section_for_calls,
    signed_here,
    signs_off,
    whom_to_call_closes,
    without_closing,
)
from bri_kb.ingest.conventions import ATTACHMENT_NOTE, ATTACHMENT_PAGE, CELL, FOOTNOTE, FORM_BLANKS, SEAL_NOTE
from bri_kb.ingest.definitions import term_entries
from bri_kb.ingest.genre import GENRE_END
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.outlined import (
    HEADING_MAX,
    OUTLINED,
    answer_runs_on,
    asks,
    bare_heading,
    bulleted_list,
    ends_list,
    heading_title,
    is_heading,
    marked_level,
    names_source,
    parent_heading,
    quote_runs_on,
    quoted_article_open,
    sentence_runs_on,
    wrap_tail,
)
from bri_kb.ingest.paragraphs import (
    ASKED,
    BYLINE,
    TURN,
    attachment_lists,
    bracketed_notes,
    bulletin_headings,
    case_sources,
    dedupe,
    group_cells,
    question_answers,
    translations,
    unit_notes,
)
from bri_kb.ingest.reflow import Paragraph, is_hard_wrapped, reflow, typed_indents
from bri_kb.ingest.rows import caption_of, captioned, category_row, cell_rows, heads_at, is_form, list_ended, row_segment, table_captions
from bri_kb.ingest.segment import Segment, Structured
from bri_kb.ingest.signature import SIGNATURE, organ_cell, signature_tables, signs, stacked_organs
from bri_kb.ingest.table import Table, find_table
from bri_kb.ingest.table_paragraphs import continued_tables, section_tables, turned_tables
from bri_kb.ingest.text import join_wrapped
from bri_kb.vocabulary import NOTE, Kind

_ATTACHMENT = re.compile(rf"^{ATTACHMENT_NOTE}")
# A figure's caption (图1　2016—2020年…进出口额: the picture itself is not read) or the title of a
# plan's box (专栏1　重点项目, its entries under it): each names what follows or stands beside it.
_BOX_OR_FIGURE = re.compile(r"((?:图|专栏)\s*(?:\d{1,2}(?![\d年])|))(?:[\s\u3000]*[^\s。；！？，：:][^。；！？，]{1,44})")
def structure(
    body: Sequence[Line], seen: set[str] | None = None, wrapped: bool | None = None, indent_opens: bool | None = False,
    levels: Mapping[str, int] | None = None, carried: Sequence[Line] = (),
) -> Structured:
    """wrapped: whether lines are hard-wrapped (None: judge from the lines);
    indent_opens: an indented line starts a paragraph (PDF text; None: judge from the lines); levels: the
    file's outline (`outlined.outline_levels`), which marks headings typed
    without a number; carried: the title of the document a notice issues, printed
    after the notice's text (taken out of the body), which heads that document's part."""
    levels = levels or {}
    seen = set() if seen is None else seen
    table = find_table(body)
    if indent_opens is None:
        # (a Word file an office re-typed from print, a line a paragraph: read as a PDF's lines are, each paragraph
        # opening where a line is indented)
        indent_opens = is_hard_wrapped(body) and typed_indents(body)
        wrapped = True if indent_opens else wrapped
    wrapped = is_hard_wrapped(body) if wrapped is None else wrapped
    if table is None:
        paragraphs, removed = dedupe(term_entries(reflow(body, wrapped, indent_opens)), seen)
        paragraphs = group_cells(paragraphs) if wrapped else paragraphs
        return without_closing(outline(paragraphs, levels, carried), removed)
    before, removed = dedupe(term_entries(reflow(body[: table.start], wrapped, indent_opens)), seen)
    after, removed_after = dedupe(term_entries(reflow(body[table.end :], wrapped, indent_opens)), seen)
    segments = outline(before, levels, carried)
    if segments:
        segments[-1] = captioned(segments[-1])
    context = tuple(s.text for s in segments if s.kind == Kind.HEADING)[-1:] or ()
    header_text = " | ".join(table.columns)
    segments.append(Segment("表头", Kind.TABLE_HEADER, context, header_text, table.header_lines))
    for row in table.rows:
        segments.append(Segment(f"第{row.number}项", Kind.TABLE_ROW, context, row_text(table, row.cells), row.lines, row.cells))
    for seg in outline(after, levels, carried):
        segments.append(Segment(seg.label, seg.kind, seg.path or context, seg.text, seg.lines))
    return without_closing(segments, removed + removed_after)


_PARAGRAPH_LABEL = re.compile(r"第\d+段")


def _joined(carried: Sequence[Line]) -> str:
    return join_wrapped([x.text for x in carried])


def _genre_label(title: str) -> str:
    """A carried document's heading is labelled by its 文种 (方案, 办法, 措施), as an analyst cites it."""
    m = GENRE_END.search(re.sub(r"\s+", "", title))
    return re.sub(r"[（(][^（）()]*[)）]", "", m.group(0)) if m else "印发文件"


def row_text(table: Table, cells: dict[str, str]) -> str:
    """A numbered row as a clause reads: the first text column as it is, each
    further column as "header：cell" (the number column is the label)."""
    first, *rest = table.columns[1:]
    return "\n".join([cells[first], *(f"{name}：{cells[name]}" for name in rest)])


def outline(paragraphs: Sequence[Paragraph], levels: Mapping[str, int] | None = None,
            carried: Sequence[Line] = ()) -> list[Segment]:
    """The paragraphs as clauses along their numbering; levels: headings the file's outline marks (by text);
    carried: the title of the document a notice issues, printed after the notice's text: a heading over the
    paragraphs after it, each clause of that document under it (its 一、 apart from the notice's)."""
    levels = levels or {}
    at = next((k for k, p in enumerate(paragraphs) if carried and p.lines and p.lines[0].no > carried[-1].no), None)
    if at:  # (the notice's text before it: a carried title above the whole text heads nothing)
        title = _joined(carried)
        genre = _genre_label(title)
        heading = Segment(genre, Kind.HEADING, (), title, tuple(carried))
        # (its paragraphs counted as its own, 方案第1段, not as the notice's again, 第1段第2处)
        return [*outline(paragraphs[:at], levels), heading,
                *(Segment(genre + s.label if _PARAGRAPH_LABEL.fullmatch(s.label) else s.label, s.kind, (title, *s.path),
                          s.text, s.lines, s.fields) for s in outline(paragraphs[at:], levels))]
    paragraphs = stacked_organs(section_tables(turned_tables(continued_tables(question_answers(translations(
        attachment_lists(unit_notes(case_sources(bracketed_notes(paragraphs))))))))))
    levels = {**bulletin_headings(paragraphs), **levels}  # (a 简报's articles, each under its headline)
    segments = [s for part in parts(paragraphs)
                for s in (by_article(part, levels) if read_by_article(part) else _by_item(part, levels))]
    # An 附件 line names an attachment and a signature names who signed when:
    # both point at content rather than hold it.
    out: list[Segment] = []
    for n, s in enumerate(segments):
        # The 附件说明 and the signature belong to the whole text, not to the item above them (within an
        # appended section they stay under its heading).
        whole = () if not s.path or not ATTACHMENT_PAGE.match(s.path[0]) else s.path
        if _ATTACHMENT.match(s.text):
            s = Segment("附件", Kind.ATTACHMENT, whole, s.text, s.lines)
        elif s.kind == Kind.PARAGRAPH and NOTE.match(s.text):
            s = Segment("注", Kind.NOTE, s.path, s.text, s.lines)
        elif s.kind == Kind.PARAGRAPH and (named := _BOX_OR_FIGURE.fullmatch(s.text)):
            s = Segment(re.sub(r"\s+", "", named.group(1)), Kind.HEADING, s.path, s.text, s.lines)
        elif s.kind == Kind.PARAGRAPH and (heads := bare_heading(s.text, segments[n + 1].kind if n + 1 < len(segments) else None)):
            s = Segment(heads, Kind.HEADING, s.path, s.text, s.lines)
        elif s.kind == Kind.PARAGRAPH and BYLINE.fullmatch(s.text.strip()):
            s = Segment("供稿", Kind.SIGNATURE, s.path, s.text, s.lines)  # (who wrote a 简报's article: no content)
        elif s.kind == Kind.PARAGRAPH and FORM_BLANKS.fullmatch(s.text):
            s = Segment("落款", Kind.SIGNATURE, whole, s.text, s.lines)  # a template's fields to sign, seal or fill in
        elif s.kind == Kind.PARAGRAPH and SIGNATURE.fullmatch(s.text) and signs(segments, n):
            s = Segment("落款", Kind.SIGNATURE, whole, s.text, s.lines)
        elif s.kind == Kind.PARAGRAPH and SEAL_NOTE.fullmatch(s.text.strip()) and out and out[-1].kind == Kind.SIGNATURE:
            s = Segment("落款", Kind.SIGNATURE, whole, s.text, s.lines)  # (where its seal goes, under the organ's name)
        elif s.kind == Kind.PARAGRAPH and CELL in s.text and signs(segments, n) and (
                cells := [organ_cell(c) for c in s.text.split(CELL) if c.strip()]) is not None and all(
                SIGNATURE.fullmatch(o) for c in cells for o in c.split()):
            # a joint signature set in a borderless table, the organs side by side over the date (a long name wrapped in
            # its cell: 中国（云南）自由贸易试验区 / 红河片区管理委员会)
            s = Segment("落款", Kind.SIGNATURE, whole, " ".join(cells), s.lines)
        out.append(s)
    out = signature_tables(out)
    return table_captions(out)


def _entry(heading: Segment) -> Segment:
    """A heading-like numbered line read as an entry of a list."""
    return Segment(heading.label, Kind.ITEM, heading.path, heading.text, heading.lines)


def _closed(heading: Segment) -> Segment:
    """A heading-like line that nothing follows under (the text ends, an attachment's page or a heading of the
    outline comes next): a finished sentence (4．申报材料不全或者逾期申报的。) is an entry; a bare phrase, as of a
    cut-off text, stays a heading."""
    return _entry(heading) if heading.text.endswith(("。", "；")) else heading


def _by_item(paragraphs: Sequence[Paragraph], levels: Mapping[str, int]) -> list[Segment]:
    segments: list[Segment] = []
    stack: list[tuple[str, str]] = []  # (scheme, heading title)
    open_heading: Segment | None = None  # a heading line still waiting for its first paragraph
    count = table_row = 0
    titled: range = range(0)  # the paragraphs that title an attachment, kept with its "附件1" line
    category: str | None = None  # the category row the table's rows are under
    asked_depth: int | None = None  # the outline depth of the first 问： paragraph
    open_scheme = ""  # the numbering scheme of the open heading
    answering: int | None = None  # the segment of the numbered question last answered (its answer may run on)
    listed = 0  # how many entries of a list of short numbered lines came one after another
    rows = cell_rows(paragraphs)
    for index, p in enumerate(paragraphs):
        if index not in rows and index not in titled and index + 1 in rows and (
                caption := caption_of(p.text, paragraphs[index + 1].text)):
            if open_heading is not None:
                segments.append(open_heading)
                open_heading = None
            segments.append(Segment("表题", Kind.HEADING, tuple(h for _, h in stack), caption, p.lines))
            continue
        if index in rows:
            if open_heading is not None:
                segments.append(open_heading)
                open_heading = None
            header = rows[index]
            first = heads_at(paragraphs, rows, index)  # the table's first row (or a header inside it)
            if first and index and (ended := list_ended(paragraphs[index - 1].text, stack)):
                del stack[[s for s, _ in stack].index(ended) :]
            path = tuple(h for _, h in stack)
            if first and not is_form(header):
                segments.append(Segment("表头", Kind.TABLE_HEADER, path, p.text, p.lines))
                table_row, category = 0, None
            elif first and (band := category_row(p.text)) and marker_of(band):
                # a form that opens with its first part's numbered band (（一）片区受理窗口): the band heads its rows
                table_row, category = 1, band
                segments.append(Segment("第1行", Kind.HEADING, path, band, p.lines))
            elif first:  # a form's first row is a row of it
                table_row, category = 1, None
                segments.append(row_segment(p, header, table_row, path))
            elif (heading := category_row(p.text)) and NOTE.match(heading):
                # A row of one cell across the table's foot that opens 注： is the table's note, not a category.
                segments.append(Segment("注", Kind.NOTE, path, heading, p.lines))
            elif heading and (not is_form(header) and not _FILLED_IN.search(header[-1]) or marker_of(heading)):
                # (in a form too, when it is numbered: （一）片区受理窗口 over that window's fields)
                # A row of one cell across the table ("一、投资管理体制改革") heads the rows under it (in a form,
                # a label beside its blank is a row of its own).
                table_row, category = table_row + 1, heading
                segments.append(Segment(f"第{table_row}行", Kind.HEADING, path, heading, p.lines))
            else:
                table_row += 1
                # (a 合计 row sums the whole table, not the rows of the category above it)
                total = _TOTAL.match(p.text.replace(" ", "").replace("\u3000", ""))
                segments.append(row_segment(p, header, table_row, (*path, category) if category and not total else path))
            continue
        if ATTACHMENT_PAGE.fullmatch(p.text):
            # "附件1" atop a page opens the attachment: what follows is no longer under the body's last item.
            if open_heading is not None:
                segments.append(_closed(open_heading))
                open_heading = None
            appendix, titled = appended(paragraphs, index, rows)
            stack = [("attachment", appendix.text.replace("\n", " "))]
            segments.append(appendix)
            continue
        if index in titled:
            continue  # the attachment's title, in its heading
        if (level := marked_level(paragraphs, index, levels)) is not None:
            # A heading the file's outline marks, typed without a number (保障措施): it closes what was open down
            # to the nearest heading above its level (or the attachment it stands in) and heads what follows.
            if open_heading is not None:
                segments.append(_closed(open_heading))
                open_heading = None
            del stack[parent_heading(stack, level) + 1 :]
            segments.append(Segment(p.text[:HEADING_MAX], Kind.HEADING, tuple(h for _, h in stack), p.text, p.lines))
            stack.append((f"{OUTLINED}{level}", p.text))
            listed = 0
            continue
        if open_heading is None and segments and quoted_article_open(segments[-1], p.text):
            # (an amendment quoting a new article with its own items, 一、将第三条修改为：“第三条 …： / （一）… /
            # （四）…。”: the items are the quote's, not the outline's; the amendment is one clause)
            quoting = segments[-1]
            segments[-1] = Segment(quoting.label, quoting.kind, quoting.path, f"{quoting.text}\n{p.text}",
                                   quoting.lines + p.lines)
            continue
        m = marker_of(p.text)
        if m:
            scheme, marker = m
            schemes = [s for s, _ in stack]
            if scheme in schemes:
                del stack[schemes.index(scheme) :]
            if open_heading is not None:
                # A short numbered line followed at once by the next of its list (1.上海…有限公司 /
                # 2.…) is an entry of a list, not a heading over nothing; so is a finished sentence
                # ("（3）项目已完成境外投资备案。") that the next number, its sibling's or its parent's, closes.
                # (and the last of such a list, whatever number comes after it: 4.万象南站… / 2　培育枢纽经济)
                last = bool(listed) and scheme != open_scheme
                listed = listed + 1 if scheme == open_scheme and scheme in _LIST_SCHEMES else 0
                finished = open_heading.text.endswith(("。", "；")) and scheme in schemes
                segments.append(_entry(open_heading) if listed or finished or last else open_heading)
            else:
                listed = 0
            path = tuple(h for _, h in stack)
            stack.append((scheme, heading_title(p.text)))
            seg = Segment(marker, Kind.ITEM, path, p.text, p.lines)
            if is_heading(p.text):
                open_heading, open_scheme = Segment(marker, Kind.HEADING, path, p.text, p.lines), scheme
            else:
                segments.append(seg)
                open_heading = None
            continue
        if open_heading is None and segments and quote_runs_on(segments[-1], p.text):
            # (an amendment quoting an article of several paragraphs, 一、将第十条修改为：“… / “… / “…。”: each
            # paragraph of the quote opens with “, the last alone closes it; the item is one clause)
            quoting = segments[-1]
            segments[-1] = Segment(quoting.label, quoting.kind, quoting.path, f"{quoting.text}\n{p.text}",
                                   quoting.lines + p.lines)
            continue
        count += 1
        if any(scheme.startswith(OUTLINED) for scheme, _ in stack) and (
                signed_here(paragraphs, index) or _ATTACHMENT.match(p.text)):
            # The 落款 or the 附件说明 ends the headed sections: a list after it is under none of them.
            del stack[parent_heading(stack, -1) + 1 :]
        if open_heading is not None and (listed >= 2 or ends_list(segments, open_heading) or names_source(p.text)):
            # The paragraph after a list's last entry follows the list, not that entry (a list of materials, each
            # entry closed by ；, the last by 。: （五）…信用承诺书。 / 申报材料一式两份，按上述顺序装订成册); so does
            # a table's source under its notes (2.表中增速按可比口径计算。 / 数据来源：…).
            segments.append(_entry(open_heading))
            open_heading = None
            stack.pop()
        calls = bool(stack) and whom_to_call_closes(paragraphs, index)
        if stack and (CLOSING.match(p.text) and not (open_heading is not None and not closes_after(open_heading.text, p.text))
                      or EXHORTS.match(p.text) and last_before_signature(paragraphs, index)
                      # (not a heading's only paragraph: 三、加强组织保障 / 各片区…报送…。本通知自…施行 is its content)
                      or TAKES_EFFECT_LATER.search(p.text) and open_heading is None and last_before_signature(paragraphs, index)
                      or ATTENDANCE.match(p.text) or WHOM_TO_CALL.match(p.text) or calls):
            # The closing sentence of the whole text (妥否，请批示。本意见自…起施行) is no part of its last item,
            # nor are the minutes' lists of who attended (出席：…), nor the 附注 naming whom to call (under a
            # section for it, 四、其他事项, that section's own, not its last item's).
            calling = section_for_calls([h for _, h in stack], calls)
            # (inside an appended part, 附件 临沧…若干措施, its own closing sentence stays under its heading)
            calling = max(calling, 0 if stack[0][0] == "attachment" else -1)
            if open_heading is not None and len(stack) - 1 > calling:  # (九、咨询及监督 itself stays open for it)
                segments.append(_entry(open_heading))
                open_heading = None
            del stack[calling + 1 :]
        if ASKED.match(p.text) or TURN.match(p.text):
            # A new question (or a speaker's turn): the numbered list inside the previous answer is closed.
            if asked_depth is None:
                asked_depth = len(stack)
            del stack[asked_depth:]
        path = tuple(h for _, h in stack)
        if open_heading is not None and (signs_off(open_heading, paragraphs, index) or _ATTACHMENT.match(p.text)
                                         or FOOTNOTE.match(p.text) or ASKED.match(p.text)):
            # A finished last item, then the 附件说明 or the 署名 and 成文日期: neither is part of the item; nor
            # is a footnote that a page's foot set under a heading that ends the page, nor the first question
            # of a 问答 under its group's heading (一、适用范围 / 问1：…).
            segments.append(open_heading if ASKED.match(p.text) else _entry(open_heading))
            open_heading = None
        if open_heading is not None and bulleted_list(paragraphs, index, rows):
            # The first of several bullets under a heading (（三）市场开拓类项目。 / ●境外展会：… / ●丝路电商：…) is an
            # entry like the others, not the heading's text.
            segments.append(open_heading)
            open_heading = None
        if open_heading is not None and wrap_tail(open_heading.text, p.text):
            # (a numbered sentence a hard wrap and a blank line cut before its last characters, …擅自开展对外承包工 / 程。:
            # one item)
            segments.append(Segment(open_heading.label, Kind.ITEM, open_heading.path, open_heading.text + p.text,
                                    open_heading.lines + p.lines))
            open_heading = None
            continue
        if open_heading is not None and not asks(open_heading.text) and not sentence_runs_on(open_heading.text):
            # A heading over paragraphs (一、总体要求 / 坚持…。) heads them; the first is a clause of its own, as the
            # others are. (A numbered question and its answer are one clause, below.)
            segments.append(open_heading)
            open_heading = None
        if open_heading is not None:
            # A question and its first paragraph, the answer, make one clause; so do a sentence and the rest of it.
            lines = open_heading.lines + p.lines
            text = f"{open_heading.text}\n{p.text}"
            segments.append(Segment(open_heading.label, Kind.ITEM, open_heading.path, text, lines))
            answering = len(segments) - 1 if asks(open_heading.text) else None
            open_heading = None
        elif answering == len(segments) - 1 and answer_runs_on(segments[-1], path, p.text) and not signed_here(paragraphs, index):
            # A numbered question's answer of several paragraphs (a 解读's 一、出台背景是什么？ / … / …): the question
            # with its whole answer is the clause, as the 问：/答： pairs are (paragraphs.question_answers).
            asked = segments[-1]
            segments[-1] = Segment(asked.label, asked.kind, asked.path, f"{asked.text}\n{p.text}", asked.lines + p.lines)
        else:
            label = _label_of(stack) or f"第{count}段"
            segments.append(Segment(label, Kind.PARAGRAPH, path, p.text, p.lines))
    if open_heading is not None:
        segments.append(_closed(open_heading))
    return segments


_TOTAL = re.compile(rf"(?:{CELL})*(?:合计|总计|总\s*计)(?:{CELL}|$)")
_LIST_SCHEMES = ("arabic", "paren_arabic", "circled")  # a list of names (1.…有限公司); 一、 heads sections
# A form's column to fill in (项目｜填报内容): a label with its blank is a row of the form, no category.
_FILLED_IN = re.compile(r"填(?:报|写)")


def _label_of(stack: Sequence[tuple[str, str]]) -> str:
    if not stack:
        return ""
    m = marker_of(stack[-1][1])
    return m[1] if m else ""
