"""Documents whose substance is a long list — a 河南 名单 of 72 企业 over several pages, a 海关 商品清单, a 成都 项目表 with
amounts and subtotals, a 钦州港片区 公示 (tests/data/office/blind196, made by make_blind196.py by someone who had not
read the reader): every row read, in Word and PDF alike."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind196"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_list_over_several_pages_keeps_every_row_once(suffix: str) -> None:
    """(the header repeated atop each page is no row; a name wrapping to two lines stays one cell)"""
    rows = [c for c in ingest_file(BLIND / f"blind196_henan_mingdan.{suffix}").clauses if c.kind == "table_row"]
    assert len(rows) == 72
    assert len({c.text for c in rows}) == 72 and not any("企业名称：企业名称" in c.text for c in rows)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_lists_term_of_validity_is_the_documents(suffix: str) -> None:
    """Regression: 名单有效期为2024年7月1日至2026年6月30日 gave no effective or expiry date."""
    doc = ingest_file(BLIND / f"blind196_henan_mingdan.{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2024-07-01", "2026-06-30")


def test_a_term_of_validity_set_out_as_a_span() -> None:
    from bri_kb.ingest.metadata import dates_of

    dates = dates_of({}, ["（一）实行动态管理。重点企业名单有效期为2024年8月1日至2026年7月31日。"])
    assert (dates.effective, dates.expires) == ("2024-08-01", "2026-07-31")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_lists_place_column_says_where_each_row_applies(suffix: str) -> None:
    """Regression: a 名单's 所在市县 column and a 项目表's 所在区（市）县 were not taken for place columns, so every row
    applied in the whole province or city (中牟县's enterprise, 青白江区's project)."""
    henan = {c.text.split("\n")[1]: c.applies_to for c in ingest_file(BLIND / f"blind196_henan_mingdan.{suffix}").clauses
             if c.kind == "table_row" and "所在市县" in c.text}
    assert henan["企业名称：河南金穗粮油食品进出口有限公司"] == ("中牟县",)
    assert henan["企业名称：洛阳钼都新材料科技有限公司"] == ("栾川县",)
    chengdu = [c.applies_to for c in ingest_file(BLIND / f"blind196_chengdu_touzi.{suffix}").clauses
               if c.kind == "table_row" and "所在区（市）县" in c.text]
    assert chengdu[0] == ("青白江区",) and ("简阳市",) in chengdu
