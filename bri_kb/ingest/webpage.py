"""Web pages (HTML) as the text the pipeline reads.

Each paragraph becomes one line and a table one CELL-joined line per row; the
page's title, date and 文号 become a header block (see conventions.py), which
the splitter already understands.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import header_lines, table_lines
from bri_kb.ingest.dateline import (
    PAGE_DATE,
    bracketed_fields,
    dateline_issuer,
    is_record,
    page_date,
    record_fields,
    repealed_on,
    site_division,
)
from bri_kb.ingest.genre import names_genre
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.pagebody import FURNITURE, article_body, link_len, text_len, unseen
from bri_kb.ingest.pagefiles import (
    CJK_CHAR,
    FILE_LINK,
    framed,
    linked_attachments,
    page_of,
    parsed_page,
    unread_pictures,
    unsaved_files,
)
from bri_kb.ingest.pageoutline import page_headings
from bri_kb.ingest.pagetitle import number_alone, number_under_heading, page_document, quoted_title, without_title
from bri_kb.ingest.read import DecodedText, decode_bytes
from bri_kb.ingest.signature import ORGAN_NAME
from bri_kb.ingest.text import join_wrapped
from bri_kb.ingest.titles import COMPILATION, EDITION
from bri_kb.ingest.webtable import (
    BREAK,
    badged,
    labelled_pairs,
    own_rows,
    prose_table,
    runs_on,
    shown_lines,
    side_by_side,
    span_rows,
    table_caption,
    table_grid,
)
from bri_kb.ingest.webtabs import drop_icons, folded_answer, questions_and_answers, tab_bar, tab_panel
from bri_kb.script import as_simplified, traditional
from bri_kb.vocabulary import ANY_DOC_NUMBER

_DECREE = r"[\u4e00-\u9fff]{2,30}?令\s*[（(]?\s*第\s*\d{1,4}\s*号[)）]?"  # (a 令's number: 海南省人民政府令第326号)

# (and the <xml> island of a page Word saved, its settings none of the text: Normal 0 … MicrosoftInternetExplorer4)
_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "iframe", "select", "button", "xml")
_ATTACHMENT = re.compile(r"^\s*附件\s*\d*\s*[:：]?")
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "pre", "blockquote", "section", "article", "dt", "dd")


_COPY_OF = re.compile(r"《([^《》]{6,80})》\s*[（(]?(?:全文|原文|文本|正文|学习笔记|笔记|摘录|摘编)[）)]?")
_VALIDITY = re.compile(r"【?(?:现行有效|有效|已失效|失效|已废止|废止|部分失效|已修改|已修订|尚未生效)】?")


# What ends a 公文 and a page may set in blocks of its own after the text: its 附件 list, 落款 and date, 附注.
_ENDING = re.compile(r"附\s*件\s*[:：]|[（(]此件[^）)]{2,8}[）)]|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def _tail(body: Any) -> list[Any]:
    """The blocks after the article's element that still end its document (a <div> of its 附件 list, one of its 落款 and
    （此件公开发布）, beside the text's own), up to the first that is not (the page's share bar, related links)."""
    out: list[Any] = []
    for el in body.itersiblings():
        if not isinstance(el.tag, str) or el.tag in _DROP:
            continue
        text = el.text_content().strip()
        if text and link_len(el) * 2 >= text_len(el):
            continue  # (its 附件 as download links: named by linked_attachments, as a box of links anywhere)
        if not text or len(text) > 400 or not _ENDING.search(text) or FURNITURE.search(text):
            break
        out.append(el)
    return out


def _cites(el: Any) -> bool:
    """Is a block a sentence that cites a document by a link on its title (《…若干措施》（南自贸管发〔2024〕12号）第五条、
    第六条: the 政策依据), not a list of links: one link, and its number or articles in the block's own text?"""
    links = list(el.iter("a"))
    own = el.text_content()
    for a in links:
        own = own.replace(a.text_content(), "", 1)
    return len(links) == 1 and bool(re.search(r"〔(?:19|20)\d{2}〕|第[一二三四五六七八九十百零]+条", own))


