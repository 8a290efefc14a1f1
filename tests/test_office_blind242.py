"""Notices and a 函 carrying 附件 of several kinds (tests/data/office/blind242, made by make_blind242.py by someone who
had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind242"


def _places(stem: str, fmt: str, opening: str) -> tuple[str, ...]:
    parsed = ingest_file(BLIND / f"{stem}.{fmt}")
    (clause,) = [c for c in parsed.clauses if c.text.startswith(opening)]
    return clause.applies_to


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_each_city_a_later_sentence_sets_a_task_applies(fmt: str) -> None:
    """Regression: 成都市要…；泸州市、宜宾市要…: the cities listed before 要 were none of the item's places, only the first
    sentence's 成都市 was."""
    assert _places("blind242_sichuan_tongzhi", fmt, "二、强化通道项目协同") == ("成都市", "泸州市", "宜宾市")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_parks_located_in_listed_cities_apply_there(fmt: str) -> None:
    """Regression: 3.位于徐州、淮安、盐城、连云港、宿迁5市的园区，… was the province's (位于 opened no places, and a list
    counted whole, 5市, was not read as theirs)."""
    assert _places("blind242_jiangsu_tongzhi", fmt, "3.位于徐州") == ("徐州市", "淮安市", "盐城市", "连云港市", "宿迁市")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_bonded_zone_listed_with_a_zone_area_applies_too(fmt: str) -> None:
    """Regression: 对…南宁片区和南宁综合保税区内…企业 applied in the 片区 alone."""
    assert _places("blind242_nanning_han", fmt, "三、开展重点企业监测") == (
        "中国（广西）自由贸易试验区南宁片区", "南宁综合保税区")


def test_a_partner_zone_or_a_list_left_open_is_no_place_of_the_rule() -> None:
    """A zone the 片区 works with (崇左片区与凭祥综合保税区联动) is not where the rule applies, nor is a list that 等12个
    leaves open (德阳、绵阳、宜宾等12个协同改革先行区)."""
    guangxi = ingest_file(DATA / "office" / "blind221" / "blind221_guangxi_yijian.docx")
    (clause,) = [c for c in guangxi.clauses if c.text.startswith("1．做强崇左片区")]
    assert clause.applies_to == ("中国（广西）自由贸易试验区崇左片区",)
    sichuan = ingest_file(DATA / "office" / "blind167" / "blind167_sichuan_yaodian.docx")
    (clause,) = [c for c in sichuan.clauses if c.text.startswith("（三）扩大协同改革先行区覆盖面")]
    assert clause.applies_to == ("四川省",)


def test_a_blank_cell_of_its_own_under_a_row_the_page_break_cut_stays_blank() -> None:
    """Regression: row 4 of the project list runs over a page break; row 5's 备注, a ruled box of its own left blank,
    took row 4's 新开工 as if it were a cell merged down across the break. (The Word file has no 备注 there.)"""
    parsed = ingest_file(BLIND / "blind242_sichuan_tongzhi.pdf")
    (row,) = [c for c in parsed.clauses if "项目名称：德阳国际装备制造合作产业园（一期）" in c.text]
    assert "备注" not in row.text and row.text.endswith("项目业主：德阳市国际产业合作投资有限公司")
    (cut,) = [c for c in parsed.clauses if "项目名称：天府国际空港综合保税区跨境电商监管中心" in c.text]
    assert cut.text.endswith("备注：新开工")
