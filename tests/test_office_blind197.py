"""Ordinary pages of four more sites — a 外汇管理局 分局 notice whose 附件 list links one saved file, a 税务局 问答 in a
two-column table, a 商务厅 公示 whose 名单 is split over two tables, and a 市政府 document typed in a <pre>
(tests/data/office/blind197, made by make_blind197.py by someone who had not read the reader)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind197"


def test_an_attachment_linked_and_saved_with_the_page_is_read_with_it(tmp_path: Path) -> None:
    """Regression: 附件1 was saved in the page's _files folder and linked there; its 8 articles were not read, and
    the report named only the unsaved 附件2 and 附件3."""
    from bri_kb.index.sources import collect_files

    files = collect_files([BLIND / "blind197_safe_gx.html"]).files
    assert [f.suffix for f in files] == [".html", ".docx"]
    attachment = ingest_file(files[1])
    assert [c.label for c in attachment.clauses if c.kind == "article"][:8] == [
        "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条"]


def test_the_signature_after_the_attachment_box_is_the_documents() -> None:
    """Regression: the 落款, date and （此件公开发布） in a block of their own after the 附件 list were lost without a
    word; 附件2 and 附件3, named one a line under a bare 附件：, were paragraphs of 五、（二）."""
    parsed = ingest_file(BLIND / "blind197_safe_gx.html")
    doc = parsed.documents[0]
    assert (doc.signed, doc.remarks) == ("2024-06-14", "（此件公开发布）")
    assert doc.attachments == ("跨境贸易投资外汇业务便利化措施操作指引", "优质企业名单报备表", "便利化业务办理情况统计表")
    assert not any(c.text in ("优质企业名单报备表", "便利化业务办理情况统计表") for c in parsed.clauses)


def test_a_document_typed_in_a_pre_has_its_wrapped_lines_joined() -> None:
    """Regression: in a <pre> with lines wrapped by hand, three paragraphs were cut where a line ended on 》 or ）,
    measure 1's tail a clause of its own; "1210" cut by the wrap read "121 0"."""
    parsed = ingest_file(BLIND / "blind197_xa_pre.html")
    labels = [c.label for c in parsed.clauses]
    assert "1．第2段" not in labels
    assert any("“1210”" in c.text for c in parsed.clauses) and not any("121 0" in c.text for c in parsed.clauses)


def test_a_number_cut_by_the_wrap_after_a_quotation_mark() -> None:
    from bri_kb.ingest.text import join_wrapped

    assert join_wrapped(["开展跨境电商“121", "0”网购保税进口"]) == "开展跨境电商“1210”网购保税进口"
    assert join_wrapped(["Article 12", "3 of the Agreement"]) == "Article 12 3 of the Agreement"