def _links_a_file(el: Any) -> bool:
    """An attachment link: it points at a document file, not at another page."""
    return any(FILE_LINK.search(a.get("href") or "") for a in el.iter("a"))


def attachment_lines(lines: list[str]) -> list[str]:
    """An "附件：" line with its file links on the lines below: one 附件说明. (A
    bare "附件" over a title heads the attachment itself, printed on the page.)"""
    out: list[str] = []
    for line in lines:
        if out and (re.fullmatch(r"附件\s*[:：]", out[-1]) or out[-1] == "附件" and FILE_LINK.search(line)) \
                and not _ATTACHMENT.match(line):
            out[-1] = f"附件：{line}"
        else:
            out.append(line)
    return out


def _blocks(el: Any) -> list[str]:
    lines: list[str] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and text_len(child) and link_len(child) * 2 >= text_len(child) \
                and not _ATTACHMENT.match(child.text_content()) and not _links_a_file(child) and not _cites(child):
            continue  # share buttons, menus, "related links"; an 附件 link names the document's attachment
        if tag in ("ul", "ol") and (rows := span_rows(child)):
            lines += table_lines(rows)
        elif tag == "table" and ((prose := prose_table(child)) or any(t is not child for t in child.iter("table"))):
            lines += _layout_lines(child, prose)
        elif tag == "table" and (pairs := labelled_pairs(child) or side_by_side(child)):
            lines += pairs
        elif tag == "table":
            if (caption := table_caption(child)) is not None:
                lines.append(caption)  # a caption in the table's first row, one cell across it all: no row
            lines += table_lines(table_grid(child, skip=int(caption is not None)))
        elif tag in _BLOCKS and any(isinstance(g.tag, str) and g.tag in _BLOCKS for g in child) \
                or tag and child.find(".//table") is not None:
            # (a table inside an inline element too: ASP.NET's <span id="lblContent"> holds the paragraphs and tables)
            lines += _blocks(child)
        else:
            lines += shown_lines(child.text_content() if tag else "", keep_breaks=tag == "pre")
        if child.tail and child.tail.strip():
            lines += shown_lines(child.tail)
    if el.text and el.text.strip():
        lines[:0] = shown_lines(el.text)
    return lines


def _layout_lines(table: Any, prose: bool) -> list[str]:
    """A layout table holding a table in one of its cells (an old site's page
    of one cell per paragraph, a list of projects inside), or paragraphs of prose
    (`prose`, webtable.prose_table): row by row, a row holding a table, or any row of prose,
    read as blocks, so that the inner table gives its rows and is not also one
    run-together paragraph."""
    lines: list[str] = []
    for tr in own_rows(table):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if prose and len(cells) == 2 and (label := " ".join(cells[0].text_content().split())).endswith(("：", ":")):
            # (a label in a cell of its own beside what it labels: 附件： | 1.… 2.…, one line as typed)
            shown = _blocks(cells[1])
            lines += [label + shown[0], *shown[1:]] if shown else [label]
        elif prose or any(c.find(".//table") is not None for c in cells):
            # (a cell of inline text, 第十四条 in <b> and its sentence, <br> between articles: its lines as shown)
            lines += [line for cell in cells for line in (_blocks(cell) if any(
                isinstance(d.tag, str) and d.tag in _BLOCKS for d in cell.iterdescendants()) else shown_lines(cell.text_content()))]
        else:
            lines += table_lines([["\n".join(shown_lines(c.text_content())) for c in cells]])
    return lines


_OFFICE_EXPORT = re.compile(r"LibreOffice|OpenOffice|Microsoft Word|WPS", re.IGNORECASE)


_EVENT_FIELD = re.compile(r"(?:时\s*间|地\s*点|主\s*持\s*人|发\s*布\s*人|嘉\s*宾|出席)\s*[:：]")


