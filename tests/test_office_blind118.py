"""Documents of the 横琴粤澳深度合作区 in traditional and simplified characters, and a 广东省商务厅 notice forwarding one
— written by someone who had not read the reader (tests/data/office/blind118, made by make_blind118.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.query.where import NO, coverage
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind118"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_end_written_in_chinese_numerals(suffix: str) -> None:
    """Regression: 有效期至二〇二六年十二月三十一日 gave no end (the start, 二〇二四年四月一日起施行, was read)."""
    (doc,) = ingest_file(BLIND / f"blind118_hengqin_tongzhi_simp.{suffix}").documents
    assert (doc.effective, doc.expires) == ("2024-04-01", "2026-12-31")


def test_a_district_listed_beside_its_city_lies_in_it() -> None:
    """Regression: `--where 珠海市` hid the 横琴 rules as 仅适用于横琴，不含珠海市 (and `--where 广州市` 南沙区's)."""
    gaz = gazetteer()
    assert coverage(["横琴"], gaz.places["珠海市"], gaz)[0] != NO
    assert coverage(["南沙区"], gaz.places["广州市"], gaz)[0] != NO
    assert coverage(["广州市"], gaz.places["南沙区"], gaz)[0] != NO
    assert coverage(["南沙区"], gaz.places["珠海市"], gaz)[0] == NO


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_for_two_zone_areas_committees(suffix: str) -> None:
    """Regression: （二）南沙片区、前海蛇口片区管委会要… applied in all 广东省 (a committee of the 片区 as the subject)."""
    clauses = ingest_file(BLIND / f"blind118_guangdong_zhuanfa.{suffix}").clauses
    item = next(c for c in clauses if c.text.startswith("（二）"))
    assert set(item.applies_to) == {"中国（广东）自由贸易试验区广州南沙新区片区", "中国（广东）自由贸易试验区深圳前海蛇口片区"}
