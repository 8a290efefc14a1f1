"""A 任务清单 of 35–40 rows as a table over four pages, as .docx and LibreOffice PDF (领域 merged down across
page breaks, the header repeated, a long cell broken by the page), by someone who had not read the reader
(tests/data/office/blind84, made by make_blind84.py)."""

from __future__ import annotations

import pytest

from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind84"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_rows_measure_that_opens_with_its_zone_applies_there(suffix: str) -> None:
    """Regression: a row whose 具体措施 opens with the 片区 it is for (在钦州港片区开展…, 支持崇左片区建设…) applied in
    the whole province, where the same sentence as an item applied in the 片区."""
    parsed = ingest_file(BLIND / f"blind84_guangxi_renwuqingdan.{suffix}")
    rows = {c.label: c.applies_to for c in parsed.clauses if c.kind == Kind.TABLE_ROW}
    assert rows["第2项"] == ("中国（广西）自由贸易试验区钦州港片区",)
    assert rows["第22项"] == ("中国（广西）自由贸易试验区崇左片区",)
    assert len(rows) == 38


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_main_addressee_line_ending_with_a_kind_of_area_is_the_addressees(suffix: str) -> None:
    """Regression: a 主送 ending …，各协同改革先行区： was a clause, and the notice had no addressees."""
    parsed = ingest_file(BLIND / f"blind84_sichuan_renwuqingdan.{suffix}")
    (doc,) = parsed.documents
    assert doc.addressees is not None and doc.addressees.endswith("各片区管委会，各协同改革先行区")
    assert not parsed.clauses[0].text.startswith("成都市、泸州市")
    rows = {c.label: c for c in parsed.clauses if c.kind == Kind.TABLE_ROW}
    assert len(rows) == 36 and rows["第11项"].applies_to == ("中国（四川）自由贸易试验区成都天府新区片区",)