def event_fields(root: Any, body: Any) -> list[str]:
    """A 发布会's or a meeting's fields that the page sets in a box above its transcript, apart from it (时间：…
    地点：… 主持人：… 发布人：…): kept, the venue and who spoke being what a reader of it asks."""
    if len(_EVENT_FIELD.findall(root.text_content())) < 2:
        return []  # (no such fields on the page: most pages, looked at once)
    for box in root.iter("div", "ul", "table", "dl"):
        if box is body or body in box.iterancestors() or box in body.iterancestors():
            continue
        if len(_EVENT_FIELD.findall(box.text_content())) < 2:
            continue  # (too few labels to be the box: not read as lines)
        lines = _blocks(box)
        if sum(bool(_EVENT_FIELD.match(ln)) for ln in lines) >= 2 and len(lines) <= 12:
            fields: list[str] = []
            label = ""
            for ln in lines:  # (a field's further names, one a line under it: 发布人：… / … / …, each under its label)
                if m := _EVENT_FIELD.match(ln):
                    label = re.sub(r"\s+", "", m.group(0))
                    fields.append(label + ln[m.end() :].strip())
                else:
                    fields.append(label + ln)
            return fields
    return []


def html_to_text(html: str) -> str:
    return _page_text(parsed_page(html))[0]


