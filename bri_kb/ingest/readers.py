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
from bri_kb.ingest.pdf import read_pdf
from bri_kb.ingest.read import DecodedText, read_text
from bri_kb.ingest.webpage import read_html
from bri_kb.ingest.word import read_docx


@dataclass(frozen=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], DecodedText]
    streams: bool = False  # lines can be read lazily (read.open_text)


READERS = (
    Reader("text", (".txt",), read_text, streams=True),
    Reader("html", (".html", ".htm"), read_html),
    Reader("docx", (".docx",), read_docx),
    Reader("pdf", (".pdf",), read_pdf),
)
SUPPORTED = tuple(s for r in READERS for s in r.suffixes)
_BY_SUFFIX = {s: r for r in READERS for s in r.suffixes}


def unsupported(path: Path) -> str:
    """The one-line reason a file type is refused."""
    return f"不支持的文件类型 {path.suffix or '（无后缀）'}；支持：{'、'.join(SUPPORTED)}"


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
    if not reader.streams and path.stat().st_size == 0:
        raise IngestError("空文件")
    return reader.read(path)
