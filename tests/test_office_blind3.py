"""Five more documents written the way offices write them by someone who had
not read the reader (tests/data/office/blind3, made by make_blind3.py with
python-docx and LibreOffice): a 会议纪要, a 批复, a notice laid out inside a
one-column Word table with a 名单 attachment, an 办法 carried by its 印发 notice,
and a 工作简报. Each test is a problem that a first reading showed."""

from __future__ import annotations

import json

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind3"


def test_a_notice_laid_out_in_a_one_column_table_is_read_as_paragraphs() -> None:
    """Regression: the whole notice sat in a one-column Word table (a template's frame) and became the
    document's title, one cell per line: no items, a 文号 glued to the masthead, no date."""
    parsed = ingest_file(BLIND / "l_layout_table_list.docx")
    (doc,) = parsed.documents
    assert doc.title == "云南省商务厅关于公布中国（云南）自由贸易试验区2021年度重点培育企业名单的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "云商发〔2021〕23号"
    assert (doc.signed, doc.effective, doc.expires) == ("2021-05-20", "2021-05-20", "2023-05-19")
    assert [c.label for c in parsed.clauses if c.kind == "item"] == ["一、", "二、", "三、", "四、"]
    assert len([c for c in parsed.clauses if c.kind == "table_row"]) == 30


@pytest.mark.parametrize("fmt", ["docx"])
def test_an_item_title_listed_in_the_table_of_contents_is_kept_where_it_heads_its_item(fmt: str) -> None:
    """Regression: a 简报 lists its items' titles under 本期要目; the second copy of a title of 20 characters
    or more, the one over its item, was dropped as a duplicate paragraph."""
    parsed = ingest_file(BLIND / f"n_work_bulletin.{fmt}")
    title = "青岛片区“齐鲁号”欧亚班列年内开行突破1000列"
    assert sum(title in c.text for c in parsed.clauses) == 2


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_measures_notice_with_its_masthead_wrapped_over_two_lines(fmt: str) -> None:
    """Regression: the 发文机关标志 "中国（辽宁）自由贸易试验区大连片区 / 管理委员会文件" wraps over two lines; the
    first was taken for the title, so the notice had no issuer and `bri clause 承诺制管理办法 第十二条` failed."""
    parsed = ingest_file(BLIND / f"m_measures_chapters.{fmt}")
    (doc,) = parsed.documents
    assert doc.title == "关于印发《中国（辽宁）自由贸易试验区大连片区企业投资项目承诺制管理办法》的通知"
    assert doc.issuing_mark == "中国（辽宁）自由贸易试验区大连片区管理委员会文件"
    assert doc.issuers == ("中国（辽宁）自由贸易试验区大连片区管理委员会",)
    assert doc.repeals == ("大自贸管发〔2018〕9号", "中国（辽宁）自由贸易试验区大连片区企业投资项目备案管理暂行办法")
    articles = [c.label for c in parsed.clauses if c.kind == "article"]
    assert articles == [f"第{n}条" for n in "一二三四五六七八九十"] + [f"第十{n}条" for n in "一二三四五六七"]


def test_articles_one_under_another_in_a_pdf_are_no_table() -> None:
    """Regression: three short articles set one under another (第十五条　…, 第十六条　…, 第十七条　…) lined up
    their gaps like a gutter and became a borderless table ('第十五条：第十六条 …'); 第十七条 was lost."""
    parsed = ingest_file(BLIND / "m_measures_chapters.pdf")
    assert not [c for c in parsed.clauses if c.kind in ("table_header", "table_row")]
    last = next(c for c in parsed.clauses if c.label == "第十七条")
    assert last.text.startswith("第十七条 本办法自2021年7月1日起施行，有效期5年。")


@pytest.mark.parametrize("typed", ["第三条", "第3条", "三"])
def test_an_approvals_item_is_found_as_readers_number_it(typed: str, tmp_path_factory: pytest.TempPathFactory,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: analysts call a 批复's item 三、 its 第三条; `bri clause 川府函〔2021〕47号 第三条` found nothing."""
    from typer.testing import CliRunner

    from bri_kb.cli import app
    from bri_kb.index.kb import build

    home = tmp_path_factory.getbasetemp() / "blind3-k"
    if not home.exists():
        build([BLIND / "k_approval_reply.docx"], home)
    monkeypatch.setenv("BRI_KB_HOME", str(home))
    out = CliRunner().invoke(app, ["clause", "川府函〔2021〕47号", typed, "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["text"].startswith("三、德阳市人民政府要切实履行主体责任")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_meeting_minutes_take_their_head_as_metadata(fmt: str) -> None:
    """Regression: a 纪要's mark (厦门片区管委会主任办公会议纪要) was taken for its title, its number 〔2021〕5号
    and the line of the office that edits it and its date were clauses; in the PDF the 出席 list was glued
    to the last decision."""
    parsed = ingest_file(BLIND / f"j_meeting_minutes.{fmt}")
    (doc,) = parsed.documents
    assert doc.title == "关于推进厦门片区国际贸易“单一窗口”和“丝路海运”发展有关事项的会议纪要"
    assert doc.issuing_mark == "厦门片区管委会主任办公会议纪要"
    assert doc.doc_number is not None and doc.doc_number.text == "〔2021〕5号"
    # (issued by the organ whose meeting it records, as its mark names it; the office under it edits it: the rounds'
    # writers count so, round 198's test_minutes_are_issued_by_the_organ_whose_meeting_they_record)
    assert (doc.issuers, doc.published) == (("厦门片区管委会",), "2021-03-05")
    assert not [c for c in parsed.clauses if c.text.startswith(("〔2021〕5号", "厦门片区管委会办公室2021"))]
    last = next(c for c in parsed.clauses if c.label == "（五）")
    assert last.text.endswith("请办公室根据与会同志意见修改完善后印发实施。")
    assert doc.attendance is not None and doc.attendance.startswith("出席：陈国栋")  # (the 纪要's, since round 328)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_work_bulletin_is_named_by_its_head(fmt: str) -> None:
    """Regression: a 简报 was titled "中国（山东）自由贸易试验区" (the first line of its mark), had no issuer or
    date (both in the 编 line of its head), its 报/送/发 lines were clauses, and a news title ending in 评估会
    was taken for a signature."""
    parsed = ingest_file(BLIND / f"n_work_bulletin.{fmt}")
    (doc,) = parsed.documents
    # (its number apart, as its 文号, since round 960: most analysts' keys title a 简报 by its mark alone)
    assert doc.title == "中国（山东）自由贸易试验区工作简报"
    assert doc.doc_number is not None and doc.doc_number.text == "第12期"
    assert (doc.issuers, doc.published) == (("山东省自由贸易试验区工作领导小组办公室",), "2021-09-15")
    assert doc.cc is not None and doc.cc.startswith("报：省委、省政府领导同志") and "发：济南、青岛、烟台片区管委会" in doc.cc
    assert doc.remarks == "责任编辑：王丽联系电话：0531-89013567（共印120份）"
    assert not [c for c in parsed.clauses if c.kind == "signature"]
    assert not [c for c in parsed.clauses if c.text.startswith(("报：", "送：", "发：", "工 作 简 报", "第12期"))]
