"""Rounds 400–407, written by someone who had not read the reader (tests/data/office/blind400 … blind407, each made by
its make_blindNNN.py): 人民银行 and 外汇局 notices, 一图读懂 pages, 营商环境 measures with their 责任单位 lines, drafts
with watermarks, investment guides of many small tables, 复制推广 lists, forum 倡议 with their signing cities, a 数字贸易
notice full of Latin words and numbers. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize(("path", "organs"), [
    ("blind403/blind403_xiamen_banfa.docx", ("厦门市商务局", "厦门市财政局")),
    ("blind293/blind293_hefei_gongshi.pdf", ("合肥市商务局", "合肥市财政局")),
    ("blind368/blind368_lianyungang_qingdan.docx", ("中国（江苏）自由贸易试验区连云港片区管理委员会", "连云港市连云区人民政府"))])
def test_organs_signing_side_by_side_in_a_layout_tables_cells(path: str, organs: tuple[str, ...]) -> None:
    """Regression: a 落款 of organs side by side in a borderless table (厦门市商务局｜厦门市财政局 over the date) named no
    issuer, its cells' bar not being a space; a zone's name on the row above the first organ (中国（江苏）自由贸易试验区｜…
    / 连云港片区管理委员会｜…) is that organ's name."""
    assert ingest_file(OFFICE / path).documents[0].issuers == organs


def test_a_forums_signing_cities_in_a_layout_table() -> None:
    """Regression: the twelve city governments signing an 倡议 three a row in a borderless table were no issuers."""
    doc = ingest_file(OFFICE / "blind331" / "blind331_lanzhou_changyi.docx").documents[0]
    assert len(doc.issuers) == 12 and doc.issuers[0] == "兰州市人民政府"


def test_a_dateline_above_the_title() -> None:
    """Regression: a saved page's dateline above its title (来源：湖南省商务厅 发布时间：2026-02-27 09:45 浏览次数：2316｜【字体：
    大 中 小】) was taken for the title; the page had no issuer or date."""
    doc = ingest_file(OFFICE / "blind401" / "blind401_hunan_yitududong.docx").documents[0]
    assert doc.title == "一图读懂《湖南省推动跨境电商与中欧班列融合发展若干措施》"
    assert doc.issuers == ("湖南省商务厅",) and doc.published == "2026-02-27"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_day_and_the_place_an_initiative_was_signed(suffix: str) -> None:
    """Regression: 二〇二五年十一月二十日于广西南宁 under an 倡议's signers dated nothing."""
    doc = ingest_file(OFFICE / "blind406" / f"blind406_beibuwan_changyi{suffix}").documents[0]
    assert doc.signed == "2025-11-20"


def test_a_ministry_named_as_it_is_cited() -> None:
    """Regression: the mark's 中华人民共和国商务部 replaced the 落款's 商务部 among nine organs; a customs district keeps the
    name it signs with (中华人民共和国长沙海关)."""
    assert ingest_file(OFFICE / "blind181" / "blind181_yijian.pdf").documents[0].issuers[0] == "商务部"
    assert ingest_file(OFFICE / "blind286" / "blind286_hunan_yijian.pdf").documents[0].issuers[-1] == "中华人民共和国长沙海关"
