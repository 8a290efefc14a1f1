"""Two gazette layouts, by someone who had not read the reader (tests/data/office/
blind39, made by make_blind39.py): a municipal gazette in two columns with a table
set across both, and a single-column excerpt of a notice, a 规范性文件 numbered in
a 【文件编号】 field, and a 政策解读 under its 栏目 label."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind39"


def test_a_column_below_a_table_across_both_columns_is_read_as_paragraphs() -> None:
    """Regression: below a table set across both columns the text stood in the left column alone; measured
    against the table's width every line looked short, so each item was cut after its second line."""
    parsed = ingest_file(BLIND / "blind39_xiamen_gongbao.pdf")
    assert len(parsed.documents) == 3
    texts = [c.text for c in parsed.clauses]
    assert "一、各区财政局要在收到本通知之日起15个工作日内将资金拨付到项目单位，不得截留、挪用。" in texts


def test_a_normative_document_numbered_in_a_field_and_an_interpretation_under_its_label() -> None:
    """Regression: a 规范性文件 whose title stands over 【文件编号】QDCR-… and its 主送 (no 文号 line) opened no
    document, so three documents were one, titled by the second's carried measures, with the first's 文号
    on the second's articles; and the 政策解读 under 【政策解读】 was glued into 第五条."""
    parsed = ingest_file(BLIND / "blind39_qingdao_guifan.pdf")
    notice, rules, reading = parsed.documents
    assert notice.title.startswith("青岛市人民政府办公厅关于印发") and notice.effective is None
    assert notice.doc_number is not None and notice.doc_number.text == "青政办发〔2024〕9号"
    assert rules.doc_number is None and rules.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会",)
    assert (rules.signed, rules.effective) == ("2024-07-01", "2024-08-01")
    assert reading.title.endswith("政策解读")
    texts = [c.text for c in parsed.clauses]
    assert not any("【文件编号】" in t or "【政策解读】" in t for t in texts)
    fifth = next(c for c in parsed.clauses if c.label == "第五条")
    assert fifth.text.endswith("予以支持。")
