"""The one registry of file readers, by suffix.

Every reader turns a file into DecodedText (plain lines, see conventions.py).
The text reader also streams: a large .txt file is read line by line and never
held whole. Collecting files, reading them whole and streaming them all go
through `reader_for`, so a new format is one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bri_kb.errors import IngestError
from bri_kb.ingest.markdown import read_markdown
from bri_kb.ingest.pdf import read_pdf
from bri_kb.ingest.read import EMPTY, DecodedText, read_text
from bri_kb.ingest.webpage import read_html
from bri_kb.ingest.word import read_docx
from bri_kb.ingest.workbook import read_xlsx


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], DecodedText]
    streams: bool = False  # lines can be read lazily (read.open_text)


READERS = (
    Reader("text", (".txt",), read_text, streams=True),
    Reader("html", (".html", ".htm"), read_html),
    Reader("markdown", (".md", ".markdown"), read_markdown),
    Reader("docx", (".docx",), read_docx),
    Reader("pdf", (".pdf",), read_pdf),
    Reader("xlsx", (".xlsx", ".xlsm"), read_xlsx),
)
SUPPORTED = tuple(s for r in READERS for s in r.suffixes)
_BY_SUFFIX = {s: r for r in READERS for s in r.suffixes}


# What to do with a file of a type no reader takes, by its suffix.
_ADVICE = {
    ".doc": "旧版 Word 文件，请用 Word 或 WPS 打开后另存为 .docx 再导入",
    ".wps": "WPS 文字文件，请在 WPS 中另存为 .docx 再导入",
    ".rtf": "请用 Word 打开后另存为 .docx 再导入",
    ".odt": "请另存为 .docx 再导入",
    ".ofd": "OFD 版式文件，请用 OFD 阅读器另存为 PDF 再导入",
    **dict.fromkeys((".xls", ".et"), "旧版表格文件，请用 Excel 或 WPS 另存为 .xlsx 再导入"),
    ".csv": "CSV 表格，请用 Excel 或 WPS 打开后另存为 .xlsx 再导入",
    **dict.fromkeys((".ppt", ".pptx", ".dps"), "演示文稿，请另存为 PDF 再导入"),
    **dict.fromkeys((".zip", ".rar", ".7z"), "压缩包，请先解压，再导入其中的文件"),
}


def unsupported(path: Path) -> str:
    """The one-line reason a file type is refused, and what to do instead."""
    kind = f"不支持的文件类型 {path.suffix}" if path.suffix else "没有后缀的文件，不知道是什么类型"
    advice = _ADVICE.get(path.suffix.lower(), "")
    return f"{kind}；{advice + '；' if advice else ''}支持：{'、'.join(SUPPORTED)}"


def is_office_lock(path: Path) -> bool:
    """A lock file Word (~$…) or LibreOffice (.~lock.…#) leaves beside an open document: no document."""
    return path.name.startswith("~$") or path.name.startswith(".~lock.") and path.name.endswith("#")


# A folder's own notes, by the names projects give them (README.md, PROVENANCE.md, LICENSE.md …): Markdown as a
# policy copy is, but about the folder, not a document in it.
_FOLDER_NOTES = frozenset({"README", "PROVENANCE", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "CONTRIBUTING",
                           "NOTICE", "AUTHORS", "COPYING", "HISTORY", "INDEX"})


def is_folder_note(path: Path) -> bool:
    """Is a Markdown file one of its folder's own notes (README.md …), to be left out when the folder is read?
    (Named alone, it is read.)"""
    reader = _BY_SUFFIX.get(path.suffix.lower())
    return reader is not None and reader.read is read_markdown and path.stem.upper() in _FOLDER_NOTES


FOLDER_NOTE = "文件夹的说明文件（README 之类），不是政策文件；确要导入请直接给出这个文件"


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in _BY_SUFFIX


def reader_for(path: Path) -> Reader:
    """The reader of a file's type.

    Raises
    ------
    IngestError
        The file does not exist or its type is not supported.
    """
    reader = _BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        raise IngestError(unsupported(path))
    if not path.exists():
        raise IngestError("没有这个文件")
    return reader


def read_document(path: Path) -> DecodedText:
    """Any supported file as text for the pipeline.

    Raises
    ------
    IngestError
        The file is missing, empty, of another type, or unreadable.
    """
    reader = reader_for(path)
    if is_office_lock(path):
        raise IngestError("这是 Word 打开文档时留下的临时锁定文件（~$ 开头），不是文档：可以删去")
    if not reader.streams and path.stat().st_size == 0:
        raise IngestError(EMPTY)
    return reader.read(path)
