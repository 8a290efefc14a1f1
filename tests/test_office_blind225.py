"""The most ordinary documents of 华南 and 西南 offices — a 市政府办公室 notice printing its 措施, a 省商务厅 批复, a 片区
notice with its 名单, a 县人民政府 通告 (tests/data/office/blind225, made by make_blind225.py by someone who had not read
the reader)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind225"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_chongqing_countys_notice_is_the_countys(suffix: str) -> None:
    """Regression: 忠县人民政府's 通告 was of level other in all 重庆市: the code table keeps 忠县 under 四川's 万县市 from
    before 1997 beside 重庆's 500233, and the name was taken as two places; a county of a province split off another
    (重庆 of 四川's, 海南 of 广东's) is the new province's, a namesake under a city of today (深圳's 龙华区) still two."""
    (doc,) = ingest_file(BLIND / f"blind225_zhongxian_tonggao{suffix}").documents
    assert (doc.level, doc.region) == ("county", "忠县")
    gaz = gazetteer()
    assert gaz.resolve("忠县").province == "重庆市" and gaz.resolve("陵水黎族自治县").province == "海南省"
    assert gaz.resolve("龙华区") is None and "深圳市龙华区" in gaz.ambiguous["龙华区"]


def test_found_right_a_reply_and_its_request() -> None:
    """Found right: a 批复 takes its own 文号, not the 请示's it answers."""
    (doc,) = ingest_file(BLIND / "blind225_zhanjiang_pifu.docx").documents
    assert doc.doc_number is not None and "粤商务" in doc.doc_number.text
