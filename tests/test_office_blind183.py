"""The most ordinary documents of north-west China offices — a 兰州新区 通知, a 宁夏 joint 办法, a 杨凌示范区 工作方案 and a
伊犁州 复函 (tests/data/office/blind183, made by make_blind183.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind183"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_scope_in_the_regions_own_area_is_the_region(suffix: str) -> None:
    """Regression: 本办法适用于在自治区行政区域内…经由中欧班列（银川）… applied in 银川市 alone (the level's area,
    自治区行政区域, was no place; the train's city was)."""
    clauses = ingest_file(BLIND / f"blind183_ningxia_banfa.{suffix}").clauses
    assert clauses[0].applies_to == ("宁夏回族自治区",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_yangling_zones_committee_issues_for_the_zone(suffix: str) -> None:
    """Regression: 杨凌示范区管委会's 方案 had no region, every clause applying nowhere (不明), so no place filter found
    it; 杨凌示范区片区 in a table's 片区 column is the 陕西 zone's 片区, not the demonstration zone."""
    parsed = ingest_file(BLIND / f"blind183_yangling_fangan.{suffix}")
    assert parsed.documents[0].region == "杨凌农业高新技术产业示范区"
    assert parsed.clauses[0].applies_to == ("杨凌农业高新技术产业示范区",)
    rows = [c for c in ingest_file(DATA / "office" / "blind5" / "b_shaanxi_announcement_merged.docx").clauses
            if "片区：杨凌示范区片区" in c.text]
    assert rows and all(c.applies_to == ("中国（陕西）自由贸易试验区杨凌示范区片区",) for c in rows)


def test_a_signatures_organ_does_not_run_on_into_its_date() -> None:
    """Regression: in the 复函's PDF the 落款's organ line ran on into its date (伊犁哈萨克自治州人民政府办公室2024年6月20日,
    a paragraph clause); so did round 115's and round 138's."""
    texts = {c.text: c.kind for c in ingest_file(BLIND / "blind183_yili_fuhan.pdf").clauses}
    assert texts.get("伊犁哈萨克自治州人民政府办公室") == "signature" and texts.get("2024年6月20日") == "signature"
    assert not [t for t in texts if t.startswith("伊犁哈萨克自治州人民政府办公室2024")]
