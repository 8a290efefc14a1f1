"""National documents several ministries issue together (商务部 外交部 国家发展改革委 财政部 联合印发 a 指引, a 海关总署
公告 with its 解读, a 国务院办公厅 复函 to 广西 on a 片区's extension), as .docx and LibreOffice PDF, by someone who had
not read the reader (tests/data/office/blind105, made by make_blind105.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind105"
GUIDE = "共建“一带一路”境外经贸合作区高质量发展指引"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_central_answer_to_one_province_rules_there(suffix: str) -> None:
    """Regression: the State Council office's 复函 to 广西壮族自治区人民政府 on 钦州港片区's extension had region 全国 and
    every clause applied in all 22 free trade zones (上海's among them)."""
    parsed = ingest_file(BLIND / f"blind105_广西_国办复函钦州港片区扩区.{suffix}")
    (doc,) = parsed.documents
    assert (doc.level, doc.region) == ("state_council", "广西壮族自治区")
    assert all(c.applies_to == ("广西壮族自治区",) for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_ministries_signing_two_a_row_are_the_signature(suffix: str) -> None:
    """Regression: in Word the four ministries' 落款, two a row in a borderless table over one date, was a table (商务部
    its header, 国家发展改革委 a value); in the PDF its first row ran into the 附件说明 above it (…指引商务部 外交部)."""
    parsed = ingest_file(BLIND / f"blind105_全国_四部门合作区指引通知.{suffix}")
    assert parsed.documents[0].attachments == (GUIDE,)
    signed = " ".join(c.text for c in parsed.clauses if c.kind == "signature")
    assert all(organ in signed for organ in ("商务部", "外交部", "国家发展改革委", "财政部"))
    assert not any(c.kind in ("table_header", "table_row") and "外交部" in c.text for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_reading_after_the_notice_with_no_heading_is_a_document_of_its_own(suffix: str) -> None:
    """Regression: the 解读 printed after the 公告's 口岸 list (its title a line 《…》解读, no heading, no closing line
    above it) stayed in the 公告, its answers clauses of the 公告 under the list's heading; and the 公告's own repeal,
    海关总署公告2021年第47号（关于…的公告）同时废止, was found only because the 解读 repeated it without the bracket."""
    parsed = ingest_file(BLIND / f"blind105_全国_海关总署铁路快通公告.{suffix}")
    notice, reading = parsed.documents
    assert notice.repeals == ("海关总署公告2021年第47号",)
    assert reading.title == "《关于在中欧班列相关铁路口岸推广“铁路快通”监管模式的公告》解读"
    assert (reading.issuers, reading.level, reading.repeals) == (("海关总署监管司",), "ministry", ())
    answers = [c for c in parsed.clauses if c.text.startswith("问：")]
    assert len(answers) == 4 and all(c.doc_id == reading.doc_id and not c.path for c in answers)


def test_a_joint_mark_stacked_in_the_pdf_names_each_organ() -> None:
    """Regression: in the PDF the joint 版头's first two organs, one a line with 文件 beside the second (商 务 部 /
    外 交 部  文件), were joined as a wrapped heading: issuers 商务部, 商务部外交部, 国家发展改革委, 财政部."""
    (doc, *_) = ingest_file(BLIND / "blind105_全国_四部门合作区指引通知.pdf").documents
    assert doc.issuers == ("商务部", "外交部", "国家发展改革委", "财政部")
