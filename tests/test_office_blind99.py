"""Guides numbered as technical offices number them (a 国别指南 with 第1章 / 1.1 / 1.1.1 headings, some a Word
heading style and some bold paragraphs; a 片区 企业开办指南 with 步骤1 and 1) under 一、), as .docx and LibreOffice
PDF, by someone who had not read the reader (tests/data/office/blind99, made by make_blind99.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.numbering import marker_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind99"
GUIDE = "中国（黑龙江）自由贸易试验区哈尔滨片区企业开办指南（2024年版）"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_guide_under_a_letters_mark_over_two_lines_has_its_title(suffix: str) -> None:
    """Regression: in Word, the 片区 committee's mark over two lines (中国（黑龙江）自由贸易试验区 / 哈尔滨片区管理委员会,
    no 文件, over the 文号) gave the title 中国（黑龙江）自由贸易试验区; in the PDF the title (a 指南, a 文种 the reader
    did not know) ran on into the first paragraph, whose last line was left a clause (南。)."""
    parsed = ingest_file(BLIND / f"blind99_黑龙江_企业开办指南.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == GUIDE and doc.issuing_mark == "中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会"
    assert parsed.clauses[0].text.startswith("为进一步优化营商环境") and parsed.clauses[0].text.endswith("制定本指南。")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_steps_and_their_points_have_labels(suffix: str) -> None:
    """Regression: 步骤1 … 步骤4 and the 1) 2) under them were numbered paragraphs (二、第2段 …); the steps under 三、,
    numbered again from 1, could not be told from those under 二、."""
    labels = [c.label for c in ingest_file(BLIND / f"blind99_黑龙江_企业开办指南.{suffix}").clauses]
    assert labels[labels.index("二、") + 1 : labels.index("二、") + 5] == ["二、第1段", "步骤1", "1)", "2)"]
    assert "步骤2·1)" in labels and "三、步骤1" in labels and "三、步骤3" in labels


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_decimal_headings_and_chapters_in_figures(suffix: str) -> None:
    """Regression: 1.1.2人口与民族 was taken for a figure with its unit (1.1.2人), so its text was filed under 1.1.1;
    第1章 was no chapter; a paragraph under 1.2.1 after its table was labelled 1.21.2.1."""
    labels = [c.label for c in ingest_file(BLIND / f"blind99_新疆_国别指南.{suffix}").clauses]
    assert "1.1.2" in labels and "第1章" in labels
    assert not any(label.startswith("1.21.2") for label in labels)


@pytest.mark.parametrize(("text", "marker"), [
    ("1.1.2人口与民族", ("decimal3", "1.1.2")), ("第1章 国家概况", ("chapter", "第1章")),
    ("步骤2　填报设立登记信息", ("step", "步骤2")), ("1) 系统自动比对", ("half_paren", "1)")),
    ("2.5亿元", None), ("1)%", None),
])
def test_markers(text: str, marker: tuple[str, str] | None) -> None:
    assert marker_of(text) == marker
