"""How zones are named in real texts (tests/data/office/blind252, made by make_blind252.py by someone who had not
read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind252"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_rows_zone_column_is_where_it_applies_not_its_city_column(fmt: str) -> None:
    """Regression: a list of pilot projects with 地市 and 所在区域 columns placed every row in its city (the first place
    column) though 所在区域 named the bonded zone in it."""
    parsed = ingest_file(BLIND / f"blind252_guangdong_tongzhi.{fmt}")
    (row,) = [c for c in parsed.clauses if c.kind == "table_row" and c.text.startswith("序号：32\n")]
    assert row.applies_to == ("梅州综合保税区",)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_scope_sentence_the_letter_quotes_is_not_its_own(fmt: str) -> None:
    """Regression: a 复函 quoting the city's draft (“本办法适用于钦州综合保税区内企业”) took it as its own scope: every
    paragraph, the closing formula and the signature applied in 钦州综合保税区."""
    parsed = ingest_file(BLIND / f"blind252_guangxi_han.{fmt}")
    signed = [c for c in parsed.clauses if c.kind == "signature"]
    assert signed and all("钦州综合保税区" not in c.applies_to for c in signed)


def test_a_row_whose_first_other_place_column_names_nothing_is_placed_by_the_next() -> None:
    """Regression (this session's column change): a row whose 片区 column names no known place and whose first other
    place column names none either (所在市县：某某) was left the document's, not placed by the next one (所在地)."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.ingest.applicability import Applicability, clause_scope

    scope = Applicability(("四川省",), "面向四川省发布")
    fields = {"序号": "1", "片区": "某某协同先行区", "所在市县": "某某", "所在地": "德阳市旌阳区"}
    assert clause_scope(scope, "序号：1", "第1项", fields, {}, gazetteer()).places == ("旌阳区",)
