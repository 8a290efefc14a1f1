"""Read a text file whatever its encoding, and give back text with LF line endings."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path


class IngestError(Exception):
    """A file that cannot be ingested; the message names the reason in one line."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    # Whether lines are hard-wrapped: HTML and Word give whole paragraphs
    # (False), PDF gives printed lines (True); None lets the text decide.
    wrapped: bool | None = None
    # PDF readers mark a first-line indent, which opens a paragraph.
    indent_opens: bool = False


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


def decode_bytes(raw: bytes) -> DecodedText:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return DecodedText(normalise_newlines(raw.decode(name)), name)
            except UnicodeDecodeError:
                raise IngestError(f"broken {name} text (it starts with a {name} byte-order mark)") from None
    if _looks_binary(raw):
        raise IngestError("binary content, not text")
    try:
        return DecodedText(normalise_newlines(raw.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312, so one attempt covers the three.
        return DecodedText(normalise_newlines(raw.decode("gb18030")), "gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("unknown text encoding")
    return DecodedText(normalise_newlines(str(best)), best.encoding)


def read_text(path: Path) -> DecodedText:
    if not path.exists():
        raise IngestError("no such file")
    raw = path.read_bytes()
    if not raw.strip():
        raise IngestError("empty file")
    decoded = decode_bytes(raw)
    if not decoded.text.strip():
        raise IngestError("empty file")
    return decoded
