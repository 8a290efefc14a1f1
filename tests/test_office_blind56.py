"""Notices whose substance is in their attachments: a 名单 over two pages with a merged
类别 cell, a 申报表, a 复函's 问题清单, a 印发 notice's attached 举措, by someone who had
not read the reader (tests/data/office/blind56, made by make_blind56.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind56"


def test_a_row_cut_by_the_page_break_inside_a_numbered_cell_is_one_row() -> None:
    """Regression: question 5 of the 问题清单 ran over the page break and was read as two rows, each cut
    mid-word (问题：5.海外仓认定和班列运 / 问题：费补贴申报材料能否线上提交？)."""
    parsed = ingest_file(BLIND / "blind56_zhengzhou_fuhan.pdf")
    rows = [c for c in parsed.clauses if c.kind.value == "table_row"]
    questions = [r.fields["问题"] for r in rows]
    assert "5.海外仓认定和班列运费补贴申报材料能否线上提交？" in questions
    assert [q.split(".")[0] for q in questions] == [str(n) for n in range(1, 8)]
    five = rows[4].fields["答复意见"]
    assert five.startswith("可以。自2024年6月1日起，上述两项申报统一通过")


def test_a_merged_category_cell_carries_on_after_a_row_joined_across_the_page() -> None:
    """Regression: rows 13–16 of the 名单, under a 类别 cell merged down from the page before, lost their
    类别 when the page began with the rest of row 12 (joined back right)."""
    parsed = ingest_file(BLIND / "blind56_hubei_tongzhi.pdf")
    rows = {r.fields.get("序号"): r for r in parsed.clauses if r.kind.value == "table_row"}
    for n in ("12", "13", "14", "15", "16"):
        assert rows[n].fields.get("类别") == "经贸产业合作", n


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_attached_measures_title_over_two_paragraphs_is_one_title(suffix: str) -> None:
    """Regression: in the Word file the attached 举措's title over two paragraphs was cut after its first
    (…中欧班列（合肥）), the rest a clause of the body (高质量发展若干举措); so was 附件1's …重点项目名单."""
    parsed = ingest_file(BLIND / f"blind56_hefei_yinfa.{suffix}")
    heading = next(c for c in parsed.clauses if c.label == "附件")
    assert heading.text == "附件\n合肥市支持中欧班列（合肥）高质量发展若干举措"
    assert not any(c.text == "高质量发展若干举措" for c in parsed.clauses)
    listed = ingest_file(BLIND / f"blind56_hubei_tongzhi.{suffix}")
    first = next(c for c in listed.clauses if c.label == "附件1")
    assert first.text.replace("\n", "") == "附件12024年全省推进共建“一带一路”重点项目名单"
