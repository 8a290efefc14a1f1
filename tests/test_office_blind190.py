"""Ordinary pages of four more sites in new layouts — a 云南省人民政府公报 issue page printing two documents, a 厦门 政策问答
page in GBK, a 南沙 Vue page with a hidden mobile copy, and a 川南临港片区 page whose notice is a WPS paste in a borderless
table (tests/data/office/blind190, made by make_blind190.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind190"


def test_a_notice_pasted_as_a_borderless_table_is_read_as_paragraphs() -> None:
    """Regression: the table's four rows (文号 + title + 主送 + text; 附件：|list; 落款; the 附件's 措施) were four table
    rows, the ten items run together in one; issuer, dates and 主送 were lost."""
    parsed = ingest_file(BLIND / "blind190_pianqu.html")
    doc = parsed.documents[0]
    assert doc.issuers == ("中国（四川）自由贸易试验区川南临港片区管理委员会",)
    assert (doc.signed, doc.effective, doc.expires) == ("2024-09-03", "2024-10-01", "2027-09-30")
    assert doc.addressees == "管委会各部门（局），各驻区单位，有关企业"
    assert doc.attachments == ("川南临港片区支持综合保税区和港口物流高质量发展若干措施", "川南临港片区港口物流发展专项资金申报表")
    labels = [c.label for c in parsed.clauses]
    assert "（一）" in labels and "四、（二）" in labels and not any(c.kind == "table_row" for c in parsed.clauses)
    item = next(c for c in parsed.clauses if c.label == "二、（二）")
    assert item.text.startswith("（二）支持物流企业集聚。") and "（三）" not in item.text


def test_a_data_table_of_two_columns_stays_a_table() -> None:
    """(the rule for a table that lays a document out needs a cell of several paragraphs of prose)"""
    from bri_kb.ingest.webpage import html_to_text

    html = ("<html><body><h1>某某市商务局关于公布名单的通知</h1><div><p>现将名单公布如下。</p><table>"
            "<tr><td>企业名称</td><td>所在区</td></tr><tr><td>甲公司</td><td>南沙区</td></tr>"
            "<tr><td>乙公司</td><td>黄埔区</td></tr></table></div></body></html>")
    assert "甲公司｜南沙区" in html_to_text(html).replace(" ", "")


def test_a_gazette_issue_pages_first_document_takes_its_own_title() -> None:
    """Regression: the page's heading is the gazette's name (云南省人民政府公报); the first document was titled by it,
    had no 文号, and its column label, title lines, 文号 and 主送 were clauses."""
    parsed = ingest_file(BLIND / "blind190_gazette.html")
    first, second = parsed.documents[:2]
    assert first.title == "云南省人民政府关于同意设立中国（云南）自由贸易试验区红河片区蒙自联动创新区的批复"
    assert first.doc_number is not None and first.doc_number.text == "云政复〔2024〕27号"
    assert first.addressees == "红河州人民政府，省商务厅"
    texts = [c.text for c in parsed.clauses if c.doc_id == first.doc_id]
    assert texts[0].startswith("你们《关于申请设立") and not any("【" in t for t in texts)
    assert second.doc_number is not None and second.doc_number.text == "云政办发〔2024〕41号"
