"""公文 whose issuer is not typed where a reader may look for it — a 版头 as a picture, a 版头 in a text box over a
落款 with only a seal and a date, a 片区 公告 with no 版头 — written by someone who had not read the reader
(tests/data/office/blind108, made by make_blind108.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind108"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_whom_to_call_is_a_clause_and_the_letters_closing_is_no_items(suffix: str) -> None:
    """Regression: in the Word file the 附注 （联系人：…，联系电话：…） was kept only as the document's remarks, so no
    question could find whom to call (the PDF had it as a clause); the closing 以上事项，妥否，请予支持并函复。 was a
    paragraph of the last item, （三）."""
    parsed = ingest_file(BLIND / f"blind108_qinzhou_letter.{suffix}")
    (doc,) = parsed.documents
    assert doc.issuers == ("钦州市人民政府办公室",)
    contact = [c for c in parsed.clauses if "0777-2859316" in c.text]
    assert len(contact) == 1 and contact[0].kind == "paragraph"
    closing = next(c for c in parsed.clauses if c.text.startswith("以上事项，妥否"))
    assert closing.path == () and not closing.label.startswith("（三）")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zone_notice_numbered_under_its_mark_has_that_number(suffix: str) -> None:
    """Regression: …郑州片区管理委员会公告 / 2024年第5号 (no 版头, the number on its own line under the mark that titles
    it) went into the title only; the 公告 had no 文号."""
    (doc,) = ingest_file(BLIND / f"blind108_zhengzhou_notice.{suffix}").documents
    assert doc.doc_number is not None and doc.doc_number.text == "中国（河南）自由贸易试验区郑州片区管理委员会公告2024年第5号"
    assert doc.issuers == ("中国（河南）自由贸易试验区郑州片区管理委员会",) and doc.published == "2024-06-12"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_blank_forms_labels_are_its_rows_not_categories(suffix: str) -> None:
    """Regression: the 申报表's rows under 项目｜填报内容, each a label beside its blank, were read as category
    headings (kind heading), as a table's 一、… row across its columns is."""
    clauses = ingest_file(BLIND / f"blind108_hunan_notice.{suffix}").clauses
    form = [c for c in clauses if c.fields.get("项目")]
    assert [c.fields["项目"] for c in form][:2] == ["申报单位名称", "统一社会信用代码"] and len(form) == 8
    assert all(c.kind == "table_row" for c in form)
