"""A document as the splitter cuts it out of a file's lines: its title, header and body lines and the 公文 parts
found around them, before any metadata is read from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from bri_kb.ingest.clean import Line


@dataclass(frozen=True)
class RawDocument:
    title: str
    title_lines: tuple[Line, ...]
    header: dict[str, str]
    header_lines: tuple[Line, ...]
    body: tuple[Line, ...]
    section: str | None = None
    removed: tuple[tuple[int, str], ...] = field(default=())
    # 公文 parts (gongwen.py), keyed by Document field name: issuing_mark, cc, wrapper, …
    office: dict[str, str] = field(default_factory=dict)
    # the title of the document a notice issues, printed after the notice's text (also in title_lines): it heads
    # that document's clauses
    carried: tuple[Line, ...] = ()

    @property
    def line_start(self) -> int:
        lines = self.title_lines or self.header_lines or self.body
        return lines[0].no if lines else 0

    @property
    def line_end(self) -> int:
        last = [x[-1].no for x in (self.title_lines, self.header_lines, self.body) if x]
        return max(last) if last else 0
