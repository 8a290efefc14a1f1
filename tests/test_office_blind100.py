"""A notice and its attachments uploaded as separate files, as government sites publish them (the notice, 附件1
申报指南, 附件2 申报汇总表 as a workbook, 附件3 信用承诺书 template), as .docx, LibreOffice PDF and .xlsx, by someone
who had not read the reader (tests/data/office/blind100, made by make_blind100.py)."""

from __future__ import annotations

from bri_kb.ingest.conventions import FORM_BLANKS
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind100"
NOTICE = "浙江省商务厅关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知"


def test_a_workbook_sent_as_an_attachment_is_titled_by_its_title_row_not_its_number() -> None:
    """Regression: the workbook's sheets each carry a title, so each is a document; the first opened with 附件2 above
    its title row, and 附件2 became the document's title, its title a clause."""
    parsed = ingest_file(BLIND / "附件2：2025年境外经贸合作区申报汇总表.xlsx")
    # (its 填表说明 sheet, notes on the book, closes the first sheet's document: round 153)
    assert [d.title for d in parsed.documents] == ["2025年境外经贸合作区申报汇总表"]
    assert not any(c.text in ("附件2", "2025年境外经贸合作区申报汇总表") for c in parsed.clauses)


def test_a_bracket_a_wrap_cut_is_no_list_number() -> None:
    """Regression (PDF): "（二）《…申报汇总表》（附件" / "2）；" — the line the wrap began with 2） was taken for a list's
    number (1) and 1）, as a guide numbers its points, were read as such this stop), and the item split in two."""
    clauses = ingest_file(BLIND / f"{NOTICE}.pdf").clauses
    assert any(c.text == "（二）《2025年境外经贸合作区申报汇总表》（附件2）；" for c in clauses)
    assert not any(c.label.startswith("2）") for c in clauses)


def test_the_attachments_own_files_read_as_documents() -> None:
    guide = ingest_file(BLIND / "附件1：2025年境外经贸合作区申报指南.pdf").documents[0]
    assert guide.title == "2025年境外经贸合作区申报指南"
    (pledge,) = ingest_file(BLIND / "附件3：信用承诺书.docx").documents
    assert pledge.title == "信用承诺书" and pledge.addressees == "浙江省商务厅" and pledge.effective is None


def test_a_templates_blanks_are_its_signature_not_clauses() -> None:
    """Regression: a template's fields left to fill in (承诺人（签章）：, 法定代表人（签字）：, 年 月 日; 填表人：　联系电话：
    审核人：) were paragraphs, answers a question could get."""
    for name in ("附件3：信用承诺书.docx", "附件3：信用承诺书.pdf", "附件2：2025年境外经贸合作区申报汇总表.xlsx"):
        clauses = ingest_file(BLIND / name).clauses
        blanks = [c for c in clauses if FORM_BLANKS.fullmatch(c.text)]
        assert blanks and all(c.kind == "signature" for c in blanks), name
        assert any(c.kind != "signature" and "签署之日起生效" in c.text for c in clauses) or name.endswith("xlsx")


def test_what_counts_as_a_blank_field() -> None:
    for line in ("承诺人（签章）：", "年　月　日", "填表人：　联系电话：　审核人：", "填报单位（盖章）：　填报日期：　年　月　日",
                 "单位（盖章）：______"):
        assert FORM_BLANKS.fullmatch(line), line
    for line in ("备注：", "附件：", "问：", "申报单位（盖章）：浙江某公司", "2024年5月1日", "主送：各市商务局"):
        assert not FORM_BLANKS.fullmatch(line), line
