"""Ordinary pages of four more sites saved from the browser — the first of two pages of a 省人民政府 notice, a 市人民政府令
with the 办法 it publishes, a 区商务局 申报通知 with linked 附件 and a contacts table, and a 片区's 政策解读 quoting the policy
in <blockquote>s (tests/data/office/blind186, made by make_blind186.py by someone who had not read the reader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind186"


def test_a_district_of_a_municipality_issues_at_county_level() -> None:
    """Regression: 天津市滨海新区商务局 (a 新区 that is a district of its own, unlike 两江新区) issued at provincial level,
    every clause applying in all 天津市."""
    doc = ingest_file(BLIND / "blind186_binhai_shenbao.html").documents[0]
    assert (doc.level, doc.region) == ("county", "滨海新区")


def test_a_decree_printed_whole_is_issued_by_its_government() -> None:
    """Regression: a 政府令 page (…现予公布 / 市长　陈立新 / 2024年5月28日, then （2024年5月28日厦门市人民政府令第219号公布…）)
    was issued by its page's 来源, 市司法局."""
    doc = ingest_file(BLIND / "blind186_xiamen_ling.html").documents[0]
    assert doc.issuers == ("厦门市人民政府",)
    assert doc.wrapper == "厦门市人民政府令（第219号）"


def test_a_page_saved_as_one_of_several_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the notice's page 1 of 2 (its pager: 共2页 … 下一页 尾页) was read as the whole text, stopping in the
    middle of 三、（三）, and nothing said the rest was missing; the ingest report now says so."""
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = CliRunner().invoke(app, ["ingest", str(BLIND / "blind186_hunan_page1.html")])
    assert result.exit_code == 0, result.output
    assert "分页未全：网页只保存了这篇文章的第 1 页（共 2 页）" in result.output


def test_a_section_the_page_heads_after_quoted_articles_is_no_part_of_the_last() -> None:
    """Regression: the 解读's <h3> sections (一、出台背景 … 四、申报兑现) were paragraphs among the articles it quotes, and
    四、申报兑现 with its text was glued to 第十条."""
    parsed = ingest_file(BLIND / "blind186_kunming_jiedu.html")
    tenth = next(c for c in parsed.clauses if c.label == "第十条")
    assert "申报兑现" not in tenth.text and tenth.path == ("三、主要内容",)
    assert [c.text for c in parsed.clauses if c.kind == "heading"] == ["一、出台背景", "二、制定依据", "三、主要内容", "四、申报兑现"]
