"""PDFs whose text layer is not what the eye reads — blocks drawn out of reading order, a title drawn as outlines,
a form whose filled-in values sit in its fields — written by someone who had not read the reader
(tests/data/office/blind144, made by make_blind144.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind144"


def test_a_forms_filled_in_values() -> None:
    """Regression: every value filled into the form's fields (申报单位, 286.00万元 asked, the review's opinion, the ticked
    check boxes) was lost without a word, the clauses bare labels: a field's value is read where it stands, a check box
    as ☑ or ☐ before its label."""
    rows = [c.text for c in ingest_file(BLIND / "blind144_wuhan_form.pdf").clauses if c.kind == "table_row"]
    assert "申报单位（盖章）：武汉楚贸通供应链管理有限公司" in rows
    assert any("申请补助金额（万元）：286.00" in r for r in rows)
    assert any("☑ 跨境物流企业" in r and "☐ 跨境电商企业" in r for r in rows)
    assert any(r.startswith("经济发展局初审意见：经初审") for r in rows)


def test_blocks_drawn_out_of_order_read_in_order() -> None:
    """Found right: the blocks of the 福建 notice drawn in a scrambled order (the 版记 first, the title's last line first,
    one character at a time) read as the eye reads them."""
    parsed = ingest_file(BLIND / "blind144_fujian_scrambled.pdf")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "闽商务自贸〔2024〕17号"
    assert (doc.effective, doc.expires) == ("2024-05-01", "2026-12-31")


def test_a_title_drawn_as_outlines_is_read_from_the_files_properties() -> None:
    """Regression: the 武汉片区 notice draws its title as outlines (no text), the file's properties hold it; the
    document was titled by its 主送 line (片区各部门、…，各有关企业：). The properties' title stands after the 文号 now."""
    doc = ingest_file(BLIND / "blind144_wuhan_outlined.pdf").documents[0]
    assert doc.title == "中国（湖北）自由贸易试验区武汉片区管理委员会关于开展2024年度“一带一路”跨境电商海外仓项目申报工作的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "武自贸管发〔2024〕21号"


def test_a_stale_template_title_in_the_properties_is_not_read() -> None:
    """Found right: the 福建 notice's properties name a Word file (Microsoft Word - 17号文（丝路海运）定稿.docx): its own
    title, drawn as text, stays."""
    doc = ingest_file(BLIND / "blind144_fujian_scrambled.pdf").documents[0]
    assert doc.title.startswith("福建省商务厅") and "17号文" not in doc.title
