"""A notice and its attachments uploaded as separate files, as government sites publish them (the notice, 附件1
申报指南, 附件2 申报汇总表 as a workbook, 附件3 信用承诺书 template), as .docx, LibreOffice PDF and .xlsx, by someone
who had not read the reader (tests/data/office/blind100, made by make_blind100.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind100"
NOTICE = "浙江省商务厅关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知"


def test_a_workbook_sent_as_an_attachment_is_titled_by_its_title_row_not_its_number() -> None:
    """Regression: the workbook's sheets each carry a title, so each is a document; the first opened with 附件2 above
    its title row, and 附件2 became the document's title, its title a clause."""
    parsed = ingest_file(BLIND / "附件2：2025年境外经贸合作区申报汇总表.xlsx")
    assert [d.title for d in parsed.documents] == ["2025年境外经贸合作区申报汇总表", "填表说明"]
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
