"""A file is read, cleaned and split lazily, in blocks of lines, so that its
parse holds a block and the current document, not the file (issue 7)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bri_kb.errors import IngestError
from bri_kb.ingest.clean import Line, clean_blocks
from bri_kb.ingest.cleaners import bullets, strip_line, tab_cells
from bri_kb.ingest.pipeline import FileReport, Part, ingest_parts, stream_file
from bri_kb.ingest.read import decode_bytes, open_text
from bri_kb.ingest.split import split_documents, split_stream
from bri_kb.script import simplified
from tests.helpers import clean_lines, ingest_text

from .conftest import COMPILATION

HEADER = "科技信息参考一带一路增刊"


def paginated(pages: int) -> str:
    """A PDF-like text: each page a running header, body lines, and an
    indented page number as its footer."""
    out: list[str] = []
    for p in range(1, pages + 1):
        out.append(HEADER)
        out += [f"第{p}页第{n}行的正文，内容各不相同，编号{p * 100 + n}。" for n in range(1, 28)]
        out.append(f"    {p}")
    return "\n".join(out) + "\n"


def test_a_paginated_text_cleaned_in_small_blocks_equals_the_whole_file_cleaning() -> None:
    text = paginated(300)  # 8,700 lines: 9 blocks of 1,000
    whole = clean_lines(text)
    items = list(clean_blocks(text.split("\n"), False, block=1000, margin=300))
    assert [x for x in items if isinstance(x, Line)] == list(whole.lines)
    assert [x for x in items if not isinstance(x, Line)] == list(whole.removed)
    assert whole.removed_counts == {"page_number": 300, "running_header": 300}
    assert whole.lines[-1].page == 300


lines_strategy = st.lists(
    st.one_of(st.sampled_from(["", "  ", HEADER, "  3", "12", "第一条 本条例适用于自贸试验区。", "www.gov.cn/x", "\f"]),
              st.text(max_size=30)),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(lines=lines_strategy, block=st.integers(1, 40), margin=st.integers(0, 20))
@example(lines=["0\t\t0"], block=1, margin=0)  # a tab-separated row is kept as the reader's table row (0｜｜0)
def test_blocks_account_for_every_line_once_and_in_order(lines: list[str], block: int, margin: int) -> None:
    items = list(clean_blocks(lines, any("\f" in x for x in lines), block, margin))
    numbers = [x.no if isinstance(x, Line) else x[0] for x in items]
    assert numbers == sorted(set(numbers))
    blank = {n for n, raw in enumerate(lines, 1) if not strip_line(raw)}
    assert set(numbers) | blank == set(range(1, len(lines) + 1))
    # each kept line as the cleaner keeps it: stripped, bullets as •, a tab-separated row's tabs as cells
    # (a line in traditional characters read in simplified ones, round 298)
    assert all(x.text == tab_cells(bullets(simplified(strip_line(lines[x.no - 1])) if x.converted
                                            else strip_line(lines[x.no - 1]))) for x in items if isinstance(x, Line))


def test_the_streamed_split_gives_the_documents_of_the_whole_split_and_covers_every_line() -> None:
    lines = clean_lines(COMPILATION.read_text(encoding="utf-8") * 2).lines
    streamed = list(split_stream(iter(lines)))
    assert [doc for doc, _ in streamed] == split_documents(lines)
    assert len(streamed) == 54
    assert [ln for _, part in streamed for ln in part] == list(lines)


def test_documents_come_out_while_the_file_is_still_being_read() -> None:
    """The parse never runs more than about two blocks ahead of the document it
    hands out: memory follows the block and the document, not the file."""
    text = COMPILATION.read_text(encoding="utf-8") * 3  # 29,000 lines, 81 documents
    read = 0

    def source() -> Iterator[str]:
        nonlocal read
        for line in text.split("\n"):
            read += 1
            yield line

    block = 2000
    ahead = []
    parts = []
    for item in ingest_parts(source(), "big.txt", block=block):
        if isinstance(item, Part):
            ahead.append(read - item.document.line_end)
            parts.append(item)
    assert len(parts) == 27  # copies 2 and 3 are duplicates of copy 1
    assert max(ahead) <= 2 * block + 10
    assert read == len(text.split("\n"))
    assert isinstance(item, FileReport) and item.lost_lines == () and item.duplicates


def test_ingesting_in_blocks_gives_the_whole_file_result_on_the_compilation() -> None:
    text = COMPILATION.read_text(encoding="utf-8")
    whole = ingest_text(text, "002.txt")
    items = list(ingest_parts(text.split("\n"), "002.txt", block=None))
    report = items.pop()
    assert report == whole.report
    assert [c for p in items if isinstance(p, Part) for c in p.clauses] == list(whole.clauses)


@pytest.mark.parametrize("raw", [
    "第一条\r\n第二条\r\n".encode("gb18030"),
    "第一条\r第二条".encode(),
    b"\xef\xbb\xbf" + "第一条\n\n第二条\n".encode(),
    b"\xfe\xff" + "第一条\n第二条\f\n".encode("utf-16-be"),
    "第一条\n第二条\f\n".encode("utf-16"),
])
def test_the_line_reader_gives_the_lines_of_the_whole_decoded_text(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    decoded = decode_bytes(raw)
    source = open_text(path)
    assert list(source.lines()) == decoded.text.split("\n")
    assert source.encoding == decoded.encoding
    assert source.formfeeds == ("\f" in decoded.text)


def test_a_large_file_that_is_not_utf8_is_found_to_be_gb18030_and_one_broken_late_is_refused(tmp_path: Path) -> None:
    body = ("第一条 本条例适用于中国（河南）自由贸易试验区。\n" * 60_000).encode("gb18030")  # 3 MB: beyond one read
    good = tmp_path / "gb.txt"
    good.write_bytes(body)
    assert open_text(good).encoding == "gb18030"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xef\xbb\xbf" + body.decode("gb18030").encode() + b"\xff\xfe\xfd")
    with pytest.raises(IngestError, match="损坏的 utf-8-sig"):
        open_text(broken)


def test_a_streamed_file_reports_its_reading_while_documents_come_out(tmp_path: Path) -> None:
    """The 50 MB case shows progress: the read is reported in steps as the
    documents stream, and ends at the file's size."""
    path = tmp_path / "big.txt"
    path.write_text(COMPILATION.read_text(encoding="utf-8") * 8, encoding="utf-8")  # 8 copies, 3.2 MB
    heard: list[int] = []
    seen_when_parts: list[int] = []
    for item in stream_file(path, on_bytes=heard.append):
        if isinstance(item, Part):
            seen_when_parts.append(len(heard))
    assert heard == sorted(heard) and heard[-1] == path.stat().st_size
    assert len(heard) >= 3
    assert seen_when_parts[0] < len(heard)  # the first document came before the read was over


def test_the_build_shows_a_large_file_read_in_megabytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bri_kb.index import kb

    big = tmp_path / "big.txt"
    big.write_text(COMPILATION.read_text(encoding="utf-8") * 8, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("关于支持海外仓建设的通知\n一、支持企业建设海外仓。\n", encoding="utf-8")
    monkeypatch.setattr(kb, "STREAM_BYTES", 2**20)  # big.txt streams, small.txt goes whole
    calls: list[tuple[str, int, int]] = []
    for _, parsed in kb.parse_files([small, big], {small: "small.txt", big: "big.txt"},
                                    lambda what, done, total: calls.append((what, done, total))):
        if not isinstance(parsed, kb.Failed):
            list(parsed)  # the writer consumes the stream
    reads = [(done, total) for what, done, total in calls if what == "read big.txt (MB)"]
    total = round(big.stat().st_size / 2**20)
    assert len(reads) >= 2 and reads[-1] == (total, total)
    assert [d for d, _ in reads] == sorted(d for d, _ in reads)
    assert ("parse small.txt", 1, 2) in calls
