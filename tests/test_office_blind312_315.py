"""Rounds 312–315, written by someone who had not read the reader (tests/data/office/blind312 … blind315, each made by
its make_blindNNN.py): who does the work (领导小组, 联席会议), 公示 and 通报, 请示 and the 批复 and 函 that answer them, a
district's 公报. With them, what the news rounds (309) and the older rounds showed. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.members import member_lists
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_districts_gazette_with_a_dated_interpretation_last_is_its_five_documents(suffix: str) -> None:
    """Regression: the 解读 closing the issue carries a 发布日期 line, and the four red-header 公文 before it were read as
    one document (titled by the cover's 准印证号 line)."""
    docs = ingest_file(OFFICE / "blind315" / f"blind315_huangdao_gongbao{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == [
        "青黄政发〔2025〕7号", "青黄政发〔2025〕9号", "青黄政办字〔2025〕23号", "青黄商规〔2025〕1号", None]
    assert docs[0].title == "青岛市黄岛区人民政府关于加快跨境电子商务发展深度融入共建“一带一路”的通知"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_leading_groups_members_are_a_line_each(suffix: str) -> None:
    """Regression: in Word two members' lines ran together (刘志刚　省委宣传部副部长吴晓东…); in the PDF, their name and
    post set far apart, they were read as a table whose header was the 组长's line."""
    parsed = ingest_file(OFFICE / "blind312" / f"blind312_jiangxi_tongzhi{suffix}")
    texts = [c.text.replace("\u3000", " ") for c in parsed.clauses]
    for member in ("吴晓东 省委网信办副主任", "欧阳志远 省地方金融管理局副局长", "刘 洋 中国信保江西分公司总经理"):
        assert member in texts
    assert not any(str(c.kind) in ("table_row", "table_header") for c in parsed.clauses[:30])


def test_member_lists_set_back_only_a_list_with_its_roles() -> None:
    rows = [f"组　长：叶国安{CELL}省长", f"周明远{CELL}副省长", f"陈立平{CELL}省人民政府秘书长"]
    assert member_lists(rows) == ["组　长：叶国安\u3000省长", "周明远\u3000副省长", "陈立平\u3000省人民政府秘书长"]
    table = [f"姓名{CELL}职务", f"叶国安{CELL}省长", f"周明远{CELL}副省长"]  # (a table with its head: left alone)
    assert member_lists(table) == table


@pytest.mark.parametrize(("stem", "formula"), [("blind314_guangxi_fuhan", "专此函复"),
                                               ("blind314_qinzhougang_qingshi", "妥否，请批示")])
def test_a_letters_and_a_requests_closing_formula_is_no_clause(stem: str, formula: str) -> None:
    parsed = ingest_file(OFFICE / "blind314" / f"{stem}.docx")
    assert not any(c.text.startswith(formula) or c.text.endswith(f"。{formula}。") for c in parsed.clauses)
    assert parsed.report.removed.get("closing_formula", 0) >= 1


@pytest.mark.parametrize(("path", "span"), [
    ("blind165/blind165_mot_fuhan.docx", ("2024-12-01", "2026-11-30")),  # 试点期限为2年，自…起至…止
    ("blind184/blind184_qingdao_swj.html", ("2024-09-01", "2027-08-31")),  # 认定有效期3年，自…起至…止
    ("blind241/blind241_guoban_han.html", ("2026-02-01", "2028-12-31")),  # 试点期限自…至…
    ("blind151/blind151_pifu.docx", (None, None)),  # (one item's 试点期为…至…: not the document's)
    ("blind269/blind269_xinjiang_tongzhi.docx", ("2024-07-01", "2026-12-31")),  # (its own 有效期至 wins over an item's)
])
def test_a_pilots_or_a_lists_term_dates_the_document_that_dates_itself_no_other_way(
        path: str, span: tuple[str | None, str | None]) -> None:
    doc = ingest_file(OFFICE / path).documents[0]
    assert (doc.effective, doc.expires) == span


def test_the_pictures_captions_after_a_reposted_notice_are_no_clauses() -> None:
    """Regression: ▲ captions after the notice (no credit, or a name with brackets) were clauses, and so were the 版记's
    lines above them."""
    parsed = ingest_file(OFFICE / "blind309" / "blind309_linyi_gongzhonghao.html")
    assert not any(c.text.startswith("▲") or c.text.startswith("抄送") for c in parsed.clauses)
    assert parsed.documents[0].printed_date == "2025-04-21"
