"""Rounds 336–339, written by someone who had not read the reader (tests/data/office/blind336 … blind339, each made by
its make_blindNNN.py): joint Party and government documents; 办事指南 and 服务指南; long tables over PDF pages; 批复,
复函 and a reply to a deputy's proposal. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_sentences_subject_is_no_bonded_zones_name() -> None:
    """Regression: 二、十堰市人民政府是综保区申建工作的责任主体 placed five clauses at "十堰市人民政府是综合保税区", and 红花岗区、
    汇川区的跨境电商企业通过综保区… one at "汇川区的跨境电商企业通过综合保税区"."""
    parsed = ingest_file(OFFICE / "blind339" / "blind339_hubei_pifu.docx")
    assert next(c for c in parsed.clauses if c.label == "二、").applies_to == ("十堰市",)
    zunyi = ingest_file(OFFICE / "blind225" / "blind225_zunyi_cuoshi.docx")
    assert not any("的" in p or "是" in p for c in [*parsed.clauses, *zunyi.clauses] for p in c.applies_to)


def test_bonded_zones_listed_under_one_name_may_have_long_names() -> None:
    """Regression: 成都高新、成都国际铁路港、绵阳、泸州、宜宾综合保税区 placed a row at 成都市 and three zones; an open list
    (泸州、宜宾等综合保税区) names no zone 宜宾等综合保税区."""
    parsed = ingest_file(OFFICE / "blind338" / "blind338_sichuan_tongzhi.docx")
    row = next(c for c in parsed.clauses if "成都高新、成都国际铁路港、绵阳、泸州、宜宾综合保税区" in c.text)
    assert set(row.applies_to) == {f"{x}综合保税区" for x in ("成都高新", "成都国际铁路港", "绵阳", "泸州", "宜宾")}
    yibin = ingest_file(OFFICE / "blind317" / "blind317_yibin_zhuanfa.docx")
    assert next(c for c in yibin.clauses if c.label == "（四）").applies_to == ("四川省",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_entry_limited_to_some_places_applies_there(suffix: str) -> None:
    """Regression: a list's entries noted （限昆明综合保税区、红河综合保税区）, （限…德宏片区和西双版纳傣族自治州勐腊县） applied
    in the whole province."""
    parsed = ingest_file(OFFICE / "blind338" / f"blind338_yunnan_gonggao{suffix}")
    rows = {c.text.split("\n")[0]: c for c in parsed.clauses if str(c.kind) == "table_row"}
    assert rows["序号：10"].applies_to == ("昆明综合保税区", "红河综合保税区")
    assert rows["序号：2"].applies_to == ("中国（云南）自由贸易试验区德宏片区", "勐腊县")
    assert rows["序号：14"].applies_to == ("中国（云南）自由贸易试验区昆明片区",)
    assert rows["序号：1"].applies_to == ("云南省",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organs_name_over_its_announcements_number_is_its_masthead(suffix: str) -> None:
    """Regression: 云南省商务厅 in red over 2025年第4号 over the 公告's title: the title was the three run together (in the
    PDF the organ alone, the number and the title two clauses), and the 公告 had no number."""
    doc = ingest_file(OFFICE / "blind338" / f"blind338_yunnan_gonggao{suffix}").documents[0]
    assert doc.title == "云南省商务厅关于发布《云南省面向南亚东南亚开放鼓励类产业目录（2025年版）》的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "云南省商务厅公告2025年第4号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_labelled_reply_class_over_the_masthead_is_a_mark(suffix: str) -> None:
    """Regression: 答复类别：A类 atop a reply to a deputy's proposal was its title (in the PDF the whole head run together),
    the title's two lines clauses, and 孙立群代表： no 主送."""
    parsed = ingest_file(OFFICE / "blind339" / f"blind339_lianyungang_dafu{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "关于市十七届人大四次会议第0123号代表建议的答复" and doc.reply_class == "A类"
    assert doc.doc_number is not None and doc.doc_number.text == "连商建〔2025〕23号"
    assert doc.signatory == "李卫东" and doc.addressees == "孙立群代表"


def test_a_pages_heading_over_a_side_menus_heading() -> None:
    """Regression: a page's side menu headed <h2>政务服务</h2> above the article's <h1> gave the page that title."""
    doc = ingest_file(OFFICE / "blind337" / "blind337_pingxiang_zhinan.html").documents[0]
    assert doc.title == "凭祥综合保税区区内企业入区登记备案办事指南"


def test_two_organs_a_gap_apart_in_a_joint_marks_cell_are_two() -> None:
    """Regression: a joint 公告's head set as a Word table, 财政部　国家发展改革委 in one cell and so on beside 公告, gave four
    issuers glued in pairs (财政部国家发展改革委, …) and its number the same."""
    doc = ingest_file(OFFICE / "blind338" / "blind338_national_qingdan.docx").documents[0]
    # (named in full as their 落款 signs them, since stop 68: the mark names two of them short)
    assert doc.issuers == ("财政部", "国家发展和改革委员会", "工业和信息化部", "农业农村部", "商务部", "海关总署", "国家市场监督管理总局")
