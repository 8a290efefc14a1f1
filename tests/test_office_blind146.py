"""Word files whose outline lives only in their paragraph styles — a 管理办法 whose chapters and sections are bare
Heading 1 and Heading 2 paragraphs (总则, 支持标准, 国际物流通道; no 第一章 typed), a 工作方案 whose headings are bold
paragraphs with an outline level and no number — and the PDFs LibreOffice makes of them (the headings are bookmarks
there), written by someone who had not read the reader (tests/data/office/blind146, made by make_blind146.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.ingest.clean import Line
from bri_kb.ingest.structure import structure
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind146"


@pytest.mark.parametrize("name", ["blind146_chengdu_banfa.docx", "blind146_chengdu_banfa.pdf"])
def test_chapters_set_in_heading_styles_without_numbers(name: str) -> None:
    """Regression: 支持对象 and 国际物流通道 (Heading 1 and 2, no 第X章 typed) were read as the last lines of the
    article before them (…真实性进行审核。\\n支持对象), and no article had its chapter or section."""
    parsed = ingest_file(BLIND / name)
    by_label = {c.label: c for c in parsed.clauses}
    assert by_label["第三条"].text.endswith("进行审核。")
    assert by_label["第五条"].text.endswith("可参照本办法申报。")
    assert by_label["第六条"].path == ("支持标准", "国际物流通道")
    assert by_label["第九条"].path == ("支持标准", "境外经贸合作")
    assert by_label["第十三条"].path == ("附则",)
    assert by_label["第一条"].path == ("总则",)
    headings = [c.text for c in parsed.clauses if c.kind == "heading"]
    assert {"总则", "支持对象", "支持标准", "国际物流通道", "附则"} <= set(headings)


@pytest.mark.parametrize("name", ["blind146_fujian_fangan.docx", "blind146_fujian_fangan.pdf"])
def test_headings_with_an_outline_level_and_no_number(name: str) -> None:
    """Regression: the plan's headings (bold, w:outlineLvl 0 or 1, no number) were paragraphs, so after item 3. every
    later task nested under it (壮大“丝路飞翔”空中通道 was 3.第2段) and its items took item 3.'s 厦门片区."""
    parsed = ingest_file(BLIND / name)
    plan = ("中国（福建）自由贸易试验区深化“丝路海运”“丝路飞翔”建设工作方案（2024—2026年）",)  # (its heading since round 223)
    flights = next(c for c in parsed.clauses if c.text.startswith("支持厦门航空"))
    assert flights.path == (*plan, "主要任务", "壮大“丝路飞翔”空中通道")
    first = next(c for c in parsed.clauses if c.text.startswith("（一）推广"))
    assert first.path == (*plan, "主要任务", "提升通关便利化水平")
    assert first.applies_to == ("福建省",)
    assert next(c for c in parsed.clauses if c.text.startswith("1.加强组织领导")).path == (*plan, "保障措施")
    assert next(c for c in parsed.clauses if c.text == "总体要求").kind == "heading"


def test_a_measure_in_a_zone_after_its_first_phrase() -> None:
    """Regression: （三）深化闽台通关合作，在平潭片区开展…试点 applied in the whole province: the 片区 an item opens
    with after one phrase and a comma is where its measure is tried."""
    parsed = ingest_file(BLIND / "blind146_fujian_fangan.docx")
    third = next(c for c in parsed.clauses if c.text.startswith("（三）深化闽台"))
    assert third.applies_to == ("中国（福建）自由贸易试验区平潭片区",)


def test_an_outlined_heading_is_not_a_signature_nor_a_question() -> None:
    """A heading the outline marks is one only where it stands as a heading: an organ's name with the date under it
    is the 落款 (one line of a title set in Heading 1 can read as that name), an FAQ's Q4：… is its question."""
    lines = [Line(n, t) for n, t in enumerate(
        ["一、概况", "总体说明", "本办法适用于本市。", "Q4：需要准备哪些材料？", "申请表。", "某某市商务局", "2024年8月5日"], 1)]
    levels = {"总体说明": 0, "Q4：需要准备哪些材料？": 1, "某某市商务局": 0}
    segments = structure(lines, wrapped=False, levels=levels).segments
    kinds = {s.text: s.kind for s in segments}
    assert kinds["总体说明"] == "heading"
    assert kinds.get("Q4：需要准备哪些材料？") != "heading"
    assert kinds.get("某某市商务局") != "heading"
    without = structure(lines, wrapped=False).segments
    assert not any(s.kind == "heading" and s.text == "总体说明" for s in without)


def test_a_web_pages_headings_without_numbers(tmp_path: Path) -> None:
    """A CMS page sets its chapters as <h3>支持对象</h3> with no number: as in a Word file's heading styles, each is a
    heading over the articles after it, not the last line of the article before."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>某市支持企业开拓国际市场办法_某市商务局</title></head><body><div class='article'>"
        "<h1>某市支持企业开拓国际市场办法</h1><p>发布日期：2024-05-06　来源：某市商务局</p>"
        "<h3>总则</h3><p>第一条 为支持企业开拓国际市场，制定本办法。</p><p>第二条 本办法适用于本市注册的企业。</p>"
        "<h3>支持标准</h3><p>第三条 参加境外展会的，给予展位费50%补助。</p><p>第四条 单个企业年度补助不超过50万元。</p>"
        "<h3>附则</h3><p>第五条 本办法自2024年6月1日起施行。</p></div></body></html>", encoding="utf-8")
    by_label = {c.label: c for c in ingest_file(page).clauses}
    assert by_label["第二条"].text.endswith("注册的企业。")
    assert by_label["第三条"].path == ("支持标准",)
    assert by_label["第五条"].path == ("附则",)
