"""The most ordinary documents of north-eastern, northern and inland offices — a 吉林省人民政府 意见, a 山西省发展改革委
通知 with its 项目 table, a 南昌市 管理办法 and a 青海省商务厅 复函 — in Word and PDF, written by someone who had not read
the reader (tests/data/office/blind163, made by make_blind163.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind163"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_project_applies_where_it_is_built(suffix: str) -> None:
    """Regression: every row of the 项目 table applied in all 山西省 though its 建设地点 column names the city and
    county (太原市清徐县): now the county, the narrowest place named; a project abroad stays the province's."""
    rows = [c for c in ingest_file(BLIND / f"blind163_shanxi_notice.{suffix}").clauses if c.kind == "table_row"]
    first = next(c for c in rows if "建设地点：太原市清徐县" in c.text)
    assert first.applies_to == ("清徐县",) and "建设地点" in first.applies_reason
    abroad = next(c for c in rows if "哈萨克斯坦" in c.fields.get("建设地点", ""))
    assert abroad.applies_to == ("山西省",)


def test_a_project_applies_in_the_district_its_row_names() -> None:
    """Regression (round 56): a 所在地 column (武汉市新洲区) placed no row."""
    rows = ingest_file(DATA / "office" / "blind56" / "blind56_hubei_tongzhi.docx").clauses
    assert next(c for c in rows if "所在地：武汉市新洲区" in c.text).applies_to == ("新洲区",)
