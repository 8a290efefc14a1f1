"""The most ordinary documents of county-level governments — a 义乌 通知, a 凭祥 joint 边民互市 通知, a 瑞丽 实施方案 and
a 绥芬河 公告 — in Word and PDF, written by someone who had not read the reader (tests/data/office/blind168, made by
make_blind168.py); and the cities an item sets tasks, found in earlier rounds."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_setting_several_cities_tasks_applies_in_each(suffix: str) -> None:
    """Regression (rounds 163, 168): an item opening with the city that is to act (三、…。太原市要…；大同市要…；临汾市要…)
    applied in the whole province; a city (not only a district or county) so named now places it, with every city a
    later sentence sets a task."""
    clauses = ingest_file(OFFICE / "blind163" / f"blind163_shanxi_notice.{suffix}").clauses
    item = next(c for c in clauses if c.label == "三、")
    assert item.applies_to == ("太原市", "大同市", "临汾市")


def test_an_item_opening_with_the_city_to_act_applies_there() -> None:
    """Regression (round 11): 1.海口市要在2024年9月底前完成… applied in all 海南省."""
    clauses = ingest_file(OFFICE / "blind11" / "ta_hainan_notice_autonumber.docx").clauses
    assert next(c for c in clauses if c.text.startswith("1.海口市要")).applies_to == ("海口市",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_county_level_citys_notice_keeps_its_number_dates_and_repeal(suffix: str) -> None:
    """The 绥芬河 公告: its number from the 公告 line, 有效期3年 counted from its start, the 2021 公告 it repeals."""
    doc = ingest_file(OFFICE / "blind168" / f"blind168_suifenhe_gonggao.{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "绥芬河市人民政府公告2024年第4号"
    assert (doc.level, doc.effective, doc.expires) == ("county", "2024-07-01", "2027-06-30")
    assert doc.repeals
