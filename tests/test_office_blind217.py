"""Central ministries' documents — a 商务部办公厅 申报通知, a 财政部 海关总署 税务总局 joint 公告, a 国家发展改革委 批复, a 海关总署
公告 with a 综保区 list (tests/data/office/blind217, made by make_blind217.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind217"
TITLE = "财政部 海关总署 税务总局关于中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区进口自用设备税收政策的公告"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_announcements_own_title_broken_after_a_list_comma(suffix: str) -> None:
    """Regression: the 公告's own title, broken after …喀什片区、 in the Word file, was not taken for its title (the
    wrapper's name and number were) and became two clauses; its three organs, printed apart, were two in the PDF
    (财政部海关总署, 税务总局)."""
    parsed = ingest_file(BLIND / f"blind217_caiwu_gonggao.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == TITLE
    assert doc.issuers == ("财政部", "海关总署", "税务总局")
    assert doc.doc_number is not None and doc.doc_number.text == "财政部 海关总署 税务总局公告2024年第15号"
    assert not any(c.text.startswith("财政部 海关总署 税务总局关于") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_tax_announcements_period_set_at_its_first_item(suffix: str) -> None:
    """Regression: 一、自2025年1月1日至2027年12月31日，对…免征… (the policy's period, from the day the 公告 takes effect,
    八、本公告自2025年1月1日起施行) gave no expiry."""
    (doc,) = ingest_file(BLIND / f"blind217_caiwu_gonggao.{suffix}").documents
    assert (doc.effective, doc.expires) == ("2025-01-01", "2027-12-31")
