"""Tables cut by page breaks in ways not tried before — a 申报指南 whose merged 类别 a break cuts with no row cut, a 名单
whose 所在区 two breaks cut, a 资金分配表 with 小计 and 合计 rows (tests/data/office/blind229, made by make_blind229.py by
someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind229"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_zone_column_naming_no_zone_beside_where_the_row_lies(suffix: str) -> None:
    """Regression: rows whose 片区 column names a group no gazetteer knows (协同改革先行区) applied in the whole province
    though their 所在地 column names the district (德阳市旌阳区); a row's other place column is read then (round 224's
    口岸 呼玛口岸 beside 所在县（市） 呼玛县 too), never after a scope column whose 全省 says where."""
    rows = {c.fields.get("序号"): c for c in ingest_file(BLIND / f"blind229_sichuan_fenpei{suffix}").clauses
            if c.kind == "table_row"}
    assert [rows[n].applies_to for n in ("11", "12", "13")] == [("旌阳区",), ("叙州区",), ("涪城区",)]
    kouan = [c for c in ingest_file(DATA / "office" / "blind224" / "blind224_heilongjiang_kouan.html").clauses
             if c.kind == "table_row"]
    assert next(c for c in kouan if c.fields.get("所在县（市）") == "呼玛县").applies_to == ("呼玛县",)
    hunan = [c for c in ingest_file(DATA / "office" / "blind68" / "blind68_hunan_compilation.docx").clauses
             if c.fields.get("推广范围") == "全省"]
    assert hunan and all(c.applies_to == ("湖南省",) for c in hunan)


def test_found_right_a_zone_merged_down_over_two_breaks() -> None:
    """Found right: 所在区 merged over rows that two page breaks cut is carried through both, as in the Word file."""
    pdf = [c.fields for c in ingest_file(BLIND / "blind229_tianjin_mingdan.pdf").clauses if c.kind == "table_row"]
    word = [c.fields for c in ingest_file(BLIND / "blind229_tianjin_mingdan.docx").clauses if c.kind == "table_row"]
    assert len(pdf) == len(word) >= 26 and [r.get("所在区") for r in pdf] == [r.get("所在区") for r in word]
