from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bri_kb.errors import IngestError
from bri_kb.ingest.clean import PAGE_NUMBER, RUNNING_HEADER, URL
from bri_kb.ingest.read import decode_bytes, read_text
from tests.helpers import clean_lines

from .conftest import COMPILATION, DATA


def test_gb18030_crlf_is_decoded_and_normalised() -> None:
    decoded = read_text(DATA / "gb18030_crlf_decision.txt")
    assert decoded.encoding == "gb18030"
    assert "\r" not in decoded.text
    assert "国务院关于在自由贸易试验区暂时调整" in decoded.text


@pytest.mark.parametrize("name", ["utf8_bom_case.txt", "utf16_case.txt"])
def test_bom_encodings(name: str) -> None:
    decoded = read_text(DATA / name)
    assert decoded.text.lstrip().startswith("设立“一带一路”产业园区发展联盟")
    assert "\ufeff" not in decoded.text


def test_bad_input_is_refused_with_a_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="空文件"):
        read_text(empty)
    with pytest.raises(IngestError, match="二进制"):
        read_text(junk)
    with pytest.raises(IngestError, match="没有这个文件"):
        read_text(tmp_path / "missing.txt")


def test_compilation_debris_is_removed_and_counted() -> None:
    cleaned = clean_lines(COMPILATION.read_text(encoding="utf-8"))
    kept = [ln.text for ln in cleaned.lines]
    assert not any("科技信息参考一带一路增刊" == t for t in kept)
    assert not any(t.startswith(("http://", "https://")) for t in kept)
    assert cleaned.removed_counts[URL] == 26
    assert cleaned.removed_counts[RUNNING_HEADER] == 5
    # table row numbers (1, 2, … and the split "1" / "0" of row 10) are not page numbers
    assert cleaned.removed_counts[PAGE_NUMBER] == 10
    assert "9" in kept and ["1", "0"] == kept[kept.index("关管理办法") + 1 : kept.index("关管理办法") + 3]


def test_page_of_each_line_follows_the_footer() -> None:
    cleaned = clean_lines(" 首页内容\n 1 \n 第二页内容\n 2 \n末页内容\n")
    assert [(ln.text, ln.page) for ln in cleaned.lines] == [("首页内容", 1), ("第二页内容", 2), ("末页内容", 3)]


fragment = st.text(alphabet=list("一带路自贸区条款（）。，12 \t"), max_size=30)
lines = st.lists(st.one_of(fragment, st.just("http://x.cn/a"), st.just("科技信息参考增刊")), max_size=40)


@given(lines)
@example(["\t1111\t1"])  # regression: a tab before a 目录-like entry hid it the first time, not the second
@example(["1111\t1\t"])  # regression: and so did a tab after it
@settings(max_examples=200, deadline=None)
def test_clean_accounts_for_every_line_and_is_idempotent(raw: list[str]) -> None:
    text = "\n".join(raw)
    cleaned = clean_lines(text)
    kept = {ln.no for ln in cleaned.lines}
    removed = {n for n, _ in cleaned.removed}
    blank = {i + 1 for i, t in enumerate(raw) if not t.strip(" \t")}
    assert kept | removed | blank == set(range(1, len(raw) + 1)) or not raw
    assert not (kept & removed)
    again = clean_lines("\n".join(ln.text for ln in cleaned.lines))
    assert [ln.text for ln in again.lines] == [ln.text for ln in cleaned.lines]


@given(st.binary(max_size=200))
@example(b"\xfe\xff\x00")  # regression: a truncated UTF-16 text raised UnicodeDecodeError
@settings(max_examples=200, deadline=None)
def test_decode_never_crashes_unexpectedly(raw: bytes) -> None:
    try:
        decoded = decode_bytes(raw)
    except IngestError:
        return
    assert "\r" not in decoded.text


def test_separator_only_line_is_blank() -> None:
    """Regression (found by benchmarks/fuzz_ingest.py): a line holding only
    '\\x1f' became an empty paragraph and crashed the table-cell grouping."""
    from tests.helpers import ingest_text

    text = "\n".join(["第一章 总则", "第三条 本办法适用于本市。", "第一章 总则", "第三条 本办法适用于本市。", "\x1f"])
    assert clean_lines(text).lines[-1].text == "第三条 本办法适用于本市。"
    assert ingest_text(text, "t.txt").report.lost_lines == ()


def test_table_with_a_text_serial_column() -> None:
    """Regression (found by benchmarks/fuzz_ingest.py): a 序号 cell holding text
    crashed the applicability step, which parsed it as a number."""
    from tests.helpers import ingest_text

    text = "\n".join(["第一章 总则", "序号", "序号", "第一章 总则", "1", "第一章 总则"])
    assert ingest_text(text, "t.txt").report.lost_lines == ()


def test_a_page_is_cited_only_where_it_is_known(compilation) -> None:  # type: ignore[no-untyped-def]
    """Regression: the compilation prints few page numbers, and every line from L4337 to L6680 was cited
    "p.92". A page is known only where the footer before it is the previous page's."""
    between = [c for c in compilation.clauses if 4400 <= c.source.line_start <= 6600]
    assert between and all(c.source.page is None for c in between)
    row5 = next(c for c in compilation.clauses if c.label == "第5项")
    assert row5.source.page == 4


def test_a_citation_leads_with_what_a_reader_knows(compilation) -> None:  # type: ignore[no-untyped-def]
    from bri_kb.model import citation

    row5 = next(c for c in compilation.clauses if c.label == "第5项")
    doc = next(d for d in compilation.documents if d.doc_id == row5.doc_id)
    assert citation(row5, doc) == "国发〔2017〕57号 第5项（002_1ad516d9e8aad59b.txt 第4页 第221–241行）"
def test_notes_that_a_page_holds_no_text_are_furniture_even_wrapped() -> None:
    """Regression: （以下无正文） and an agreement's （本页无正文，为《…》签字页）, which a PDF wraps over three
    lines, were text of the last article."""
    cleaned = clean_lines("本备忘录一式两份。\n（以下无正文）\n（本页无正文，为《甲省商务厅与乙州政府关于经贸合作的\n"
                          "合作备忘录》签字\n页）\n甲方：甲省商务厅")
    assert [ln.text for ln in cleaned.lines] == ["本备忘录一式两份。", "甲方：甲省商务厅"]
    assert cleaned.removed_counts == {"no_body_note": 4}
    kept = clean_lines("（本页无正文的原因见下）\n下一段。")
    assert "no_body_note" not in kept.removed_counts
