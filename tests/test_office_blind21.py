"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind21, made by make_blind21.py): a 负面清单 whose
领域 cells are merged down across a page break, a joint notice of four organs
signed two to a line, and a provincial portal page with a 相关附件 box."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind21"


def test_a_merged_cell_in_a_later_column_carries_across_a_page_break() -> None:
    """Regression: row 13, first on page 4 under the （六） 领域 cell merged down from page 3, lost its 领域
    (the first column, 序号, has its own number)."""
    rows = {c.label: c.text for c in ingest_file(BLIND / "blind21_negative_list.pdf").clauses if c.kind == "table_row"}
    assert len(rows) == 31
    assert "领域：（六）交通运输、仓储和邮政业" in rows["第12项"]
    assert "领域：（六）交通运输、仓储和邮政业" in rows["第13项"]
    assert "领域：（七）信息传输、软件和信息技术服务业" in rows["第14项"]
    assert all("领域：" in text for text in rows.values())


def test_a_letter_spaced_heading_is_a_line_of_its_own() -> None:
    """Regression: "说 明" under the list's "（2024年版）" was read into it; also "前 言" under the corpus's
    广西 plan title. The edition is the appended list's title's (round 23)."""
    texts = [c.text for c in ingest_file(BLIND / "blind21_negative_list.pdf").clauses]
    assert "附件\n中国（滨海）自由贸易试验区外商投资准入特别管理措施（负面清单）（2024年版）" in texts
    assert "说 明" in texts


def test_every_organ_of_a_joint_signature_issues_the_notice() -> None:
    """Regression: of the four organs signed above the date only the last, 中国人民银行滨海省分行, was
    taken for the issuer."""
    doc = ingest_file(BLIND / "blind21_joint_notice.docx").documents[0]
    assert doc.issuers == ("滨海省商务厅", "滨海省发展和改革委员会", "滨海省财政厅", "中国人民银行滨海省分行")
    assert doc.doc_number is not None and doc.doc_number.text == "滨商务联发〔2024〕56号"


def test_a_portal_pages_attachment_box_names_its_attachments() -> None:
    """Regression: the files linked under 相关附件： outside the article's text were not recorded."""
    parsed = ingest_file(BLIND / "blind21_portal.html")
    assert parsed.documents[0].attachments == ("中国（滨海）自由贸易试验区制度创新重点任务清单",
                                               "面向共建“一带一路”国家投资贸易服务事项目录")
    assert parsed.clauses[-1].kind == "attachment"
    assert not any("相关解读" in c.text or "扫一扫" in c.text for c in parsed.clauses)
