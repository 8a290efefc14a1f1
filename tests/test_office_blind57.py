"""Amendments as offices print them and where each amended rule applies: a 令 over a
决定 with its 修改前后对照表, a revised 实施办法 whose articles name their 片区, a 废止
notice's table, by someone who had not read the reader (tests/data/office/blind57, made by
make_blind57.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.relations import repeals_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind57"
QINGBAIJIANG = "中国（四川）自由贸易试验区成都青白江铁路港片区"
TIANFU = "中国（四川）自由贸易试验区成都天府新区片区"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_articles_that_name_their_areas_apply_there_and_the_rest_city_wide(suffix: str) -> None:
    """Regression: every clause of 成都's 实施办法 applied to 天府新区 alone: the scope sentence (…天府新区片区、
    青白江铁路港片区…和…协同改革先行区) was read through 天府新区 (a new area the gazetteer lists as a city),
    青白江铁路港片区 (its 片区 named without 成都) was no place, and 第八条 (仅在青白江铁路港片区实施),
    第九条 and 第十一条 were never narrowed."""
    parsed = ingest_file(BLIND / f"blind57_chengdu_banfa.{suffix}")
    by_label = {c.label: c.applies_to for c in parsed.clauses}
    assert by_label["第八条"] == (QINGBAIJIANG,)
    assert set(by_label["第九条"]) == {TIANFU, QINGBAIJIANG}
    assert by_label["第十一条"] == (TIANFU,)
    # the scope sentence names 协同改革先行区 too, which no gazetteer entry covers: the rest stays city-wide
    assert by_label["第一条"] == by_label["第十条"] == ("成都市",)


def test_a_free_trade_zones_areas_are_found_without_their_citys_name() -> None:
    gaz = gazetteer()
    for text, area in (("青白江铁路港片区", QINGBAIJIANG), ("天府新区片区", TIANFU)):
        assert [p.name for p, _, _ in gaz.areas_in(text)] == [area], text
    tianfu = gaz.resolve(TIANFU)
    assert tianfu is not None and tianfu.city == "成都市"  # (not 天府新区, which lies in 成都)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_repeal_notices_table_names_what_it_repeals(suffix: str) -> None:
    """Regression: 厦府〔2024〕137号 (关于废止3件市政府规范性文件的通知) recorded nothing as repealed: its
    table of 文号/标题/废止理由 stands under no heading that says 废止 (its title does)."""
    (doc,) = ingest_file(BLIND / f"blind57_xiamen_feizhi.{suffix}").documents
    assert set(doc.repeals) == {"厦府〔2016〕215号", "厦府规〔2019〕7号", "厦府办〔2020〕88号"}
    assert "厦府规〔2024〕3号" not in doc.repeals  # the replacement a 废止理由 names


def test_documents_listed_after_the_verb_are_repealed() -> None:
    text = "市政府决定废止《关于促进跨境电子商务发展的若干意见》（厦府〔2016〕215号）、《扶持办法》（厦府规〔2019〕7号）等2件。"
    assert repeals_of(text)[:2] == ("厦府〔2016〕215号", "厦府规〔2019〕7号")


def test_a_comparison_tables_row_cut_by_the_page_break_is_one_row() -> None:
    """Regression: the 对照表 row of 第十二条, cut by the page break inside its 修改前 cell, was two rows."""
    parsed = ingest_file(BLIND / "blind57_yunnan_jueding.pdf")
    rows = [c for c in parsed.clauses if c.kind.value == "table_row"]
    twelve = next(r for r in rows if r.fields.get("修改前", "").startswith("第十二条"))
    assert twelve.fields["修改前"].endswith("存在的主要问题和下一年度工作计划。")
    assert twelve.fields["修改后"] == "（删除）"
    assert not any(r.fields.get("修改前", "").startswith("展情况") for r in rows)
