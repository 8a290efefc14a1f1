"""What a page saved from the browser holds beside its text: the pager of an article split over several pages of
its site, the 附件 it links, saved with it (read too) or not (named), and the pictures in its text whose words no one
reads (the ingest report names what is not read)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from bri_kb.errors import IngestError
from bri_kb.ingest.conventions import ATTACHMENT_LABEL
from bri_kb.ingest.read import decode_bytes

FILE_LINK = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)(?:$|[?#])", re.IGNORECASE)
FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)$", re.IGNORECASE)
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")  # (with the rarer characters of Extension A)


def _reference(value: str | None) -> str:
    """A link's or a frame's target as a path: without its query and fragment, %-escapes undone."""
    return unquote((value or "").split("#")[0].split("?")[0])


def _local(ref: str) -> bool:
    """Does a reference name a file saved with the page (relative), not a site's address or a script?"""
    return bool(ref) and "://" not in ref and not ref.startswith(("/", "javascript:", "data:"))


def _in_attachment_box(a: Any) -> bool:
    """Does a link stand under an 附件 or 下载 label (in itself or up to three elements around it)?"""
    return any(re.search(r"附\s*件|下载", el.text_content()) for el in [a, *list(a.iterancestors())[:3]])


def saved_attachments(root: Any, path: Path) -> list[Path]:
    """The documents a page links as its 附件 that were saved with it (a link to the copy in its _files folder, or a
    file beside it): read with the page, as its reader would open them."""
    found: list[Path] = []
    for a in root.iter("a"):
        href = _reference(a.get("href"))
        if not FILE_LINK.search(href) or not _local(href):
            continue
        target = (path.parent / href).resolve()
        if _in_attachment_box(a) and target.is_file() and target not in found:
            found.append(target)
    return found