def _page_text(root: Any) -> tuple[str, tuple[str, ...]]:
    """The page's text as the pipeline reads it (the tree is changed on the way: what is not shown is dropped), and
    the pictures in it whose words are not read (pagefiles.unread_pictures)."""
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    for form in list(root.iter("form")):
        # a search box's form goes; the form an ASP.NET page wraps all its body in stays, its tags alone dropped
        if text_len(form) > 200:
            form.drop_tag()
        else:
            form.drop_tree()
    for hidden in [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body") and unseen(el)]:
        if hidden.getparent() is None:
            continue
        if tab_panel(hidden, unseen):  # (a tab the page hides until clicked, 附件: the article's; not its bar)
            if (bar := tab_bar(hidden)) is not None and bar.getparent() is not None:
                bar.drop_tree()
        elif folded_answer(hidden, unseen):  # (an answer folded under its question, 常见问题: the article's)
            drop_icons(hidden.getprevious())
        else:
            hidden.drop_tree()
    for details in list(root.iter("details")):
        questions_and_answers(details)
    for ol in root.iter("ol"):  # the numbers a browser shows before an ordered list's items
        start = int(ol.get("start", "1")) if ol.get("start", "1").isdigit() else 1
        # (a list inside an item or an answer is a level below it, as an office numbers it: （1）, not 1. again)
        below = any(a.tag in ("li", "dd") for a in ol.iterancestors())
        for n, li in enumerate((c for c in ol if c.tag == "li"), start):
            if marker_of(li.text_content().strip()):
                continue  # (an item that opens with its own label, 1. 第一条…: a copy's list around the text's labels)
            shown = f"（{n}）" if below else f"{n}."
            if not (li.text or "").strip() and len(li) and li[0].tag in _BLOCKS:
                li[0].text = shown + (li[0].text or "")  # (an item that holds a <p>: its number before the text)
            else:
                li.text = shown + (li.text or "")
    for img in list(root.iter("img")):
        # A picture's text given in its alt (一图读懂's panels: 出台背景…, the targets): a paragraph of the page, as a
        # reader of the picture reads it; a short alt (a logo's, 微信), or one its caption repeats, is none.
        around = img.getparent()
        if around is not None and around.tag in ("a", "span", "div", "p") and around.getparent() is not None:
            around = around.getparent()  # (its figure or its paragraph, whose caption may say the same)
        if (len(CJK_CHAR.findall(alt := (img.get("alt") or "").strip())) >= 8 and around is not None
                and re.sub(r"\s+", "", alt) not in re.sub(r"\s+", "", around.text_content())):
            block = img.makeelement("p")
            block.text = alt
            img.addnext(block)
            img.set("data-bri-read", "1")  # (its words are read: not a picture the report names)
    for el in root.iter("br", *_BLOCKS):  # where a browser breaks the line: a <br>, and around each block
        if el.tag == "br" and runs_on(el):
            continue
        if el.tag != "br":
            el.text = BREAK + (el.text or "")
        el.tail = BREAK + (el.tail or "")
    everything = root.text_content()
    record: dict[str, str] = {}
    for table in list(root.iter("table", "dl", "ul")):
        if is_record(table):
            record.update(record_fields(table))
            table.drop_tree()
    page_title = (root.findtext(".//title") or "").strip()
    for badge in [el for h in root.iter("h1", "h2") for el in h.iter("span", "i", "em", "b", "small")
                  if _VALIDITY.fullmatch(el.text_content().strip())]:
        badge.drop_tree()  # (a 规范性文件库's badge inside the heading, 现行有效: no word of the title)
    # (a heading set on two lines, 河南省人民政府办公厅<br>关于…: one title, its lines joined as a wrapped title's)
    # (a <title> of site and document, either way round: 宁波人大--…的决定, …的通知_某某市人民政府: the document's)
    parts = [x.strip() for x in re.split(r"[_|－-]+\s*", page_title) if x.strip()]
    # (not the site's name in the banner's <h1>, the <title>'s last part, over the article's own heading)
    site = parts[-1] if len(parts) > 1 and not names_genre(parts[-1]) else None
    # (an <h1> before any <h2>, and an <h2> the <title> names before the others: a side menu's <h2>政务服务</h2> stands
    # above the article's <h1> in the page's order)
    heads = [text for tag in ("h1", "h2") for h in root.iter(tag) if (text := join_wrapped(
        [x.strip() for x in h.text_content().split(BREAK)])) and text != site]
    named = next((t for t in heads if t in parts), None) if root.find(".//h1") is None else None
    h1 = named or (heads[0] if heads else "")
    # (the record's 名称 where the page has no heading and its <title> is the site's name alone)
    title = h1 or record.get("标题") or next((x for x in parts if names_genre(x)), parts[0] if parts else "")
    if h1 and (printed := record.get("标题", "")) and names_genre(printed) and COMPILATION.search(EDITION.sub("", h1)):
        title = printed  # (a 政策汇编 page headed by the compilation, its record naming the document it prints)
    generator = " ".join(m.get("content") or "" for m in root.iter("meta") if (m.get("name") or "").lower() == "generator")
    if _OFFICE_EXPORT.search(generator) or not title and not h1:
        # A document an office suite saved as HTML (or a page with no title at all): its paragraphs as they
        # stand, for the 公文 reading to find its 版头, title and 文号, as from the Word file itself.
        whole = root.find("body") if root.find("body") is not None else root
        lines = _blocks(whole)
        if not lines:
            raise IngestError("HTML 网页中没有找到正文")
        return "\n".join(lines) + "\n", unread_pictures(whole)
    body = article_body(root)
    title, lines = page_document(*without_title(badged(_blocks(body) + [ln for el in _tail(body) for ln in _blocks(el)]),
                                                title))
    if copied := _COPY_OF.fullmatch(title):
        title = copied.group(1)  # (《…办法》全文, an analyst's 《…》学习笔记: a copy of the document named)
    # (a site's record set as 【label】value lines over the text, 【发布文号】…【发文日期】…: fields, no paragraphs)
    while lines and (bracketed := bracketed_fields(lines[0])) is not None:
        record.update({k: v for k, v in bracketed.items() if k not in record})
        lines = lines[1:]
    named = quoted_title(lines, title)
    if named is not None:
        lines.remove(named)
        title = named
    # the 文号 the page's record gives, else one printed alone under the title (a 文号 quoted in the first
    # paragraph is another document's)
    # (【发布文号】…; a bilingual page's 文号 Document No.：…)
    # (a 令's number, 发文字号：海南省人民政府令第326号: document.py names the rule by it, with its year)
    m = re.search(rf"(?:发文字号|文\s*号)\s*[】\]]?(?:\s*[A-Za-z][A-Za-z. ]{{0,20}})?\s*[:：]?\s*({ANY_DOC_NUMBER.pattern}|{_DECREE})",
                  everything)
    # (not one under a title in the body: a compilation's first document's)
    above = list(itertools.takewhile(lambda ln: not names_genre(ln), lines[:5]))
    centred = next(((ln, number) for ln in above if (number := number_alone(ln))), None)
    # (a post naming the document it carries with its number: 印发《…若干措施》（红自贸片管发〔2024〕6号）)
    # (…（厦自贸委〔2024〕23号，以下简称《办法》）: the number, then the short name the post gives it)
    quoted = re.search(rf"《{re.escape(title)}》\s*[（(]({ANY_DOC_NUMBER.pattern})(?:[，,][^（）()]{{0,30}})?[)）]", everything)
    if issued := re.search(rf"({ORGAN_NAME})\s*(?:印发|发布|出台)了?《{re.escape(title)}》", everything):
        record.setdefault("发文机关", issued.group(1))  # (the organ the post says issued the document it carries)
    if centred is not None and (m or record.get("文号")):
        lines.remove(centred[0])  # (the 文号 again, centred under the title, the record's already)
    number = m.group(1) if m else (centred[1] if centred else record.get("文号") or (quoted and quoted.group(1))
                                   or number_under_heading(everything, title, lines))
    meta = [ln for ln in lines if PAGE_DATE.search(ln) and len(ln) < 80 or len(ln) < 120 and FURNITURE.search(ln)]
    date, source = page_date(everything, meta, root)
    if issuer := dateline_issuer([*meta, everything]):  # (a dateline above the article, outside its body)
        record.setdefault("发文机关", issuer)
    date = date or record.get("发布日期")
    source = source and site_division(source, page_title)
    lines = event_fields(root, body) + attachment_lines([ln for ln in lines if ln not in meta])
    if not any(_ATTACHMENT.match(ln) for ln in lines) and (files := linked_attachments(root, body)):
        # the page lists the attachments' files apart from the text (a 相关附件 box under it)
        # (numbered, as an 附件说明 lists several: each is read as an attachment's name, none as a paragraph)
        numbered = len(files) == 1 or any(re.match(r"\d{1,2}\s*[.．、]", f) for f in files)
        lines += [f"附件：{files[0]}", *files[1:]] if numbered else [
            f"附件：1.{files[0]}", *(f"{n}.{f}" for n, f in enumerate(files[1:], 2))]
    if not title or not lines:
        raise IngestError("HTML 网页中没有找到正文")
    # (the record's 发文机关 issued it, where the text names none: the dateline's 来源 is who put it on the site)
    fields = [f"{name}：{record[key]}" for key, name in (("成文日期", "成文日期"), ("发文机关", "发布部门"), ("有效期", "有效期"))
              if key in record]
    if repealed := repealed_on(everything):
        fields.append(f"废止日期：{repealed}")
    return "\n".join(header_lines(title, date, source, number) + fields + lines) + "\n", unread_pictures(body)


def read_html(path: Path) -> DecodedText:
    """An HTML file in any of the encodings decode_bytes knows."""
    decoded = decode_bytes(path.read_bytes())
    return page_reading(decoded.text, f"html/{decoded.encoding}", path)


def page_reading(html: str, encoding: str, path: Path) -> DecodedText:
    """A page's HTML, saved at `path` (its frames and 附件 copies are looked for beside it), as the pipeline reads it.
    A page in traditional characters is read in simplified ones (script.simplified), its labels too (發文字號)."""
    converted = traditional(html)
    root = parsed_page(as_simplified(html) if converted else html)
    framed(root, path)
    outline = page_headings(root)  # (before the text is taken, which changes the tree)
    pager = page_of(root)  # (before the text is taken, which drops the pager's links)
    unsaved = unsaved_files(root, path)
    typed = _typed_text(root)  # (before the text is taken, which changes the tree)
    text, pictures = _page_text(root)
    # (a document typed as plain text in a <pre>, its lines wrapped by hand: the reading finds where they wrap)
    return DecodedText(text, encoding, wrapped=None if typed else False, outline=outline, pager=pager,
                       unsaved=unsaved, pictures=pictures,
                       converted=sum(1 for line in text.split("\n") if line.strip()) if converted else 0)


def _typed_text(root: Any) -> bool:
    """Does a page give its article as plain text in a <pre> (nearly all the text outside the site's chrome)?"""
    typed = sum(text_len(pre) for pre in root.iter("pre"))
    return typed >= 200 and typed >= 0.6 * text_len(article_body(root))
