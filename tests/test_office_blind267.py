"""Documents issued jointly by a Party committee and a government, and by Party offices — written by someone who had
not read the reader (tests/data/office/blind267, made by make_blind267.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind267"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_of_two_places_named_short_or_as_counties_gets_the_measure(suffix: str) -> None:
    """Regression: 支持西双版纳州、文山州各建设1个自贸试验区联动创新区 (prefectures by their short names) and 支持灵山县、浦北县
    各建设1个跨境电商产业园 (each its own) applied in the whole province and the whole city."""
    opinion = ingest_file(BLIND / f"blind267_yunnan_yijian.{suffix}").clauses
    linked = next(c for c in opinion if "各建设1个自贸试验区联动创新区" in c.text)
    assert linked.applies_to == ("西双版纳傣族自治州", "文山壮族苗族自治州")
    plan = ingest_file(BLIND / f"blind267_qinzhou_fangan.{suffix}").clauses
    parks = next(c for c in plan if c.kind.value == "item" and "支持灵山县、浦北县各建设" in c.text)
    assert parks.applies_to == ("灵山县", "浦北县")
