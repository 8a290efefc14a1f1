"""Word files (DOCX) as the text the pipeline reads: paragraphs in order, with
Word's automatic numbering written out as the markers Chinese documents print
(一、（一）1.（1）), and tables as CELL-joined rows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import PAGE_REF, PHONE_END, SPACED_LABEL, contacts_listed, next_field, table_lines
from bri_kb.ingest.genre import names_event, names_genre
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.read import DecodedText
from bri_kb.ingest.sheet import sheet_lines_of
from bri_kb.ingest.spaced import spaced_tables, tabbed_tables
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.wordhead import DAY as _DAY
from bri_kb.ingest.wordhead import SIGNED_DAY, field_lines, head_or_signature
from bri_kb.ingest.wordnumbers import Counters, numbered_text, numbering_lists
from bri_kb.ingest.wordtable import lays_out, name_rows, prose_cells, section_heads, table_rows
from bri_kb.ingest.wordxml import W as _W
from bri_kb.ingest.wordxml import nested_parts, paragraph_text, pictures_in, placeholder
from bri_kb.vocabulary import ENDS_AS_ORGAN


def _open(path: Path) -> Any:
    """The Word file as python-docx reads it; a broken file is one Chinese error."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:  # python-docx's kinds for a broken file
        raise IngestError(f"无法读取的 Word 文件：{why_not_docx(path)}") from exc


