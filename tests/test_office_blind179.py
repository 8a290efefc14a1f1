"""The most ordinary documents of 海南 offices — a 海南省人民政府 办法, a 海口市商务局 申报指南, a 三亚市人民政府办公室 公告
and a 洋浦经济开发区管理委员会 通知 (tests/data/office/blind179, made by make_blind179.py by someone who had not read the
reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind179"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zones_committee_issues_for_the_zone(suffix: str) -> None:
    """Regression: 洋浦经济开发区管理委员会's 通知 applied in all 海南省 (the zone unknown to the gazetteer)."""
    parsed = ingest_file(BLIND / f"blind179_yangpu_tongzhi.{suffix}")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("municipal", "洋浦经济开发区")
    assert parsed.clauses[0].applies_to == ("洋浦经济开发区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_notice_numbered_under_its_title_alone(suffix: str) -> None:
    """Regression: 三亚市人民政府办公室关于…的公告 over 第5号 read as the title …的公告（第5号）, with no number."""
    doc = ingest_file(BLIND / f"blind179_sanya_gonggao.{suffix}").documents[0]
    assert doc.title == "三亚市人民政府办公室关于邮轮游艇和跨境服务贸易便利化有关事项的公告"
    assert doc.doc_number is not None and doc.doc_number.serial == "5" and doc.doc_number.year == 2024


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_whom_to_call_under_a_section_for_other_matters_is_the_sections(suffix: str) -> None:
    """Regression: 咨询电话：… after the last item of 四、其他事项 was that item's second paragraph (四、（二）第2段)."""
    clauses = ingest_file(BLIND / f"blind179_haikou_zhinan.{suffix}").clauses
    phone = next(c for c in clauses if c.text.startswith("咨询电话："))
    assert phone.path == ("四、其他事项",) and "（二）" not in phone.label
