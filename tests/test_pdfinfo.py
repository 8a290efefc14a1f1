"""A PDF's /Title is taken only as a 公文's missing title (bri_kb.ingest.pdfinfo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.errors import IngestError
from bri_kb.ingest.pdf import read_pdf
from bri_kb.ingest.pdfinfo import property_title, with_title

TITLE = "某市商务局关于开展2024年度跨境电商海外仓项目申报工作的通知"
PAGE = ["某商发〔2024〕3号", "各县（市、区）商务局，各有关企业：", "现就开展2024年度跨境电商海外仓项目申报工作通知如下。"]


def test_a_missing_title_is_taken_and_set_after_the_number() -> None:
    assert property_title(TITLE, PAGE) == TITLE
    assert with_title(PAGE, TITLE) == [PAGE[0], TITLE, *PAGE[1:]]


def test_titles_that_are_no_titles_or_already_printed_are_not_taken() -> None:
    assert property_title("Microsoft Word - 3号文定稿.docx", PAGE) is None
    assert property_title("海外仓申报", PAGE) is None  # (no 文种)
    assert property_title(None, PAGE) is None
    assert property_title(TITLE, [TITLE[:20], TITLE[20:], *PAGE]) is None  # (printed, wrapped)
    assert property_title("某省人民政府关于印发营商环境评价办法的通知", PAGE) is None  # (a stale template


@given(st.lists(st.text(max_size=30), max_size=8))
def test_the_title_is_added_and_nothing_lost(lines: list[str]) -> None:
    out = with_title(lines, TITLE)
    assert len(out) == len(lines) + 1
    out.remove(TITLE)
    assert out == lines


def test_a_page_that_prints_its_title_keeps_it_however_the_properties_word_it() -> None:
    """Regression: a page titled 某省财政厅 某省商务厅关于下达…自由贸易试验区…的通知 whose properties hold a short form of it
    (关于下达…自贸试验区…的通知) had the short form put above its own title."""
    page = ["某财外〔2024〕45号", "某省财政厅 某省商务厅关于下达2024年中国（某省）", "自由贸易试验区建设专项资金的通知",
            "各市财政局、商务局：", "现将2024年自由贸易试验区建设专项资金下达给你们。"]
    assert property_title("关于下达2024年自贸试验区建设专项资金的通知", page) is None


def test_a_file_whose_properties_cannot_be_read_is_named_damaged(tmp_path: Path) -> None:
    """A file pdfminer cannot parse is refused, in Chinese, where it is opened (the properties are read from that one
    opening, not from a second)."""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 no objects")
    with pytest.raises(IngestError, match="损坏或不完整的 PDF"):
        read_pdf(broken)
