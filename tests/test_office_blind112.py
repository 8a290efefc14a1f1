"""Notices whose attachments do not line up neatly — an 附件说明 naming one attachment 另行印发, an attachment with its
own 附件1-1 and 附件1-2 and a rule of articles, a county's 转发 of a city's notice with its attachments — written by
someone who had not read the reader (tests/data/office/blind112, made by make_blind112.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind112"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_notices_outline_stays_one_when_an_attachment_numbers_articles(suffix: str) -> None:
    """Regression: 第一条…第六条 in 附件2 (a 工作规程) made the whole notice a text of articles: its 一、申报内容 and
    （一）企业申报 were paragraphs (第2段, 第5段) and `bri clause … 二、（一）` found nothing."""
    clauses = ingest_file(BLIND / f"blind112_qingdao_notice.{suffix}").clauses
    labels = [c.label for c in clauses]
    assert "一、" in labels and "（一）" in labels and "第三条" in labels
    rule = next(c for c in clauses if c.label == "第三条")
    assert rule.kind == "article" and rule.path[0].startswith("附件2")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_attachments_own_attachments(suffix: str) -> None:
    """Regression: 附件1-1 and 附件1-2 atop their pages, and their titles, were clauses; the 申报指南's own 附件说明
    (附件：1-1.…申报表 / 1-2.…) was taken for the notice's, adding 1-1.…申报表 to its attachments."""
    parsed = ingest_file(BLIND / f"blind112_qingdao_notice.{suffix}")
    assert parsed.documents[0].attachments == ("2024年度青岛市服务“一带一路”建设境外经贸合作项目扶持资金申报指南",
                                               "区（市）商务主管部门初审工作规程")
    headings = {c.label for c in parsed.clauses if c.kind == "heading"}
    assert {"附件1-1", "附件1-2"} <= headings
    assert not any(c.text in ("附件1-1", "附件1-2") and c.kind == "paragraph" for c in parsed.clauses)


def test_the_word_file_and_its_pdf_are_one_document_whatever_their_empty_cells(tmp_path: Path) -> None:
    """Regression: a table's empty cells, parted one way by Word and another by the PDF (一一｜｜ against ｜), made the
    two copies two documents: every answer came twice and `bri clause 川自贸办〔2024〕9号 …` was ambiguous."""
    from bri_kb.query.search import KnowledgeBase

    home = built_kb(tmp_path, [BLIND / "blind112_sichuan_notice.docx", BLIND / "blind112_sichuan_notice.pdf"])
    assert [d.doc_number.text for d in KnowledgeBase(home).documents.values() if d.doc_number] == ["川自贸办〔2024〕9号"]


def test_a_forms_rows_on_a_page_of_their_own_stay_its_rows() -> None:
    """Regression: in the PDF the 申报表's last two rows, on a page of their own and two cells wide, took the first
    (申报单位意见｜（盖章）年　月　日) for a header: 申报单位意见：片区管委会（先行区所在地政府）推荐意见."""
    clauses = ingest_file(BLIND / "blind112_sichuan_notice.pdf").clauses
    assert not any(c.kind == "table_header" and c.text.startswith("申报单位意见") for c in clauses)
    assert [c.text for c in clauses if c.text.startswith(("申报单位意见", "片区管委会（先行区"))] == [
        "申报单位意见：（盖章）年 月 日", "片区管委会（先行区所在地政府）推荐意见：（盖章）年 月 日"]


def test_an_attachments_number_is_no_part_of_its_title() -> None:
    """Regression: in the Word file the city's notice, forwarded as 附件1, was titled 附件1崇左市人民政府办公室关于…的通知:
    its number, on the line above its title, was read as the title's first line (the PDF had it right)."""
    docs = ingest_file(BLIND / "blind112_longzhou_forward.docx").documents
    assert docs[1].title == "崇左市人民政府办公室关于推进中国（广西）自由贸易试验区崇左片区与沿边县（市、区）联动发展的通知"
