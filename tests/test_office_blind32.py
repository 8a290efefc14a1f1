"""Three files made the way a city's office, a district's bureaus and a free trade
zone's 片区 committee make them, by someone who had not read the reader
(tests/data/office/blind32, made by make_blind32.py): a 片区's measures as a
Word-made PDF, a city's notice issuing a plan, a district's 申报指南 on a portal."""

from __future__ import annotations

import pytest

from bri_kb.ingest.numbering import marker_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind32"


@pytest.mark.parametrize(("text", "marker"), [("3.2023年度进出口报关单汇总表", "3."), ("12.2024年底前完成", "12."),
                                              ("3.5亿元以上", None), ("3.20亿元", None), ("2.企业营业执照", "2.")])
def test_an_item_may_open_with_a_year(text: str, marker: str | None) -> None:
    """Regression: "3.2023年度…" was read as the decimal 3.2023, so item 3 of a list was no item."""
    found = marker_of(text)
    assert (found[1] if found else None) == marker


def test_a_portal_list_item_that_opens_with_a_year_is_an_item() -> None:
    parsed = ingest_file(BLIND / "blind32_huangdao_guide.html")
    items = {c.label: c.text for c in parsed.clauses if c.kind == "item"}
    assert items["3."].startswith("3.2023年度进出口报关单汇总表")


def test_the_other_two_files_read_right() -> None:
    """Read right at first reading (the findings left are in docs/quality.md): the 片区's measures with
    their 文号, dates and table rows; the city's notice with its plan's clauses and task table."""
    measures = ingest_file(BLIND / "blind32_suzhou_measures.pdf")
    doc = measures.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "苏园管规〔2024〕3号"
    assert doc.effective == "2024-07-01" and doc.expires == "2027-06-30"
    assert sum(c.kind == "table_row" for c in measures.clauses) >= 3
    plan = ingest_file(BLIND / "blind32_wuxi_plan.docx")
    assert plan.documents[0].doc_number is not None and plan.documents[0].doc_number.text == "锡政办发〔2024〕27号"
    assert any(c.kind == "table_row" and "牵头单位" in c.text for c in plan.clauses)


def test_a_zone_areas_committee_issues_for_its_city() -> None:
    """Regression: a measure of 中国（江苏）自由贸易试验区苏州片区管理委员会 was provincial and applied to all of
    江苏省, so `--where 南京` kept it; a 片区's committee issues for the city its 片区 lies in, and its measures
    apply in its 片区 (round 109: not in all the city)."""
    parsed = ingest_file(BLIND / "blind32_suzhou_measures.pdf")
    doc = parsed.documents[0]
    assert (doc.level, doc.region) == ("municipal", "苏州市")
    assert {c.applies_to for c in parsed.clauses} == {("中国（江苏）自由贸易试验区苏州片区",)}