def unsaved_files(root: Any, path: Path) -> tuple[str, ...]:
    """The documents a page links as its 附件 (下载 links to .pdf, .docx, .xlsx … under an 附件 label) that are not
    in its saved folder: their names, for the report to say their content was not read."""
    names: list[str] = []
    for a in root.iter("a"):
        href = _reference(a.get("href"))
        if not FILE_LINK.search(href):
            continue
        # (saved beside it, or its copy in the page's _files folder: an embedded viewer's file, read with the page)
        local = (_local(href) and (path.parent / href).is_file()
                 or (path.parent / f"{path.stem}_files" / Path(href).name).is_file())
        name = FILE_SUFFIX.sub("", " ".join(a.text_content().split())) or Path(href).stem
        if (not local and _in_attachment_box(a) and len(CJK_CHAR.findall(name)) >= 4 and name not in names
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


# A picture that is the page's furniture, not its text: a logo, an icon, a 二维码, a share button, a banner.
_FURNITURE_PICTURE = re.compile(r"logo|icon|ewm|qr|code|share|weixin|wechat|wx|banner|arrow|btn|button|bg|blank|spacer"
                                r"|print|close|dot|line", re.IGNORECASE)
_SHAPE = re.compile(r"(?:Shape|Frame|Object)\s*\d*", re.IGNORECASE)
_PHOTO = re.compile(r"图为|(?<![\u4e00-\u9fff]{2}[省市县])摄(?:$|[）)\s])|摄影|供图|图片来源|资料图")
_SMALL = 120  # pixels: a picture this narrow or low is an icon or a bullet, not a table or a page


def unread_pictures(body: Any) -> tuple[str, ...]:
    """The pictures inside the article whose words are not read (no alt text the reader took, see
    webpage._page_text): an 附件 printed only as a picture of its table, a scanned page. Each is named by the 附件 label
    printed right above it (附件1), else by what its alt says (图1 框架一览), else by its file's name, for the report
    to say what was not read."""
    from lxml import etree

    names: list[str] = []
    last = ""
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el.tag == "img" and _unread(el):
                label = ATTACHMENT_LABEL.fullmatch(re.sub(r"\s+", "", last.split("\u2028")[-1]))
                said = " ".join((el.get("alt") or el.get("title") or "").split())
                name = (label.group(0) if label else said if len(CJK_CHAR.findall(said)) >= 4
                        else Path(unquote(el.get("src") or "")).name or "图片")
                if name not in names:
                    names.append(name)
            last = (el.text or "").strip() or last
        else:
            last = (el.tail or "").strip() or last
    return tuple(names)


def _unread(img: Any) -> bool:
    src = unquote(img.get("src") or img.get("data-src") or "")
    if img.get("data-bri-read") or not src or src.startswith("data:") or _FURNITURE_PICTURE.search(Path(src).stem):
        return False
    if any(a.tag == "a" for a in img.iterancestors()) or _SHAPE.fullmatch(img.get("name") or img.get("alt") or ""):
        return False  # (a picture that is a link: a button or a banner; a shape an office suite drew round a text box)
    block = img.getparent() if img.getparent() is not None and img.getparent().tag in ("p", "div", "figure", "center") else img
    after = block.getnext()
    if after is not None and after.tag == "table":
        return False  # (a picture of the table printed right under it in text)
    caption = (img.tail or "") + (block.text_content() if block is not img else "") + (
        after.text_content()[:80] if after is not None else "")
    if _PHOTO.search(caption):
        return False  # (a photograph with its caption: 图为…, …记者 李卓 摄)
    sizes = [(v or "").strip().removesuffix("px") for v in (img.get("width"), img.get("height"))]
    return not any(v.isdigit() and int(v) < _SMALL for v in sizes)


def parsed_page(html: str) -> Any:
    """The page's element tree; markup that cannot be read is one Chinese error."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError) as exc:  # empty or undecodable markup
        raise IngestError(f"无法读取的 HTML 网页（{exc.__class__.__name__}）") from exc


def embedded_files(path: Path) -> list[Path]:
    """The local files a saved page shows inside it (<object data>, <embed src>, <iframe src>: the PDF of its 附件 in
    the page's _files folder), or links as its 附件 and saved with it, that exist: read with the page, as its reader
    sees them."""
    try:
        root = parsed_page(decode_bytes(path.read_bytes()).text)
    except (IngestError, OSError):
        return []
    found: list[Path] = []
    for el in root.iter("object", "embed", "iframe"):
        ref = _reference(el.get("data") or el.get("src"))
        if _local(ref):
            target = (path.parent / ref).resolve()
            if target.is_file() and target.suffix.lower() in (".pdf", ".docx", ".doc", ".xlsx") and target not in found:
                found.append(target)
    return found + [f for f in saved_attachments(root, path) if f not in found]


def framed(root: Any, path: Path) -> None:
    """A saved page's article shown in a frame (<iframe src> to the frame's page, saved in its _files folder, or
    <iframe srcdoc> holding it): the framed page's body in the frame's place, as the reader of the page sees it (a
    hidden frame, a counter's or an advertiser's, stays out). Changes the tree."""
    for frame in list(root.iter("iframe")):
        if re.search(r"display\s*:\s*none", frame.get("style") or ""):
            continue
        try:
            if (srcdoc := frame.get("srcdoc") or "").strip():
                html = srcdoc  # (the frame's page written into the frame itself: the article's text only there)
            else:
                ref = _reference(frame.get("src"))
                if not _local(ref) or not ref.lower().endswith((".html", ".htm")) or frame.get("width") == "0":
                    continue
                html = decode_bytes((path.parent / ref).resolve().read_bytes()).text
            inner = parsed_page(html)
        except (IngestError, OSError):
            continue  # (not saved, or unreadable: the page is read as it is)
        body = inner.find("body")
        if body is None:
            continue
        body.tag = "div"
        frame.getparent().replace(frame, body)


def linked_attachments(root: Any, body: Any) -> list[str]:
    """The names of the files a page links under a 附件 or 相关附件 label outside
    the article's text ("1. 重点任务清单.pdf" -> "1. 重点任务清单")."""
    inside = set(body.iter("a"))
    names = []
    for a in root.iter("a"):
        if a in inside or not FILE_LINK.search(a.get("href") or ""):
            continue
        box = next((el for el in (a.getparent(), *a.iterancestors()) if el is not None
                    and re.match(r"\s*(?:相关)?附\s*件\s*[:：]", el.text_content())), None)
        if box is not None and len(box.text_content()) < 2000:
            # (a link named as the attachment it is, 附件1：…分工表.xlsx: numbered as an 附件说明 numbers it, 1.…)
            if name := FILE_SUFFIX.sub("", _NUMBERED.sub(r"\1.", " ".join(a.text_content().split()))):
                names.append(name)
    return names


_NUMBERED = re.compile(r"^附\s*件\s*(\d{1,2})\s*[:：.、]\s*")
