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
