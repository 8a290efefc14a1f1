"""Read a text file whatever its encoding, and give back text with LF line endings."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bri_kb.errors import IngestError

EMPTY = "空文件：没有内容可导入（文件可能没有保存完整，请检查原文件）"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    # Whether lines are hard-wrapped: HTML and Word give whole paragraphs
    # (False), PDF gives printed lines (True); None lets the text decide.
    wrapped: bool | None = None
    # PDF readers mark a first-line indent, which opens a paragraph (None: the text decides, as a Word file
    # re-typed from print, a line a paragraph, its paragraphs opened with typed spaces).
    indent_opens: bool | None = False
    # Pages (1-based) whose reading order the layout could not be sure of.
    uncertain_pages: tuple[int, ...] = ()
    # Pages (1-based) that hold no text: a picture of a page (an attachment scanned in), or a blank page.
    textless_pages: tuple[int, ...] = ()
    # A web page that is one page of several of its article (its pager: 共2页 … 下一页): (this page, all pages).
    pager: tuple[int, ...] = ()
    # The files a web page links as its 附件 that were not saved with it (only their names were read).
    unsaved: tuple[str, ...] = ()
    # The pictures inside the text whose words no one read (an 附件 printed only as a picture of its table): their
    # 附件 labels, else their files' names.
    pictures: tuple[str, ...] = ()
    # What the pages print in their headers and footers, once each (no page numbers): a 文号 or a
    # date may stand only there.
    margins: tuple[str, ...] = ()
    # What the reader left out of the text, by kind, counted: a PDF's watermarks (pages), a Word file's
    # 批注 (reviewers' comments, no part of the document's text).
    left_out: tuple[tuple[str, int], ...] = ()
    # The headings the file itself marks, as (level, text): a Word paragraph's heading style or outline level,
    # a PDF's bookmarks. A heading typed without a number (总则, 保障措施) is known as one only by them.
    outline: tuple[tuple[int, str], ...] = ()
    # Lines printed in traditional characters that the reader gave in simplified ones (a 繁體 web page: its labels,
    # 發文字號, read as the page's labels are).
    converted: int = 0


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.05


def _candidates(head: bytes) -> list[str]:
    """Encodings to try, in order: the byte-order mark's, or else UTF-8 then
    GB18030 (a superset of GBK and GB2312, so one attempt covers the three)."""
    marked = [name for bom, name in _BOMS if head.startswith(bom)]
    if marked:
        return marked[:1]
    if _looks_binary(head):
        raise IngestError("二进制内容，不是文本")
    return ["utf-8", "gb18030"]


def _broken_bom(head: bytes, name: str) -> IngestError | None:
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return IngestError(f"损坏的 {name} 文本（以 {name} 字节顺序标记开头）")
    return None


_PRIVATE = re.compile(r"[\ue000-\uf8ff]")  # the private use area: no office's text, a wrong codec's


def _big5(head: bytes) -> str | None:
    """The Big5 codec a file (read as GB18030 without an error) is in, when it is: Big5 bytes, which GB18030 also
    decodes, read there as the private use area's characters (a Macau or Taiwan page saved as Big5), and not
    under Big5 (cp950, Windows' Big5; or big5hkscs, Hong Kong's)."""
    misread = len(_PRIVATE.findall(head.decode("gb18030", errors="ignore")))
    if misread < _MISREAD:
        return None
    for name in ("cp950", "big5hkscs"):
        text = head.decode(name, errors="replace")
        if not _PRIVATE.search(text) and text.count("\ufffd") <= 1:  # (a character the head's end cut)
            return name
    return None


_MISREAD = 3  # characters of the private use area a GB18030 reading shows, at least, before Big5 is tried


def decode_bytes(raw: bytes) -> DecodedText:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, or Big5."""
    candidates = _candidates(raw)
    for name in candidates:
        try:
            text = raw.decode(name)
            if name == "gb18030" and (big5 := _big5(raw)):
                return DecodedText(normalise_newlines(raw.decode(big5, errors="replace")), big5)
            return DecodedText(normalise_newlines(text), name)
        except UnicodeDecodeError:
            pass
    if error := _broken_bom(raw, candidates[0]):
        raise error
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("无法识别的文本编码")
    return DecodedText(normalise_newlines(str(best)), best.encoding)


@dataclass(frozen=True)
class TextFile:
    """A text file checked and decoded once, then read again line by line:
    a large file is never held whole."""

    path: Path
    encoding: str
    formfeeds: bool  # any form feed: PDF text with page breaks marked

    def lines(self, on_bytes: Callable[[int], None] | None = None) -> Iterator[str]:
        """The lines as text.split("\\n") gives them, CR and CRLF read as LF.
        on_bytes hears how many bytes have been read, about once a megabyte
        and at the end, so that a long read can show its progress."""
        with open(self.path, "rb") as raw, io.TextIOWrapper(raw, encoding=self.encoding, newline=None) as fh:
            last = "\n"
            told = 0
            for line in fh:
                last = line
                if on_bytes and (done := raw.tell()) - told >= _CHUNK:
                    told = done
                    on_bytes(done)
                yield line[:-1] if line.endswith("\n") else line
            if on_bytes:
                on_bytes(raw.tell())
            if last.endswith("\n"):
                yield ""


_CHUNK = 1 << 20


def _decodes(path: Path, encoding: str) -> tuple[bool, bool, bool]:
    """Whether the whole file decodes strictly; whether it holds any text and any form feed."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    text = feed = False
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                part = decoder.decode(chunk)
                text = text or bool(part.strip())
                feed = feed or "\f" in part
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False, text, feed
    return True, text, feed


def open_text(path: Path) -> TextFile:
    """decode_bytes's checks and choice of encoding, made in passes over the
    file with bounded memory."""
    if not path.exists():
        raise IngestError("没有这个文件")
    with open(path, "rb") as fh:
        head = fh.read(_CHUNK)
    if not head.strip() and path.stat().st_size <= len(head):
        raise IngestError(EMPTY)
    candidates = _candidates(head)
    for name in candidates:
        ok, text, feed = _decodes(path, name)
        if ok:
            if not text:
                raise IngestError(EMPTY)
            if name == "gb18030" and (big5 := _big5(head)) and _decodes(path, big5)[0]:
                return TextFile(path, big5, feed)
            return TextFile(path, name, feed)
    if error := _broken_bom(head, candidates[0]):
        raise error
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    ok, _, feed = _decodes(path, best.encoding) if best is not None else (False, False, False)
    if best is None or not ok:
        raise IngestError("无法识别的文本编码")
    return TextFile(path, best.encoding, feed)


def read_text(path: Path) -> DecodedText:
    """A whole text file, decoded (open_text's checks and choice of encoding)."""
    source = open_text(path)
    return DecodedText("\n".join(source.lines()), source.encoding)
