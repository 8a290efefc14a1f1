"""Page breaks, Word's heading styles and numbering, and a county's document, by
someone who had not read the reader (tests/data/office/blind52, made by
make_blind52.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.query.where import PART, coverage
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind52"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_countys_document_is_county_level(suffix: str) -> None:
    """Regression: 河口瑶族自治县人民政府's 实施方案 was read as provincial, applying to all of 云南省."""
    parsed = ingest_file(BLIND / f"blind52_hekou_fangan.{suffix}")
    (doc,) = parsed.documents
    assert (doc.level, doc.region) == ("county", "河口瑶族自治县")
    assert {c.applies_to for c in parsed.clauses} == {("河口瑶族自治县",)}
    gaz = gazetteer()
    for asked in ("红河", "云南"):
        place = gaz.resolve(asked)
        assert place is not None and coverage(["河口瑶族自治县"], place, gaz)[0] == PART, asked


def test_a_table_whose_header_ends_a_page_reads_whole() -> None:
    """Held, not fixed: a table's header alone at a page's foot and its rows on the next page."""
    docx, pdf = (ingest_file(BLIND / f"blind52_hunan_shenbao.{x}") for x in ("docx", "pdf"))
    for parsed in (docx, pdf):
        rows = [c for c in parsed.clauses if c.kind.value == "table_row"]
        assert len([r for r in rows if r.fields.get("支持类别")]) == 5
