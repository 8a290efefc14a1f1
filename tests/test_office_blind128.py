"""Old documents scanned and converted back to Word by OCR software — the 版头 and title in text boxes, each printed
line a paragraph or broken by hand, a section per page with its number typed in the text (一 3 一), 〇 read for 0 in
years; another conversion with every block in a frame; their PDFs — written by someone who had not read the reader
(tests/data/office/blind128, made by make_blind128.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.running_heads import page_number
from bri_kb.ingest.text import ocr_zeros
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind128"


@pytest.mark.parametrize("name", ["blind128_fujian_ocrtxbx.docx", "blind128_fujian_ocrtxbx.pdf",
                                  "blind128_fujian_ocrframe.docx", "blind128_fujian_ocrframe.pdf"])
def test_years_whose_zero_was_read_as_a_chinese_zero(name: str) -> None:
    """Regression: 〇 for 0 in Arabic years (闽政〔2〇16〕21号, 2〇16年3月18日, 有效期至2〇20年12月31日) cost the 文号 (it
    ran into the title), the date and the end of every file."""
    doc = ingest_file(BLIND / name).documents[0]
    assert doc.title == "福建省人民政府关于进一步推进21世纪海上丝绸之路核心区建设若干措施的通知"
    assert doc.doc_number is not None and doc.doc_number.year == 2016
    assert doc.signed == "2016-03-18" and doc.expires == "2020-12-31"


@pytest.mark.parametrize("name", ["blind128_fujian_ocrtxbx.docx", "blind128_fujian_ocrtxbx.pdf"])
def test_page_numbers_set_between_ones(name: str) -> None:
    """Regression: the typed page numbers 一 2 一 (OCR's 一 for a dash) were kept as clauses and in the text, parting
    …建设远洋渔业 from 基地，…: a number between two 一 alone on its line is a page's number."""
    clauses = ingest_file(BLIND / name).clauses
    assert not any("一2一" in c.text.replace(" ", "") for c in clauses)
    assert any("建设远洋渔业基地，对在沿线国家新建海外渔业综合基地的企业" in c.text for c in clauses)


@given(st.text(alphabet="0123456789〇○年二一六 ", max_size=30))
def test_ocr_zeros_is_idempotent_and_keeps_chinese_years(text: str) -> None:
    once = ocr_zeros(text)
    assert ocr_zeros(once) == once
    assert ocr_zeros("二〇一六年") == "二〇一六年" and ocr_zeros("2〇16年") == "2016年" and ocr_zeros("2 〇 20年") == "2020年"
    assert page_number("一 3 一") == 3 and page_number("一3") is None


def test_a_sentence_a_page_break_parts_in_a_converted_word_file() -> None:
    """Regression: in the frame conversion, (三)…建设远洋渔业 at a page's foot and 基地，… atop the next stayed two
    paragraphs (a Word file's paragraph is no wrapped line): a line that stops mid-sentence at a page break runs on."""
    clauses = ingest_file(BLIND / "blind128_fujian_ocrframe.docx").clauses
    assert any("建设远洋渔业基地，对在沿线国家新建海外渔业综合基地的企业" in c.text for c in clauses)
    assert not any(c.text.startswith("基地，") or c.text.startswith("31日。") for c in clauses)
