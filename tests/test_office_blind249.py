"""Internal reporting documents: a 简报, a 专报, a 工作动态 page and a 督查通报 (tests/data/office/blind249, made by
make_blind249.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind249"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_mark_naming_an_office_without_wenjian_heads_its_notice(fmt: str) -> None:
    """Regression: the 版头 钦州市人民政府督查室 (an office's name alone, no 文件) over the 文号 was read into the title
    (Word: mark, 文号 and title as one title; PDF: the mark as the title), and the 落款's office was a paragraph, so
    the 通报 had no issuer."""
    (doc,) = ingest_file(BLIND / f"blind249_qinzhou_tongbao.{fmt}").documents
    assert doc.title == "关于中国（广西）自由贸易试验区钦州港片区2024年第三季度重点任务推进情况的督查通报"
    assert doc.doc_number is not None and doc.doc_number.text == "钦政督通〔2024〕9号"
    assert doc.issuers == ("钦州市人民政府督查室",)
