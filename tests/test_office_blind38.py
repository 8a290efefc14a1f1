"""Plans, guides and standards-like documents, by someone who had not read the
reader (tests/data/office/blind38, made by make_blind38.py): a provincial
专项规划 with a 专栏 box and an indicator table, a local standard numbered in
dot-decimal, a 国别投资合作指南 section copied out of its PDF as text."""

from __future__ import annotations

from bri_kb.ingest.clean import classify
from bri_kb.ingest.numbering import marker_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind38"
HEAD = "对外投资合作国别（地区）指南　老挝（2023年版）"


def test_a_running_header_beside_bare_page_numbers_that_turn() -> None:
    """Regression: a guide copied out of its PDF printed its running head atop each page under the page
    before's bare number (7, 8): neither was removed, so a paragraph cut by a page break was split round
    "8" and the head (…设计时速160公里，8 / 指南 老挝（2023年版） / 于2021年12月3日…)."""
    body = [f"第{n}段正文，内容较长，用于占满一页的篇幅。" for n in range(12)]
    raw = [HEAD, "", *body, "", "7", "", HEAD, "", *body, "", "8", "", HEAD, "", *body]
    kinds, _ = classify(raw)
    assert [kinds[i] for i, t in enumerate(raw) if t == HEAD] == ["running_header"] * 3
    assert kinds[raw.index("7")] == kinds[raw.index("8")] == "page_number"
    # rows of a table that repeat a cell beside their numbers, a few lines apart, are no running header
    rows = ["1", "《某某条例》", "第一条：内容。", "2", "《某某条例》", "第二条：内容。", "3", "《某某条例》", "第三条：内容。"]
    assert set(classify(rows)[0]) == {None}
    parsed = ingest_file(BLIND / "blind38_guobie_zhinan.txt")
    texts = [c.text for c in parsed.clauses]
    assert any("设计时速160公里，于2021年12月3日全线开通运营。" in t for t in texts)
    assert not any(t == HEAD.replace("　", " ") or t == HEAD for t in texts)


def test_a_box_drawn_in_characters_leaves_its_frame_out() -> None:
    """Regression: a 提示 box drawn with ┌───┐ and └───┘ kept its frame lines as clauses."""
    texts = [c.text for c in ingest_file(BLIND / "blind38_guobie_zhinan.txt").clauses]
    assert not any(t.startswith(("┌", "└")) for t in texts)
    assert any("老挝对外国投资实行负面清单管理" in t for t in texts)


def test_a_plan_with_a_box_and_an_indicator_table_reads_right() -> None:
    """Read right at first reading: the notice's metadata, the 专栏 box's four lines across a page break, the
    indicator table's rows under their header names."""
    parsed = ingest_file(BLIND / "blind38_guihua_zhuanlan.pdf")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "云政办发〔2021〕68号"
    assert sum(c.kind == "table_row" for c in parsed.clauses) >= 5


def test_a_tables_caption_is_a_heading_over_its_rows() -> None:
    """Regression (found asking questions of the office files): a table's caption set as a line above its
    header (2024年度云南省省级境外经贸合作区拟认定名单, 表1　主要指标) was a paragraph, so a question about the
    table ranked the bare caption first; it is now a heading (表题) that names the table for its rows."""
    parsed = ingest_file(DATA / "office" / "blind27" / "blind27_publicity.pdf")
    caption = next(c for c in parsed.clauses if c.text == "2024年度云南省省级境外经贸合作区拟认定名单")
    assert (caption.kind, caption.label) == ("heading", "表题")
    plan = ingest_file(BLIND / "blind38_guihua_zhuanlan.pdf")
    assert any(c.kind == "heading" and c.text.startswith("表1") for c in plan.clauses)
    # a sentence above a table is no caption
    notice = ingest_file(DATA / "office" / "blind32" / "blind32_wuxi_plan.docx")
    assert all(not c.text.endswith("。") for c in notice.clauses if c.label == "表题")


def test_a_standards_dot_decimal_clauses_are_numbered() -> None:
    """Regression: a standard's clauses numbered in dot-decimal (4.1 服务场所 / 4.1.2 专区使用面积…) were
    paragraphs whose number was no label (`bri clause … 4.1.2` found nothing); a figure with its unit
    (3.5亿元, 2.5倍, 4.5个百分点) opens no clause; 附录A opens the appended part."""
    assert [marker_of(t) for t in ("4.1.2专区使用面积不宜小于60 m²", "4.1服务场所", "2.1 总体要求")] == [
        ("decimal3", "4.1.2"), ("decimal2", "4.1"), ("decimal2", "2.1")]
    assert [marker_of(t) for t in ("3.5亿元", "2.5倍", "4.5个百分点", "1.2万平方米", "3.1")] == [None] * 5
    parsed = ingest_file(BLIND / "blind38_difang_biaozhun.docx")
    labels = {c.label: c for c in parsed.clauses}
    assert labels["4.1.2"].text.startswith("4.1.2专区使用面积不宜小于60") and labels["4.1.2"].path[-1] == "4.1服务场所"
    assert labels["4.1"].kind == "heading" and labels["5.2.2"].kind == "item"
    assert labels["附录A"].kind == "heading"
