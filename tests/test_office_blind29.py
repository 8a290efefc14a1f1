"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind29, made by make_blind29.py): a notice
numbered in full-width digits, a text exported from an office system with its
record fields above the text (GB18030), and a 办法 with hidden text in Word."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind29"


def test_an_office_systems_record_gives_title_number_and_issuer() -> None:
    """Regression: "标　　题：…" and the next field titled the file, the 文号 was lost, and the record's fields
    with the ＝＝＝ rule under them were one clause; the ---- rule, the 附件下载 lines and "打印　关闭" were
    clauses of the last item."""
    parsed = ingest_file(BLIND / "blind29_oa_export.txt")
    doc = parsed.documents[0]
    assert doc.title == "海南省商务厅关于组织申报2024年度海南自由贸易港“一带一路”经贸合作专项资金项目的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "琼商务〔2024〕112号"
    assert doc.issuers == ("海南省商务厅",)
    assert (doc.published, doc.signed) == ("2024-06-21", "2024-06-18")
    assert doc.addressees is not None and doc.addressees.startswith("各市、县、自治县商务主管部门")
    assert doc.attachments == ("2024年度“一带一路”经贸合作专项资金项目申报表", "申报企业信用承诺书")
    texts = [c.text for c in parsed.clauses]
    assert texts[0].startswith("为贯彻落实《海南自由贸易港建设总体方案》")
    assert not any("标" in t[:2] or "＝＝" in t or "----" in t or t.replace(" ", "") == "打印关闭" for t in texts)
    assert parsed.report.removed["separator_line"] == 2


def test_hidden_text_is_not_read() -> None:
    """Regression: runs Word hides (w:vanish: "【待核实：数据来源】", a hidden editor's paragraph, "（财政厅意见：
    删去）") were read into 第五条, 第六条 and 第七条."""
    clauses = {c.label: c.text for c in ingest_file(BLIND / "blind29_hidden_text.docx").clauses}
    assert clauses["第七条"].endswith("并对材料的真实性负责。")
    assert not any("待核实" in t or "编辑说明" in t or "财政厅意见" in t for t in clauses.values())


def test_full_width_numbers_read_right() -> None:
    """Read right at first reading: １．/（１） items, a full-width signature date."""
    parsed = ingest_file(BLIND / "blind29_fullwidth_numbers.docx")
    assert parsed.documents[0].signed == "2024-05-20"
    assert any(c.label.endswith("１．") for c in parsed.clauses)
