"""Rounds 328–331, written by someone who had not read the reader (tests/data/office/blind328 … blind331, each made by
its make_blindNNN.py): 会议纪要, 督查通报 and 简报; 公告, 通告 and their 解读; 清单; agreements and joint 倡议.
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"
R329 = OFFICE / "blind329"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_numbered_question_is_one_clause_with_its_whole_answer(suffix: str) -> None:
    """Regression: a 解读's 一、出台背景是什么？ kept only its answer's first paragraph; each further paragraph was a clause
    of its own (一、第2段), and in the PDF the quoted item of the 公告 was a clause a printed line. A heading of two
    questions (四、…何时施行？…如何处理？) lost its whole answer, and a group's heading over 问： pairs was an item."""
    parsed = ingest_file(R329 / f"blind329_quanguo_jiedu{suffix}")
    labels = [c.label for c in parsed.clauses]
    assert not any("第2段" in label for label in labels if label.startswith(("一、", "二、", "三、", "四、")))
    first = next(c for c in parsed.clauses if c.label == "一、")
    assert first.text.startswith("一、出台背景是什么？\n") and "为此，海关总署按照" in first.text
    quoted = next(c for c in parsed.clauses if c.label == "三、")
    assert "运营单位应当对照上述要求开展自查" in quoted.text and "场地运行情况。”" in quoted.text
    when = next(c for c in parsed.clauses if c.label == "四、")
    assert "《公告》自2026年4月1日起施行" in when.text
    assert str(next(c for c in parsed.clauses if c.label == "五、").kind) == "heading"


def test_a_ministry_department_signs_its_interpretation() -> None:
    """Regression: 海关总署口岸监管司 over the date was read as a clause (司 was no organ's ending), so the 解读 had no
    issuer, level or region."""
    parsed = ingest_file(R329 / "blind329_quanguo_jiedu.docx")
    doc = parsed.documents[0]
    assert doc.issuers == ("海关总署口岸监管司",) and doc.level == "ministry"
    assert not any(c.text == "海关总署口岸监管司" and str(c.kind) != "signature" for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_governments_numbered_notice_has_its_number(suffix: str) -> None:
    """Regression: 云南省人民政府通告 / 第 2 号 over the title gave the 通告 no 文号 (a 令's and a 公告's number were read so)."""
    doc = ingest_file(R329 / f"blind329_yunnan_tonggao{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "云南省人民政府通告第2号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_minutes_attendance_is_no_clause_and_the_distribution_list_is_the_imprint(suffix: str) -> None:
    """Regression: a 纪要's 出席：…, a name a line under it, 列席： over a table of units and persons, and 记录：… were
    twenty clauses; in the PDF the 分送 list wrapped over five lines was glued to the last of them."""
    parsed = ingest_file(OFFICE / "blind328" / f"blind328_yunnan_jiyao{suffix}")
    doc = parsed.documents[0]
    assert not any(c.text.startswith(("出 席", "列 席", "记 录", "王建华", "单 位")) for c in parsed.clauses)
    assert doc.attendance is not None and "王建华" in doc.attendance and "段永刚" in doc.attendance
    assert doc.cc is not None and doc.cc.startswith("省委办公厅") and doc.cc.endswith("中国铁路昆明局集团有限公司。")
    assert [c.label for c in parsed.clauses if str(c.kind) != "heading"][-1] == "五、"


def test_a_table_by_city_names_where_each_row_applies() -> None:
    """Regression: the rows of a 督查通报's table whose 城市 column names the city were the whole province's."""
    parsed = ingest_file(OFFICE / "blind328" / "blind328_hunan_tongbao.docx")
    rows = [c for c in parsed.clauses if str(c.kind) == "table_row" and "城市：" in c.text]
    assert rows[0].applies_to == ("长沙市",) and rows[5].applies_to == ("衡阳市",)
    assert next(c for c in parsed.clauses if "类别：合计" in c.text).applies_to == ("湖南省",)


def test_a_joint_decrees_number_and_its_organs_set_in_cells() -> None:
    """Regression: 国家发展和改革委员会 / 商务部 令 （2025年第37号） had no 文号, and in Word the organs' cells left 商务部｜
    as an issuer."""
    for suffix in (".docx", ".pdf"):
        doc = ingest_file(OFFICE / "blind330" / f"blind330_national_fumianqingdan{suffix}").documents[0]
        assert doc.issuers == ("国家发展和改革委员会", "商务部")
        assert doc.doc_number is not None and doc.doc_number.text == "国家发展和改革委员会 商务部令2025年第37号"


def test_an_initiatives_title_broken_in_word_is_whole() -> None:
    """Regression: 丝绸之路经济带节点城市 / 共建开放通道兰州倡议 (a soft break) kept its first line as the title and made the
    second a clause: 倡议 was no 文种."""
    parsed = ingest_file(OFFICE / "blind331" / "blind331_lanzhou_changyi.docx")
    assert parsed.documents[0].title == "丝绸之路经济带节点城市共建开放通道兰州倡议"
    assert not any(c.text == "共建开放通道兰州倡议" for c in parsed.clauses)


def test_an_agreement_with_a_company_is_the_zones_place() -> None:
    """Regression: a 片区 committee's agreement with a company was the province's (the company gave no place, so the
    committee's city was not taken)."""
    doc = ingest_file(OFFICE / "blind331" / "blind331_suifenhe_xieyi.docx").documents[0]
    assert (doc.level, doc.region) == ("municipal", "绥芬河市")