def why_not_docx(path: Path) -> str:
    """What a .docx that python-docx cannot open really is, from its first bytes, and what to do."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE2 compound file: Word 97-2003 or WPS
        return "这是旧版 Word（.doc）或 WPS 格式的文件，只是后缀为 .docx；请用 Word 或 WPS 另存为 .docx 再导入"
    if head.startswith(b"PK"):
        return "文件已损坏或不完整（可能下载中断）；请重新下载，或用 Word 打开后另存为 .docx 再导入"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "文件已损坏，或不是 Word 文档；请用 Word 打开后另存为 .docx 再导入"
    return "这是纯文本文件，只是后缀为 .docx；请把后缀改为 .txt 再导入"


def docx_to_text(path: Path) -> str:
    """Paragraphs in order, Word's automatic numbering written out as the
    markers Chinese documents print (一、（一）1.（1）), tables as rows."""
    return _text_of(_open(path))


def _text_of(document: Any) -> str:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    counters = Counters()
    lists = numbering_lists(document)
    notes = notes_of(document)
    noted: list[str] = []  # the notes written so far, numbered in order
    lines: list[str] = []

    def numbered(p: Any, text: str) -> str:  # (a cell's paragraph with the number Word shows before it)
        # (an empty one too: a 序号 column numbered by Word, 1 2 3 … and no text typed)
        return numbered_text(Paragraph(p, document), text, counters, lists)

    def notes_after(block: Any) -> None:
        """The footnotes and endnotes marked in a paragraph or a table (python-docx leaves them out of the text),
        each a note after it, numbered in order."""
        for kind in ("footnote", "endnote"):
            for ref in block.iter(f"{_W}{kind}Reference"):
                if note := notes.get((kind, ref.get(f"{_W}id", ""))):
                    noted.append(note)
                    lines.append(f"注{len(noted)}：{note}")

    def read(blocks: Any) -> None:
        for block in blocks:
            if block.tag.endswith("}tbl"):
                table = Table(block, document)
                if lays_out(table) or prose_cells(table):
                    # A table of one column that holds the text (a Word template's frame), or one that sets prose out
                    # in columns (a 明白纸's panels: ■ 政策要点 / （1）… / （2）…): its paragraphs, cell by cell.
                    heads = section_heads(table)
                    for cell in dict.fromkeys(c._tc for row in table.rows for c in row.cells):
                        start = len(lines)
                        read(cell.iterchildren())
                        if cell in heads:  # (a section's heading wrapped in its narrow cell: 一、基本 / 情况)
                            lines[start:] = ["".join(x.strip() for line in lines[start:] for x in line.split("\n"))]
                elif (set_out := head_or_signature(table)) is not None:
                    lines.extend(set_out)
                elif (fields := field_lines(table)) is not None:
                    lines.extend(fields)
                else:
                    # (a table nested in a row's cell, 申请材料 beside its list of materials: a table of its own under
                    # the label, between the rows above and below it)
                    for label, part in nested_parts(block):
                        rows = table_rows(Table(part, document) if part is not block else table, numbered)
                        if len(rows) > 2 and names_genre(rows[0][0]) and not any(c.strip() for c in rows[0][1:]):
                            # (a 告知单 set wholly in a table, its title in a first row merged across it: a title)
                            label, rows = rows[0][0], rows[1:]
                        lines.extend([label] if label else [])
                        # (a grid of names, no header: a list, unless its date is under it, organs signing)
                        names = name_rows(rows)
                        if names and SIGNED_DAY.fullmatch(re.sub(r"[ \u3000]", "", _next_text(block))):
                            names = None
                        lines.extend(names or table_lines(rows))
                    notes_after(block)  # (a footnote marked in a cell, 该园区于2024年…考核确认: a note under the table)
            elif block.tag.endswith("}sdt"):  # a content control around paragraphs or tables: what it holds
                if (content := block.find(f"{_W}sdtContent")) is not None and not placeholder(block):
                    read(content.iterchildren())
            elif block.tag.endswith("}customXml"):  # paragraphs an XML schema's element wraps: read as they are
                read(block.iterchildren())
            elif block.tag.endswith("}p"):
                shown, boxes = paragraph_text(block)
                # (the tabs a typed table's wrapped line opens with say which column it goes on in: ⇥有限公司)
                text = soft_breaks(shown.strip(), shown.rstrip()[: len(shown) - len(shown.lstrip())].count("\t"),
                                   _centred(block))
                # (a 主送 line set in a floating text box anchored in the first paragraph stands above it; so does a
                # 版头 in a box anchored in the 文号's paragraph: 福建省商务厅文件 over 闽商务〔2025〕87号)
                addressed = [b for b in boxes if _addressed(b) or _headed(b)]
                for box in addressed:
                    read(box.iterchildren())
                boxes = [b for b in boxes if b not in addressed]
                if text:
                    # (a paragraph opened with typed spaces keeps two: where an office re-typed a printed page, a line
                    # a paragraph, they tell a paragraph's first line, or a 落款 pushed right, from the lines it wraps)
                    indent = "\u3000\u3000" if _TYPED_INDENT.match(shown) else ""
                    lines.append(indent + numbered_text(Paragraph(block, document), text, counters, lists))
                notes_after(block)
                for box in boxes:  # a text box anchored in the paragraph (a 专栏): its paragraphs after it
                    read(box.iterchildren())
                # A worksheet or a Word document embedded as an object (a table pasted from Excel shows as its
                # picture): what it holds, where it stands, or it would be lost without a word.
                for ole in block.iter(f"{_O}OLEObject"):
                    lines.extend(embedded_lines(document, ole.get(f"{_R}id", "")))

    read(document.element.body.iterchildren())
    if not lines:
        raise IngestError("Word 文件中没有文字")
    return "\n".join(spaced_tables(tabbed_tables([part for line in lines for part in line.split("\n")]))) + "\n"


def notes_of(document: Any) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote, by (kind, id), from the parts
    Word keeps them in (the separators Word adds have a type and no text)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    out: dict[tuple[str, str], str] = {}
    for rel in document.part.rels.values():
        kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        root = etree.fromstring(rel.target_part.blob)
        for note in root.iter(f"{_W}{kind}"):
            text = "".join(t.text or "" for t in note.iter(f"{_W}t")).strip()
            if text and note.get(f"{_W}type") is None:
                out[(kind, note.get(f"{_W}id", ""))] = text
    return out


def embedded_lines(document: Any, rel: str) -> list[str]:
    """The lines of an object embedded in the document (a worksheet's rows, a Word document's text), by its
    relationship id; [] for another kind of object or one that cannot be read."""
    from io import BytesIO

    part = document.part.related_parts.get(rel)
    name = str(getattr(part, "partname", "")).lower()
    if part is None or not name.endswith((".xlsx", ".docx")):
        return []
    if name.endswith(".xlsx"):
        return sheet_lines_of(BytesIO(part.blob))
    try:
        from docx import Document

        return _text_of(Document(BytesIO(part.blob))).splitlines()
    except (IngestError, KeyError, ValueError, OSError):  # an empty or broken package: no text to add
        return []


_O = "{urn:schemas-microsoft-com:office:office}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _addressed(box: Any) -> bool:
    """Does a text box hold a 主送 line and no more (各区人民政府，市政府各委、局，各直属单位：)?"""
    text = "".join(box.itertext()).strip()
    return 4 <= len(text) <= 150 and text[-1] in "：:" and not re.search(r"[。；]", text)


def _quotes_on(before: str, after: str) -> bool:
    """Does a full line leave a quotation open that the next line closes (…您申请公开：“1.…； / 2.…。”)?"""
    return (len(before) >= _FULL_LINE and before.count("“") > before.count("”") and after.count("”") > after.count("“")
            and "\t" not in after)


def _headed(box: Any) -> bool:
    """Does a text box hold a 版头 and no more (福建省商务厅文件)?"""
    text = re.sub(r"\s", "", "".join(paragraph_text(p)[0] for p in box.iter(f"{_W}p")))
    return (len(text) <= 60 and text.endswith("文件") and bool(ENDS_AS_ORGAN.search(text.removesuffix("文件")))
            and not re.search(r"[。；，：]", text))


_TYPED_INDENT = re.compile(r"[ \u3000]{2,}(?=[^\s])")


def soft_breaks(text: str, tabs: int = 0, centred: bool = False) -> str:
    """A paragraph's manual line breaks (Shift+Enter) joined where they only wrap a
    line, as in text pasted from a PDF, or set a sentence's next line flush under it (the paragraph going on, to the
    eye): a break stays after a colon, before a numbered line, after a short line (an organ over its date,
    the lines of an address, a contact's line ending in a phone number), between the lines of a list of people
    (职务　姓名), and before a tab that goes on with a typed table's row (…⇥跨境电商 / ⇥管理有限公司).
    tabs: the tabs the paragraph opened with, kept.
    centred: a centred paragraph, whose short lines are one title when together they end as an event's record's
    does (…提升发展 / 高质量共建“一带一路”新闻发布会)."""
    parts = text.split("\n")
    if centred and 1 < len(parts) <= MAX_TITLE_PARTS and all(
            0 < len(p.strip()) <= _TITLE_PART and p.strip()[-1] not in "。！？；：:" and not _DAY.search(p) for p in parts
    ) and names_event(join_wrapped([p.strip() for p in parts])):
        # (a title naming a 文种 is joined where the reading finds it, its organs' spaces kept)
        return "\t" * tabs + join_wrapped([p.strip() for p in parts])
    out = [parts[0]]
    for part in parts[1:]:
        before, after = out[-1].rstrip(), part.strip()
        # (a sentence's end, then a line indented by typed spaces, 　　省人民政府口岸管理部门…: the next 款, a paragraph)
        # (a request quoted whole, its items run on after a break: 您申请公开：“1.…； / 2.…”: the quotation goes on)
        if _quotes_on(before, after) or (
                len(before) >= _FULL_LINE and (before[-1] not in "。！？；：:" or _SENTENCE_ON.fullmatch(before[-1] + after[:1])
                                               and not part.startswith(("\u3000", "  ")))
                and after and marker_of(after) is None and not _PADDED_ENTRY.match(after)
                and not (part.startswith("\t") and "\t" in before) and not PHONE_END.search(before) and not contacts_listed(before, after)
                and not (_PERSON.search(before) and _PERSON.fullmatch(after))
                and not _PAGE_AFTER_TAB.search(after)  # (a 目录 entry's last line, its page number after a tab)
                and not _DAY.fullmatch(after.rstrip())  # (a long organ's name over its 成文日期, the 落款's two lines)
                and not next_field(before, after)  # (时间：… / 地点：…, an event's fields a line each)
                and not (_FIELD_OPENS.match(before) and _FIELD_OPENS.match(after))):  # (当事人：王** / 住址：…)
            out[-1] = join_wrapped([before, after])
        else:
            out.append(part)
    return "\t" * tabs + "\n".join(out)


# (a field's short label and its colon, 当事人：, 当 事 人：, 公民身份号码：: fields a Shift+Enter sets under one another)
_FIELD_OPENS = re.compile(rf"{SPACED_LABEL.pattern}\S")
_PAGE_AFTER_TAB = re.compile(rf"\t\s*{PAGE_REF}$")
# (a sentence's end, then a line Shift+Enter set under it, flush, which the eye reads as the paragraph going on: one
# paragraph; not a colon's list, nor a numbered line, nor a table's, nor a short line)
_SENTENCE_ON = re.compile(r"[。！？；][\u4e00-\u9fff“《（(A-Za-z0-9]")
# (a 专栏 box's entries, numbered 01 02 03 and set under one another with Shift+Enter: 01 成都国际铁路港…。 / 02 …)
_PADDED_ENTRY = re.compile(r"0[1-9]\s*[\u4e00-\u9fff]")
_FULL_LINE = 20  # characters: a 公文 line holds 28, so a break after fewer than this was meant
MAX_TITLE_PARTS = 4
_TITLE_PART = 40  # characters: a line of a title set over lines
# a person on a line of a list, post then name (云南省商务厅党组书记、厅长　段立群)
_PERSON = re.compile(r"[\u4e00-\u9fff（）()、]{2,40}[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$")



def _next_text(block: Any) -> str:
    """The text of the next non-empty paragraph after a block (a table's), "" if none follows it."""
    nxt = block.getnext()
    while nxt is not None and nxt.tag == f"{_W}p" and not paragraph_text(nxt)[0].strip():
        nxt = nxt.getnext()
    return paragraph_text(nxt)[0].strip() if nxt is not None and nxt.tag == f"{_W}p" else ""


def _centred(block: Any) -> bool:
    """Is a Word paragraph centred by its own formatting (w:jc center)?"""
    jc = block.find(f"{_W}pPr/{_W}jc")
    return jc is not None and jc.get(f"{_W}val") == "center"





def _margins_of(document: Any) -> tuple[str, ...]:
    """The texts of a Word file's page headers and footers (first-page, odd and
    even ones of every section), once each, without page-number fields."""
    out: dict[str, None] = {}
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if part.is_linked_to_previous:
                continue
            for p in part.paragraphs:
                if (text := re.sub(r"\s+", " ", p.text).strip()) and not re.fullmatch(r"[—\-－\s\d]*", text):
                    out[text] = None
    return tuple(out)


def read_docx(path: Path) -> DecodedText:
    """A Word file's paragraphs and tables, one per line (not hard-wrapped),
    and what its page headers and footers print."""
    document = _open(path)
    comments = comments_in(document)
    return DecodedText(_text_of(document), "docx", wrapped=False, indent_opens=None, margins=_margins_of(document),
                       outline=outline_of(document), left_out=(("comment", comments),) if comments else (),
                       pictures=pictures_in(document.element.body))


def comments_in(document: Any) -> int:
    """How many 批注 (reviewers' comments) the file holds: remarks on a draft, no part of its text, so left out of
    it and counted in the report instead."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype.endswith("/comments") and not rel.is_external), None)
    if part is None:
        return 0
    from lxml import etree

    return len(etree.fromstring(part.blob).findall(f"{_W}comment"))


_HEADING_STYLE = re.compile(r"(?i)(?:heading|标题)\s*([1-9])")


def outline_of(document: Any) -> tuple[tuple[int, str], ...]:
    """The paragraphs Word shows in its navigation pane, as (level, text): those whose outline level (their own
    w:outlineLvl, or their style's, or one it is based on) is a heading's, or whose style is a Heading N."""
    styles = {s.get(f"{_W}styleId"): s for s in document.styles.element.iter(f"{_W}style")}

    def level_of(props: Any, seen: int = 0) -> int | None:
        if props is None:
            return None
        if (own := props.find(f"{_W}pPr/{_W}outlineLvl")) is not None or (own := props.find(f"{_W}outlineLvl")) is not None:
            return int(own.get(f"{_W}val", "9"))
        style_id = props.find(f"{_W}pStyle") if props.tag == f"{_W}pPr" else props.find(f"{_W}basedOn")
        style = styles.get(style_id.get(f"{_W}val")) if style_id is not None else None
        if style is None or seen > 10:  # (a chain of based-on styles that loops)
            return None
        named = style.find(f"{_W}name")
        if named is not None and (m := _HEADING_STYLE.fullmatch(named.get(f"{_W}val", ""))):
            return int(m[1]) - 1
        return level_of(style, seen + 1)

    out = []
    for p in document.element.body.iter(f"{_W}p"):
        level = level_of(p.find(f"{_W}pPr"))
        if level is not None and level < 9 and (text := re.sub(r"\s+", " ", paragraph_text(p)[0]).strip()):
            out.append((level, text))
    return tuple(out)
