"""Issuers and numbers other than a government's: a 直属海关's 公告, a provincial tax
bureau's 公告 numbered 公告2024年第3号, a 片区 committee's measures with a registration
number above its 版头, by someone who had not read the reader (tests/data/office/blind54,
made by make_blind54.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.level import level_and_region
from bri_kb.vocabulary import parse_doc_number
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind54"
CUSTOMS_TITLE = "南宁海关关于支持中国（广西）自由贸易试验区中欧班列和西部陆海新通道货物通关便利化的公告"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_customs_districts_announcement_names_its_issuer_and_applies_in_its_province(suffix: str) -> None:
    """Regression: the 版头 中华人民共和国南宁海关 was the title, the title's three lines were clauses (in
    the Word file), no issuer was read (海关 was no organ), and the 公告 applied to 南宁市 alone, though
    its 片区 are in 钦州 and 崇左 as well."""
    parsed = ingest_file(BLIND / f"blind54_nanning_gonggao.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == CUSTOMS_TITLE
    assert doc.issuers == ("南宁海关",) and doc.issuing_mark == "中华人民共和国南宁海关"
    assert (doc.level, doc.region) == ("provincial", "广西壮族自治区")
    assert not any(CUSTOMS_TITLE[:10] in c.text for c in parsed.clauses)
    signature = [c.text for c in parsed.clauses if c.kind.value == "signature"]
    assert signature[:2] == ["南宁海关", "2024年4月15日"]  # (the 落款 is the organ's since round 230)
    # (the PDF had glued 特此公告 to item 六、; on its own line it is the closing formula, no clause: round 290)
    assert not any("特此公告" in c.text for c in parsed.clauses) and parsed.report.removed.get("closing_formula") == 1
    six = next(c for c in parsed.clauses if c.label == "六、")
    assert six.text.endswith("同时废止。")


def test_a_customs_district_is_its_cities_province_only_when_it_is_named_by_a_city() -> None:
    gaz = gazetteer()
    assert level_and_region("成都海关关于…的公告", ["成都海关"], None, gaz) == ("provincial", "四川省")
    assert level_and_region("海关总署关于…的公告", ["海关总署"], None, gaz)[0] == "ministry"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_announcement_numbered_by_year_and_serial_is_its_doc_number(suffix: str) -> None:
    """Regression: 国家税务总局云南省税务局公告2024年第3号 (the form ministries and their bureaus number a
    公告 with) was no 文号: it was the first clause, and the repealed 公告2019年第6号 was named by title only;
    特此公告 was glued to 第八条."""
    parsed = ingest_file(BLIND / f"blind54_yunnan_gonggao.{suffix}")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "国家税务总局云南省税务局公告2024年第3号"
    assert "国家税务总局云南省税务局公告2019年第6号" in doc.repeals
    assert not any(c.text == doc.doc_number.text for c in parsed.clauses)
    eight = next(c for c in parsed.clauses if c.label == "第八条")
    assert "特此公告" not in eight.text and eight.text.endswith("同时废止。")


def test_announcement_numbers_as_they_are_printed_and_cited() -> None:
    for text, number, code in (
        ("海关总署公告2024年第45号", "海关总署公告2024年第45号", "海关总署公告"),
        ("中华人民共和国海关总署公告（2024年第45号）", "中华人民共和国海关总署公告2024年第45号", "中华人民共和国海关总署公告"),
        ("根据国家税务总局公告2019年第6号规定", "国家税务总局公告2019年第6号", "国家税务总局公告"),
        ("商务部令2019年第1号", "商务部令2019年第1号", "商务部令"),
    ):
        dn = parse_doc_number(text)
        assert dn is not None and (dn.text, dn.issuer_code) == (number, code), text
    assert parse_doc_number("公告2024年第3号") is None  # no issuer
    assert parse_doc_number("国发〔2017〕57号").text == "国发〔2017〕57号"  # type: ignore[union-attr]


def test_a_registration_number_above_the_masthead_is_no_title() -> None:
    """Regression: 登记号：SCCR-2024-0120005 in the corner above a two-line 版头 made the title
    "登记号：SCCR-2024-0120005中国（四川）自由贸易试验区", the title's lines clauses; the zone's name
    over the committee's in the signature was a clause of （九）; and the 版记 before the 政策解读
    made a third document of its own (抄送：… as its title)."""
    parsed = ingest_file(BLIND / "blind54_qingbaijiang_cuoshi.docx")
    measures, reading = parsed.documents
    assert measures.title == "成都青白江铁路港片区管理委员会关于支持中欧班列（成渝）拓展共建“一带一路”国际市场的若干措施"
    assert measures.issuing_mark == "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会文件"
    assert measures.cc and measures.cc.startswith("省自贸试验区工作办公室")
    assert measures.printed_by == "青白江铁路港片区管委会党政办公室"
    assert reading.title.endswith("政策解读")
    texts = [c.text for c in parsed.clauses]
    assert not any("SCCR" in t or t.startswith("抄送") for t in texts)
    nine = next(c for c in parsed.clauses if c.label == "（九）")
    assert nine.text == "（九）本措施由片区管委会经济发展局负责解释。"
    # (the zone's name over the committee's is one organ's name, wrapped: the 落款 reads it whole)
    assert [c.text for c in parsed.clauses if c.kind.value == "signature"][:1] == [
        "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"]
