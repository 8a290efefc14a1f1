"""Rounds 340–343, written by someone who had not read the reader (tests/data/office/blind340 … blind343, each made by
its make_blindNNN.py): annual reports and a statistical bulletin; meeting and event notices; speeches and a work
report; revisions of 规范性文件. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_amendment_quoting_an_article_with_items_is_one_clause(suffix: str) -> None:
    """Regression: 一、将第三条修改为：“第三条 …： / （一）… / （四）…。” was five clauses, the quote's items read as the
    outline's; so was 四、增加一条，作为第十二条：“… with its second paragraph."""
    parsed = ingest_file(OFFICE / "blind343" / f"blind343_qinzhou_jueding{suffix}")
    first = next(c for c in parsed.clauses if c.label == "一、")
    assert first.text.startswith("一、将第三条修改为：“第三条") and first.text.endswith("品牌推广和市场开拓活动。”")
    assert not any(c.label.startswith("（") for c in parsed.clauses)
    assert "钦州港片区管委会应当会同" in next(c for c in parsed.clauses if c.label == "四、").text


def test_a_revision_notes_attachment_stays_with_the_notice() -> None:
    """Regression: 附件2 《…扶持办法》修订说明 after the 对照表 was read as a document of its own, taking the 版记 (the
    notice lost its 印发 date); a 修订说明 is read apart only after a draft a notice asks comments on."""
    parsed = ingest_file(OFFICE / "blind343" / "blind343_yueyang_tongzhi.docx")
    assert len(parsed.documents) == 1 and parsed.documents[0].printed_date == "2024-10-14"


def test_a_chapter_row_across_a_comparison_table_heads_its_rows() -> None:
    """Regression: 第一章 总则, a row of one cell across a 修订对照表 read by its articles, was a row (修订前：第一章 总则)."""
    parsed = ingest_file(OFFICE / "blind343" / "blind343_yueyang_tongzhi.docx")
    assert [str(c.kind) for c in parsed.clauses if c.text == "第一章 总则"] == ["heading"]
    assert not any(c.text.startswith("修订前：第一章") for c in parsed.clauses)


def test_a_centres_division_is_no_ministry() -> None:
    """Regression: a page whose 来源 is 招商服务部 (a bonded zone centre's division) was a ministry's, applying in 全国."""
    doc = ingest_file(OFFICE / "blind341" / "blind341_yiwu_baoming.html").documents[0]
    assert doc.level != "ministry" and doc.region == "义乌市"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_bulletins_organs_and_day_under_its_title(suffix: str) -> None:
    """Regression: 四川省商务厅　四川省统计局 / （2026年2月26日） under a 统计公报's title were two clauses, and the bulletin
    had no issuer and no date."""
    parsed = ingest_file(OFFICE / "blind340" / f"blind340_sichuan_gongbao{suffix}")
    doc = parsed.documents[0]
    assert doc.issuers == ("四川省商务厅", "四川省统计局") and doc.published == "2026-02-26"
    assert not any(c.text.startswith(("四川省商务厅", "（2026")) for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_speakers_post_and_name_under_the_day_is_no_clause(suffix: str) -> None:
    """Regression: 副省长　罗宏志 under a speech's day (a post without its organ) was its first clause."""
    parsed = ingest_file(OFFICE / "blind342" / f"blind342_sichuan_jianghua{suffix}")
    assert not any("罗宏志" in c.text for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_work_reports_byline_names_its_government(suffix: str) -> None:
    """Regression: a 政府工作报告's 连云港市市长　孙明远 under ——2026年1月14日在…会议上 (wrapped in the PDF) was glued to
    各位代表： as its 主送, and the report had no issuer (and in the PDF no day)."""
    doc = ingest_file(OFFICE / "blind342" / f"blind342_lianyungang_baogao{suffix}").documents[0]
    assert doc.issuers == ("连云港市人民政府",) and doc.signed == "2026-01-14" and doc.addressees == "各位代表"
    assert doc.subtitle == "2026年1月14日在连云港市第十六届人民代表大会第五次会议上"
