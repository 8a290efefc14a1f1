"""Annual work plans and task lists as FTZ and 一带一路 offices print them — a 省自贸办 notice carrying a 工作要点 whose
items end with their responsible units, a 市政府办公室 notice with a 重点任务分工表, a 片区 工作要点 with a 专栏 — written
by someone who had not read the reader (tests/data/office/blind109, made by make_blind109.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.level import level_and_region
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind109"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_city_office_naming_itself_short_is_that_citys(suffix: str) -> None:
    """Regression: the title's 市政府办公室关于… was the issuer (not the 版头's 连云港市人民政府办公室, which names it in
    full with 人民), and a title naming no place made the notice national: every task applied in all China."""
    parsed = ingest_file(BLIND / f"blind109_lianyungang_tasklist.{suffix}")
    doc = parsed.documents[0]
    assert (doc.issuers, doc.level, doc.region) == (("连云港市人民政府办公室",), "municipal", "连云港市")
    assert all(c.applies_to == ("连云港市",) for c in parsed.clauses)


def test_an_office_named_by_its_level_alone_is_local_not_national() -> None:
    """Regression: with no place anywhere, 市政府办公室关于…的通知 was read as a national ministry's."""
    assert level_and_region("市政府办公室关于印发重点任务分工的通知", ("市政府办公室",), None, gazetteer()) == ("municipal", "")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_plan_adopted_at_an_office_meeting_is_dated_and_issued_by_it(suffix: str) -> None:
    """Regression: （2025年2月10日南宁片区管委会2025年第2次主任办公会议审议通过）, the plan's only date, gave no date and
    no issuer (an adoption note was only a congress's or a government's 第N次（常务）会议)."""
    (doc,) = ingest_file(BLIND / f"blind109_nanning_workplan.{suffix}").documents
    assert (doc.published, doc.issuers, doc.level) == ("2025-02-10", ("南宁片区管委会",), "municipal")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_supporting_one_zone_to_push_on_applies_there(suffix: str) -> None:
    """Regression: 10.支持平潭片区推进“一岛两标”建设… applied in all 福建省 (推进, 推动, 扩大, 做大, 申报 … were no
    verbs an item opens its 片区's measure with)."""
    clauses = ingest_file(BLIND / f"blind109_fujian_workplan.{suffix}").clauses
    item = next(c for c in clauses if c.text.startswith("10.支持平潭片区"))
    assert item.applies_to == ("中国（福建）自由贸易试验区平潭片区",)


def test_a_heading_filling_its_line_and_a_box_title_in_the_pdf() -> None:
    """Regression: in the PDF 二、服务共建…重要节点 (a heading filling its line, its comma no sentence's end) ran on into
    （一）做强南宁国际铁路港。…, read as the wrap before an inline number; the box's title 专栏　2025年南宁片区十大重点项目
    ran on from the item above it, and its label was 专栏20 (the year's first figures)."""
    clauses = ingest_file(BLIND / "blind109_nanning_workplan.pdf").clauses
    heading = next(c for c in clauses if c.text.startswith("二、"))
    assert heading.text == "二、服务共建“一带一路”，打造国际陆海贸易新通道重要节点"
    assert any(c.label == "二、（一）" and c.text.startswith("（一）做强南宁国际铁路港") for c in clauses)
    box = next(c for c in clauses if "十大重点项目" in c.text)
    assert (box.label, box.kind) == ("专栏", "heading") and box.text.startswith("专栏")


def test_a_tasks_units_typed_right_aligned_over_two_lines_stay_with_it() -> None:
    """Regression: in the PDF item 8's units, （责任单位：…中国铁路南昌 / 局集团有限公司福州办事处） with the second line set
    right-aligned, were cut into two clauses in the middle of an organ's name."""
    clauses = ingest_file(BLIND / "blind109_fujian_workplan.pdf").clauses
    item = next(c for c in clauses if c.label == "8.")
    assert item.text.endswith("中国铁路南昌局集团有限公司福州办事处）")
    assert not any(c.text.startswith("局集团") for c in clauses)


def test_rows_under_cells_merged_across_a_page_break_stay_rows() -> None:
    """Regression: in the PDF task 3's second measure, atop the next page under 序号 and 重点任务 merged down from the
    page before, was taken for the rest of the first measure's row the break cut (…一枚印章管审批”。形成制度创新成果…,
    完成时限：2025年6月底前2025年11月底前), and the third measure lost its 序号 and 重点任务."""
    clauses = ingest_file(BLIND / "blind109_lianyungang_tasklist.pdf").clauses
    task = [c.fields for c in clauses if c.kind == "table_row" and c.fields.get("重点任务") == "提升自贸试验区连云港片区发展能级"]
    assert [f["完成时限"] for f in task] == ["2025年6月底前", "2025年11月底前", "长期坚持"]
    assert all(f["序号"] == "3" for f in task)


def test_a_later_cell_merged_across_a_page_break_carries_on() -> None:
    """Regression: 牵头单位 连云港片区管委会, merged down over task 3's first two measures and printed on the page before
    only, was lost from the second measure atop the next page (its cell there empty), though 序号 and 重点任务 merged
    beside it were carried on."""
    clauses = ingest_file(BLIND / "blind109_lianyungang_tasklist.pdf").clauses
    task = [c.fields for c in clauses if c.kind == "table_row" and c.fields.get("序号") == "3"]
    assert [f.get("牵头单位") for f in task] == ["连云港片区管委会", "连云港片区管委会", "市司法局"]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zone_areas_committee_rules_in_its_area(suffix: str) -> None:
    """Regression: the 南宁片区管委会's 工作要点 applied in all 南宁市 (and round 108's 郑州片区管理委员会公告 in all
    郑州市): a 片区's committee rules in its 片区, so `--where 洛阳片区` hides it while 郑州市 and 河南省 keep it."""
    parsed = ingest_file(BLIND / f"blind109_nanning_workplan.{suffix}")
    assert parsed.documents[0].region == "南宁市"
    assert {c.applies_to for c in parsed.clauses} == {("中国（广西）自由贸易试验区南宁片区",)}
