"""The most ordinary documents of national and central-region offices — a 商务部办公厅 通知, a 国家发展改革委 商务部
joint 公告, a 湖北 通知 and a 河南省商务厅 批复 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind159, made by make_blind159.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind159"
TITLE = "关于公布中欧班列集结中心与自由贸易试验区联动发展试点名单的公告"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_announcements_head(suffix: str) -> None:
    """Regression: in the Word file the 公告's 版头, a borderless table of two organs each beside 公告, was the title
    (中华人民共和国国家发展和改革委员会｜公告) and the real title a clause; in the PDF, where both organs print on one
    line, they were one issuer and the 公告's number was cut mid-name (改革委员会中华人民共和国商务部公告2024年第12号)."""
    doc = ingest_file(BLIND / f"blind159_ndrc_announce.{suffix}").documents[0]
    assert doc.title == TITLE
    assert doc.issuers == ("国家发展和改革委员会", "商务部")
    assert doc.wrapper is not None and doc.wrapper.endswith("公告（2024年第12号）")
    # (the joint 公告's number as it is cited, its organs apart: round 217)
    assert doc.doc_number is not None and doc.doc_number.text == "国家发展和改革委员会 商务部公告2024年第12号"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_row_per_zone(suffix: str) -> None:
    """Regression: the 推荐名额表's rows, one a zone named by its province in a column 自贸试验区 (上海（含临港新片区）,
    广东 …), applied in all 22 zones; round 37's 自由贸易试验区 column so too."""
    parsed = ingest_file(BLIND / f"blind159_mofcom_notice.{suffix}")
    rows = [c for c in parsed.clauses if c.kind == "table_row" and "自贸试验区" in c.fields]
    assert rows[0].applies_to == ("中国（上海）自由贸易试验区",) and rows[1].applies_to == ("中国（广东）自由贸易试验区",)
